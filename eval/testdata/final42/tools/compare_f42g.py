#!/usr/bin/env python3
"""Compares each question of relnotes.jsonl with every question of the .jsonl
files under /work/main/eval/testdata/, printing only this set's ids, the
highest difflib ratio and highest word-bigram Jaccard (never earlier text)."""
import difflib, glob, json, os, re
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def words(s):
    return re.findall(r"[a-z0-9']+", s.lower())


def bigr(s):
    w = words(s)
    return {tuple(w[i:i + 2]) for i in range(len(w) - 1)}


old = []
files = glob.glob('/work/main/eval/testdata/**/*.jsonl', recursive=True)
for f in files:
    for line in open(f, encoding='utf-8'):
        try:
            old.append(json.loads(line)['question'].lower())
        except Exception:
            pass
oldb = [bigr(x) for x in old]
print(len(old), 'earlier questions from', len(files), 'files')
top_r = top_j = 0
for line in open(os.path.join(HERE, 'relnotes.jsonl'), encoding='utf-8'):
    o = json.loads(line)
    q = o['question'].lower()
    b = bigr(q)
    r = max(difflib.SequenceMatcher(None, q, x).ratio() for x in old)
    j = max((len(b & xb) / len(b | xb) if b | xb else 0) for xb in oldb)
    top_r, top_j = max(top_r, r), max(top_j, j)
    print(o['id'], f'{r:.2f}', f'{j:.2f}', '<-- reword' if r > 0.6 else '')
print('highest ratio', f'{top_r:.2f}', 'highest jaccard', f'{top_j:.2f}')
