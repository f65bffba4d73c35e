#!/usr/bin/env python3
"""Checks page-bc.jsonl (final58's tools/check_f58bb.py, page table and probes changed; itself final57's check_f57ba.py, final56's check_f56az.py, final55's check_f55ay.py, final54's check_f54ax.py, final53's check_f53aw.py, final52's check_f52av.py, final51's check_f51au.py, final50's check_f50at.py, final49's check_f49as.py, final48's, final47's and final46's): runs
eval/testdata/checkset.py on it, then independently checks ids, the answerable flags, kind counts,
that every evidence quote is an EXACT byte substring of its document (no folding) occurring once,
that no quote holds U+00A0/U+2009/U+200B/U+202F/U+FEFF/U+FFFD (final55) or U+2011 (final58), that at least one answer occurs (case-folded) in a quote of its line, that every quote occurs (folded)
in the visible text of the ORIGINAL HTML page (src/wcxb-<split>-<id>.html.gz, decompressed in memory;
final52–final59 keep no decompressed copy) (tags stripped with a minimal html.parser; script/style/head dropped),
so the quotes do not depend on scrape.py alone, and that no document matches the probes written for the
unanswerable lines (regular expressions for the missing detail, see PROBES). Prints only counts and problems.
    python3 tools/check_f59bc.py"""
import gzip, json, os, re, subprocess, sys
from collections import Counter
from html.parser import HTMLParser
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = {'block-renovation-phases-timelines.txt': 'dev-0366', 'wellrive-booking-moving-company.txt': 'dev-0060',
       'breaddad-best-bread-machines.txt': 'dev-4161', 'kneib-oral-hygiene-products.txt': 'dev-0142',
       'smithhanley-actuary-consulting-insurance.txt': 'dev-0373', 'ecoflow-laptop-desktop-watts.txt': 'dev-0093'}
