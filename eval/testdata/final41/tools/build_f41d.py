#!/usr/bin/env python3
"""Writes go-docs.jsonl from the questions below. Every quote is located in
its document by script (words joined by any whitespace), copied from the
file's bytes with runs of whitespace collapsed to one space, and asserted:
found exactly once (case and whitespace folded) in the raw file and, for
HTML, in the visible text (html.parser, entities unescaped, tags dropped);
5-25 words; no markup characters (< > & ` [ ] *); one of the line's answers
inside one of its quotes. Kind counts are asserted too.
Run: python3 tools/build_f41d.py  (from /work/wt/final41d)
"""
import html, html.parser, json, os, re, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(HERE, 'go-docs')
OUT = os.path.join(HERE, 'go-docs.jsonl')
WANT = {'casual': 12, 'paraphrase': 8, 'factoid': 6, 'numeric': 4,
        'definition': 2, 'unanswerable': 8}

M, G, A, R, C = 'go_mem.html', 'godebug.md', 'asm.html', 'README.md', 'CONTRIBUTING.md'

# (question, answers, [(doc, quote words)], kind)
Q = [
 # --- casual (12)
 ("does go build -race just kill my program when it finds a race or wat",
  ["halt", "terminat", "stops the program", "report the race"],
  [(M, "Any implementation can, upon detecting a data race, report the race and halt execution of the program. Implementations using ThreadSanitizer")], "casual"),
 ("tl;dr of the go memory model advice section? lol",
  ["don't be clever", "do not be clever", "dont be clever", "too clever"],
  [(M, "If you must read the rest of this document to understand the behavior of your program, you are being too clever.")], "casual"),
 ("whats the default max rsa key size go accepts in tls handshakes",
  ["8192"],
  [(G, "The default is tlsmaxrsasize=8192, limiting RSA to 8192-bit keys.")], "casual"),
 ("mptcp default in go 1.24? dialers or listeners",
  ["listeners", 'multipathtcp="2"', "multipathtcp=2"],
  [(G, 'For Go 1.24, it now defaults to multipathtcp="2", thus enabled by default on listeners.')], "casual"),
 ("go 1.25 tags its anon memory mappings w/ context - where do i actually see those labels?",
  ["/proc/self/maps", "/proc/self/smaps", "smaps"],
  [(G, "These annotations appear in /proc/self/maps and /proc/self/smaps as")], "casual"),
 ("in go asm r constant exprs parsed w go precedence or the c-like one",
  ["Go's operator precedence", "Go precedence", "Go's precedence", "Go operator precedence"],
  [(A, "Constant expressions in the assembler are parsed using Go's operator precedence, not the C-like precedence of the original.")], "casual"),
 ("divtab in the asm doc's DATA/GLOBL exmaple - how big is that table",
  ["64-byte", "64 bytes", "64 byte"],
  [(A, "a read-only 64-byte table of 4-byte integer values,")], "casual"),
 ("TEXT foo(SB),$24-8 ... what do the 24 and 8 mean",
  ["24-byte frame", "24 byte", "24-byte", "8 bytes of argument"],
  [(A, "states that the function has a 24-byte frame and is called with 8 bytes of argument,")], "casual"),
 ("wat is SB in go assembly, like conceptually",
  ["origin of memory", "static base"],
  [(A, "pseudo-register can be thought of as the origin of memory,")], "casual"),
 ("arm64 R18 - why is it off limits in go asm",
  ["Apple", "platform register"],
  [(A, 'is the "platform register", reserved on the Apple platform.')], "casual"),
 ("where do i grab official go binaries",
  ["go.dev/dl"],
  [(R, "Official binary distributions are available at https://go.dev/dl/.")], "casual"),
 ("not sure if what im seeing is actually a go bug, where should i go b4 opening an issue",
  ["golang-nuts", "mailing list", "asking"],
  [(C, "If you are unsure whether you have found a bug, please consider asking in the")], "casual"),
 # --- paraphrase (8)
 ("Why is it unsafe to spin in a loop waiting for another goroutine to flip a boolean flag?",
  ["never be observed", "no synchronization", "not guaranteed to finish", "never finish", "empty string"],
  [(M, "since there are no synchronization events between the two threads.")], "paraphrase"),
 ("What's the worst outcome when goroutines race on multiword values such as interfaces, maps, slices or strings?",
  ["arbitrary memory corruption", "memory corruption"],
  [(M, "such races can in turn lead to arbitrary memory corruption.")], "paraphrase"),
 ("When the compiler runs short of registers, what may it do with a value it loaded, rather than fetch it again from shared memory?",
  ["spill", "stack"],
  [(M, "(Instead, the compiler could spill")], "paraphrase"),
 ("If a library my module depends on sets compatibility overrides in its own module file, do they apply to my build?",
  ["ignored", "not apply", "don't apply", "do not apply"],
  [(G, "Any directives in required dependency modules are ignored.")], "paraphrase"),
 ("Which release stopped compensating for the common Linux kernel huge-page configuration that inflates memory use?",
  ["1.22"],
  [(G, "significant memory overheads, and Go 1.22 no longer works around this default.")], "paraphrase"),
 ("What reason does the assembler guide give for spelling opcodes and register names entirely in capitals?",
  ["fraught endeavor", "remind you"],
  [(A, "are always in UPPER CASE to remind you that assembly programming is a fraught endeavor.")], "paraphrase"),
 ("Is there a downside to using the amd64 frame-pointer register for general-purpose work in hand-written assembly?",
  ["profiling", "sampling-based profiling"],
  [(A, "however it can interfere with sampling-based profiling.")], "paraphrase"),
 ("Should I use the project's bug tracker to ask how to do something in the language?",
  ["bug reports and proposals only", "bug reports and proposals", "only for bug reports"],
  [(R, "the Go project uses the issue tracker for bug reports and proposals only.")], "paraphrase"),
 # --- factoid (6)
 ("Whose approach does the formal definition of Go's memory model closely follow?",
  ["Boehm", "Adve"],
  [(M, "the approach presented by Hans-J. Boehm and Sarita V. Adve in")], "factoid"),
 ("Which languages does the Go memory model say its race constraints make Go more like?",
  ["Java", "JavaScript"],
  [(M, "These implementation constraints make Go more like Java or JavaScript,")], "factoid"),
 ("Which router is reported to have a DNS server that breaks when Go sends EDNS0 headers?",
  ["C3000Z", "CenturyLink", "Zyxel"],
  [(G, "such as CenturyLink Zyxel C3000Z.")], "factoid"),
 ("Which Go release introduced a pure Go DNS resolver?",
  ["1.5"],
  [(G, "Go 1.5 introduced a pure Go DNS resolver,")], "factoid"),
 ("Which assemblers is the input style of Go's assembler based on?",
  ["Plan 9"],
  [(A, "The assembler is based on the input style of the Plan 9 assemblers,")], "factoid"),
 ("Where is the canonical Git repository of Go hosted?",
  ["go.googlesource.com"],
  [(R, "Our canonical Git repository is located at https://go.googlesource.com/go.")], "factoid"),
 # --- numeric (4)
 ("In the memory model's example with the limit channel, how many goroutines can be running work functions at once?",
  ["three", "3"],
  [(M, "that at most three are running work functions at a time.")], "numeric"),
 ("For how long at minimum are GODEBUG settings added for compatibility maintained?",
  ["two years", "2 years", "four Go releases", "4 releases", "four releases"],
  [(G, "GODEBUG settings added for compatibility will be maintained for a minimum of two years (four Go releases).")], "numeric"),
 ("On s390x, which bit of the facility list marks the vector facility?",
  ["129"],
  [(A, "To use vector instructions a machine must have both the vector facility (bit 129 in the facility list) and kernel support.")], "numeric"),
 ("How many questions does the contributing guide ask you to answer when filing an issue?",
  ["five", "5"],
  [(C, "Otherwise, when filing an issue, make sure to answer these five questions:")], "numeric"),
 # --- definition (2)
 ("What is DRF-SC in the Go memory model?",
  ["sequentially consistent", "data-race-free", "data race free"],
  [(M, "This property is sometimes referred to as DRF-SC: data-race-free programs execute in a sequentially consistent manner.")], "definition"),
 ("What is a GODEBUG setting, in Go's compatibility docs?",
  ["key=value", "controls the execution", "key-value", "key/value"],
  [(G, "pair that controls the execution of certain parts of a Go program.")], "definition"),
 # --- unanswerable (8)
 ("How much slower does a program run when it is built with -race?", [], [], "unanswerable"),
 ("which go version added the lock-free map to sync", [], [], "unanswerable"),
 ("What is the default value of the multipartmaxheaders setting?", [], [], "unanswerable"),
 ("which go release is gonna flip tarinsecurepath to 0 by default", [], [], "unanswerable"),
 ("Which textflag.h flag has the value 1024?", [], [], "unanswerable"),
 ("on riscv64 which register holds g in go asm?", [], [], "unanswerable"),
 ("Which operating systems and architectures get official Go binary distributions?", [], [], "unanswerable"),
 ("How quickly does the Go team respond to a reported security vulnerability?", [], [], "unanswerable"),
]


