#!/usr/bin/env python3
"""Build page-be.jsonl from a draft module Q = [(kind, question, answers, [(doc_key, quote), ...]), ...]
(final60's tools/build.py, names and page table changed; final60's was final59's, final59's was final58's, final58's was final57's, final57's was final56's, final56's was final55's, final55's was final54's, final54's was final53's, itself final52's, final51's, final50's, final49's, final48's … and final41's).
Quotes are copied verbatim from the documents in page-be/ (matching curly/straight apostrophes and quotes and any white space loosely). Asserts for every quote:
found, occurs exactly once after folding case and white space, 5-25 words, no U+00A0/U+2009/U+200B/U+202F (U+202F added by final55)/
U+FEFF/U+FFFD/U+2011 (U+2011 added by final58)/U+200D/U+2028/U+2029 (added by final61); for every answerable line: at least one answer (folded) in one of its quotes; ids
f61be-01..; kind counts as in README.md.
usage (from tools/): python3 build.py questions ../page-be.jsonl f61be"""
import json, re, sys, importlib, os
from collections import Counter
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
C = os.path.join(HERE, 'page-be') + '/'
D = {'H': 'venteur-top-health-insurance-companies.txt', 'R': 'reviewed-best-major-appliances-2025.txt',
     'E': 'fieldedge-electrician-tools.txt', 'C': 'booking-tech-conferences-2026.txt',
     'M': 'goodtrade-organic-meal-delivery.txt', 'F': 'vrainteriors-furniture-styles.txt'}
text = {k: open(C + v, encoding='utf-8').read() for k, v in D.items()}
def fold(s):
    s = s.replace('’', "'").replace('‘', "'").replace('“', '"').replace('”', '"')
    return re.sub(r'\s+', ' ', s).strip().lower()
def find(d, q):
    pat = ''
    for ch in q:
        if ch in "'’‘": pat += "['’‘]"
        elif ch in '"“”': pat += '["“”]'
        elif ch.isspace(): pat += r'\s+'
        else: pat += re.escape(ch)
    pat = re.sub(r'(\\s\+)+', r'\\s+', pat)
    m = re.search(pat, text[d], flags=re.I)
    if not m: sys.exit(f'NOT FOUND in {d}: {q}')
    got = m.group(0)
    if '\n' in got: sys.exit(f'SPANS LINES in {d}: {q}')
    for bad in '\u00a0\u2009\u200b\u202f\ufeff\ufffd\u2011\u200d\u2028\u2029':  # U+2011 added by final58; U+200D, U+2028, U+2029 by final61
        if bad in got: sys.exit(f'BAD CHAR {bad!r} in {d}: {q}')
    n = fold(text[d]).count(fold(got))
    if n != 1: sys.exit(f'NOT UNIQUE ({n}) in {d}: {q}')
    w = len(got.split())
    if not 5 <= w <= 25: sys.exit(f'{w} WORDS in {d}: {q}')
    return got
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
Q = importlib.import_module(sys.argv[1]).Q
out_path = sys.argv[2]
prefix = sys.argv[3] if len(sys.argv) > 3 else 'f61be'
out = []
for i, (kind, q, ans, ev) in enumerate(Q, 1):
    evid = [{'doc': D[d], 'quote': find(d, s)} for d, s in ev]
    if ans:
        assert evid, q
        assert any(fold(a) in fold(e['quote']) for a in ans for e in evid), f'no answer in quotes: {q}'
    else:
        assert kind == 'unanswerable' and not evid, q
    out.append(json.dumps({'id': f'{prefix}-{i:02d}', 'question': q, 'answers': ans, 'evidence': evid,
                           'kind': kind, 'answerable': bool(ans)}, ensure_ascii=False))
want = {'casual': 12, 'paraphrase': 9, 'numeric': 5, 'factoid': 3, 'metadata': 1, 'unanswerable': 10}
got = Counter(k for k, *_ in Q)
assert got == want, got
per_doc = Counter(ev[0][0] for k, q, a, ev in Q if a)
print('answerable per doc:', dict(per_doc))
open(out_path, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print(len(out), 'written to', out_path)
