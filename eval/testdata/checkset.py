#!/usr/bin/env python3
"""Checks a labelled question set written for the eval (docs/eval.md):
every line parses, ids are unique and carry the set's prefix, kinds are
known, quotes occur in their document after whitespace and case folding,
quotes are 5-25 words, unanswerable lines have no answers and no evidence,
answers are distinct, conflict and agree lines are well
formed, and an answer string inside its quote (else a note: a derived
answer). Run from the repository root, naming the set and, unless the set
answers from a folder named like it (final6/wiki-a.jsonl: final6/wiki-a/),
the corpus:
    python3 eval/testdata/checkset.py eval/testdata/final6/wiki-a.jsonl
    python3 eval/testdata/checkset.py eval/testdata/final8/user-corpus.jsonl corpus
It prints the kind counts and the corpus's word counts, and exits 1 on an
error.
"""
import json, os, re, sys

KINDS = {'casual', 'paraphrase', 'numeric', 'why', 'definition', 'multi-doc', 'metadata',
         'unanswerable', 'conflict', 'agree', 'factoid'}


def fold(s):
    return re.sub(r'\s+', ' ', s).strip().lower()


def check(path, cdir):
    """Returns the number of errors of the set at path, answering from cdir."""
    bad, seen, counts, docs = 0, set(), {}, {}
    prefix = None

    def err(msg):
        nonlocal bad
        bad += 1
        print('ERROR', msg)
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        if not line.strip():
            continue
        try:
            o = json.loads(line)
        except ValueError as e:
            err(f'{path}:{n}: {e}')
            continue
        qid, kind = o.get('id', ''), o.get('kind')
        where = f'{os.path.basename(path)}:{n} {qid}'
        counts[kind] = counts.get(kind, 0) + 1
        if prefix is None:  # the first id's prefix: "f6a-" of "f6a-01"
            prefix = qid.rsplit('-', 1)[0] + '-'
        if not qid.startswith(prefix) or qid in seen:
            err(f'{where}: bad or duplicate id')
        seen.add(qid)
        if kind not in KINDS or not o.get('question'):
            err(f'{where}: kind {kind!r} or empty question')
        ans, ev = o.get('answers', []), o.get('evidence', [])
        if (kind == 'unanswerable') != (not ans) or (not ans) != (not ev):
            err(f'{where}: answers/evidence do not fit kind')
        if len({a.lower() for a in ans}) != len(ans):
            err(f'{where}: duplicate answers')
        quotes = [(e['doc'], e['quote']) for e in ev]
        quotes += [(c['doc'], c['quote']) for c in o.get('conflict', [])]
        for doc, quote in quotes:
            if doc not in docs:
                p = os.path.join(cdir, doc)
                if not os.path.exists(p):
                    err(f'{where}: no document {doc}')
                    continue
                docs[doc] = fold(open(p, encoding='utf-8').read())
            if fold(quote) not in docs[doc]:
                err(f'{where}: quote not in {doc}: {quote!r}')
            w = len(quote.split())
            if not 5 <= w <= 25:
                err(f'{where}: quote has {w} words: {quote!r}')
        if kind == 'conflict':
            cs = o.get('conflict', [])
            if len({c['value'] for c in cs}) < 2 or len({c['doc'] for c in cs}) < 2:
                err(f'{where}: conflict needs two values from two docs')
            for c in cs:
                if fold(c['value']) not in fold(c['quote']):
                    err(f'{where}: value {c["value"]!r} not in its quote')
                if not any(fold(c['value']) in fold(a) for a in ans):
                    err(f'{where}: value {c["value"]!r} not among answers')
            for i, x in enumerate(cs):
                for y in cs[i + 1:]:
                    if fold(x['value']) in fold(y['value']) or fold(y['value']) in fold(x['value']):
                        err(f'{where}: value {x["value"]!r} overlaps {y["value"]!r}')
        if kind == 'agree' and (o.get('conflict') != [] or len({e['doc'] for e in ev}) < 2):
            err(f'{where}: agree needs empty conflict and 2+ docs')
        if ans and not any(fold(a) in fold(q) for a in ans for _, q in quotes):
            print('note', where, 'no answer string occurs verbatim in its quotes (derived answer)')
    print(os.path.basename(path), sum(counts.values()), dict(sorted((str(k), v) for k, v in counts.items())))
    for f in sorted(os.listdir(cdir)):
        p = os.path.join(cdir, f)
        if os.path.isfile(p):
            print(f'{os.path.basename(cdir)}/{f}', len(open(p, encoding='utf-8').read().split()), 'words')
    return bad


def main(argv):
    if len(argv) not in (2, 3):
        print(__doc__.strip())
        return 2
    path = argv[1]
    cdir = argv[2] if len(argv) == 3 else path[:-len('.jsonl')]
    bad = check(path, cdir)
    print('errors:', bad)
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
