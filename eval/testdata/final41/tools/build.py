#!/usr/bin/env python3
"""Build a question set from a draft module Q = [(kind, question, answers, [(doc_digit, quote), ...]), ...].
Quotes are copied verbatim from the corpus (matching curly apostrophes/quotes and whitespace loosely).
usage: build.py MODULE OUT.jsonl [ID_PREFIX]"""
import json, re, sys, importlib
C = '/work/main/corpus/'
D = {'0': '000_e6294c222c3ceea2.txt', '1': '001_2c5c9944de878b35.txt', '2': '002_931533e42f638f11.txt',
     '3': '003_791db1c69a0dc4f1.txt', '4': '004_3c35a285612646de.txt'}
text = {k: open(C + v, encoding='utf-8').read() for k, v in D.items()}
def find(d, q):
    """Return the verbatim span in doc d matching q loosely (apostrophes, quotes, spaces)."""
    pat = ''
    for ch in q:
        if ch in "'’‘":
            pat += "['’‘]"
        elif ch in '"“”':
            pat += '["“”]'
        elif ch.isspace():
            pat += r'\s+'
        else:
            pat += re.escape(ch)
    pat = re.sub(r'(\\s\+)+', r'\\s+', pat)
    m = re.search(pat, text[d], flags=re.I)
    if not m:
        sys.exit(f'NOT FOUND in {d}: {q}')
    return re.sub(r'\s+', ' ', m.group(0))
sys.path.insert(0, '.')
Q = importlib.import_module(sys.argv[1]).Q
out_path = sys.argv[2]
prefix = sys.argv[3] if len(sys.argv) > 3 else 'f41c'
out = []
for i, (kind, q, ans, ev) in enumerate(Q, 1):
    evid = [{'doc': D[d], 'quote': find(d, s)} for d, s in ev]
    out.append(json.dumps({'id': f'{prefix}-{i:02d}', 'question': q, 'answers': ans, 'evidence': evid,
                           'kind': kind, 'answerable': bool(ans)}, ensure_ascii=False))
open(out_path, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print(len(out), 'written to', out_path)
