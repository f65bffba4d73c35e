#!/usr/bin/env python3
"""Checks page-bb.jsonl (final57's tools/check_f57ba.py, page table and probes changed; itself final56's check_f56az.py, final55's check_f55ay.py, final54's check_f54ax.py, final53's check_f53aw.py, final52's check_f52av.py, final51's check_f51au.py, final50's check_f50at.py, final49's check_f49as.py, final48's, final47's and final46's): runs
eval/testdata/checkset.py on it, then independently checks ids, the answerable flags, kind counts,
that every evidence quote is an EXACT byte substring of its document (no folding) occurring once,
that no quote holds U+00A0/U+2009/U+200B/U+202F/U+FEFF/U+FFFD (final55) or U+2011 (final58), that at least one answer occurs (case-folded) in a quote of its line, that every quote occurs (folded)
in the visible text of the ORIGINAL HTML page (src/wcxb-<split>-<id>.html.gz, decompressed in memory;
final52–final58 keep no decompressed copy) (tags stripped with a minimal html.parser; script/style/head dropped),
so the quotes do not depend on scrape.py alone, and that no document matches the probes written for the
unanswerable lines (regular expressions for the missing detail, see PROBES). Prints only counts and problems.
    python3 tools/check_f58bb.py"""
import gzip, json, os, re, subprocess, sys
from collections import Counter
from html.parser import HTMLParser
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = {'iprimo-wedding-timeline-budget.txt': 'dev-4592', '3i-robot-vacuum-mapping.txt': 'dev-4810',
       'illinois-college-essay-tips.txt': 'dev-4622', 'ecocult-affordable-sustainable-fashion.txt': 'dev-4111',
       'instructables-how-to-make-furniture.txt': 'dev-0122', 'motleyfool-index-funds-guide.txt': 'dev-4503'}
