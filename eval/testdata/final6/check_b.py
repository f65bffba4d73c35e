#!/usr/bin/env python3
"""Checks the final6 wiki-b question set: every line parses, ids are unique
and prefixed f6b-, kinds are known, quotes occur in their document after
whitespace and case folding, quotes are 5-25 words, answerable lines have an
answer string inside a quote, unanswerable lines have no answers and no
evidence. Run from the repository root:
    python3 eval/testdata/final6/check_b.py
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = {'wiki-b.jsonl': (os.path.join(HERE, 'wiki-b'), 'f6b-')}
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
        docs, questions = {}, set()
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
            if fold(o.get('question', '')) in questions:
                err(f'{where}: duplicate question')
            questions.add(fold(o.get('question', '')))
            ans, ev = o.get('answers', []), o.get('evidence', [])
            if (kind == 'unanswerable') != (not ans) or (not ans) != (not ev):
                err(f'{where}: answers/evidence do not fit kind')
            if any(not a.strip() or len(a.split()) > 4 for a in ans):
                err(f'{where}: empty answer or answer longer than 4 words')
            quotes = [(e['doc'], e['quote']) for e in ev]
            if kind != 'multi-doc' and len({d for d, _ in quotes}) > 1:
                err(f'{where}: evidence from more than one document but kind is not multi-doc')
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
            if ans and not any(fold(a) in fold(q) for a in ans for _, q in quotes):
                print('note', where, 'no answer string occurs verbatim in its quotes (derived answer)')
    for name, c in counts.items():
        print(name, sum(c.values()), dict(sorted(c.items(), key=lambda kv: str(kv[0]))))
    for cdir, _ in SETS.values():
        for f in sorted(os.listdir(cdir)):
            print(os.path.basename(cdir) + '/' + f, len(open(os.path.join(cdir, f), encoding='utf-8').read().split()), 'words')
    print('errors:', bad)
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
