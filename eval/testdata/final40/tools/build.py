#!/usr/bin/env python3
import json, re, sys
C = '/work/main/corpus/'
D = {'0': '000_e6294c222c3ceea2.txt', '1': '001_2c5c9944de878b35.txt', '2': '002_931533e42f638f11.txt',
     '3': '003_791db1c69a0dc4f1.txt', '4': '004_3c35a285612646de.txt'}
text = {k: open(C + v, encoding='utf-8').read() for k, v in D.items()}
def find(d, q):
    """Return the verbatim span in doc d matching q loosely (apostrophes, spaces)."""
    pat = re.escape(q)
    pat = pat.replace("'", "['’‘]").replace('\\ ', r'\s+').replace(' ', r'\s+')
    m = re.search(pat, text[d], flags=re.I)
    if not m:
        sys.exit(f'NOT FOUND in {d}: {q}')
    return re.sub(r'\s+', ' ', m.group(0))
import importlib; Q = importlib.import_module(sys.argv[1] if len(sys.argv) > 1 else "questions").Q
out = []
for i, (kind, q, ans, ev) in enumerate(Q, 1):
    evid = [{'doc': D[d], 'quote': find(d, s)} for d, s in ev]
    out.append(json.dumps({'id': f'f40c-{i:02d}', 'question': q, 'answers': ans, 'evidence': evid, 'kind': kind}, ensure_ascii=False))
open('user-corpus.jsonl', 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print(len(out), 'written')
