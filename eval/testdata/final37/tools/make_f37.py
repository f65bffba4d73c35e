#!/usr/bin/env python3
"""Writes docs-f.jsonl and prose-g.jsonl (final37) and asserts the rules:
each evidence quote is an exact byte substring of its document, 5-25 words,
occurs once in its corpus after folding case and white space, and contains
one of the line's answer strings (folded); unanswerable lines have no
answers and no evidence. Run from /work/wt/final37."""
import json, os, re, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fold(s):
    return re.sub(r'\s+', ' ', s).strip().lower()


def A(qid, kind, q, answers, doc, quote):
    return {'id': qid, 'question': q, 'kind': kind, 'answerable': True,
            'answers': answers, 'evidence': [{'doc': doc, 'quote': quote}]}


def U(qid, q):
    return {'id': qid, 'question': q, 'kind': 'unanswerable', 'answerable': False,
            'answers': [], 'evidence': []}


C, UL, R, G = 'cors-README.md', 'ulid-README.md', 'regexp2-README.md', 'godirwalk-README.md'
DOCS_F = [
    # factoid
    A('f37f-01', 'factoid', 'Which rs/cors option lets me pass my own function to decide whether an origin is allowed?',
      ['AllowOriginFunc'], C, '**AllowOriginFunc** `func (origin string) bool`: A custom function to validate the origin.'),
    A('f37f-02', 'factoid', 'Which regular expression engine was regexp2 ported from?',
      ['System.Text.RegularExpressions', '.NET framework'], R,
      "The engine is ported from the .NET framework's System.Text.RegularExpressions.Regex engine."),
    A('f37f-03', 'factoid', 'Which base32 encoding does a ULID use?',
      ["Crockford's base32", 'Crockford'], UL,
      "Uses Crockford's base32 for better efficiency and readability (5 bits per character)"),
    A('f37f-04', 'factoid', 'Which godirwalk option has to be set for it to follow symbolic links that point to directories?',
      ['FollowSymbolicLinks'], G,
      'directories and will only follow them when `FollowSymbolicLinks` is\nset to true.'),
    A('f37f-05', 'factoid', 'What is the only error the regexp2 Match methods are supposed to return?',
      ['Timeout'], R,
      'The only error that the `*Match*` methods *should* return is a Timeout if you set the `re.MatchTimeout` field.'),
    # numeric
    A('f37f-06', 'numeric', 'How many characters long is the canonical string form of a ULID?',
      ['26'], UL,
      'Canonically encoded as a 26 character string, as opposed to the 36 character UUID'),
    A('f37f-07', 'numeric', 'How much faster than filepath.Walk is godirwalk on Windows?',
      ['four times', '4 times', '4x'], G,
      'the speed on linux; and about four times the speed on Windows.'),
    A('f37f-08', 'numeric', 'How often does the regexp2 timeout clock update its clock value?',
      ['100 milliseconds', '100 ms', '100ms'], R,
      'starts\na background worker that updates a clock value approximately once every 100\nmilliseconds.'),
    # why
    A('f37f-09', 'why', 'Why is godirwalk faster than filepath.Walk?',
      ['does less work', 'makes fewer calls', 'same scratch buffer'], G,
      'It does less work to give\nyou nearly the same output.'),
    A('f37f-10', 'why', 'Why does rs/cors no longer reflect the request Origin header when AllowedOrigins is * and AllowCredentials is true?',
      ['security issue', 'well known security issue'], C,
      'This library has been modified to avoid a well known security issue when configured with `AllowedOrigins` to `*` and `AllowCredentials` to `true`.'),
    # definition
    A('f37f-11', 'definition', 'What is godirwalk?',
      ['library for traversing a directory tree', 'traversing a directory tree'], G,
      '`godirwalk` is a library for traversing a directory tree on a file\nsystem.'),
    # casual
    A('f37f-12', 'casual', 'hw do i install regexp2',
      ['go get github.com/dlclark/regexp2'], R,
      'This is a go-gettable library, so install is easy:\n\n    go get github.com/dlclark/regexp2/...'),
    A('f37f-13', 'casual', 'can u use wildcards like *.domain.com in cors allowed origins? any catch',
      ['one wildcard', 'performance penality', 'performance penalty'], C,
      'Usage of wildcards implies a small performance penality. Only one wildcard can be used per origin.'),
    A('f37f-14', 'casual', 'is math rand.Rand ok to share between goroutines for ulid entropy or nah',
      ['safe for concurrent use', 'not safe'], UL,
      'Please note that `rand.Rand` from the `math` package is *not* safe for concurrent use.'),
    A('f37f-15', 'casual', 'wat does Unsorted do in godirwalk',
      ['skip the sorting step', 'non-deterministic'], G,
      'this library will skip the\nsorting step when the `Unsorted` parameter is set to true.'),
    A('f37f-16', 'casual', 'regexp2 + goleak in my unit tests keeps failing w/ a leaked goroutine, pls help',
      ['timeout goroutine is exited', 'StopTimeoutClock'], R,
      "you'll need to tell the unit test to wait until the backgroup timeout goroutine is exited."),
    A('f37f-17', 'casual', 'cors default cfg - which http methods r allowed out of the box?',
      ['`GET` and `POST`', 'GET and POST', 'simple methods'], C,
      'Default value is simple methods (`GET` and `POST`).'),
    # paraphrase
    A('f37f-18', 'paraphrase', 'Does the mode value that the directory walker hands to my visitor function also carry access rights such as read/write flags?',
      ['does not have the permission bits', 'only has the node type information'], G,
      'only has the node type information, and does not\nhave the permission bits'),
    A('f37f-19', 'paraphrase', 'When the .NET-derived regex package reports where a hit starts and how long it is, what unit are those offsets counted in?',
      ['rune', 'runes'], R,
      '`Index` and `Length` data in a `Match` always reference a position in `rune`s rather than `byte`s'),
    A('f37f-20', 'paraphrase', 'My app answers the pre-check requests browsers send before cross-site calls by itself; which setting hands those on to my later handlers?',
      ['OptionsPassthrough'], C,
      '**OptionsPassthrough** `bool`: Instructs preflight to let other potential next handlers to process the `OPTIONS` method.'),
    A('f37f-21', 'paraphrase', 'Which characters does the sortable ID scheme leave out of its 32-symbol set, and why?',
      ['I, L, O, and U', 'avoid confusion and abuse'], UL,
      'This alphabet excludes the letters I, L, O, and U to avoid confusion and abuse.'),
    # metadata
    A('f37f-22', 'metadata', 'What is the title of the oklog/ulid README?',
      ['Universally Unique Lexicographically Sortable Identifier'], UL,
      '# Universally Unique Lexicographically Sortable Identifier'),
    # unanswerable (near misses) and one off-topic
    U('f37f-23', 'Does rs/cors support the Access-Control-Allow-Private-Network header for private network access preflights?'),
    U('f37f-24', 'How do I convert an oklog/ulid ULID into a standard hyphenated UUID string?'),
    U('f37f-25', 'In which regexp2 release is regex split support expected to ship?'),
    U('f37f-26', 'How much faster than filepath.Walk is godirwalk on FreeBSD?'),
    U('f37f-27', 'What is the boiling point of water at the summit of Mount Everest?'),
]

