#!/usr/bin/env python3
"""Checks page-at.jsonl (final49's tools/check_f49as.py, page table and probes changed; itself final48's check_f48ar.py, final47's check_f47aq.py and final46's check_f46ap.py): runs
eval/testdata/checkset.py on it, then independently checks ids, the answerable flags, kind counts,
that every evidence quote is an EXACT byte substring of its document (no folding) occurring once,
that at least one answer occurs (case-folded) in a quote of its line, that every quote occurs (folded)
in the visible text of the ORIGINAL HTML page in src/ (tags stripped with a minimal html.parser;
script/style/head dropped), so the quotes do not depend on scrape.py alone, and that no document
matches the probes written for the unanswerable lines (regular expressions for the missing detail,
see PROBES). Prints only counts and problems.
    python3 tools/check_f50at.py"""
import json, os, re, subprocess, sys
from collections import Counter
from html.parser import HTMLParser
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = {'motherjones-stalagmites-climate-records.txt': 'e4110881d8', 'medpagetoday-smoke-free-hotel-rooms.txt': '0227809b88',
       'webmd-fda-panel-avandia-restrictions.txt': '5f081a0a9d', 'washingtonpost-ap-curiosity-mars-air.txt': '8c1a780dec',
       'bloomberg-erdogan-defies-protesters.txt': 'c34f3cea1b', 'ibtimes-47-tucanae-cosmic-dance.txt': '88fe82fbfd'}
