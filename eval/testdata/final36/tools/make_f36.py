#!/usr/bin/env python3
"""Writes final36/tiny-{a,b,c}.jsonl from the questions below, asserting that
every quote (written on one line, stored with the document's own line breaks)
is an exact substring of its document and occurs once in its
corpus after folding case and white space, has 5-25 words, holds one of the
line's answers, and that unanswerable lines have no answers and no evidence.
Run from final36/: python3 tools/make_f36.py"""
import json, os, re, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
fold = lambda s: re.sub(r'\s+', ' ', s).strip().lower()

A = 'ewma-moving-average-intro.md'
R = 'renameio-atomicity-vs-durability.md'
X = 'xid-encoding-and-size.md'
L = 'bolt-vs-leveldb-rocksdb.md'
M = 'bolt-vs-lmdb.md'
P = 'go-porterstemmer-readme-intro.md'

SETS = {
'tiny-a': [
 ('factoid', "Which decay factor does the EWMA algorithm need?", ['alpha'], A,
  "The EWMA algorithm requires a decay factor, alpha."),
 ('factoid', "How does a value's weight in the average change once it has been added?", ['decreases exponentially'], A,
  "After a value in the series is added to the average, its weight in the average decreases exponentially over time."),
 ('numeric', "Between which two values must alpha lie?", ['between 0 and 1', '0 and 1'], A,
  "The alpha must be between 0 and 1"),
 ('numeric', "Give an example of a typical value for alpha.", ['0.04'], A,
  "is typically a fairly small number, such as 0.04."),
 ('definition', "What is an exponentially weighted moving average?", ['a way to continuously compute a type of average', 'continuously compute'], A,
  "An exponentially weighted moving average is a way to continuously compute a type of average for a series of numbers, as the numbers arrive."),
 ('why', "Why are EWMAs considered useful?", ['inexpensive computational and memory cost', 'inexpensive', 'recent central tendency'], A,
  "EWMAs are useful for several reasons, chiefly their inexpensive computational and memory cost, as well as the fact that they represent the recent central tendency"),
 ('casual', "whats the 3rd step in the pseudocode lol", ['add the result of steps 1 and 2', 'store it as the new current value'], A,
  "3. Add the result of steps 1 and 2, and store it as the new current value of the average."),
 ('casual', "if i make alpha bigger waht happens to the avg", ['recent history', 'biased towards recent history'], A,
  "The larger the alpha, the more the average is biased towards recent history."),
 ('casual', "ok so after step 3 wat do u do, pls", ['repeat for each number', 'repeat for each number in the series'], A,
  "4. Repeat for each number in the series."),
 ('paraphrase', "In the second stage of the procedure, what is the running mean scaled by?", ['1 minus alpha', '1 - alpha', '1-alpha'], A,
  "2. Multiply the current value of the average by 1 minus alpha."),
 ('metadata', "What heading does the note in this folder carry?", ['Exponentially Weighted Moving Average'], A,
  "### Exponentially Weighted Moving Average\n\nAn exponentially weighted moving average is a way"),
 ('unanswerable', "How should I choose alpha if I want the average over the last minute of once-a-second samples?"),
 ('unanswerable', "What starting value should the average be given before the first number arrives?"),
 ('unanswerable', "Who invented the exponentially weighted moving average?"),
 ('unanswerable', "anyone know whendid the first iphone come out"),
],
'tiny-b': [
 ('factoid', "What does the renameio package let you do with a file or symbolic link?", ['atomically create or replace', 'create or replace'], R,
  "provides a way to atomically create or replace a file or symbolic link."),
 ('factoid', "Which website does the renameio README use as its practical example?", ['manpages.debian.org'], R,
  "As a practical example, consider https://manpages.debian.org/: if there is a power outage"),
 ('factoid', "Which letters may appear in a valid base32 xid?", ['`a` to `v`', 'a to v', 'a-v', '[0-9a-v]'], X,
  "all lowercase sequence of `a` to `v` letters and `0` to `9` numbers"),
 ('factoid', "What extra setup do Twitter Snowflake ids require?", ['machine/data-center configuration', 'central generator servers', 'configuration'], X,
  "require machine/data-center configuration and/or central generator servers."),
 ('numeric', "How many bytes does an xid take?", ['12 bytes', '96 bits'], X,
  "xid stands in between with 12 bytes (96 bits) and a more compact URL-safe string representation"),
 ('why', "Why doesn't xid use base64?", ['case sensitivity', 'non alphanum chars'], X,
  "Xid doesn't use base64 because case sensitivity and the 2 non alphanum chars may be an issue when transported as a string"),
 ('definition', "What does renameio mean by atomicity?", ['never see unexpected file content', 'half-written file'], R,
  "making sure applications never see unexpected file content (a half-written file, or a 0-byte file)."),
 ('casual', "y didnt they go w base36 for xid", ['not standard', 'not predictable', 'not remain sortable'], X,
  "Base36 wasn't retained either because 1/ it's not standard 2/ the resulting size is not predictable"),
 ('casual', "hwo big r twitter snowflake ids", ['8 bytes', '64 bits'], X,
  "Twitter Snowflake ids are 8 bytes (64 bits)"),
 ('paraphrase', "If the lights go out mid-update, what loss is the Debian site prepared to accept?", ['losing the manpages which were being rendered', 'manpages which were being rendered', 'being rendered'], R,
  "we are okay with losing the manpages which were being rendered at the time of the power outage."),
 ('paraphrase', "Which outcome will the Debian docs site never tolerate, whatever happens?", ['0-byte file', 'replaced by a 0-byte file', 'empty file'], R,
  "We are not okay with having a manpage replaced by a 0-byte file under any circumstances, though."),
 ('unanswerable', "Does renameio work on Windows?"),
 ('unanswerable', "Is xid safe to use where IDs must be unpredictable?"),
 ('unanswerable', "How many moons does Mars have?"),
],
'tiny-c': [
 ('factoid', "What data structure underlies LevelDB?", ['log-structured merge-tree', 'LSM tree'], L,
  "their underlying structure is a log-structured merge-tree (LSM tree)."),
 ('factoid', "What are the multi-tiered sorted files of an LSM tree called?", ['SSTables'], L,
  "using a write ahead log and multi-tiered, sorted files called SSTables."),
 ('factoid', "Which setting is the only exception to Bolt disallowing unsafe actions?", ['DB.NoSync', 'NoSync'], M,
  "The only exception to this in Bolt is `DB.NoSync`."),
 ('factoid', "What does the Go Porter Stemmer use internally instead of strings?", ['[]rune', 'rune'], P,
  "by NOT internally using string's, but instead internally using []rune's"),
 ('numeric', "Above what random write throughput does the comparison suggest LevelDB?", ['10,000 w/sec', '10,000', '10000'], L,
  "If you require a high random write throughput (>10,000 w/sec) or you need to use spinning disks"),
 ('why', "Why is the Go Porter Stemmer being maintained as a fork?", ['not replying', 'not replying to issues or pull requests'], P,
  "I'm maintaining this fork because the original author was not replying to issues or pull requests."),
 ('casual', "whre do bolt and lmdb differ tbh, like what does each one focus on", ['simplicity and ease of use', 'raw performance'], M,
  "LMDB heavily focuses on raw performance while Bolt has focused on simplicity and ease of use."),
 ('casual', "does leveldb do transactions or nah", ['does not have transactions', "doesn't have transactions", 'no transactions'], L,
  "One other important consideration is that LevelDB does not have transactions."),
 ('casual', "who is the porter stemming thing even for, like waht kind of ppl", ['Machine Learning', 'Natural Language Processing', 'NLP'], P,
  "This algorithm is of interest to people doing Machine Learning or Natural Language Processing (NLP)."),
 ('paraphrase', "Which system did Bolt begin life as a translation of?", ['LMDB'], M,
  "Bolt was originally a port of LMDB so it is architecturally similar."),
 ('paraphrase', "How does Bolt deal with growing its memory map, where its ancestor demands an upper limit up front?", ['incremental mmap resizing', 'automatically'], M,
  "Bolt will handle incremental mmap resizing automatically."),
 ('unanswerable', "Who created LMDB?"),
 ('unanswerable', "How large a database has Bolt been used with in production?"),
 ('unanswerable', "Who wrote the original Go Porter Stemmer that this fork comes from?"),
 ('unanswerable', "What is the tallest mountain in Africa?"),
],
}


