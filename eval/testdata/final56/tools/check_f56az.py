#!/usr/bin/env python3
"""Checks page-az.jsonl (final55's tools/check_f55ay.py, page table and probes changed; itself final54's check_f54ax.py, final53's check_f53aw.py, final52's check_f52av.py, final51's check_f51au.py, final50's check_f50at.py, final49's check_f49as.py, final48's, final47's and final46's): runs
eval/testdata/checkset.py on it, then independently checks ids, the answerable flags, kind counts,
that every evidence quote is an EXACT byte substring of its document (no folding) occurring once,
that no quote holds U+00A0/U+2009/U+200B/U+202F/U+FEFF/U+FFFD (final55), that at least one answer occurs (case-folded) in a quote of its line, that every quote occurs (folded)
in the visible text of the ORIGINAL HTML page (src/wcxb-<split>-<id>.html.gz, decompressed in memory;
final52–final56 keep no decompressed copy) (tags stripped with a minimal html.parser; script/style/head dropped),
so the quotes do not depend on scrape.py alone, and that no document matches the probes written for the
unanswerable lines (regular expressions for the missing detail, see PROBES). Prints only counts and problems.
    python3 tools/check_f56az.py"""
import gzip, json, os, re, subprocess, sys
from collections import Counter
from html.parser import HTMLParser
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = {'pierce-self-host-postgres.txt': 'dev-0436', 'cfpb-guide-to-filing-taxes-2025.txt': 'dev-0179',
       'tabacchi-landscape-composition-techniques.txt': 'dev-4170', 'playfulvoid-carved-in-stone-review.txt': 'dev-0418',
       'marquardt-beginner-backpacking-checklist.txt': 'dev-4696', 'mises-nagel-on-reason.txt': 'dev-0458'}
# unanswerable id -> patterns that would signal the page gives the missing detail
PROBES = {  # case-sensitive unless a pattern starts with (?i); [^.\n] keeps a match inside one sentence, [^\n] inside one paragraph
    'f56az-31': [r'(?i)\bDigitalOcean[^\n]{0,300}\$\s?\d', r'(?i)\$\s?\d[^\n]{0,200}\bDigitalOcean', r'\$(?!328/month|200/month)\d[\d,.]*\s?(/|per |a )\s?(mo|month)\b',
                 r"(?i)\b(I pay|I'm paying|I am paying|costs me|paying about|my bill)\b"],
    'f56az-32': [r'(?i)\bPostgres(QL)?\s?(v(ersion)?\s?)?\d{1,2}(\.\d+)?\b', r'(?i)\bPG\s?\d{1,2}\b', r'(?i)\bversion\s+\d', r'(?i)\bv\d{1,2}\.\d'],
    'f56az-33': [r'(?i)\bhead[- ]of[- ]household\b', r'\$2[0-2],\d{3}\b', r'(?i)standard deduction[^\n]{0,200}\$\d[^\n]{0,200}\$\d[^\n]{0,200}\$\d'],
    'f56az-34': [r'(?i)\bpenalt(y|ies)\b[^.\n]{0,80}\b\d+(\.\d+)?\s?(%|percent)', r'(?i)\b\d+(\.\d+)?\s?(%|percent)\b[^.\n]{0,80}\bpenalt', r'(?i)\bpenalt(y|ies)\b[^.\n]{0,80}\$\s?\d',
                 r'(?i)\b(per|each|a) month\b[^.\n]{0,60}\b(unpaid|late)\b', r'(?i)\b(late|failure)[- ]to[- ](file|pay)\b'],
    'f56az-35': [r'(?i)\b\d{2,3}\s?(-|–|to)?\s?(\d{2,3})?\s?mm\b', r'(?i)\bfocal\b', r'(?i)\b\d{2,3}\s?millimet', r'(?i)\b(70-200|100-400|150-600)\b'],
    'f56az-36': [r'(?i)\bpublish(ed|es|er|ing)?\b[^.\n]{0,80}\bCarved in Stone\b', r'(?i)\bCarved in Stone\b[^.\n]{0,120}\b(published|publishes|publisher|imprint|press)\b',
                 r'(?i)\b(publisher|imprint)\b', r'(?i)\b(published|released) by\b'],
    'f56az-37': [r'(?i)\bCarved in Stone\b[^\n]{0,300}(\$|£|€)\s?\d', r'(?i)(\$|£|€)\s?\d[^\n]{0,200}\bCarved in Stone\b', r'(?i)\b(priced at|retails? for|RRP|MSRP|list price)\b',
                 r'(?i)\b\d+(\.\d\d)?\s?(USD|GBP|EUR|dollars|pounds sterling)\b'],
    'f56az-38': [r'(?i)\bDisco\b[^\n(]{0,120}\b\d{1,2}\s?(°|º|degrees?\b|-degree|F\b)', r'(?i)\bDisco\s?\d{1,2}\b', r'(?i)\b(rated|rating|comfort|lower limit)\b[^.\n]{0,40}\b\d{1,2}\s?(°|º|degrees?\b|F\b)',
                 r'(?i)\b\d{1,2}\s?(°|º)\s?F?\b'],
    'f56az-39': [r'(?i)\bbase ?weight\b', r'(?i)\b\d+(\.\d+)?\s?(lbs?|pounds|kg|kilos|kilograms|oz|ounces)\b', r'(?i)\b(pack|total|setup|everything|kit)\b[^.\n]{0,60}\bweighs?\b[^.\n]{0,40}\d',
                 r'(?i)\bweighs?\b[^.\n]{0,40}\d'],
    'f56az-40': [r'(?i)\b(NYU|New York University)\b', r'(?i)\bNagel\b[^.\n]{0,120}\b(professor|teaches|taught|faculty|emeritus|lecturer)\b', r'(?i)\b(professor|emeritus)\b[^.\n]{0,80}\bNagel\b',
                 r'(?i)\bNagel\b[^.\n]{0,60}\b(at|of) (the )?(University|College)\b'],
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
    docs[doc] = open(os.path.join(HERE, 'page-az', doc), 'rb').read()
errs = 0
lines = [json.loads(l) for l in open(os.path.join(HERE, 'page-az.jsonl'), encoding='utf-8')]
for i, o in enumerate(lines, 1):
    if o['id'] != f'f56az-{i:02d}': print('bad id', o['id']); errs += 1
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
r = subprocess.run([sys.executable, '/work/main/eval/testdata/checkset.py', os.path.join(HERE, 'page-az.jsonl'),
                    os.path.join(HERE, 'page-az')], capture_output=True, text=True)
print(r.stdout + r.stderr, end='')
sys.exit(1 if errs or r.returncode else 0)
