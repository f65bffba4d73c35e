#!/usr/bin/env python3
"""Compare MY questions with earlier corpus questions. Prints only scores and my lines."""
import json, glob, os, re, sys, difflib
mine_path = sys.argv[1]
root = "/work/main/eval/testdata"
def toks(s): return set(w for w in re.findall(r'[a-z0-9]+', s.lower()) if len(w) > 2)
def fold(s): return re.sub(r'\s+', ' ', s).strip().lower()
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
for line in open(mine_path, encoding='utf-8'):
    if not line.strip(): continue
    o = json.loads(line); q = o['question']; tq = toks(q)
    best_r = max(difflib.SequenceMatcher(None, q.lower(), p['question'].lower()).ratio() for p in prior)
    best_j = max(len(tq & toks(p['question'])) / max(1, len(tq | toks(p['question']))) for p in prior)
    myq = [fold(e['quote']) for e in o['evidence']]
    def ov(a, b):
        if a in b or b in a: return True
        w = a.split(); g = {' '.join(w[i:i+5]) for i in range(max(1, len(w)-4))}
        return any(x in b for x in g)
    same_quote = sum(1 for p in prior if any(ov(fold(e['quote']), m) for e in p.get('evidence', []) for m in myq))
    mya = {fold(a) for a in o['answers']}
    same_ans = sum(1 for p in prior if mya & {fold(a) for a in p.get('answers', [])})
    both = sum(1 for p in prior if (mya & {fold(a) for a in p.get('answers', [])}) and any(ov(fold(e['quote']), m) for e in p.get('evidence', []) for m in myq))
    flag = '!!' if best_r > 0.6 or best_j > 0.5 or both > 0 else '  '
    print(f"{flag} {o['id']} ratio={best_r:.2f} jac={best_j:.2f} sameQuote={same_quote} sameAns={same_ans} both={both} | {o['kind']} | {q} | {o['answers']}")
