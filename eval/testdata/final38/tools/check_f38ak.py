#!/usr/bin/env python3
"""Checks page-ak.jsonl with eval/testdata/checkset.py, which does not know
the kind `offtopic` (docs/eval.md lists it; checkset.py's KINDS does not, so it
reports two errors per offtopic line, as it does for final35's and the earlier 56-line sets).
Adapted from final35's tools/check_f35aj.py; checkset.py is left untouched:
this runs it on the set as it is, then on a temporary copy holding only the 51
lines of its known kinds (same corpus), and checks the eight offtopic lines
itself (ids f38-52 .. f38-59, a question, no answers, no evidence, answerable
false). It also re-checks every evidence quote: found in its document after
white-space folding, 5-25 words, and (stricter than checkset.py) an exact
byte substring of its document, free of U+00A0 / U+2009 / U+200B / U+FEFF /
U+FFFD, occurring exactly once after folding case and white space, and holding
one of the line's answers (after folding); as in final35, every answer
string of a line must occur (folded) in one of its quotes. It also checks the
kind counts (factoid 6, why 4, casual 10, paraphrase 9, numeric 6, metadata 6,
unanswerable 10, offtopic 8).

    python3 tools/check_f38ak.py            (from this folder or anywhere)

checkset.py is looked for next to this folder's parent (eval/testdata/ once
the set sits in eval/testdata/final38/), else in /work/main/eval/testdata/.
"""
import json, os, re, subprocess, sys, tempfile
from collections import Counter

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SET = os.path.join(HERE, 'page-ak.jsonl')
CORPUS = os.path.join(HERE, 'page-ak')
CHECKSET = os.path.abspath(os.path.join(HERE, '..', 'checkset.py'))
if not os.path.exists(CHECKSET):
    CHECKSET = '/work/main/eval/testdata/checkset.py'


def fold(s):
    return re.sub(r'\s+', ' ', s).strip().lower()


def main():
    print('== checkset.py on page-ak.jsonl as it is')
    full = subprocess.run([sys.executable, CHECKSET, SET, CORPUS], capture_output=True, text=True)
    print(full.stdout, end='')
    lines = [l for l in open(SET, encoding='utf-8') if l.strip()]
    objs = [json.loads(l) for l in lines]
    core = [l for l, o in zip(lines, objs) if o.get('kind') != 'offtopic']
    ot = [o for o in objs if o.get('kind') == 'offtopic']
    with tempfile.TemporaryDirectory() as d:
        p = os.path.join(d, 'page-ak.jsonl')
        with open(p, 'w', encoding='utf-8') as f:
            f.writelines(core)
        print('== checkset.py on the %d lines of known kinds' % len(core))
        res = subprocess.run([sys.executable, CHECKSET, p, CORPUS], capture_output=True, text=True)
        print(res.stdout, end='')
    bad = 0
    for i, o in enumerate(ot, 52):
        ok = (o.get('id') == f'f38-{i:02d}' and o.get('question') and o.get('answers') == []
              and o.get('evidence') == [] and o.get('answerable') is False)
        if not ok:
            bad += 1
            print('ERROR offtopic line', o.get('id'))
    ids = [o.get('id') for o in objs]
    if ids != [f'f38-{i:02d}' for i in range(1, 60)]:
        bad += 1
        print('ERROR ids are not f38-01 .. f38-59 in order')
    if len({o['question'] for o in objs}) != len(objs):
        bad += 1
        print('ERROR duplicate question')
    docs, raw = {}, {}
    nq = 0
    for o in objs:
        if bool(o.get('answers')) != bool(o.get('answerable')):
            bad += 1
            print('ERROR answerable flag does not fit answers', o['id'])
        for e in o.get('evidence', []):
            nq += 1
            if e['doc'] not in docs:
                raw[e['doc']] = open(os.path.join(CORPUS, e['doc']), encoding='utf-8').read()
                docs[e['doc']] = fold(raw[e['doc']])
            c = docs[e['doc']].count(fold(e['quote']))
            w = len(e['quote'].split())
            if c != 1 or not 5 <= w <= 25:
                bad += 1
                print('ERROR quote', o['id'], 'found', c, 'times,', w, 'words')
            if e['quote'] not in raw[e['doc']]:
                bad += 1
                print('ERROR quote', o['id'], 'is not an exact substring of', e['doc'])
            if any(ch in e['quote'] for ch in '\u00a0\u2009\u200b\ufeff\ufffd'):
                bad += 1
                print('ERROR quote', o['id'], 'holds a no-break, thin or zero-width space, BOM or U+FFFD')
            if not any(fold(a) in fold(e['quote']) for a in o.get('answers', [])):
                bad += 1
                print('ERROR quote', o['id'], 'holds none of the answers')
    for o in objs:
        qs = [e['quote'] for e in o.get('evidence', [])]
        for a in o.get('answers', []):
            if not any(fold(a) in fold(q) for q in qs):
                bad += 1
                print('ERROR answer', repr(a), 'of', o['id'], 'is in none of its quotes')
    want = {'factoid': 6, 'why': 4, 'casual': 10, 'paraphrase': 9, 'numeric': 6, 'metadata': 6,
            'unanswerable': 10, 'offtopic': 8}
    got = dict(Counter(o.get('kind') for o in objs))
    if got != want:
        bad += 1
        print('ERROR kind counts', got)
    print('== kind counts', got)
    print('== own checks: %d lines, %d quotes, %d offtopic lines, errors: %d' % (len(objs), nq, len(ot), bad))
    return 1 if res.returncode or bad or len(ot) != 8 or len(objs) != 59 else 0


if __name__ == '__main__':
    sys.exit(main())
