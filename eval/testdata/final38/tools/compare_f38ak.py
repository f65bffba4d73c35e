#!/usr/bin/env python3
"""Compares every question of page-ak.jsonl with every question of the
*.jsonl files under eval/testdata/ (except this set) and prints, for each line
of this set, only its own id and question and the highest similarity score
found (and how many earlier questions score 0.5 or more), and the highest
word-bigram Jaccard alone (jac). The earlier
questions themselves are never printed. Scores: the larger of word-bigram
Jaccard and difflib ratio on folded text, 0..1.

    python3 tools/compare_f38ak.py [/work/main/eval/testdata]
"""
import difflib, json, os, re, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def norm(s):
    return ' '.join(re.findall(r"[a-z0-9]+", s.lower()))


def bigrams(s):
    w = s.split()
    return {tuple(w[i:i + 2]) for i in range(len(w) - 1)} or {tuple(w)}


def score(a, b):
    ba, bb = bigrams(a), bigrams(b)
    jac = len(ba & bb) / len(ba | bb)
    return max(jac, difflib.SequenceMatcher(None, a, b).ratio())


def earlier(root):
    qs = []
    for d, _, fs in os.walk(root):
        for f in fs:
            if not f.endswith('.jsonl'):
                continue
            p = os.path.join(d, f)
            if os.path.abspath(p) == os.path.abspath(os.path.join(HERE, 'page-ak.jsonl')):
                continue
            for line in open(p, encoding='utf-8', errors='replace'):
                try:
                    o = json.loads(line)
                except ValueError:
                    continue
                if isinstance(o, dict) and isinstance(o.get('question'), str):
                    qs.append(norm(o['question']))
    return qs


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else '/work/main/eval/testdata'
    old = earlier(root)
    print('earlier questions compared:', len(old))
    worst = 0
    for line in open(os.path.join(HERE, 'page-ak.jsonl'), encoding='utf-8'):
        o = json.loads(line)
        q = norm(o['question'])
        ss = [score(q, x) for x in old]
        m = max(ss)
        jac = max(len(bigrams(q) & bigrams(x)) / len(bigrams(q) | bigrams(x)) for x in old)
        worst = max(worst, m) if o['kind'] == 'offtopic' else worst
        print(f"{o['id']:8} {o['kind']:12} max={m:.2f} jac={jac:.2f} n>=0.5={sum(s >= 0.5 for s in ss):3d}  {o['question']}")
    print('highest score of an offtopic line: %.2f' % worst)


if __name__ == '__main__':
    main()
