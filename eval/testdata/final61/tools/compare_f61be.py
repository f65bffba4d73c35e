#!/usr/bin/env python3
"""Compares every question of page-be.jsonl with every question of the
*.jsonl files under eval/testdata/ (final60's tools/compare_f60bd.py, path changed; itself final59's compare_f59bc.py, final58's compare_f58bb.py, final57's compare_f57ba.py, final56's compare_f56az.py, final55's compare_f55ay.py, final54's compare_f54ax.py, final53's compare_f53aw.py, final52's compare_f52av.py; itself final51's compare_f51au.py, final50's compare_f50at.py, final49's compare_f49as.py, final48's compare_f48ar.py, final47's compare_f47aq.py, final46's compare_f46ap.py, final45's compare_f45ao.py, final44's compare_f44an.py,
final43's compare_f43am.py and final40's tools/compare_f40al.py) and prints, for each line of this set, only its own
id, kind and question, the highest similarity score found, the highest
word-bigram Jaccard alone (jac) and how many earlier questions score 0.5 or
more. The earlier questions themselves are never printed. Scores: the larger
of word-bigram Jaccard and difflib ratio on folded text, 0..1.

    python3 tools/compare_f61be.py [/work/main/eval/testdata]
"""
import difflib, json, os, re, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SET = os.path.join(HERE, 'page-be.jsonl')


def norm(s):
    return ' '.join(re.findall(r"[a-z0-9]+", s.lower()))


def bigrams(s):
    w = s.split()
    return {tuple(w[i:i + 2]) for i in range(len(w) - 1)} or {tuple(w)}


def jaccard(a, b):
    ba, bb = bigrams(a), bigrams(b)
    return len(ba & bb) / len(ba | bb)


def score(a, b):
    return max(jaccard(a, b), difflib.SequenceMatcher(None, a, b).ratio())


def earlier(root):
    qs, nfiles = [], 0
    for d, _, fs in os.walk(root):
        for f in fs:
            if not f.endswith('.jsonl'):
                continue
            p = os.path.join(d, f)
            if os.path.abspath(p) == os.path.abspath(SET):
                continue
            nfiles += 1
            for line in open(p, encoding='utf-8', errors='replace'):
                try:
                    o = json.loads(line)
                except ValueError:
                    continue
                if isinstance(o, dict) and isinstance(o.get('question'), str):
                    qs.append(norm(o['question']))
    return qs, nfiles


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else '/work/main/eval/testdata'
    old, nfiles = earlier(root)
    print('earlier questions compared:', len(old), 'from', nfiles, 'files')
    top, topjac = 0, 0
    for line in open(SET, encoding='utf-8'):
        o = json.loads(line)
        q = norm(o['question'])
        ss = [score(q, x) for x in old]
        m = max(ss)
        jac = max(jaccard(q, x) for x in old)
        top, topjac = max(top, m), max(topjac, jac)
        print(f"{o['id']:10} {o['kind']:12} max={m:.2f} jac={jac:.2f} n>=0.5={sum(s >= 0.5 for s in ss):3d}  {o['question']}")
    print('highest score: %.2f, highest bigram Jaccard: %.2f' % (top, topjac))


if __name__ == '__main__':
    main()
