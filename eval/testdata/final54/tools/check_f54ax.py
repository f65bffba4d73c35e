#!/usr/bin/env python3
"""Checks page-ax.jsonl (final53's tools/check_f53aw.py, page table and probes changed; itself final52's check_f52av.py, final51's check_f51au.py, final50's check_f50at.py, final49's check_f49as.py, final48's, final47's and final46's): runs
eval/testdata/checkset.py on it, then independently checks ids, the answerable flags, kind counts,
that every evidence quote is an EXACT byte substring of its document (no folding) occurring once,
that at least one answer occurs (case-folded) in a quote of its line, that every quote occurs (folded)
in the visible text of the ORIGINAL HTML page (src/wcxb-<split>-<id>.html.gz, decompressed in memory;
final52, final53 and final54 keep no decompressed copy) (tags stripped with a minimal html.parser; script/style/head dropped),
so the quotes do not depend on scrape.py alone, and that no document matches the probes written for the
unanswerable lines (regular expressions for the missing detail, see PROBES). Prints only counts and problems.
    python3 tools/check_f54ax.py"""
import gzip, json, os, re, subprocess, sys
from collections import Counter
from html.parser import HTMLParser
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = {'nsf-climate-change-startups-solutions.txt': 'dev-4515', 'outside-couch-to-marathon-plan.txt': 'dev-4115',
       'dtphx-23-new-businesses-downtown-phoenix.txt': 'dev-0898', 'elliptic-crypto-regulation-2025-review.txt': 'dev-4151',
       'movieweb-best-anime-2025.txt': 'dev-0417', 'googledesign-making-google-sans-flex.txt': 'dev-0432'}
