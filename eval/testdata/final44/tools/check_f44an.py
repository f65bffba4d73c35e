#!/usr/bin/env python3
"""Checks page-an.jsonl (final43's tools/check_f43am.py, adapted and extended): runs
eval/testdata/checkset.py on it, then independently checks ids, the answerable flags, kind counts,
that every evidence quote is an EXACT byte substring of its document (no folding) occurring once,
that at least one answer occurs (case-folded) in a quote of its line, that every quote occurs (folded)
in the visible text of the ORIGINAL HTML page in src/ (tags stripped with a minimal html.parser;
script/style/head dropped), so the quotes do not depend on scrape.py alone, and that no document
matches the probes written for the unanswerable lines (regular expressions for the missing detail,
see PROBES). Prints only counts and problems.
    python3 tools/check_f44an.py"""
import json, os, re, subprocess, sys
from collections import Counter
from html.parser import HTMLParser
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = {'reuters-unicef-malnutrition-stunting.txt': '039c4b966d', 'houstonchronicle-ap-lima-black-pallbearers.txt': '42b43887c6',
       'cbc-aglukkaq-arctic-council-chair.txt': '090638153c', 'sciencenow-gut-microbes-jewel-wasps.txt': '469b0194ef',
       'latimes-everest-glaciers-shrinking.txt': '40d4e50472', 'smh-archicebus-oldest-primate.txt': '0873e75082'}
# unanswerable id -> patterns (case-insensitive) that would signal the page gives the missing detail
PROBES = {  # case-sensitive unless a pattern starts with (?i)
    'f44an-31': [r'(?i)\bpledged\b', r'(?i)donors? (gave|committed|raised|promised)', r'(?i)secured? pledges? (of|worth|totall?ing)'],
    'f44an-32': [r'(?i)\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (of them|of those|of the 20|are in Africa|in Africa)',
                 r'(?i)(countries|nations) in Africa', r'(?i)African countries'],
    'f44an-33': [r'Funeraria', r'funeral home,? [A-Z]\w+', r'Merino[^.]{0,60}(company|firm|business),? [A-Z]'],
    'f44an-34': [r'(?i)Arguedas[^.]{0,80}\b(since|in|for) (19|20)\d\d', r'(?i)Arguedas[^.]{0,80}\b\d+ years', r'(?i)(19|20)\d\d[^.]{0,80}Arguedas'],
    'f44an-35': [r'(?i)after Canada', r'(?i)(succeeds? Canada|next chair|takes? over from Canada)', r'\b2015\b'],
    'f44an-36': [r'(?i)next (ministerial|meeting|session|summit)', r'\b2015\b', r'(?i)will (meet|be held|host)'],
    'f44an-37': [r'(?i)\d[\d,]* (wasps|larvae|insects|individuals|males|females)', r'(?i)(hundreds|thousands) of (wasps|larvae)'],
    'f44an-38': [r'Providencia|Enterococcus|Enterobacter|Proteus|Serratia|Staphylococcus|Bacillus|Escherichia|E\. coli|Wolbachia'],
    'f44an-39': [r'(?i)snow line[^.]{0,40}\b\d[\d,]* ?(feet|ft|meters|metres|m)\b[^.]{0,30}(above|elevation|altitude)',
                 r'(?i)(altitude|elevation) of [\d,]+', r'(?i)[\d,]+ (feet|meters|metres) above sea level'],
    'f44an-40': [r'farmer,? (named|called|[A-Z][a-z]+ [A-Z][a-z]+)', r'[A-Z][a-z]+ [A-Z][a-z]+, a (local )?farmer'],
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
    docs[doc] = open(os.path.join(HERE, 'page-an', doc), 'rb').read()
errs = 0
lines = [json.loads(l) for l in open(os.path.join(HERE, 'page-an.jsonl'), encoding='utf-8')]
for i, o in enumerate(lines, 1):
    if o['id'] != f'f44an-{i:02d}': print('bad id', o['id']); errs += 1
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
r = subprocess.run([sys.executable, '/work/main/eval/testdata/checkset.py', os.path.join(HERE, 'page-an.jsonl'),
                    os.path.join(HERE, 'page-an')], capture_output=True, text=True)
print(r.stdout + r.stderr, end='')
sys.exit(1 if errs or r.returncode else 0)