FG, MD, GR, WZ = 'fgprof-README.md', 'md5-simd-README.md', 'grpc-anti-patterns.md', 'wazero-docs-index.md'
PROSE_G = [
    # factoid
    A('f37g-01', 'factoid', "Which system call does Go's builtin CPU profiler use to get SIGPROF signals?",
      ['setitimer'], FG,
      'The builtin Go CPU profiler uses the [setitimer(2)](https://linux.die.net/man/2/setitimer) system call'),
    A('f37g-02', 'factoid', 'In which gRPC-Go version was grpc.NewClient introduced?',
      ['v1.63', '1.63'], GR,
      'connections by automatically reconnecting to them when they break.  `NewClient`\nwas introduced in gRPC-Go v1.63.'),
    A('f37g-03', 'factoid', 'What is the default name resolver of grpc.NewClient?',
      ['dns'], GR,
      'compatibility while `grpc.NewClient` uses "dns" as its default name resolver.'),
    A('f37g-04', 'factoid', 'Which wazero host module provides system calls to wasm modules?',
      ['wasi_snapshot_preview1'], WZ,
      "The notable example of this imported host module is wazero's [`wasi_snapshot_preview1`][wasi] module which provides"),
    A('f37g-05', 'factoid', 'Which repository was md5-simd originally based on?',
      ['md5vec', 'Igneous Systems'], MD,
      'It was originally based on the [md5vec](https://github.com/igneous-systems/md5vec) repository by Igneous Systems'),
    # numeric
    A('f37g-06', 'numeric', 'How many times per second does fgprof sample the goroutines?',
      ['99 times per second', '99'], FG,
      'fgprof is implemented as a background goroutine that wakes up 99 times per second'),
    A('f37g-07', 'numeric', 'How many independent MD5 sums can md5-simd compute at once on one core with AVX512?',
      ['16'], MD,
      'allowing up to either 8 (AVX2) or 16 (AVX512) independent MD5 sums to be calculated on a single CPU core.'),
    A('f37g-08', 'numeric', "How much faster is wazero's compiler than its interpreter?",
      ['10x', 'order of magnitude'], WZ,
      'Compiler is faster than Interpreter, often by order of\nmagnitude (10x) or more'),
    # why
    A('f37g-09', 'why', "Why can't Go's builtin CPU profiler see goroutines that are waiting on I/O?",
      ['parked and not running on any threads', 'non-blocking I/O'], FG,
      'Since Go uses non-blocking I/O, Goroutines that wait on I/O are parked and not running on any threads.'),
    A('f37g-10', 'why', 'Why are WithBlock and the other dial-time DialOptions considered a problem in gRPC-Go?',
      ['are dynamic', 'come and go over time'], GR,
      'The reason these options can be a problem is that connections with a\n`ClientConn` are dynamic -- they may come and go over time.'),
    # definition
    A('f37g-11', 'definition', 'What is a Host Module in wazero?',
      ['collection of exported functions'], WZ,
      'Host Module is a wazero concept that represents a collection of exported functions that give functionality not provided in the WebAssembly Core Specification'),
    # casual
    A('f37g-12', 'casual', 'hw do i look at an fgprof profile in teh pprof web ui',
      ['go tool pprof'], FG,
      'fgprof is compatible with the `go tool pprof` visualizer, so taking and analyzing a 3s profile is as simple as:'),
    A('f37g-13', 'casual', 'does md5-simd make a single md5 hash faster?? pls say yes',
      ['does not speed up', 'half the throughput'], MD,
      'It is important to understand that `md5-simd` **does not speed up** a single threaded MD5 hash sum.'),
    A('f37g-14', 'casual', 'grpc.Dial is deprecated rite? r they gonna remove it soon',
      ['until a v2 is released', 'continue to support it'], GR,
      'Even though it is marked\nas deprecated, we will continue to support it until a v2 is released'),
    A('f37g-15', 'casual', 'can i run the wazero interpreter on riscv64 or nah',
      ['any compilation target available for Go', "doesn't have any platform"], WZ,
      'therefore interpreter can be used for any compilation target available for Go (such as riscv64).'),
    A('f37g-16', 'casual', 'fgprof w/ like 10k goroutines, is that gonna hurt perf?',
      ['noticeable overhead'], FG,
      'However, at 10k or more goroutines fgprof might start to cause some noticeable overhead.'),
    A('f37g-17', 'casual', 'md5simd wat size shud my writes be for best perf',
      ['multiple of 64 bytes', 'multiple of 32KB'], MD,
      'For the best performance writes should be a multiple of 64 bytes, ideally a multiple of 32KB.'),
    # paraphrase
    A('f37g-18', 'paraphrase', 'On older chips that lack the required vector extensions, what does the multi-lane digest package do instead?',
      ['fall back', 'falls back'], MD,
      'In case your system does not support the instructions required it will fall back to using `crypto/md5` for hashing.'),
    A('f37g-19', 'paraphrase', 'If a call my server makes to another backend comes back with a bad-argument status, what code should I pass on to my own callers instead?',
      ['INTERNAL'], GR,
      'which case `INTERNAL` is more appropriate to return back to your users.'),
    A('f37g-20', 'paraphrase', 'What does the profiler author like about the text-based flame chart output compared with the graphical viewer?',
      ['using grep', 'filter the plaintext files'], FG,
      "one thing I like about Gregg's tool is that you can filter the plaintext files using grep"),
    A('f37g-21', 'paraphrase', 'After my guest code has been preprocessed once, can I launch several walled-off copies of it from that one result?',
      ['multiple times', 'multiple and isolated sandbox'], WZ,
      'This can be used in instantiation multiple times to create multiple and isolated sandbox from a single Wasm binary.'),
    # metadata
    A('f37g-22', 'metadata', "What is the full title of fgprof's README?",
      ['The Full Go Profiler'], FG,
      '# :rocket: fgprof - The Full Go Profiler'),
    # unanswerable (near misses) and one off-topic
    U('f37g-23', 'What profile duration does fgprof use when the seconds parameter is left out?'),
    U('f37g-24', 'How much faster than crypto/md5 is md5-simd on AMD EPYC processors?'),
    U('f37g-25', "What is the default maximum number of attempts in gRPC-Go's built-in retry mechanism?"),
    U('f37g-26', "Which CPU architectures does wazero's optimizing compiler support?"),
    U('f37g-27', 'Who won the 2018 FIFA World Cup?'),
]