_MON = r'(Oct\.?|October|Nov\.?|November|Dec\.?|December|Jan\.?|January|Feb\.?|February|Mar\.?|March)'
_DUR = r'(\d+\s?(seconds?|minutes?|mins?|hours?|hrs?|days?)|overnight|a day|a few hours)'
# unanswerable id -> patterns that would signal the page gives the missing detail
PROBES = {  # case-sensitive unless a pattern starts with (?i); [^.\n] keeps a match inside one sentence, [^\n] inside one paragraph
    'f58bb-31': [r'(?i)\bplanners?\b[^\n]{0,200}(S?\$\s?\d|\d[\d,]*\s?(dollars|SGD))', r'(?i)(S?\$\s?\d[\d,]*)[^\n]{0,150}\bplanners?\b',
                 r'(?i)\b(planning|planner|coordinator|coordination)\s+(fees?|costs?|packages?|rates?)\b', r'(?im)^(wedding\s+)?(planner|planning|coordinator|coordination)s?(\s+(and|&)\s+\w+)?$'],
    'f58bb-32': [r'(?i)\bGST\b[^.\n]{0,60}\d', r'(?i)\d+(\.\d+)?\s?(%|percent)\s+(of\s+)?GST\b', r'(?i)\bgoods and services tax\b',
                 r'(?i)\btax\b[^.\n]{0,60}\b\d+(\.\d+)?\s?(%|percent)'],
    'f58bb-33': [r'(?i)\bbatter(y|ies)\b', r'(?i)\bmAh\b', r'(?i)\b(runtime|run time|run-time)\b', r'(?i)\b(single|one|full) charge\b', r'(?i)\brecharg\w*'],
    'f58bb-34': [r'(?i)\bsuction\b', r'\b\d[\d,]*\s?Pa\b', r'(?i)\bpascals?\b', r'(?i)\bair\s?watts?\b'],
    'f58bb-35': [r'(?i)\b(applications?|admissions?|apply|applying|submit\w*)\b[^.\n]{0,80}\b(deadlines?|due)\b',
                 r'(?i)\bdeadlines?\b[^.\n]{0,80}\b(apply|applications?|admissions?|Illinois|first-year|freshm[ae]n)\b',
                 r'(?i)\b(early action|early decision|regular decision|priority (date|deadline)|Common App\w*)\b',
                 r'(?i)\b(apply|applications?|submit\w*|deadlines?|due)\b[^.\n]{0,80}\b' + _MON + r'\s+\d{1,2}\b',
                 r'(?i)\b' + _MON + r'\s+\d{1,2}\b[^.\n]{0,80}\b(apply|applications?|submit\w*|deadlines?|due)\b'],
    'f58bb-36': [r'(?i)\bfree\s+(shipping|delivery)\b', r'(?i)\bship(ping|s)?\b[^.\n]{0,80}\b(free|costs?|fees?)\b', r'(?i)\bship(ping|s)?\b[^.\n]{0,80}\$\s?\d',
                 r'(?i)\bMagic Linen\b[^\n]{0,300}\b(ship\w*|deliver\w*)\b', r'(?i)\b(shipping|delivery)\s+(fees?|costs?|charges?|rates?)\b'],
    'f58bb-37': [r'(?i)\b(affiliate|commission|sale price)\b[^\n]{0,200}\b\d+(\.\d+)?\s?(%|percent)', r'(?i)\b\d+(\.\d+)?\s?(%|percent)[^\n]{0,150}\b(affiliate|commission|sale price)\b',
                 r'(?i)\bcommissions?\b'],
    'f58bb-38': [r'(?i)\bclamp\w*\b[^.\n]{0,120}\b' + _DUR + r'\b', r'(?i)\b' + _DUR + r'\b[^.\n]{0,120}\bclamp\w*',
                 r'(?i)\bglu(e|es|ed|eing|ing)\b[^.\n]{0,120}\b(' + _DUR + r'|(to|let it|let them|let the glue|until it|until they|until the glue)\s+(dry|dries|cure[sd]?|sets?))\b', r'(?i)\b(cure|curing|open time|clamp(ing)? time)\b'],
    'f58bb-39': [r'(?i)\baverage\b[^.\n]{0,80}\b\d+(\.\d+)?\s?(%|percent)', r'(?i)\b(annuali[sz]ed|annual returns?|historically|long-term average)\b[^.\n]{0,80}\d+(\.\d+)?\s?(%|percent)',
                 r'(?i)(?<![\d.])(?!20\s?%)\d+(\.\d+)?\s?(%|percent)[^.\n]{0,60}\b(annually|per year|a year|each year|on average|a yr)\b', r'(?i)\bsince\s+(19|20)\d\d\b'],
    'f58bb-40': [r'(?i)\b(minimum|as little as|start with|starting with|get started with)\b[^.\n]{0,60}(\$\s?\d|\d+\s?dollars)',
                 r'(?i)(\$\s?\d[\d,]*|\d+\s?dollars)[^.\n]{0,60}\b(minimum|to start|to get started|upfront|up front|initial investment)\b',
                 r'(?i)\bminimum\s+(investment|initial|deposit|balance|amount)\b', r'(?i)\bfractional shares?\b[^.\n]{0,100}\$\s?\d'],
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
    docs[doc] = open(os.path.join(HERE, 'page-bb', doc), 'rb').read()
errs = 0
lines = [json.loads(l) for l in open(os.path.join(HERE, 'page-bb.jsonl'), encoding='utf-8')]
for i, o in enumerate(lines, 1):
    if o['id'] != f'f58bb-{i:02d}': print('bad id', o['id']); errs += 1
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
r = subprocess.run([sys.executable, '/work/main/eval/testdata/checkset.py', os.path.join(HERE, 'page-bb.jsonl'),
                    os.path.join(HERE, 'page-bb')], capture_output=True, text=True)
print(r.stdout + r.stderr, end='')
sys.exit(1 if errs or r.returncode else 0)
