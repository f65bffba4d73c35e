#!/usr/bin/env python3
"""Compares each question of licenses.jsonl with every question of the
.jsonl files under /work/main/eval/testdata/ (recursively). Prints only this
set's ids and scores (best difflib ratio, best word-bigram Jaccard) and
never the earlier questions. Flags ratio > 0.6.

    python3 tools/compare_f42l.py
"""
import difflib, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
MINE = os.path.join(os.path.dirname(HERE), 'licenses.jsonl')
TESTDATA = '/work/main/eval/testdata'


def norm(s):
    return ' '.join(re.findall(r"[a-z0-9']+", s.lower()))


def bigrams(s):
    w = s.split()
    return {(a, b) for a, b in zip(w, w[1:])}


def main():
    old, nfiles = [], 0
    for p in sorted(glob.glob(os.path.join(TESTDATA, '**', '*.jsonl'), recursive=True)):
        nfiles += 1
        for line in open(p, encoding='utf-8'):
            line = line.strip()
            if not line:
                continue
            try:
                q = json.loads(line).get('question')
            except ValueError:
                continue
            if q:
                old.append(norm(q))
    old_bg = [bigrams(q) for q in old]
    print(f'compared with {len(old)} questions in {nfiles} files')
    worst_r = worst_j = 0.0
    flagged = 0
    for line in open(MINE, encoding='utf-8'):
        o = json.loads(line)
        q = norm(o['question'])
        bg = bigrams(q)
        sm = difflib.SequenceMatcher(None, '', q, autojunk=False)
        best_r = best_j = 0.0
        for oq, obg in zip(old, old_bg):
            sm.set_seq1(oq)
            if sm.real_quick_ratio() > best_r and sm.quick_ratio() > best_r:
                best_r = max(best_r, sm.ratio())
            if bg or obg:
                j = len(bg & obg) / len(bg | obg) if (bg | obg) else 0.0
                best_j = max(best_j, j)
        flag = '  REWORD' if best_r > 0.6 else ''
        flagged += bool(flag)
        worst_r, worst_j = max(worst_r, best_r), max(worst_j, best_j)
        print(f"{o['id']}  ratio {best_r:.2f}  jaccard {best_j:.2f}{flag}")
    print(f'highest ratio {worst_r:.2f}, highest jaccard {worst_j:.2f}, above 0.6: {flagged}')
    return 1 if flagged else 0


if __name__ == '__main__':
    sys.exit(main())
