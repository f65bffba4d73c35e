#!/usr/bin/env python3
"""Checks the final10 wiki-h question set (adapted from final9/check_g.py):
every line parses, ids are unique and prefixed, kinds are known, quotes occur
in their document after whitespace and case folding, quotes are 5-25 words,
unanswerable lines have no answers and no evidence, answerable lines have an
answer string inside their quote (else a note). Run from the repository root:
    python3 eval/testdata/final10/check_h.py
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..', '..'))
SETS = {  # file -> (corpus dir, id prefix)
    'wiki-h.jsonl': (os.path.join(HERE, 'wiki-h'), 'f10h-'),
}
KINDS = {'casual', 'paraphrase', 'numeric', 'why', 'definition', 'multi-doc', 'unanswerable'}


def fold(s):
    return re.sub(r'\s+', ' ', s).strip().lower()


def main():
    bad, seen, counts = 0, set(), {}
    def err(msg):
        nonlocal bad
        bad += 1
        print('ERROR', msg)
    for name, (cdir, prefix) in SETS.items():
        docs = {}
        for n, line in enumerate(open(os.path.join(HERE, name), encoding='utf-8'), 1):
            if not line.strip():
                continue
            try:
                o = json.loads(line)
            except ValueError as e:
                err(f'{name}:{n}: {e}')
                continue
            qid, kind = o.get('id', ''), o.get('kind')
            where = f'{name}:{n} {qid}'
            counts.setdefault(name, {}).setdefault(kind, 0)
            counts[name][kind] += 1
            if not qid.startswith(prefix) or qid in seen:
                err(f'{where}: bad or duplicate id')
            seen.add(qid)
            if kind not in KINDS or not o.get('question'):
                err(f'{where}: kind {kind!r} or empty question')
            ans, ev = o.get('answers', []), o.get('evidence', [])
            if (kind == 'unanswerable') != (not ans) or (not ans) != (not ev):
                err(f'{where}: answers/evidence do not fit kind')
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
    for name, c in counts.items():
        print(name, sum(c.values()), dict(sorted(c.items())))
    for f in sorted(os.listdir(os.path.join(HERE, 'wiki-h'))):
        print('wiki-h/' + f, len(open(os.path.join(HERE, 'wiki-h', f), encoding='utf-8').read().split()), 'words')
    print('errors:', bad)
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
