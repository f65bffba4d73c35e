#!/usr/bin/env python3
"""Checks page-aq.jsonl (final46's tools/check_f46ap.py, page table and probes changed): runs
eval/testdata/checkset.py on it, then independently checks ids, the answerable flags, kind counts,
that every evidence quote is an EXACT byte substring of its document (no folding) occurring once,
that at least one answer occurs (case-folded) in a quote of its line, that every quote occurs (folded)
in the visible text of the ORIGINAL HTML page in src/ (tags stripped with a minimal html.parser;
script/style/head dropped), so the quotes do not depend on scrape.py alone, and that no document
matches the probes written for the unanswerable lines (regular expressions for the missing detail,
see PROBES). Prints only counts and problems.
    python3 tools/check_f47aq.py"""
import json, os, re, subprocess, sys
from collections import Counter
from html.parser import HTMLParser
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = {'cbsnews-obama-xi-sunnylands-summit.txt': '44b21071ae', 'foxsports-josh-brent-retires.txt': 'a3ff07209a',
       'jpost-nakba-day-protests.txt': 'b41b3c1a01', 'mlb-first-year-draft-preview.txt': 'e59c8117a6',
       'sbnation-spurs-sympathetic-finals.txt': '71cb773c42', 'pcmag-tech-firms-transparency-letter.txt': 'd7db375a59'}
# unanswerable id -> patterns that would signal the page gives the missing detail
PROBES = {  # case-sensitive unless a pattern starts with (?i); [^.\n] keeps a match inside one sentence
    'f47aq-31': [r'\bXi (said|says|told|tells|replied|responded|denied|denies|insisted|acknowledged|rejected|dismissed|promised|pledged)\b',
                 r'(?i)\bXi\b[^.\n]{0,80}\b(denied|rejected|dismissed|acknowledged|admitted)\b[^.\n]{0,60}(hack|cyber)',
                 r'(?i)(hack\w*|cyber\w*)[^.\n]{0,80}\bXi (said|told|replied|responded)\b', r'(?i)\bXi[^.\n]{0,40}\b(response|answer|reply)\b'],
    'f47aq-32': [r'(?i)\b(\d+|nine|eighteen)[- ]holes?\b', r'(?i)\bholes?\b', r'(?i)\bpar[- ]\d+'],
    'f47aq-33': [r'Irving', r'(?i:crash|wreck|accident|flipped|scene)[^.\n]{0,100}\b(in|near|outside) (?!Texas\b)[A-Z][a-z]+',
                 r'(?i)\b(highway|interstate|freeway|service road|loop \d+|I-\d+|SH[- ]\d+)\b', r'(?i)\b(city|town|suburb) of\b'],
    'f47aq-34': [r'(?i)\b(salary|salaries|base pay|signing bonus|paycheck|earned|earning|earnings|was paid|is paid)\b',
                 r'(?i)\bcontract\b[^.\n]{0,60}(Brent|\$|million)', r'(?i)Brent[^.\n]{0,100}\$[\d,.]+', r'\$[\d,.]+ ?(million|thousand|k)\b'],
    'f47aq-35': [r'(?i)\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|no) (Palestinians?|people|protesters|demonstrators|persons?|activists?|rioters|youths?) (were |was )?(killed|dead|died|shot dead)',
                 r'(?i)\b(killed|died|dead|fatalit\w*)\b[^.\n]{0,60}\b\d+\b', r'(?i)\bdeath toll\b', r'(?i)\bfatalit', r'(?i)\b(killing|killed|shot dead)\b[^.\n]{0,40}\b(Palestinian|protester|youth)'],
    'f47aq-36': [r'Netanyahu', r'(?i)\bprime minister\b', r'\bBibi\b', r'\bPM (Benjamin|Netanyahu|Bibi)\b'],
    'f47aq-37': [r'(?i)\bAstros (selected|took|drafted|picked|chose|grabbed|made|went with|tabbed)\b', r'(?i)\b(selected|taken|drafted|picked|went) (first|No\. ?1|number one)( overall)?\b',
                 r'(?i)(with|used) the (first|No\. ?1|top) (overall )?(pick|selection)[^.\n]{0,60}\b(on|to take|to select)\b', r'(?i)\b(Appel|Gray|Bryant|Moran|Frazier)[^.\n]{0,40}\b(went|goes|was taken|was selected|was drafted|was picked) (No\. ?1|first)'],
    'f47aq-38': [r'(?i)(pool|bonus|slot|sign\w*|pick)[^.\n]{0,80}\$\d', r'(?i)\$\d[^.\n]{0,80}\b(pool|bonus|slot|sign\w*|pick)', r'(?i)\b\d+(\.\d+)? (million|billion)\b', r'(?i)\b(pool|bonus)\w*[^.\n]{0,40}\b(of|is|was|totals?|worth|at) \$?\d', r'(?i)\bslot (value|money)\b'],
    'f47aq-39': [r'(?<!Rounds )\b\d{2,3}-\d{2,3}\b', r'(?i)\bGame 1\b', r'(?i)\b(won|beat|defeated|lost to|fell to|edged|topped)\b[^.\n]{0,40}\b\d{2,3}\b', r'(?i)\bfinal score\b'],
    'f47aq-40': [r'(?i)\b\d+ (companies|firms|organizations|organisations|groups|signatories|signers|entities|tech firms|tech companies|businesses)\b',
                 r'(?i)\b(signed|co-signed|signatories|signers)\b[^.\n]{0,60}\b\d+\b', r'(?i)\b\d+\b[^.\n]{0,60}\b(signed|co-signed|signatories|signers)\b',
                 r'(?i)\b(total of|in all|altogether)\b[^.\n]{0,60}(compan|firm|organi[sz]ation|group|signator)'],
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
    docs[doc] = open(os.path.join(HERE, 'page-aq', doc), 'rb').read()
errs = 0
lines = [json.loads(l) for l in open(os.path.join(HERE, 'page-aq.jsonl'), encoding='utf-8')]
for i, o in enumerate(lines, 1):
    if o['id'] != f'f47aq-{i:02d}': print('bad id', o['id']); errs += 1
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
r = subprocess.run([sys.executable, '/work/main/eval/testdata/checkset.py', os.path.join(HERE, 'page-aq.jsonl'),
                    os.path.join(HERE, 'page-aq')], capture_output=True, text=True)
print(r.stdout + r.stderr, end='')
sys.exit(1 if errs or r.returncode else 0)