def check(name, lines):
    cdir = os.path.join(HERE, name)
    raw = {f: open(os.path.join(cdir, f), 'rb').read() for f in sorted(os.listdir(cdir))}
    folded = {f: fold(b.decode('utf-8')) for f, b in raw.items()}
    bad = 0
    for o in lines:
        for e in o['evidence']:
            q = e['quote']
            msgs = []
            if q.encode('utf-8') not in raw[e['doc']]:
                msgs.append('not an exact byte substring')
            if not 5 <= len(q.split()) <= 25:
                msgs.append(f'{len(q.split())} words')
            n = sum(t.count(fold(q)) for t in folded.values())
            if n != 1:
                msgs.append(f'occurs {n} times in corpus (folded)')
            if not any(fold(a) in fold(q) for a in o['answers']):
                msgs.append('no answer inside quote')
            if msgs:
                bad += 1
                print(o['id'], '; '.join(msgs), repr(q))
        if (o['kind'] == 'unanswerable') != (not o['answers']):
            bad += 1
            print(o['id'], 'kind/answers mismatch')
    return bad


def main():
    bad = 0
    for name, lines in (('docs-f', DOCS_F), ('prose-g', PROSE_G)):
        bad += check(name, lines)
        with open(os.path.join(HERE, name + '.jsonl'), 'w', encoding='utf-8') as f:
            for o in lines:
                f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print('problems:', bad)
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
