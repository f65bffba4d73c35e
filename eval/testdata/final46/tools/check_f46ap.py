#!/usr/bin/env python3
"""Checks page-ap.jsonl (final45's tools/check_f46ap.py, page table and probes changed): runs
eval/testdata/checkset.py on it, then independently checks ids, the answerable flags, kind counts,
that every evidence quote is an EXACT byte substring of its document (no folding) occurring once,
that at least one answer occurs (case-folded) in a quote of its line, that every quote occurs (folded)
in the visible text of the ORIGINAL HTML page in src/ (tags stripped with a minimal html.parser;
script/style/head dropped), so the quotes do not depend on scrape.py alone, and that no document
matches the probes written for the unanswerable lines (regular expressions for the missing detail,
see PROBES). Prints only counts and problems.
    python3 tools/check_f46ap.py"""
import json, os, re, subprocess, sys
from collections import Counter
from html.parser import HTMLParser
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = {'sltrib-cassini-wave-at-saturn.txt': 'dd5c70a6e7', 'mmajunkie-caraway-ufc159-bonus.txt': 'ee6efdabfc',
       'usnews-cancer-bankruptcy-study.txt': 'c064d58e86', 'thenews-germany-flood-peak.txt': '173cb8504d',
       'bloomberg-apple-iphone-trade-in.txt': '36325f8d21', 'abcnews-gay-cure-app-removed.txt': '83940e658c'}
# unanswerable id -> patterns that would signal the page gives the missing detail
PROBES = {  # case-sensitive unless a pattern starts with (?i); [^.\n] keeps a match inside one sentence
    'f46ap-31': [r'Brian Cox', r'(?i)\b(hosted|presented|narrated|fronted) by', r'(?i)\b(host|hosts|presenter|narrator)\b[^.\n]{0,60}(documentary|Human Universe)',
                 r'(?i)(documentary|Human Universe)[^.\n]{0,80}\b(host|hosts|hosted|presenter|presented|narrat\w*)\b'],
    'f46ap-32': [r'(?i)\b(\d[\d,]*|dozens|hundreds|thousands|\w+ty|\w+teen) (of )?(people|folks|participants|residents|volunteers|Utahns)[^.\n]{0,80}(signed up|library|rooftop|pose)',
                 r'(?i)(signed up|registered|rooftop|Main Library)[^.\n]{0,80}\b\d+', r'(?i)\b\d+[^.\n]{0,60}(signed up|registered|sign-ups)'],
    'f46ap-33': [r'(?i)(dating|dated|together|relationship|boyfriend|girlfriend|couple)[^.\n]{0,80}\b(since|for) (\d+|one|two|three|four|five|several|a|about|nearly) ?(years?|months?)?',
                 r'(?i)(began|started|been) dating', r'(?i)Tate[^.\n]{0,80}\b(since (19|20)\d\d|\d+ (years|months))', r'(?i)(met|meeting)[^.\n]{0,40}Tate'],
    'f46ap-34': [r'(?i)\b(purse|show money|to show|win bonus|base pay|salary|salaries|disclosed pay|payroll)\b', r'(?i)\$[\d,]+[^.\n]{0,40}\b(to show|to win)\b',
                 r'(?i)Caraway[^.\n]{0,80}\b(made|earned|paid) \$[\d,]+'],
    'f46ap-35': [r'(?i)\b(lead|first|senior|principal) (author|investigator|researcher)', r'Scott Ramsey|Ramsey[^.\n]{0,60}(author|study|Hutchinson|research)', r'(?i)(study|research|paper)[^.\n]{0,60}\b(led|authored|conducted|headed) by',
                 r'(?i)\bauthors? (is|was|were|are)\b'],
    'f46ap-36': [r'Smith[^.\n]{0,150}\$[\d,.]+', r'\$[\d,.]+[^.\n]{0,100}Smith', r'(?i)Smith[^.\n]{0,100}\b(owed|owing|debts? of|in debt)', r'(?i)Smith[^.\n]{0,100}\b\d[\d,]* (dollars|in debt)'],
    'f46ap-37': [r'(?i)Budapest[^.\n]{0,150}\b\d+(\.\d+)? ?(m|metres|meters|cm|centimetres|centimeters|feet)\b', r'(?i)\b\d+(\.\d+)? ?(m|metres|meters|cm|feet)\b[^.\n]{0,100}Budapest',
                 r'(?i)Hungar\w*[^.\n]{0,150}\b\d+(\.\d+)? ?(m|metres|meters|cm|feet)\b'],
    'f46ap-38': [r'(?i)Apple[^.\n]{0,100}\b(pay|pays|paying|offer|offers|offering|give|gives|giving|credit)\b[^.\n]{0,60}\$\d', r'(?i)\$\d[\d,]*[^.\n]{0,80}\b(at|in) Apple(’s|\'s)? (stores?|retail)',
                 r'(?i)(in-store|retail outlets?|Apple Stores?)[^.\n]{0,80}\$\d', r'(?i)\$\d[\d,]*[^.\n]{0,60}(store credit|gift card)'],
    'f46ap-39': [r'(?i)trade-ins?[^.\n]{0,100}\b(June|July|Aug\w*|Sept?\w*) \d{1,2}\b', r'(?i)\b(June|July|Aug\w*|Sept?\w*) \d{1,2}\b[^.\n]{0,100}trade-in',
                 r'(?i)\b(begin|begins|start|starts|launch|launches|debut|debuts|roll out|rolls out|kick off)\b[^.\n]{0,60}\b(June|July|Aug\w*|Sept?\w*) \d{1,2}\b'],
    'f46ap-40': [r'(?i)\bdownload(s|ed)\b', r'(?i)\b(installs|installed|installations)\b[^.\n]{0,60}\b(app|times|users|phones)\b', r'(?i)\bapps?\b[^.\n]{0,60}\b(installs|installed|installations)\b', r'(?i)\b[\d,]+ (users|people|times|customers)\b[^.\n]{0,60}\b(app|download|install)'],
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
    docs[doc] = open(os.path.join(HERE, 'page-ap', doc), 'rb').read()
errs = 0
lines = [json.loads(l) for l in open(os.path.join(HERE, 'page-ap.jsonl'), encoding='utf-8')]
for i, o in enumerate(lines, 1):
    if o['id'] != f'f46ap-{i:02d}': print('bad id', o['id']); errs += 1
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
r = subprocess.run([sys.executable, '/work/main/eval/testdata/checkset.py', os.path.join(HERE, 'page-ap.jsonl'),
                    os.path.join(HERE, 'page-ap')], capture_output=True, text=True)
print(r.stdout + r.stderr, end='')
sys.exit(1 if errs or r.returncode else 0)
