#!/usr/bin/env python3
"""Holds the questions of final42g (Git release notes) and writes
relnotes.jsonl. Each evidence quote is located in its document by script
(words joined by any whitespace), copied from the file's bytes with runs of
whitespace collapsed to one space, and asserted: exactly one raw match, and
exactly once after folding case and whitespace; 5-25 words; not across a
bullet's "*" marker or a heading's underline (no "*", "===" or "---"
inside); no odd characters (no-break / zero-width space, BOM, U+FFFD); one
of the line's answers inside the quote (so checkset.py gives no "derived
answer" note); exactly one quote per answerable line; for a question asking
which release, the answer is a version string and is in the quote. Kind
counts, answerable lines per document, ids and distinct answers are asserted
too. Unanswerable lines have empty answers and evidence.
Run: python3 tools/build_f42g.py  (from anywhere)
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(HERE, 'notes')
OUT = os.path.join(HERE, 'relnotes.jsonl')
WANT = {'casual': 12, 'paraphrase': 9, 'factoid': 7, 'numeric': 4, 'unanswerable': 8}
PER_DOC = {'2.25.0.txt': 5, '2.27.0.txt': 6, '2.29.0.txt': 5,
           '2.30.0.txt': 6, '2.32.0.txt': 5, '2.36.0.txt': 5}

V25, V27, V29, V30, V32, V36 = ('2.25.0.txt', '2.27.0.txt', '2.29.0.txt',
                                '2.30.0.txt', '2.32.0.txt', '2.36.0.txt')

# (question, answers, (doc, quote words) or None, kind, asks_release)
Q = [
 # --- casual (12)
 ("theres a dedicated cmd now for managing sparse checkouts right? whats it called",
  ["sparse-checkout", "sparse checkout command"],
  (V25, 'Management of sparsely checked-out working tree has gained a dedicated "sparse-checkout" command.'),
  "casual", False),
 ("wat subcommand did git submodule get in 2.25",
  ["set-url", "submodule set-url"],
  (V25, '"git submodule" learned a subcommand "set-url".'),
  "casual", False),
 ("git pull keeps spamming a warning at me til i set some cfg var, which one",
  ["pull.rebase"],
  (V27, '"git pull" issues a warning message until the pull.rebase configuration variable is explicitly given'),
  "casual", False),
 ("wat does git log --show-pulls actually do",
  ["merge commit", "side branch", "whole change"],
  (V27, 'a merge commit that takes the whole change from a side branch, which is normally omitted from the output'),
  "casual", False),
 ("is there a flag so git fetch doesnt write FETCH_HEAD",
  ["--no-write-fetch-head", "no-write-fetch-head"],
  (V29, '"git fetch" learned --no-write-fetch-head option to avoid writing the FETCH_HEAD file.'),
  "casual", False),
 ("log --first-parent -p shows patches for merges now?? how do i get the old behaviour back",
  ["--no-diff-merges", "no-diff-merges"],
  (V29, 'Use "--no-diff-merges" to restore the previous behaviour to omit patches for merge commits.'),
  "casual", False),
 ("wat does the new --force-if-includes flag for git push do",
  ["tip of the remote", "remote ref"],
  (V30, 'attempts to ensure that what is being force-pushed was created after examining the commit at the tip of the remote ref'),
  "casual", False),
 ("cfg var to pick a different remote name than origin when cloning?",
  ["clone.defaultRemoteName", "defaultremotename"],
  (V30, '"git clone" learned clone.defaultremotename configuration variable to customize what nickname to use'),
  "casual", False),
 ("new env var to override ~/.gitconfig? need it for ci",
  ["GIT_CONFIG_GLOBAL"],
  (V32, 'and introduce GIT_CONFIG_GLOBAL to override the per-user configuration in $HOME/.gitconfig.'),
  "casual", False),
 ("whats the log --format placeholder for human style dates (like --date=human)",
  ["%ah", "%ch"],
  (V32, '"git log --format=..." placeholders learned %ah/%ch placeholders to request the --date=human output.'),
  "casual", False),
 ("after upgrading git says my repo is owned by someone else n refuses to touch it, which cfg do i add the path to",
  ["safe.directory"],
  (V36, 'owned by others on a multi-valued configuration variable `safe.directory` to override this behaviour'),
  "casual", False),
 ("name-rev --stdin is deprecated?? wat do i use instead",
  ["--annotate-stdin", "annotate-stdin"],
  (V36, '"git name-rev --stdin" has been deprecated and issues a warning when used; use "git name-rev --annotate-stdin" instead.'),
  "casual", False),
 # --- paraphrase (9)
 ("Is there a flag for reading the list of paths to operate on out of a file or stdin instead of passing them as arguments?",
  ["--pathspec-from-file", "pathspec-from-file"],
  (V25, 'instead of taking it as the command line arguments, with the "--pathspec-from-file" option.'),
  "paraphrase", False),
 ("What new pretty format prints a commit's name in the style people typically use when citing it inside a commit message?",
  ["--pretty=reference", "pretty=reference", "format=reference"],
  (V25, '"git log" family learned "--pretty=reference" that gives the name of a commit'),
  "paraphrase", False),
 ("How can I tell a rebase not to sign commits when my config says to always GPG-sign them?",
  ["--no-gpg-sign", "no-gpg-sign"],
  (V27, '"git rebase" learned the "--no-gpg-sign" option to countermand commit.gpgSign the user may have.'),
  "paraphrase", False),
 ("Which command arrived as a bigger sibling of gc, looking after housekeeping beyond just cleaning up the object database?",
  ["git maintenance", "maintenance"],
  (V29, '"git maintenance", a "git gc"\'s big brother, has been introduced to take care of more repository maintenance tasks'),
  "paraphrase", False),
 ("What value of the autocorrect setting switches off Git's guessing of mistyped subcommands altogether?",
  ["never"],
  (V30, "to find a likely typo, by setting the configuration variable to 'never'."),
  "paraphrase", False),
 ("Which existing diff notation does the new merge-base flag taking two commits spell out more verbosely?",
  ["A...B", "three-dot"],
  (V30, '"git diff A...B" learned "git diff --merge-base A B", which is a longer short-hand to say the same thing.'),
  "paraphrase", False),
 ("Is there a clone flag that aborts straight away if the source turns out to be a shallow repo?",
  ["--reject-shallow", "reject-shallow"],
  (V32, '"git clone --reject-shallow" option fails the clone as soon as we notice that we are cloning from a shallow repository.'),
  "paraphrase", False),
 ("Since 2.32, when patching with the three-way option, which strategy does apply attempt before anything else?",
  ["3-way merge", "three-way merge"],
  (V32, 'Starting with this version, the command will first try the 3-way merge algorithm'),
  "paraphrase", False),
 ("What new log flag limits the spread of excluded-commit marking to the first-parent line only?",
  ["--exclude-first-parent-only", "exclude-first-parent-only"],
  (V36, '"git log" and friends learned an option --exclude-first-parent-only to propagate UNINTERESTING bit down only along the first-parent chain'),
  "paraphrase", False),
 # --- factoid (7)
 ("Which service was used to add FreeBSD continuous integration for Git?",
  ["Cirrus-CI", "Cirrus CI", "Cirrus"],
  (V25, 'FreeBSD CI support via Cirrus-CI has been added.'),
  "factoid", False),
 ("Protocol version 2 was demoted from the default in 2.27; in which release had it been made the default?",
  ["2.26"],
  (V27, 'which was promoted to the default in Git 2.26 release, turned out to have some remaining rough edges'),
  "factoid", True),
 ("When Git's CI configuration moved to GitHub Actions, which older CI setup was retired?",
  ["Azure Pipelines", "Azure"],
  (V27, 'Update the CI configuration to use GitHub Actions, retiring the one based on Azure Pipelines.'),
  "factoid", False),
 ("Who discovered the remote code execution bug in the mediawiki remote helper?",
  ["Joern Schneeweisz", "Schneeweisz"],
  (V29, 'The bug was discovered and reported by Joern Schneeweisz of GitLab to the git-security mailing list.'),
  "factoid", False),
 ("In which release did rebase and am start dropping the e-mail address when --committer-date-is-author-date was used?",
  ["2.29"],
  (V30, 'In 2.29, "--committer-date-is-author-date" option of "rebase" and "am" subcommands lost the e-mail address by mistake'),
  "factoid", True),
 ("Which version introduced the --path-format option of git rev-parse?",
  ["2.31"],
  (V32, 'the lack of argument to "--path-format" option, which was introduced in v2.31 era'),
  "factoid", True),
 ("Which configuration variables took the place of core.fsyncObjectFiles?",
  ["core.fsyncMethod", "fsyncMethod"],
  (V36, 'Replace core.fsyncObjectFiles with two new configuration variables, core.fsync and core.fsyncMethod.'),
  "factoid", False),
 # --- numeric (4)
 ("pack.useSparse became true by default in 2.27; since which Git version had that optimization been experimental?",
  ["2.21"],
  (V27, 'enabling an optimization that has been experimental since Git 2.21.'),
  "numeric", True),
 ("Before 2.29 raised it, how many threads did index-pack use by default when working in parallel?",
  ["3 threads", "three threads", "three"],
  (V29, 'Long ago, we decided to use 3 threads by default when running the index-pack task in parallel'),
  "numeric", False),
 ("What was the old fixed limit on the length of filenames format-patch writes, before it became configurable?",
  ["64"],
  (V30, 'has become configurable (used to be capped at 64).'),
  "numeric", False),
 ("In git 2.36, which exit codes does bisect run see when the test script was never made executable?",
  ["126", "127"],
  (V36, 'all tests will exit with 126 or 127 error codes, even on revisions that are marked as good.'),
  "numeric", False),
 # --- unanswerable near misses (8): five well-formed, three casual
 ("Which Git release first introduced the init.defaultBranch setting?", [], None, "unanswerable", True),
 ("index-pack got more threads by default in 2.29, how many does it use now", [], None, "unanswerable", False),
 ("In which version were git switch and git restore added?", [], None, "unanswerable", True),
 ("max compression lvl git archive accepts for tar.gz now?", [], None, "unanswerable", False),
 ("If log.diffMerges is left unset, which diff-merges style does git log fall back to?", [], None, "unanswerable", False),
 ("which git release shipped scalar", [], None, "unanswerable", True),
 ("What are the names of the four hooks git p4 picked up?", [], None, "unanswerable", False),
 ("Which Git version made ort the default merge strategy?", [], None, "unanswerable", True),
]


def fold(s):
    return re.sub(r'\s+', ' ', s).strip().lower()


def main():
    raws = {d: open(os.path.join(CORPUS, d), encoding='utf-8').read() for d in sorted(os.listdir(CORPUS))}
    assert set(raws) == set(PER_DOC), sorted(raws)
    errs, lines, counts, per_doc = 0, [], {}, {}

    def bad(*msg):
        nonlocal errs
        errs += 1
        print('ERROR', *msg)
    seen_q = set()
    for i, (q, ans, ev, kind, asks_release) in enumerate(Q, 1):
        qid = f'f42g-{i:02d}'
        counts[kind] = counts.get(kind, 0) + 1
        if q.lower() in seen_q:
            bad(qid, 'duplicate question')
        seen_q.add(q.lower())
        if len({a.lower() for a in ans}) != len(ans):
            bad(qid, 'duplicate answers')
        for a in ans:
            if len(a) < 2 or a.lower() in ('yes', 'no'):
                bad(qid, 'answer too short or yes/no', repr(a))
        out_ev = []
        if kind == 'unanswerable':
            if ans or ev:
                bad(qid, 'unanswerable with answers/evidence')
        else:
            if not ans or ev is None:
                bad(qid, 'answerable without answers/evidence')
                continue
            doc, words = ev
            raw = raws[doc]
            pat = r'\s+'.join(re.escape(w) for w in words.split())
            ms = list(re.finditer(pat, raw, re.I))
            quote = re.sub(r'\s+', ' ', ms[0].group(0)) if ms else words
            problems = []
            if len(ms) != 1:
                problems.append(f'{len(ms)} raw matches')
            if fold(raw).count(fold(quote)) != 1:
                problems.append('not once in folded file')
            if not 5 <= len(quote.split()) <= 25:
                problems.append(f'{len(quote.split())} words')
            if '*' in quote or '===' in quote or '---' in quote:
                problems.append('crosses a bullet marker or heading underline')
            if re.search('[\u00a0\u200b\ufeff\ufffd]', quote):
                problems.append('odd char')
            if not any(fold(a) in fold(quote) for a in ans):
                problems.append('no answer in quote')
            if asks_release and not all(re.fullmatch(r'\d+\.\d+', a) for a in ans):
                problems.append('release question whose answers are not versions')
            if problems:
                bad(qid, doc, problems, repr(words))
            out_ev.append({'doc': doc, 'quote': quote})
            per_doc[doc] = per_doc.get(doc, 0) + 1
        lines.append({'id': qid, 'question': q, 'answers': ans, 'evidence': out_ev,
                      'kind': kind, 'answerable': bool(ans)})
    if counts != WANT:
        bad('kind counts', counts)
    if per_doc != PER_DOC:
        bad('per-document counts', per_doc)
    if len(lines) != 40:
        bad('line count', len(lines))
    if errs:
        print('errors:', errs, '- not written')
        return 1
    with open(OUT, 'w', encoding='utf-8') as f:
        for o in lines:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print('wrote', OUT, len(lines), 'lines;', dict(sorted(counts.items())), dict(sorted(per_doc.items())))
    return 0


if __name__ == '__main__':
    sys.exit(main())
