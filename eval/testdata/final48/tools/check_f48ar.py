#!/usr/bin/env python3
"""Checks page-ar.jsonl (final47's tools/check_f47aq.py, page table and probes changed; itself final46's check_f46ap.py): runs
eval/testdata/checkset.py on it, then independently checks ids, the answerable flags, kind counts,
that every evidence quote is an EXACT byte substring of its document (no folding) occurring once,
that at least one answer occurs (case-folded) in a quote of its line, that every quote occurs (folded)
in the visible text of the ORIGINAL HTML page in src/ (tags stripped with a minimal html.parser;
script/style/head dropped), so the quotes do not depend on scrape.py alone, and that no document
matches the probes written for the unanswerable lines (regular expressions for the missing detail,
see PROBES). Prints only counts and problems.
    python3 tools/check_f48ar.py"""
import json, os, re, subprocess, sys
from collections import Counter
from html.parser import HTMLParser
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = {'guardian-citadel-botnet-takedown.txt': '8cbf3b1447', 'toi-iphone-india-sales-fall.txt': '908eb47dc8',
       'reuters-egypt-christians-after-mursi.txt': '22c4be8580', 'bbc-australia-asylum-seekers-png.txt': '939cc26202',
       'nytimes-kerry-zaatari-refugee-camp.txt': '4776d064a7', 'guardian-tropical-storm-andrea-florida.txt': '3583db09d8'}
# unanswerable id -> patterns that would signal the page gives the missing detail
PROBES = {  # case-sensitive unless a pattern starts with (?i); [^.\n] keeps a match inside one sentence
    'f48ar-31': [r'(?i)\breal name\b', r'(?i)Aquabox[^.\n]{0,60}\b(is|was|named|identified as|unmasked as|real name)\b (?!accused|also|provided)[A-Z]',
                 r'(?i)\b(identified|unmasked|named) (him|the ringleader|the hacker|Aquabox)\b', r'(?i)\b(born|aged|age) \d', r'\b[A-Z][a-z]+ [A-Z][a-z]+, (\d\d|a \d\d-year-old)\b[^.\n]{0,60}(Aquabox|Citadel|hacker)'],
    'f48ar-32': [r'(?i)\bjudge\b(?! nipped)', r'\bJustice (?!and )[A-Z][a-z]+', r'(?i)\b(signed|granted|issued|approved) by\b[^.\n]{0,40}\b(court|judge|Justice)',
                 r'(?i)\bcourt order\b[^.\n]{0,80}\b(signed|granted|issued)\b', r'(?i)\bmagistrate\b'],
    'f48ar-33': [r'(?i)\b(April|May|June)\s*(-|to|and|through|–)\s*(June|July)\b[^.\n]{0,80}\b(sold|iPhones?|sales)\b', r'(?i)\b(second quarter|April-June|June quarter)\b',
                 r'(?i)\bQ2\b(?! net income| results)', r'(?i)\b(sold|shipped)\b[^.\n]{0,40}\biPhones?\b[^.\n]{0,60}\b(April|May|June|second)\b'],
    'f48ar-34': [r'(?i)iPhone ?5[^.\n]{0,60}(Rs\.?|₹|INR|\$)\s?\d', r'(?i)(Rs\.?|₹|INR|\$)\s?[\d,.]*\d(?![\d,.]| ?crore| ?lakh)[^.\n]{0,40}iPhone', r'(?i)\b(priced|retails?|costs?|sells?) (at|for) (Rs|₹|INR|\$|\d)',
                 r'(?i)\bprice[sd]? (of|for|at|tag)\b[^.\n]{0,40}(iPhone|Rs|₹|\d)', r'(?i)\b\d[\d,]* rupees\b'],
    'f48ar-35': [r'(?i)\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|no) (Copts|Christians|people|youths|worshippers|persons?) (were |was )?(killed|dead|died|shot dead)',
                 r'(?i)\bApril\b[^.\n]{0,120}\b(killed|dead|died|death|fatal\w*)\b', r'(?i)\b(killed|dead|died|death|fatal\w*)\b[^.\n]{0,120}\bApril\b',
                 r'(?i)\bcathedral\b[^.\n]{0,120}\b(killed|dead|died|deaths?|fatal\w*)\b', r'(?i)\bdeath toll\b'],
    'f48ar-36': [r'(?i)\b(Adly|Mansour|Mansur)\b', r'(?i)\binterim president,? (?!vows)[A-Z]', r'(?i)\b(acting|interim) (head of state|leader),? [A-Z]',
                 r'(?i)\bpresident (Adly|Adli)\b', r'(?i)\bchief justice\b'],
    'f48ar-37': [r'(?i)\b(Australia|Canberra)\b[^.\n]{0,80}\b(pay|pays|paying|paid|give|gives|giving|provide|providing)\b[^.\n]{0,40}(\$|A\$|AUD|\d)',
                 r'(A\$|\bAUD\b|\bkina\b)', r'(?i)\b\d[\d,.]* (million|billion)\b[^.\n]{0,60}\b(PNG|Papua|aid|deal)\b',
                 r'(?i)\b(PNG|Papua|aid|deal)\b[^.\n]{0,60}\b\d[\d,.]* (million|billion)\b', r'(?i)\b(deal|arrangement|agreement)\b[^.\n]{0,60}\b(worth|costs?|valued|price tag)\b(?! were not| disclosed)'],
    'f48ar-38': [r'(?i)Manus[^.\n]{0,100}\b(currently|now|already|at present)\b', r'(?i)\b\d[\d,]* (asylum[- ]seekers|detainees|people|men|refugees)[^.\n]{0,40}\b(held|detained|housed|living|are) (on|at|in) Manus',
                 r'(?i)Manus[^.\n]{0,80}\b(holds|houses|detains|is home to|accommodates)\b', r'(?i)Manus[^.\n]{0,120}(?<![\d,])(?!3,000\b)\d[\d,]*'],
    'f48ar-39': [r'(?i)Lebanon[^.\n]{0,80}\b\d', r'(?i)\b\d[\d,.]*( million)? (Syrian )?(refugees|Syrians)[^.\n]{0,60}\b(in|to) Lebanon\b', r'(?i)\bLebanese\b[^.\n]{0,80}\brefugees?\b',
                 r'(?i)\b(fled|crossed|went|gone|escaped) (in)?to Lebanon\b'],
    'f48ar-40': [r'(?i)\b(without|lost|losing|knocked out) (power|electricity)\b', r'(?i)\boutages?\b', r'(?i)\b\d[\d,]* (customers|homes|households|residents|people)\b[^.\n]{0,60}\b(power|electricity|dark)\b',
                 r'(?i)\b(power|electricity)\b[^.\n]{0,60}\b\d[\d,]* (customers|homes|households)\b', r'(?i)\bblackouts?\b'],
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
    docs[doc] = open(os.path.join(HERE, 'page-ar', doc), 'rb').read()
errs = 0
lines = [json.loads(l) for l in open(os.path.join(HERE, 'page-ar.jsonl'), encoding='utf-8')]
for i, o in enumerate(lines, 1):
    if o['id'] != f'f48ar-{i:02d}': print('bad id', o['id']); errs += 1
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
r = subprocess.run([sys.executable, '/work/main/eval/testdata/checkset.py', os.path.join(HERE, 'page-ar.jsonl'),
                    os.path.join(HERE, 'page-ar')], capture_output=True, text=True)
print(r.stdout + r.stderr, end='')
sys.exit(1 if errs or r.returncode else 0)
