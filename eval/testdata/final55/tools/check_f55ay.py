#!/usr/bin/env python3
"""Checks page-ay.jsonl (final54's tools/check_f54ax.py, page table and probes changed; itself final53's check_f53aw.py, final52's check_f52av.py, final51's check_f51au.py, final50's check_f50at.py, final49's check_f49as.py, final48's, final47's and final46's): runs
eval/testdata/checkset.py on it, then independently checks ids, the answerable flags, kind counts,
that every evidence quote is an EXACT byte substring of its document (no folding) occurring once,
that no quote holds U+00A0/U+2009/U+200B/U+202F/U+FEFF/U+FFFD (final55), that at least one answer occurs (case-folded) in a quote of its line, that every quote occurs (folded)
in the visible text of the ORIGINAL HTML page (src/wcxb-<split>-<id>.html.gz, decompressed in memory;
final52–final55 keep no decompressed copy) (tags stripped with a minimal html.parser; script/style/head dropped),
so the quotes do not depend on scrape.py alone, and that no document matches the probes written for the
unanswerable lines (regular expressions for the missing detail, see PROBES). Prints only counts and problems.
    python3 tools/check_f55ay.py"""
import gzip, json, os, re, subprocess, sys
from collections import Counter
from html.parser import HTMLParser
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = {'ucdavis-helping-children-sleep.txt': 'dev-4180', 'nca-history-of-coffee.txt': 'dev-4039',
       'github-actions-pricing-changes-2026.txt': 'dev-0410', 'fermyon-startup-lessons-25-years.txt': 'dev-4459',
       'globaltraveler-top-rental-car-companies-2025.txt': 'dev-0331', 'petmd-puppy-training-guide.txt': 'dev-4594'}
# unanswerable id -> patterns that would signal the page gives the missing detail
PROBES = {  # case-sensitive unless a pattern starts with (?i); [^.\n] keeps a match inside one sentence, [^\n] inside one paragraph
    'f55ay-31': [r'(?i)\b\d{2}\s?(°|º|degrees?)\s?(F|C|Fahrenheit|Celsius)?\b', r'(?i)\b(room |bedroom |nursery )?temperatures?\b',
                 r'(?i)\b(cool|warm|cold|hot)\b[^.\n]{0,40}\b(room|bedroom|nursery)\b', r'(?i)\b(thermostat|overheat\w*)\b'],
    'f55ay-32': [r'(?i)\b\d{1,2}(:\d\d)?\s?(a\.m\.|p\.m\.|am|pm)(?=\W|$)', r'(?i)\bbed\s?time\b[^.\n]{0,60}\b(at|by|around|between|before|no later than)\s+\d',
                 r"(?i)\bo['’]clock\b", r'(?i)\b(go|goes|put|puts|going)\b[^.\n]{0,40}\bto bed\b[^.\n]{0,40}\b\d{1,2}(:\d\d)?\b'],
    'f55ay-33': [r'(?i)\bBrazil[^\n]{0,400}\b1[5-9]\d\d\b', r'(?i)\b1[5-9]\d\d\b[^\n]{0,200}\bBrazil', r'(?i)\bPalheta\b[^\n]{0,400}\b(in|by|around) 1[5-9]\d\d\b', r'\b1727\b'],
    'f55ay-34': [r'(?i)\bde Clieu\b[^\n]{0,500}\b(ship|vessel|aboard|frigate|sailed on|on board)\b', r'(?i)\b(ship|vessel|frigate)\s+(named|called)\b',
                 r'\bthe (ship|vessel|frigate) [A-Z]\w+', r'(?i)\bDromadaire\b'],
    'f55ay-35': [r'\$0\.00(?!2\b)\d+', r'\$0\.0[1-9]\d*', r'(?i)\bLinux\b[^.\n]{0,100}\$\s?\d',
                 r'(?i)\$\s?(?!0\.002\b)\d[\d.]*\s?(per|/|a|an)\s?(minute|min)\b', r'(?i)\b(cents?|¢)\s?(per|/|a|an)\s?(minute|min)\b'],
    'f55ay-36': [r'(?i)\b(uptime|availability|SLA)\b[^.\n]{0,80}\b\d+(\.\d+)?\s?(%|percent)', r'\b99\.\d+\s?(%|percent)', r'(?i)\b\d+(\.\d+)?\s?(%|percent)\s+(uptime|availability|of the time)\b',
                 r'(?i)\b(nines|downtime)\b'],
    'f55ay-37': [r'(?i)\bFermyon\b[^\n]{0,300}\b(raised|raises|raising|funding|Series [A-E]|seed round|investors?|backed by)\b', r'(?i)\b(raised|raising)\b[^.\n]{0,60}\$\s?\d',
                 r'(?i)\$\s?\d[\d.,]*\s?(M|million|B|billion)\b[^.\n]{0,60}\b(round|funding|Series)\b', r'(?i)\bSeries [A-E]\b'],
    'f55ay-38': [r'Hertz[^.\n]{0,80}\(\d{3}\)', r'Hertz[^.\n]{0,80}\b\d{3}\b', r'\b\d{3}\b[^.\n]{0,40}\bHertz\b', r'(?i)\bHertz\b[^.\n]{0,60}\b(scored|score of|received|earned)\b'],
    'f55ay-39': [r'(?i)\blast year\b[^.\n]{0,120}\b\d{3}\b', r'(?i)\b(in 2024|2024 study|2024 report|previous year|prior year)\b[^.\n]{0,120}\b\d{3}\b',
                 r'National Car Rental[^.\n]{0,80}\b\d{3}\b', r'(?i)\b\d{3}\b[^.\n]{0,60}\blast year\b'],
    'f55ay-40': [r'(?i)\bcrat(e|es|ing)\b[^\n]{0,300}\b(\d+|a|one|two|three|few|several)\s+(days?|weeks?|months?)\b', r'(?i)\b(days?|weeks?|months?)\b[^.\n]{0,80}\bcrat(e|es|ing)\b',
                 r'(?i)\bcrate[- ]train\w*\b[^.\n]{0,80}\b(takes?|lasts?|within|usually|typically)\b'],
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
    docs[doc] = open(os.path.join(HERE, 'page-ay', doc), 'rb').read()
errs = 0
lines = [json.loads(l) for l in open(os.path.join(HERE, 'page-ay.jsonl'), encoding='utf-8')]
for i, o in enumerate(lines, 1):
    if o['id'] != f'f55ay-{i:02d}': print('bad id', o['id']); errs += 1
    if o['answerable'] != bool(o['answers']): print('bad flag', o['id']); errs += 1
    if (o['kind'] == 'unanswerable') != (not o['answers']): print('bad kind/answers', o['id']); errs += 1
    for e in o.get('evidence', []):
        qb = e['quote'].encode('utf-8')
        if any(c in e['quote'] for c in '\u00a0\u2009\u200b\u202f\ufeff\ufffd'): print('bad character in quote', o['id']); errs += 1  # final55
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
r = subprocess.run([sys.executable, '/work/main/eval/testdata/checkset.py', os.path.join(HERE, 'page-ay.jsonl'),
                    os.path.join(HERE, 'page-ay')], capture_output=True, text=True)
print(r.stdout + r.stderr, end='')
sys.exit(1 if errs or r.returncode else 0)