# unanswerable id -> patterns that would signal the page gives the missing detail
PROBES = {  # case-sensitive unless a pattern starts with (?i); [^.\n] keeps a match inside one sentence, [^\n] inside one paragraph
    'f54ax-31': [r'(?i)Transaera[^\n]{0,500}\b\d+(\.\d+)?\s?(%|percent|per cent)', r'(?i)\b(cuts?|reduc\w*|lowers?|saves?|saving)\b[^.\n]{0,80}\b(electricity|energy|power)\b[^.\n]{0,40}\b(by|up to)\s+\d',
                 r'(?i)\b\d+\s?(%|percent|per cent)\s+(less|lower|fewer|reduction|savings?|cut)\b', r'(?i)\b(half|a third|one third|two-thirds|a quarter)\b[^.\n]{0,40}\b(energy|electricity|power)\b',
                 r'(?i)\b(energy|electricity)\b[^.\n]{0,60}\b(by|up to) (half|a third|\d+\s?(%|percent))'],
    'f54ax-32': [r'(?i)\bBiomason\b[^.\n]{0,120}\b(makes?|produces?|manufactures?|ships?|sells?|made|produced)\b[^.\n]{0,60}\b\d[\d,.]*\s*(million|billion|thousand)?\s*(bricks|tiles|blocks|units)\b',
                 r'(?i)\b\d[\d,.]*\s*(million|billion|thousand)?\s*(bricks|tiles|blocks)\b[^.\n]{0,80}\b(by|at|from) Biomason\b',
                 r"(?i)\bBiomason('s)?\b[^.\n]{0,80}\b(annual|yearly|per year|a year|each year)\b[^.\n]{0,40}\b(output|production|capacity)\b",
                 r'(?i)\bBiomason\b[^\n]{0,400}\b(capacity|output) of\b', r"(?i)\b(its|the company's|Biomason's) (own )?(annual |yearly )?(output|production|capacity)\b[^.\n]{0,40}\d"],
    'f54ax-33': [r'(?i)\bheart[- ]?rates?\b', r'(?i)\b(bpm|beats per minute|beats a minute)\b', r'(?i)\b\d{2,3}\s?(-|–|to)\s?\d{2,3}\s?(bpm|beats)\b',
                 r'(?i)\b(max(imum)?|resting) heart\b', r'(?i)\bzone [1-5]\b'],
    'f54ax-34': [r'(?i)\bRicemill\b[^\n]{0,400}\b\d{1,2}(:\d\d)?\s?(am|pm|a\.m\.|p\.m\.)', r'(?i)\b\d{1,2}(:\d\d)?\s?(am|pm|a\.m\.|p\.m\.)\s?(-|–|to|until)\s?\d',
                 r'(?i)\b(open|opens|hours|closes|closed)\b[^.\n]{0,40}\b\d{1,2}(:\d\d)?\s?(am|pm|a\.m\.|p\.m\.)', r'(?i)\bRicemill\b[^\n]{0,400}\b(hours|daily|weekdays?|Monday|Sunday|until|closes|open from)\b'],
    'f54ax-35': [r'(?i)\bEat the Rich\b[^\n]{0,500}(\$|USD)\s?\d', r'(?i)\b(hot dogs?|beers?|cocktails?|drinks?|shots?)\b[^.\n]{0,60}(\$\s?\d|\b\d+\s?(dollars|bucks|cents))',
                 r'(\$\s?\d[\d.]*|\b\d+\s?(dollars|bucks))[^.\n]{0,60}\b(hot dogs?|beers?|cocktails?|drinks?|shots?)\b', r'(?i)\b2013 prices\b[^.\n]{0,30}\b(of|like|such as|at)\s+\$?\d'],
    'f54ax-36': [r'\bAugust\s+\d{1,2}(st|nd|rd|th)?\b(?!\d)', r'\b\d{1,2}(st|nd|rd|th)? August\b', r'\bAug\.? \d{1,2}\b(?!\d)', r'(?i)\b0?8[/.-]\d{1,2}[/.-](20)?25\b', r'\b2025-08-\d\d\b',
                 r'(?i)Hong Kong[^\n]{0,300}\b(took effect|came into force|came into effect|effective|commenced)\b[^.\n]{0,20}\d'],
    'f54ax-37': [r'(?i)\b(FSB|Financial Stability Board)\b[^\n]{0,300}\b(chair|chaired|chairman|chairwoman|chairperson|led by|headed by|head)\b', r'\b(Andrew Bailey|Klaas Knot)\b',
                 r'new leadership (of|under) [A-Z][a-z]+', r'(?i)\b(new|incoming) (FSB )?(chair|chairman|chairwoman|head)\b', r"(?i)\b(FSB|Financial Stability Board)('s)? (chair|head|president)\b"],
    'f54ax-38': [r"(?m)^1 ['‘’\"]", r'(?i)\b(number one|No\. ?1\b|top spot|first place)', r'#1\b', r'(?i)\bbest anime of (the year|2025) (is|was|goes to)\b',
                 r'(?i)\b(takes|took|claims?|claimed|earns?|earned) (the )?(top|first|number one|No\. 1) (spot|place|slot)\b', r'(?i)\bTakopi[^\n]{0,200}\b(best|top|number one|first|No\. 1)\b'],
    'f54ax-39': [r'(?i)\bLazarus\b[^\n]{0,400}\b\d(\.\d+)?\s?/\s?(5|10)\b', r'(?i)\bLazarus\b[^\n]{0,400}\b(Letterboxd|IMDb|MyAnimeList|My Anime List|Rotten Tomatoes|rating|rated|score|scored)\b',
                 r'(?i)\b(Letterboxd|IMDb|MyAnimeList)\b[^.\n]{0,60}\bLazarus\b', r'(?i)\b\d(\.\d+)?\s?(/|out of)\s?(5|10)\b[^.\n]{0,80}\bLazarus\b'],
    'f54ax-40': [r'(?i)\b(SIL|Open Font Licen[cs]e|OFL|Apache|MIT Licen[cs]e|GPL|Creative Commons|CC BY|CC0)\b', r'(?i)\b(Google Sans|Flex|fonts?|typefaces?)\b[^\n]{0,200}\blicen[cs]\w*',
                 r'(?i)\blicen[cs]\w*\b[^\n]{0,200}\b(Google Sans|fonts?|typefaces?)\b', r'(?i)\bunder (the|an?) [\w .-]{0,30}\blicen[cs]e\b'],
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
    p = Strip(); p.feed(gzip.decompress(open(os.path.join(HERE, 'src', 'wcxb-%s.html.gz' % pre), 'rb').read()).decode('utf-8', 'replace')); p.close()
    vis[doc] = fold(''.join(p.out))
    docs[doc] = open(os.path.join(HERE, 'page-ax', doc), 'rb').read()
errs = 0
lines = [json.loads(l) for l in open(os.path.join(HERE, 'page-ax.jsonl'), encoding='utf-8')]
for i, o in enumerate(lines, 1):
    if o['id'] != f'f54ax-{i:02d}': print('bad id', o['id']); errs += 1
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
r = subprocess.run([sys.executable, '/work/main/eval/testdata/checkset.py', os.path.join(HERE, 'page-ax.jsonl'),
                    os.path.join(HERE, 'page-ax')], capture_output=True, text=True)
print(r.stdout + r.stderr, end='')
sys.exit(1 if errs or r.returncode else 0)