def main():
    bad = 0
    for name, qs in SETS.items():
        cdir = os.path.join(HERE, name)
        docs = {f: open(os.path.join(cdir, f), encoding='utf-8').read() for f in sorted(os.listdir(cdir))}
        allf = ' \x00 '.join(fold(t) for t in docs.values())
        letter = name[-1]
        lines = []
        for i, q in enumerate(qs, 1):
            o = {'id': f'f36{letter}-{i:02d}', 'question': q[1], 'kind': q[0], 'answerable': q[0] != 'unanswerable'}
            if q[0] == 'unanswerable':
                o['answers'], o['evidence'] = [], []
            else:
                kind, question, answers, doc, quote = q
                # the document's own bytes for the quote (its line breaks kept)
                m = re.search(r'\s+'.join(map(re.escape, quote.split())), docs[doc])
                if m:
                    quote = m.group(0)
                o['answers'], o['evidence'] = answers, [{'doc': doc, 'quote': quote}]
                probs = []
                if quote not in docs[doc]:
                    probs.append('not an exact substring')
                if allf.count(fold(quote)) != 1:
                    probs.append(f'occurs {allf.count(fold(quote))} times in corpus')
                if not 5 <= len(quote.split()) <= 25:
                    probs.append(f'{len(quote.split())} words')
                if not any(fold(a) in fold(quote) for a in answers):
                    probs.append('no answer in quote')
                if probs:
                    bad += 1
                    print('ERROR', o['id'], probs)
            lines.append(json.dumps(o, ensure_ascii=False))
        with open(os.path.join(HERE, name + '.jsonl'), 'w', encoding='utf-8') as f:
            f.write('\n'.join(lines) + '\n')
        counts = {}
        for q in qs:
            counts[q[0]] = counts.get(q[0], 0) + 1
        print(name, len(qs), dict(sorted(counts.items())))
    print('errors:', bad)
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