class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_data(self, d):
        self.parts.append(d)


def fold(s):
    return re.sub(r'\s+', ' ', s).strip().lower()


def visible(doc, raw):
    if not doc.endswith('.html'):
        return raw
    p = Text()
    p.feed(raw)
    return ''.join(p.parts)


def main():
    raws = {d: open(os.path.join(CORPUS, d), encoding='utf-8').read() for d in os.listdir(CORPUS)}
    errs, lines, counts = 0, [], {}
    for i, (q, ans, ev, kind) in enumerate(Q, 1):
        qid = f'f41d-{i:02d}'
        counts[kind] = counts.get(kind, 0) + 1
        out_ev = []
        for doc, words in ev:
            raw = raws[doc]
            pat = r'\s+'.join(re.escape(w) for w in words.split())
            ms = list(re.finditer(pat, raw, re.I))
            quote = re.sub(r'\s+', ' ', ms[0].group(0)) if ms else words
            problems = []
            if len(ms) != 1:
                problems.append(f'{len(ms)} raw matches')
            if fold(raw).count(fold(quote)) != 1:
                problems.append('not once in folded raw')
            if fold(visible(doc, raw)).count(fold(quote)) != 1:
                problems.append('not once in visible text')
            if not 5 <= len(quote.split()) <= 25:
                problems.append(f'{len(quote.split())} words')
            if re.search(r'[<>&`\[\]*\u00a0\u200b\ufeff\ufffd]', quote):
                problems.append('markup/odd char')
            if problems:
                errs += 1
                print('ERROR', qid, doc, problems, repr(words))
            out_ev.append({'doc': doc, 'quote': quote})
        if ans and not any(fold(a) in fold(e['quote']) for a in ans for e in out_ev):
            errs += 1
            print('ERROR', qid, 'no answer in a quote')
        if len({a.lower() for a in ans}) != len(ans):
            errs += 1
            print('ERROR', qid, 'duplicate answers')
        lines.append({'id': qid, 'question': q, 'answers': ans, 'evidence': out_ev,
                      'kind': kind, 'answerable': bool(ans)})
    if counts != WANT:
        errs += 1
        print('ERROR kind counts', counts)
    with open(OUT, 'w', encoding='utf-8') as f:
        for o in lines:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    per = {}
    for o in lines:
        if o['evidence']:
            d = o['evidence'][0]['doc']
            per[d] = per.get(d, 0) + 1
    print(len(lines), 'lines', dict(sorted(counts.items())), 'first evidence per doc', dict(sorted(per.items())))
    print('errors:', errs)
    return 1 if errs else 0


if __name__ == '__main__':
    sys.exit(main())
