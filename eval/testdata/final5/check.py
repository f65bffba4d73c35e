#!/usr/bin/env python3
"""Checks the final5 question sets with the shared checker (../checkset.py):
user-corpus and conflict answer from the embedded corpus, disputes from
disputes/. Run from the repository root:
    python3 eval/testdata/final5/check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import checkset  # noqa: E402

ROOT = os.path.normpath(os.path.join(HERE, '..', '..', '..'))
SETS = {  # file -> corpus dir
    'user-corpus.jsonl': os.path.join(ROOT, 'corpus'),
    'conflict.jsonl': os.path.join(ROOT, 'corpus'),
    'disputes.jsonl': os.path.join(HERE, 'disputes'),
}

if __name__ == '__main__':
    bad = sum(checkset.check(os.path.join(HERE, name), cdir) for name, cdir in SETS.items())
    print('errors:', bad)
    sys.exit(1 if bad else 0)
