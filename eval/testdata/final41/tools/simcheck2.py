#!/usr/bin/env python3
"""Stricter companion of simcheck.py. Compares MY questions with earlier questions on this corpus
and prints only scores and my own lines (never earlier questions or answers).
 bothLoose: earlier questions whose quote overlaps mine (shared 4-word run, same doc) AND whose
            answer strings match mine loosely (normalised, whole-word containment either way).
 nearAns:   earlier questions, same doc, quote within 400 chars of mine, with a loosely matching answer.
"""
import json, glob, os, re, sys, difflib
mine_path = sys.argv[1]
root = '/work/main/eval/testdata'; C = '/work/main/corpus/'
def norm(s): return ' ' + re.sub(r'[^a-z0-9]+', ' ', s.lower()).strip() + ' '
def fold(s): return re.sub(r'\s+', ' ', s).strip().lower()
texts = {f: fold(open(C + f, encoding='utf-8').read()) for f in os.listdir(C) if f.endswith('.txt')}
def pos(doc, q):
    t = texts.get(doc); q = fold(q)
    if t is None: return -1
    i = t.find(q)
    if i < 0:
        w = q.split()
        for k in range(len(w) - 3):
            i = t.find(' '.join(w[k:k+4]))
            if i >= 0: break
    return i
prior = []
for p in glob.glob(root + '/**/*.jsonl', recursive=True):
    if os.path.abspath(p) == os.path.abspath(mine_path): continue
    corpusfile = 'corpus' in os.path.basename(p) or '/dev/' in p
    for line in open(p, encoding='utf-8'):
        if not line.strip(): continue
        try: o = json.loads(line)
        except ValueError: continue
        docs = [e.get('doc', '') for e in o.get('evidence', [])]
        if not (corpusfile or any(re.match(r'00[0-4]_', d) for d in docs)): continue
        prior.append(o)
print('prior corpus questions:', len(prior), file=sys.stderr)
def grams(s, n=4):
    w = fold(s).split(); return {' '.join(w[i:i+n]) for i in range(max(1, len(w)-n+1))}
def ansmatch(A, B):
    A = [norm(a) for a in A if norm(a).strip()]; B = [norm(b) for b in B if norm(b).strip()]
    return any(a in b or b in a for a in A for b in B)
for line in open(mine_path, encoding='utf-8'):
    if not line.strip(): continue
    o = json.loads(line); q = o['question']
    best_r = max(difflib.SequenceMatcher(None, q.lower(), p['question'].lower()).ratio() for p in prior)
    mine_ev = o['evidence']
    sq = bl = na = 0
    for p in prior:
        pev = p.get('evidence', [])
        ov = any(e['doc'] == m['doc'] and (grams(e['quote']) & grams(m['quote']) or fold(e['quote']) in fold(m['quote']) or fold(m['quote']) in fold(e['quote'])) for e in pev for m in mine_ev)
        am = ansmatch(o['answers'], p.get('answers', []))
        near = am and any(e['doc'] == m['doc'] and abs(pos(e['doc'], e['quote']) - pos(m['doc'], m['quote'])) < 400 for e in pev for m in mine_ev)
        sq += ov; bl += (ov and am); na += near
    flag = '!!' if bl or na else '  '
    print(f"{flag} {o['id']} r={best_r:.2f} sameQuote={sq} bothLoose={bl} nearAns={na} | {o['kind']} | {q[:90]} | {o['answers'][:3]}")