# unanswerable id -> patterns that would signal the page gives the missing detail
PROBES = {  # case-sensitive unless a pattern starts with (?i); [^.\n] keeps a match inside one sentence
    'f50at-31': [r'\b(?!Borneo\b)[A-Z][a-z]+ Caves?\b', r'(?i)\bcaves? (called|named|known as)\b', r'(?i)\b(Gunung|Mulu|Niah|Gomantong|Sarawak|Sabah)\b',
                 r'(?i)\bcaves?\b[^.\n]{0,40}\bNational Park\b', r'\b(in|at|from) (the )?(?!Borneo\b)[A-Z][a-z]+ [Cc]aves?\b'],
    'f50at-32': [r'(?i)\b\d[\d,.]*\s*(mm|millimet(er|re)s?|cm|centimet(er|re)s?|inch(es)?)\b', r'(?i)\brain(fall)?\b[^.\n]{0,60}\b\d[\d,.]*\s*(percent|%)',
                 r'(?i)\b(per|a|each) year\b[^.\n]{0,40}\brain', r'(?i)\brain(fall)?\b[^.\n]{0,60}\b(per|a|each) year\b', r'(?i)\b(wetter|drier|rainier)\b[^.\n]{0,40}\b\d'],
    'f50at-33': [r'(?i)\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens of)\s+(adult\s+)?(nonsmoking\s+)?(nonsmokers|volunteers|participants|guests|subjects)\b',
                 r'(?i)\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens of)\s+(nonsmoking\s+)?(people|adults|men|women)\b[^.\n]{0,60}\b(stayed|overnight|hotels?|rooms?)\b',
                 r'(?i)\b(group|total|sample) of (\d+|[a-z]+teen|twenty|thirty|forty|fifty)\b', r'(?i)\bparticipants\b[^.\n]{0,20}\(n\s*=', r'\bn\s*=\s*\d+', r'(?i)\b(recruited|enrolled)\b'],
    'f50at-34': [r'(?i)\b(FDA|agency)\b[^.\n]{0,80}\b(will|expected to|is to|plans to) (decide|rule|make (a|its) (final )?decision)\b', r'(?i)\b(decision|ruling) (is )?(expected|due)\b',
                 r'(?i)\bby (the end of|January|February|March|April|May|June|July|August|September|October|November|December|fall|summer|autumn|year)\b[^.\n]{0,40}\b(decision|decide)', r'(?i)\bfinal decision\b', r'(?i)\bdeadline\b'],
    'f50at-35': [r'(?i)(\$|£|€)\s?\d[^.\n]{0,80}\b(Duke|review|GlaxoSmithKline|Glaxo)\b', r'(?i)\b(Duke|review|GlaxoSmithKline|Glaxo)\b[^.\n]{0,80}(\$|£|€)\s?\d',
                 r'(?i)\bfunded\b[^.\n]{0,60}\b\d[\d,.]*\s*(million|billion)', r'(?i)\b(paid|paying|cost|costing)\b[^.\n]{0,40}\bDuke\b', r'(?i)\bDuke\b[^.\n]{0,40}\b(paid|fee|grant)\b'],
    'f50at-36': [r'(?i)\b\d[\d.]*\s*(percent|%)[^.\n]{0,60}\b(carbon dioxide|CO2)\b', r'(?i)\b(carbon dioxide|CO2)\b[^.\n]{0,60}\b\d[\d.]*\s*(percent|%)',
                 r'(?i)\b\d[\d.]*\s*(percent|%)[^.\n]{0,60}\b(atmosphere|Martian air|nitrogen|argon)\b', r'(?i)\b(atmosphere|nitrogen|argon)\b[^.\n]{0,60}\b\d[\d.]*\s*(percent|%)', r'(?i)\bparts per (million|billion)\b'],
    'f50at-37': [r'(?i)\b(landed|set down|touched down|landing)\b[^.\n]{0,80}\b(August|Aug\.?|2012)\b', r'(?i)\b(August|Aug\.?) [56]\b', r'(?i)\bAugust (5|6), 2012\b',
                 r'(?i)\b(landed|landing|set down)\b[^.\n]{0,40}\b(January|February|March|April|May|June|July|August|September|October|November|December)\b'],
    'f50at-38': [r'(?i)\b(killed|died|dead|deaths?|fatalit(y|ies))\b[^.\n]{0,80}\b(protest\w*|demonstrat\w*|Turkey|Turkish|Taksim|Istanbul|Ankara|Gezi)',
                 r'(?i)\b(protest\w*|demonstrat\w*|Turkey|Turkish|Taksim|Istanbul|Ankara|Gezi)\b[^.\n]{0,80}\b(killed|died|dead|deaths?|fatalit(y|ies))\b',
                 r'(?i)\b(\d+|one|two|three|four|five) (people |protesters |demonstrators |men |policem[ae]n )?(have )?(been )?(killed|died)\b', r'(?i)\blost their lives\b'],
    'f50at-39': [r'(?i)\b(vote|votes|election|elections|polls?|ballot)\b[^.\n]{0,80}\b2007\b', r'(?i)\b2007\b[^.\n]{0,80}\b(vote|votes|election|elections|polls?|ballot)\b',
                 r'(?i)\b(47|46\.6|46\.58|34|34\.3)\s*(percent|%)', r'(?i)\b(second|first) (election|term)\b'],
    'f50at-40': [r'(?i)\b\d[\d,.]*\s*(million|billion|thousand)?\s*stars\b', r'(?i)\b(millions|hundreds of thousands|thousands|a million) of stars\b',
                 r'(?i)\b(contains?|home to|holds?|made up of)\b[^.\n]{0,40}\b\d[\d,.]*\s*(million|thousand)?\b[^.\n]{0,20}\bstars\b', r'(?i)\bstars?\b[^.\n]{0,20}\b(number|total)(s|ing)?\b[^.\n]{0,20}\d'],
}
class Strip(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out = []; self.skip = 0
    def handle_starttag(self, t, a):
        if t in ('script', 'style', 'head', 'noscript'): self.skip += 1
        self.out.append(' ')
    def handle_endtag(self, t):
        if t in ('script', 'style', 'head', 'noscript') and self.skip: self.skip -= 1
        self.out.append(' ')
    def handle_data(self, d):
        if not self.skip: self.out.append(d)
def fold(s):
    s = s.replace('’', "'").replace('‘', "'").replace('“', '"').replace('”', '"').replace('\u00a0', ' ')
    return re.sub(r'\s+', ' ', s).strip().lower()
vis, docs = {}, {}
for doc, pre in SRC.items():
    f = [x for x in os.listdir(os.path.join(HERE, 'src')) if x.startswith('htmlparser-benchmark-' + pre)][0]
    p = Strip(); p.feed(open(os.path.join(HERE, 'src', f), encoding='utf-8', errors='replace').read()); p.close()
    vis[doc] = fold(''.join(p.out))
    docs[doc] = open(os.path.join(HERE, 'page-at', doc), 'rb').read()
errs = 0
lines = [json.loads(l) for l in open(os.path.join(HERE, 'page-at.jsonl'), encoding='utf-8')]
for i, o in enumerate(lines, 1):
    if o['id'] != f'f50at-{i:02d}': print('bad id', o['id']); errs += 1
    if o['answerable'] != bool(o['answers']): print('bad flag', o['id']); errs += 1
    if (o['kind'] == 'unanswerable') != (not o['answers']): print('bad kind/answers', o['id']); errs += 1
    for e in o.get('evidence', []):
        qb = e['quote'].encode('utf-8')
        n = docs[e['doc']].count(qb)
        if n != 1: print(f'exact byte substring found {n} times', o['id']); errs += 1
        # compared with all white space removed: inline tags (<a>, <em>) may split words with a space
        if fold(e['quote']).replace(' ', '') not in vis[e['doc']].replace(' ', ''):
            print('not in visible HTML text', o['id']); errs += 1
    if o['answers'] and not any(a.lower() in e['quote'].lower() for a in o['answers'] for e in o['evidence']):
        print('no answer inside a quote', o['id']); errs += 1
    if not o['answers']:
        if o['id'] not in PROBES: print('no probes for', o['id']); errs += 1
        for pat in PROBES.get(o['id'], []):
            for doc, b in docs.items():
                for m in re.finditer(pat, b.decode('utf-8')):
                    print('probe hit', o['id'], doc, repr(m.group(0)[:80])); errs += 1
print('kinds:', dict(Counter(o['kind'] for o in lines)))
print('answerable per document (first quote):', dict(Counter(o['evidence'][0]['doc'] for o in lines if o['answers'])))
print('own checks, errors:', errs)
r = subprocess.run([sys.executable, '/work/main/eval/testdata/checkset.py', os.path.join(HERE, 'page-at.jsonl'),
                    os.path.join(HERE, 'page-at')], capture_output=True, text=True)
print(r.stdout + r.stderr, end='')
sys.exit(1 if errs or r.returncode else 0)
