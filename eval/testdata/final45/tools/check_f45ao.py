#!/usr/bin/env python3
"""Checks page-ao.jsonl (final44's tools/check_f44an.py, adapted): runs
eval/testdata/checkset.py on it, then independently checks ids, the answerable flags, kind counts,
that every evidence quote is an EXACT byte substring of its document (no folding) occurring once,
that at least one answer occurs (case-folded) in a quote of its line, that every quote occurs (folded)
in the visible text of the ORIGINAL HTML page in src/ (tags stripped with a minimal html.parser;
script/style/head dropped), so the quotes do not depend on scrape.py alone, and that no document
matches the probes written for the unanswerable lines (regular expressions for the missing detail,
see PROBES). Prints only counts and problems.
    python3 tools/check_f45ao.py"""
import json, os, re, subprocess, sys
from collections import Counter
from html.parser import HTMLParser
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = {'nytimes-saratoga-race-course-150-years.txt': 'e1e4dba652', 'guardian-afp-carbon-tax-ad-campaign.txt': 'bf6c2f1cfb',
       'expressnews-ap-marijuana-lab-testing.txt': '9f2031ee45', 'scienceworldreport-tw-hydrae-snow-line.txt': 'b6a33f826f',
       'sfgate-newborn-formula-breastfeeding-study.txt': 'af85fcc561', 'dailybeast-komen-3day-walk-cancellations.txt': '5c83c2d71f'}
# unanswerable id -> patterns (case-insensitive) that would signal the page gives the missing detail
PROBES = {  # case-sensitive unless a pattern starts with (?i)
    'f45ao-31': [r'Peter [A-Z][a-z]+[^.]{0,80}\b(inn|Saratoga|innkeeper)', r'innkeeper,? [A-Z][a-z]+ [A-Z][a-z]+', r'Peter [A-Z][a-z]+, (the|an?) (innkeeper|real estate)'],
    'f45ao-32': [r'Durkin[^.]{0,100}\b(since|in|for) (19|20)\d\d', r'Durkin[^.]{0,100}\b\d+ (years|seasons)', r'(19|20)\d\d[^.]{0,80}Durkin', r'(?i)Durkin[^.]{0,60}(began|started|first called|took over)'],
    'f45ao-33': [r'(?i)other (ten|10) Democrats[^.]{0,20}(include|are|:|such as)', r'Landrieu|Pryor|Shaheen|Baucus|Rockefeller|Franken|Merkley|Mark Warner|Carl Levin|Tim Johnson',
                 r'Sen(ator|\.)? [A-Z][a-z]+ [A-Z][a-z]+ of (?!Alaska|Colorado|North Carolina)[A-Z]'],
    'f45ao-34': [r'(?i)Organi[sz]ing for Action[^.]{0,150}\$', r'(?i)\$[\d.,]+ ?(m|million|k)?[^.]{0,60}Organi[sz]ing for Action', r'(?i)(OFA|Organi[sz]ing for Action)[^.]{0,80}(spent|spending|budget)'],
    'f45ao-35': [r'(?i)CannLabs[^.]{0,120}\b\d+ (people|employees|workers|staff)', r'(?i)\b\d+ (people|employees|workers|staff)[^.]{0,80}CannLabs', r'(?i)CannLabs[^.]{0,80}(employs|staff of)'],
    'f45ao-36': [r'(?i)\b(penalt\w*|fines?|fined|revok\w*|suspend\w*|recall\w*)\b[^.]{0,80}\b(dispensar\w*|marijuana|pot|test\w*)\b',
                 r'(?i)\b(dispensar\w*|marijuana|pot)\b[^.]{0,80}\b(penalt\w*|fined|revok\w*|recall\w*|lose (its|their) licen[cs]e)'],
    'f45ao-37': [r'Öberg|Oberg|Karin', r'(?i)(other|second|co-?)\s*lead author', r'(?i)lead authors? (were|are|is)\b'],
    'f45ao-38': [r'(?i)-?\d+ ?(degrees|°|kelvin)', r'(?i)\b\d+ ?K\b[^.]{0,60}(snow|carbon monoxide|freez|temperature)', r'(?i)(snow|carbon monoxide|freez|temperature)[^.]{0,60}\b\d+ ?K\b', r'(?i)(minus|below zero|freezing point of)'],
    'f45ao-39': [r'(?i)\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty\w*|thirty|half) (of the (infants|babies) )?(were )?born at',
                 r'(?i)born at (Stanford|UCSF)[^.]{0,40}\b\d+', r'(?i)\b\d+ (infants|babies|were) (from|at) (Stanford|UCSF)'],
    'f45ao-40': [r'(?i)(3-Day|three-day)[^.]{0,120}(raised|brought in|generated|netted|revenue)', r'(?i)(raised|brought in|generated|netted)[^.]{0,80}(3-Day|three-day)', r'\$[\d.]+ ?(million|billion)'],
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
    docs[doc] = open(os.path.join(HERE, 'page-ao', doc), 'rb').read()
errs = 0
lines = [json.loads(l) for l in open(os.path.join(HERE, 'page-ao.jsonl'), encoding='utf-8')]
for i, o in enumerate(lines, 1):
    if o['id'] != f'f45ao-{i:02d}': print('bad id', o['id']); errs += 1
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
r = subprocess.run([sys.executable, '/work/main/eval/testdata/checkset.py', os.path.join(HERE, 'page-ao.jsonl'),
                    os.path.join(HERE, 'page-ao')], capture_output=True, text=True)
print(r.stdout + r.stderr, end='')
sys.exit(1 if errs or r.returncode else 0)
