#!/usr/bin/env python3
"""Checks page-al.jsonl: runs eval/testdata/checkset.py on it (all kinds are
known to checkset.py; the set has no off-topic lines), then re-checks what
final38's tools/check_f38ak.py checked, adapted to this set: ids f40al-01 ..
f40al-42 in order, no duplicate question, the `answerable` flag fits the
answers, unanswerable lines have no answers and no evidence, and every
evidence quote is found in its document after white-space folding, has 5-25
words and (stricter than checkset.py) is an exact byte substring of its
document, free of U+00A0 / U+2009 / U+200B / U+FEFF / U+FFFD, occurring
exactly once after folding case and white space, and holding one of the
line's answers (folded); every answer string of a line must occur (folded) in
one of its quotes. It also checks the kind counts (factoid 6, why 4, casual
10, paraphrase 8, numeric 5, metadata 3, unanswerable 6) and that each of the
six documents carries the first evidence of exactly six answerable lines.

    python3 tools/check_f40al.py            (from this folder or anywhere)

checkset.py is looked for next to this folder's parent (eval/testdata/ once
the set sits in eval/testdata/<folder>/), else in /work/main/eval/testdata/.
"""
import json, os, re, subprocess, sys
from collections import Counter

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SET = os.path.join(HERE, 'page-al.jsonl')
CORPUS = os.path.join(HERE, 'page-al')
CHECKSET = os.path.abspath(os.path.join(HERE, '..', 'checkset.py'))
if not os.path.exists(CHECKSET):
    CHECKSET = '/work/main/eval/testdata/checkset.py'


def fold(s):
    return re.sub(r'\s+', ' ', s).strip().lower()


def main():
    print('== checkset.py on page-al.jsonl')
    res = subprocess.run([sys.executable, CHECKSET, SET, CORPUS], capture_output=True, text=True)
    print(res.stdout, end='')
    objs = [json.loads(l) for l in open(SET, encoding='utf-8') if l.strip()]
    bad = 0
    ids = [o.get('id') for o in objs]
    if ids != [f'f40al-{i:02d}' for i in range(1, 43)]:
        bad += 1
        print('ERROR ids are not f40al-01 .. f40al-42 in order')
    if len({o['question'] for o in objs}) != len(objs):
        bad += 1
        print('ERROR duplicate question')
    docs, raw, nq = {}, {}, 0
    for o in objs:
        if bool(o.get('answers')) != bool(o.get('answerable')):
            bad += 1
            print('ERROR answerable flag does not fit answers', o['id'])
        if o.get('kind') == 'unanswerable' and (o.get('answers') or o.get('evidence')):
            bad += 1
            print('ERROR unanswerable line with answers or evidence', o['id'])
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
        qs = [e['quote'] for e in o.get('evidence', [])]
        for a in o.get('answers', []):
            if not any(fold(a) in fold(q) for q in qs):
                bad += 1
                print('ERROR answer', repr(a), 'of', o['id'], 'is in none of its quotes')
    want = {'factoid': 6, 'why': 4, 'casual': 10, 'paraphrase': 8, 'numeric': 5, 'metadata': 3,
            'unanswerable': 6}
    got = dict(Counter(o.get('kind') for o in objs))
    if got != want:
        bad += 1
        print('ERROR kind counts', got)
    per_doc = Counter(o['evidence'][0]['doc'] for o in objs if o.get('evidence'))
    if sorted(per_doc) != sorted(os.listdir(CORPUS)) or set(per_doc.values()) != {6}:
        bad += 1
        print('ERROR evidence per page', dict(per_doc))
    print('== kind counts', got)
    print('== answerable lines per page (first evidence)', dict(sorted(per_doc.items())))
    print('== own checks: %d lines, %d quotes, errors: %d' % (len(objs), nq, bad))
    return 1 if res.returncode or bad or len(objs) != 42 else 0


if __name__ == '__main__':
    sys.exit(main())
