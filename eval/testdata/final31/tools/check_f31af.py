#!/usr/bin/env python3
"""Checks page-af.jsonl with eval/testdata/checkset.py, which does not know
the kind `offtopic` (docs/eval.md lists it; checkset.py's KINDS does not, so it
reports two errors per offtopic line, as it does for every earlier 56-line set
such as final23/page-w.jsonl and final24/page-x.jsonl). This wrapper leaves
checkset.py untouched: it runs it on the set as it is, then on a temporary
copy holding only the 48 lines of its known kinds (same corpus), and checks
the eight offtopic lines itself (ids f31af-ot-NN, a question, no answers, no
evidence, answerable false).

    python3 eval/testdata/final31/tools/check_f31af.py     (from the repository root)
"""
import json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SET = os.path.join(HERE, 'page-af.jsonl')
CORPUS = os.path.join(HERE, 'page-af')
CHECKSET = os.path.abspath(os.path.join(HERE, '..', 'checkset.py'))


def main():
    print('== checkset.py on page-af.jsonl as it is')
    full = subprocess.run([sys.executable, CHECKSET, SET, CORPUS], capture_output=True, text=True)
    print(full.stdout, end='')
    lines = [l for l in open(SET, encoding='utf-8') if l.strip()]
    objs = [json.loads(l) for l in lines]
    core = [l for l, o in zip(lines, objs) if o.get('kind') != 'offtopic']
    ot = [o for o in objs if o.get('kind') == 'offtopic']
    with tempfile.TemporaryDirectory() as d:
        p = os.path.join(d, 'page-af.jsonl')
        with open(p, 'w', encoding='utf-8') as f:
            f.writelines(core)
        print('== checkset.py on the %d lines of known kinds' % len(core))
        res = subprocess.run([sys.executable, CHECKSET, p, CORPUS], capture_output=True, text=True)
        print(res.stdout, end='')
    bad = 0
    for i, o in enumerate(ot, 1):
        ok = (o.get('id') == f'f31af-ot-{i:02d}' and o.get('question') and o.get('answers') == []
              and o.get('evidence') == [] and o.get('answerable') is False)
        if not ok:
            bad += 1
            print('ERROR offtopic line', o.get('id'))
    if len({o['question'] for o in objs}) != len(objs):
        bad += 1
        print('ERROR duplicate question')
    print('== offtopic lines: %d, errors: %d' % (len(ot), bad))
    return 1 if res.returncode or bad or len(ot) != 8 else 0


if __name__ == '__main__':
    sys.exit(main())
