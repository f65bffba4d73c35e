#!/usr/bin/env python3
"""For each sentence of the corpus: how many earlier questions quote (part of) it. Prints corpus text + counts only."""
import json, glob, os, re, sys
root = '/work/main/eval/testdata'; C = '/work/main/corpus/'
def fold(s): return re.sub(r'\s+', ' ', s).strip().lower()
quotes = {}
for p in glob.glob(root + '/**/*.jsonl', recursive=True):
    if '/wt/' in p: continue
    for line in open(p, encoding='utf-8'):
        try: o = json.loads(line)
        except ValueError: continue
        for e in o.get('evidence', []):
            if re.match(r'00[0-4]_', e.get('doc', '')):
                quotes.setdefault(e['doc'], []).append(fold(e['quote']))
for f in sorted(os.listdir(C)):
    if not f.endswith('.txt'): continue
    t = open(C + f, encoding='utf-8').read()
    sents = [s for s in re.split(r'(?<=[.!?])\s+|\n+', t) if len(s.split()) >= 4]
    print('=====', f)
    for s in sents:
        fs = fold(s)
        # count quotes overlapping: share a 6-word run
        words = fs.split()
        grams = {' '.join(words[i:i+5]) for i in range(max(1, len(words)-4))}
        n = sum(1 for q in quotes.get(f, []) if q in fs or fs in q or any(g in q for g in grams))
        print(f'{n:3d} | {s[:160]}')