_MIN = r'(\d+|one|two|three|five|ten|fifteen|twenty|thirty|forty|forty-five|sixty)[\s-](minutes?|mins?|hours?|hrs?)'
_DOL = r'(\$\s?\d|\d[\d,]*\s?(dollars|USD)\b)'
# unanswerable id -> patterns that would signal the page gives the missing detail
PROBES = {  # case-sensitive unless a pattern starts with (?i); [^.\n] keeps a match inside one sentence, [^\n] inside one paragraph
    'f59bc-31': [r'(?i)\b(renovations?|remodel\w*|renovat\w*)\b[^.\n]{0,100}\bcosts?\b[^.\n]{0,60}\d', r'(?i)\bcosts?\b[^.\n]{0,60}\b(renovations?|remodel\w*)\b[^.\n]{0,60}\d',
                 r'(?i)\b(renovations?|remodel\w*|projects?)\b[^.\n]{0,100}' + _DOL, r'(?i)(\$\s?\d[\d,]*)[^.\n]{0,100}\b(renovations?|remodel\w*|projects?)\b',
                 r'(?i)\bper square (foot|feet|ft)\b', r'(?i)\$\s?\d[\d,.]*\s?[kK]?\s?(to|-|–)\s?\$?\s?\d'],
    'f59bc-32': [r'\d\s?%', r'(?i)\bper\s?cent\b', r'(?i)\bcontingenc\w*\b[^\n]{0,150}(\d|\bone\b|\bten\b|\bfifteen\b|\btwenty\b)', r'(?i)\b(buffer|cushion)\b[^.\n]{0,100}\d'],
    'f59bc-33': [r'(?i)\bper\s+(pound|lb)\b', r'(?i)\b(cents|\$\s?0?\.\d+)\s*(per|/|a)\s*(pound|lb)', r'(?i)\b(released value|full value|full-value|valuation|liability)\b',
                 r'(?i)\binsur\w*\b[^.\n]{0,100}' + _DOL, r'(?i)(\$\s?\d[\d,]*)[^.\n]{0,100}\binsur\w*'],
    'f59bc-34': [r'(?i)\b(packing|unpacking|moving|movers?|move|WellRive)\b[^.\n]{0,100}' + _DOL, r'(?i)(\$\s?\d[\d,]*)[^.\n]{0,100}\b(packing|unpacking|movers?|move|moving)\b',
                 r'(?i)(\$\s?\d[\d,.]*|\d+\s?dollars)\s*(per|/|an|a)\s*(hour|hr|mover|box|room)\b', r'(?i)\bper\s+(mover|box|room)\b', r'(?i)\b(hourly|flat)\s+(rates?|fees?)\b', r'(?i)\b(starting at|starts at|from)\s+\$\s?\d'],
    'f59bc-35': [r'(?i)\bZojirushi\b[^\n]{0,300}\$\s?\d', r'(?i)\$\s?\d[\d,.]*[^\n]{0,150}\bZojirushi', r'(?i)\b(Zojirushi|Virtuoso)\b[^.\n]{0,150}\b\d{2,}\s?(dollars|USD|bucks)\b',
                 r'(?i)\b(Zojirushi|Virtuoso)\b[^.\n]{0,150}\b(costs?|priced|retails?|sells?) (for|at|around|about)\b'],
    'f59bc-36': [r'(?i)\brest(ing)?\s+(period|time|phase|cycle)\b[^.\n]{0,120}\b' + _MIN + r'\b', r'(?i)\b' + _MIN + r'\b[^.\n]{0,120}\brest(ing)?\b',
                 r'(?i)\b' + _MIN + r'\b[^\n]{0,200}\b(Zojirushi|knead\w*|rise|rising|preheat\w*)\b', r'(?i)\bpre-?heat\w*'],
    'f59bc-37': [r'(?i)\b(strips?|trays?|whiten\w*)\b[^.\n]{0,120}\b' + _MIN + r'\b', r'(?i)\b' + _MIN + r'\b[^.\n]{0,120}\b(strips?|trays?|whiten\w*)\b',
                 r'(?i)\b(once|twice)\s+(a|per)\s+day\b[^.\n]{0,100}\b(strips?|trays?|whiten\w*)', r'(?i)\b(strips?|trays?)\b[^.\n]{0,100}\b(\d+|seven|ten|fourteen)\s+(days|weeks)\b'],
    'f59bc-38': [r'(?i)\b(salar\w*|pay|paid|compensation|earn\w*|income)\b[^.\n]{0,100}(\$\s?\d|\d[\d,]*\s?(k|K|dollars|USD)\b)', r'(?i)\$\s?\d[\d,]*[^.\n]{0,100}\b(salar\w*|pay|paid|compensation|starting)\b',
                 r'(?i)\b(entry-level|entry level|first-year|first year|starting salar\w*|starting pay)\b', r'(?i)\b\d{2,3},\d{3}\b'],
    'f59bc-39': [r'(?i)\bDELTA\b[^.\n]{0,120}\b\d[\d,.]*\s?(k?Wh|kW|W|watts?|mAh|kilowatt\w*)\b', r'(?i)\b\d[\d,.]*\s?(k?Wh|kW|mAh)\b[^.\n]{0,120}\bDELTA\b',
                 r'(?i)\bbattery capacity\b', r'(?i)\b(expandable|expands?) (up )?to\b', r'(?i)\bcapacity of\b[^.\n]{0,40}\d'],
    'f59bc-40': [r'(?i)\b(sleep|hibernat\w*|standby|idle)\b[^.\n]{0,100}\b\d+(\.\d+)?\s?(W|watts?)\b', r'(?i)\b\d+(\.\d+)?\s?(W|watts?)\b[^.\n]{0,100}\b(sleep|hibernat\w*|standby|idle)\b',
                 r'(?i)\b(phantom|vampire)\s+(power|load|draw|energy)\b', r'(?i)\b(sleep|standby)\s+(mode|power)\b[^.\n]{0,100}\d'],
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
    docs[doc] = open(os.path.join(HERE, 'page-bc', doc), 'rb').read()
errs = 0
lines = [json.loads(l) for l in open(os.path.join(HERE, 'page-bc.jsonl'), encoding='utf-8')]
for i, o in enumerate(lines, 1):
    if o['id'] != f'f59bc-{i:02d}': print('bad id', o['id']); errs += 1
    if o['answerable'] != bool(o['answers']): print('bad flag', o['id']); errs += 1
    if (o['kind'] == 'unanswerable') != (not o['answers']): print('bad kind/answers', o['id']); errs += 1
    for e in o.get('evidence', []):
        qb = e['quote'].encode('utf-8')
        if any(c in e['quote'] for c in '\u00a0\u2009\u200b\u202f\ufeff\ufffd\u2011'): print('bad character in quote', o['id']); errs += 1  # final55; U+2011 final58
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
r = subprocess.run([sys.executable, '/work/main/eval/testdata/checkset.py', os.path.join(HERE, 'page-bc.jsonl'),
                    os.path.join(HERE, 'page-bc')], capture_output=True, text=True)
print(r.stdout + r.stderr, end='')
sys.exit(1 if errs or r.returncode else 0)
