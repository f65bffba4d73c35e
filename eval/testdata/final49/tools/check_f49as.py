#!/usr/bin/env python3
"""Checks page-as.jsonl (final48's tools/check_f48ar.py, page table and probes changed; itself final47's check_f47aq.py and final46's check_f46ap.py): runs
eval/testdata/checkset.py on it, then independently checks ids, the answerable flags, kind counts,
that every evidence quote is an EXACT byte substring of its document (no folding) occurring once,
that at least one answer occurs (case-folded) in a quote of its line, that every quote occurs (folded)
in the visible text of the ORIGINAL HTML page in src/ (tags stripped with a minimal html.parser;
script/style/head dropped), so the quotes do not depend on scrape.py alone, and that no document
matches the probes written for the unanswerable lines (regular expressions for the missing detail,
see PROBES). Prints only counts and problems.
    python3 tools/check_f49as.py"""
import json, os, re, subprocess, sys
from collections import Counter
from html.parser import HTMLParser
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = {'nytimes-obama-moscow-trip-snowden.txt': '7e91eb5669', 'guardian-nokia-q2-lumia-results.txt': '8faa315645',
       'bbc-ariel-castro-first-court-appearance.txt': 'ffca969d27', 'houstonchronicle-ap-kerry-west-bank-talks.txt': '4f454cb97e',
       'cbsnews-82nd-airborne-chemical-weapons-drill.txt': 'bfcf4f21f2', 'reuters-egypt-mansour-brotherhood-rallies.txt': '4bf8e53621'}
# unanswerable id -> patterns that would signal the page gives the missing detail
PROBES = {  # case-sensitive unless a pattern starts with (?i); [^.\n] keeps a match inside one sentence
    'f49as-31': [r'(?i)Magnitsky\b[^.\n]{0,40}\b(was |were )?(sentenced|given|received|jailed)\b', r'(?i)\b(sentenced|sentence|jail term|prison term)\b[^.\n]{0,30}\bMagnitsky',
                 r'(?i)\bposthumous(ly)?\b[^.\n]{0,80}\b(sentenced|sentence of|\d+[- ]years?|years? in (jail|prison))', r'(?i)Magnitsky[^.\n]{0,120}\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ]years?\b'],
    'f49as-32': [r'(?i)\b\d[\d,]*\s+(deployed\s+)?(strategic\s+)?(nuclear\s+)?warheads\b', r'(?i)New Start[^.\n]{0,100}\b\d[\d,]{2,}', r'(?i)\b(limit|cap|ceiling)s?\b[^.\n]{0,40}\bwarheads\b',
                 r'\b1,?550\b', r'(?i)\bwarheads\b[^.\n]{0,60}\b\d[\d,]{2,}'],
    'f49as-33': [r'(?i)Lumia 1020\b[^\n]{0,100}(\$|£|€|\b\d{2,})', r'(?i)(\$|£|€)\s?\d[\d,.]*[^.\n]{0,40}\bLumia', r'(?i)\bLumias?\b[^.\n]{0,60}(\$|£|€)\s?\d',
                 r'(?i)\b(priced|retails?|costs?|sells? for|on sale for)\b[^.\n]{0,30}(\$|£|€|\d)'],
    'f49as-34': [r'(?i)\bLumias?\b[^.\n]{0,80}\bChina\b', r'(?i)\bChina\b[^.\n]{0,80}\bLumias?\b', r'(?i)\bChinese\b[^.\n]{0,60}\bLumias?\b', r'(?i)\bLumias?\b[^.\n]{0,60}\bChinese\b'],
    'f49as-35': [r'(?i)\bjudge\b(?! at Cleveland)', r'\bJudge [A-Z]', r'\bJustice [A-Z][a-z]+', r'(?i)\bmagistrate\b', r'(?i)\b(set|ordered|granted|approved) by\b',
                 r'(?i)\bbail\b[^.\n]{0,80}\b(by|judge)\b', r'\bHonou?r\b'],
    'f49as-36': [r'(?i)\bpaternity\b[^.\n]{0,80}\b(confirmed|showed|shows|proved|established that|positive|negative|results?)\b', r'(?i)\b(DNA|test)\b[^.\n]{0,60}\b(confirmed|showed|shows|proved|revealed)\b',
                 r"(?i)\b(is|was) (the|Jocelyn's|her) (biological )?father\b", r'(?i)\bfather(ed)?\b[^.\n]{0,40}\bJocelyn', r"(?i)\bJocelyn's (biological )?father\b"],
    'f49as-37': [r'(?i)\blife (sentences?|terms?|imprisonment|in prison)\b', r'(?i)\bserving\b[^.\n]{0,40}\b(life|sentences?|terms?)\b', r'(?i)\blifers?\b',
                 r'(?i)\b(\d+|some|about|of (the|them|these))\b[^.\n]{0,30}\b(are|were) serving\b'],
    'f49as-38': [r'(?i)\b\d[\d,]*\s+(Syrian\s+)?(rebels|fighters|opposition fighters)\b', r'(?i)\btrain(ing|ed|s)?\b[^.\n]{0,60}\b\d[\d,]*\b[^.\n]{0,20}\brebels\b',
                 r'(?i)\bsecret bases\b[^\n]{0,80}\d', r'(?i)\brebels\b[^.\n]{0,60}\b(trained|training)\b[^.\n]{0,40}\d'],
    'f49as-39': [r'(?i)\b(hundreds of thousands|tens of thousands|thousands|\d[\d,.]*( million)?) (of )?(people|protesters|supporters|demonstrators|Egyptians)\b[^.\n]{0,60}\b(rallied|rallies|marched|took to|turned out|streets)\b',
                 r'(?i)\b(hundreds of thousands|tens of thousands|millions)\b[^.\n]{0,40}\b(rallied|marched|turned out|took to the streets|poured)\b',
                 r'(?i)\b(turnout|turned out|crowds? of)\b', r'(?i)\bFriday\b[^.\n]{0,80}\b(drew|attracted|gathered|swelled)\b', r'(?i)\b(drew|attracted)\b[^.\n]{0,40}\b(thousands|millions|hundreds|\d)'],
    'f49as-40': [r'(?i)\bKuwait', r'(?i)\b(aid|grant|deposit|loan)s? from Kuwait'],
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
    docs[doc] = open(os.path.join(HERE, 'page-as', doc), 'rb').read()
errs = 0
lines = [json.loads(l) for l in open(os.path.join(HERE, 'page-as.jsonl'), encoding='utf-8')]
for i, o in enumerate(lines, 1):
    if o['id'] != f'f49as-{i:02d}': print('bad id', o['id']); errs += 1
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
r = subprocess.run([sys.executable, '/work/main/eval/testdata/checkset.py', os.path.join(HERE, 'page-as.jsonl'),
                    os.path.join(HERE, 'page-as')], capture_output=True, text=True)
print(r.stdout + r.stderr, end='')
sys.exit(1 if errs or r.returncode else 0)
