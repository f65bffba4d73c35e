#!/usr/bin/env python3
"""Checks page-am.jsonl: runs eval/testdata/checkset.py on it, then independently checks ids, the
answerable flags, kind counts and that every evidence quote occurs (folded) in the visible text of
the ORIGINAL HTML page in src/ (tags stripped with a minimal html.parser; script/style/head dropped),
so the quotes do not depend on scrape.py alone. Prints only counts and problems.
    python3 tools/check_f43am.py"""
import json, os, re, subprocess, sys
from collections import Counter
from html.parser import HTMLParser
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = {'bbc-dinosaur-teeth-diplodocus.txt': '204684f64a', 'bbc-lizard-king-barbaturex.txt': 'd57c1a6989',
       'usatoday-parmitano-helmet-leak.txt': '1a2c2f9fe4', 'bbc-cancer-research-genegame.txt': 'e7c052db32',
       'nytimes-zimmer-pandoravirus.txt': 'c076ffd447', 'wired-stretchy-gold-conductor.txt': '3008c1b014'}
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
vis = {}
for doc, pre in SRC.items():
    f = [x for x in os.listdir(os.path.join(HERE, 'src')) if x.startswith('htmlparser-benchmark-' + pre)][0]
    p = Strip(); p.feed(open(os.path.join(HERE, 'src', f), encoding='utf-8', errors='replace').read()); p.close()
    vis[doc] = fold(''.join(p.out))
errs = 0
lines = [json.loads(l) for l in open(os.path.join(HERE, 'page-am.jsonl'), encoding='utf-8')]
for i, o in enumerate(lines, 1):
    if o['id'] != f'f43am-{i:02d}': print('bad id', o['id']); errs += 1
    if o['answerable'] != bool(o['answers']): print('bad flag', o['id']); errs += 1
    if (o['kind'] == 'unanswerable') != (not o['answers']): print('bad kind/answers', o['id']); errs += 1
    for e in o.get('evidence', []):
        # compared with all white space removed: inline tags (<a>, <em>) may split words with a space
        if fold(e['quote']).replace(' ', '') not in vis[e['doc']].replace(' ', ''):
            print('not in visible HTML text', o['id']); errs += 1
        if fold(e['quote']) not in fold(open(os.path.join(HERE, 'page-am', e['doc']), encoding='utf-8').read()):
            print('not in document', o['id']); errs += 1
print('kinds:', dict(Counter(o['kind'] for o in lines)))
print('answerable per document (first quote):', dict(Counter(o['evidence'][0]['doc'] for o in lines if o['answers'])))
print('own checks, errors:', errs)
r = subprocess.run([sys.executable, '/work/main/eval/testdata/checkset.py', os.path.join(HERE, 'page-am.jsonl'),
                    os.path.join(HERE, 'page-am')], capture_output=True, text=True)
print(r.stdout + r.stderr, end='')
sys.exit(1 if errs or r.returncode else 0)
