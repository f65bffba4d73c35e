#!/usr/bin/env python3
"""Rebuilds page-q/ from its sources and writes page-q.jsonl.

The six pages are HTML test fixtures of goose3 (github goose3/goose3,
tests/data/content/<name>.html), read at snapshot commit c5a8902e (below).
Each is passed, unchanged, to the shared naive scraper
eval/testdata/scrape.py, as final11-final16 did.

    cd <set dir>                          # the folder holding page-q/ and tools/
    python3 tools/make_page_q.py --git /work/.mirror/goose3+goose3/repo
    python3 tools/make_page_q.py --src src    # from saved src/<name>.html copies
    python3 tools/make_page_q.py              # only (re)write page-q.jsonl

With --git, each file is read with `git show COMMIT:path`, its blob id is
checked against the one recorded below and a copy is saved in src/. Then
page-q.jsonl is written from the questions below, asserting that every quote
is an exact byte substring occurring once in its document, has 5-25 words,
contains no U+00A0 and holds at least one answer string (case-insensitive),
that unanswerable lines carry no answers or evidence, and that the kind
counts are as listed.
"""
import argparse, hashlib, json, os, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(HERE, 'page-q')
COMMIT = 'c5a8902eed0c4592a1ff5ec51a0277cf73a3aca7'  # goose3 snapshot read (2026-04-01)


def scraper():
    for p in (os.path.join(HERE, '..', 'scrape.py'),              # eval/testdata/final17/../scrape.py
              '/work/main/eval/testdata/scrape.py'):
        if os.path.exists(p):
            return os.path.abspath(p)
    sys.exit('scrape.py not found (eval/testdata/scrape.py)')


T = 'telegraph-chilli-contest-hospital.txt'
E = 'espn-meyer-saban-agents.txt'
B = 'time-bp-spill-invisible-oil.txt'
G = 'guardian-kristen-wiig-interview.txt'
P = 'lostinjit-pypy-road-to-scipy.txt'
O = 'okaymarketing-wordpress-schema-markup.txt'

# document -> (tests/data/content/<name>.html in goose3, git blob at COMMIT)
PAGES = {
    T: ('test_issue28', 'af2407f807251392368c228f25bd27a4a0b563bd'),
    E: ('test_espn', '04de0d3eb6cf6c35a3e2bb60d6d092340cfacc7d'),
    B: ('test_time', '676e05d8880126a888f20fad82c6088b8b9d217d'),
    G: ('test_guardian1', '1cc4b31bd16a1bbfaf36691c0bd0699eb26f58d5'),
    P: ('test_issue129', '2f00d19f91eebae1340669e56af85c8a795c884a'),
    O: ('test_okaymarketing', '9513058a203a44167185ee7de9949e784cd1442e'),
}


def git_blob(data):
    return hashlib.sha1(b'blob %d\0' % len(data) + data).hexdigest()


def build_pages(gitdir=None, srcdir=None):
    scr = scraper()
    os.makedirs(DOCS, exist_ok=True)
    save = os.path.join(HERE, 'src')
    for doc, (name, blob) in PAGES.items():
        rel = f'tests/data/content/{name}.html'
        if gitdir:
            html = subprocess.run(['git', '--git-dir', gitdir, 'show', f'{COMMIT}:{rel}'],
                                  check=True, capture_output=True).stdout
            os.makedirs(save, exist_ok=True)
            with open(os.path.join(save, f'{name}.html'), 'wb') as f:
                f.write(html)
        else:
            html = open(os.path.join(srcdir, f'{name}.html'), 'rb').read()
        assert git_blob(html) == blob, (doc, 'blob differs')
        tmp = os.path.join(DOCS, '.tmp.html')
        with open(tmp, 'wb') as f:
            f.write(html)
        out = subprocess.run([sys.executable, scr, tmp], check=True, capture_output=True).stdout
        os.remove(tmp)
        with open(os.path.join(DOCS, doc), 'wb') as f:
            f.write(out)
        print(doc, len(out.decode('utf-8').split()), 'words')


Q = [
    # factoid 01-08
    ('factoid', "At which restaurant was the 'world's hottest chilli' contest that left two people in hospital held?",
     ["Kismot Restaurant", "Kismot"],
     [(T, "Emergency services were called to Kismot Restaurant's curry-eating challenge, on St Leonards Place, Edinburgh")]),
    ('factoid', "Who is the owner of the curry house that ran the Kismot Killer challenge?",
     ["Abdul Ali", "Mr Ali"],
     [(T, "Curry house owner Abdul Ali admitted that he would have to \"tone down\" the contest")]),
    ('factoid', "What did Alabama coach Nick Saban compare sports agents to at SEC media days?",
     ["pimps", "pimp"],
     [(E, "Alabama coach Nick Saban compared agents to \"pimps\" at SEC media days.")]),
    ('factoid', "Who is the director of Georgia Sea Grant quoted in TIME's story on the oil left from the BP spill?",
     ["Charles Hopkinson", "Hopkinson"],
     [(B, "says Charles Hopkinson, director of Georgia Sea Grant at UGA")]),
    ('factoid', "Who co-wrote the script of Bridesmaids with Kristen Wiig?",
     ["Annie Mumolo", "Mumolo"],
     [(G, "she and Annie Mumolo, her friend and co-writer, slaved over a comedy script commissioned by Judd Apatow")]),
    ('factoid', "Whose film is The Comedian, in which Kristen Wiig will co-star with Robert De Niro?",
     ["Sean Penn", "Penn"],
     [(G, "In the Sean Penn film The Comedian, which is still in the early stages of production, Wiig will co-star with Robert De Niro.")]),
    ('factoid', "Which tool is named as the favourite for now among the contenders for interfacing PyPy with C code?",
     ["Cython"],
     [(P, "The contenders are a few with Cython being a favorite\n\nfor now")]),
    ('factoid', "Who wrote the shortcode code that OKay Marketing's schema markup tutorial shares?",
     ["Brett", "brother Brett"],
     [(O, "So I asked my brother Brett who is a phenomenal PHP programmer")]),
    # casual 09-18
    ('casual', "how many times did curie kim end up in hospital after the chilli thing",
     ["twice", "two times", "2 times"],
     [(T, "she had to be taken by ambulance to the Edinburgh Royal Infirmary twice in a matter of hours")]),
    ('casual', "wat charity did the kismot killer contest raise money for",
     ["CHAS"],
     [(T, "said the challenge had raised hundreds of pounds for charity CHAS")]),
    ('casual', "wat did urban meyer call the agents lol",
     ["scumbags", "scumbag"],
     [(E, "he was concerned about the \"scumbags\" who had access to his players")]),
    ('casual', "which coach does jemele hill NOT want a sermon on loyalty from lmao",
     ["Lane Kiffin", "Kiffin"],
     [(E, "I want Lane Kiffin to give me a sermon on loyalty")]),
    ('casual', "whos the marine biologist from georgia in the time oil spill article",
     ["Samantha Joye", "Joye"],
     [(B, "says Samantha Joye, a marine biologist at UGA")]),
    ('casual', "how old is kristen wiig in that guardian interview",
     ["38"],
     [(G, "Yes, she says, she's 38.")]),
    ('casual', "where did wiig work as a waitress b4 snl",
     ["Universal Studios", "Universal"],
     [(G, "as a waitress in the refectory at Universal Studios")]),
    ('casual', "wat r the pypy ppl renaming their numpy to for now",
     ["numpypy"],
     [(P, "We'll rename it to numpypy for time being")]),
    ('casual', "so wats pypy gonna do first b4 the rest of the scipy stack",
     ["full NumPy implementation", "full NumPy", "NumPy"],
     [(P, "We'll start small (by providing full NumPy implementation)")]),
    ('casual', "which file do u paste the schema shortcode function into in wordpress",
     ["functions.php"],
     [(O, "Click into your WordPress functions.php file.")]),
    # paraphrase 19-26
    ('paraphrase', "What single word did the area's elected representative use to condemn the fiery food challenge in Scotland's capital?",
     ["shambles", "a shambles"],
     [(T, "Local councillor Gordon Mackenzie branded the event a \"shambles\"")]),
    ('paraphrase', "Which head of the professional league did three college bosses phone to voice worries about player representatives?",
     ["Roger Goodell", "Goodell"],
     [(E, "participated in a conference call with NFL commissioner Roger Goodell")]),
    ('paraphrase', "According to the chief of the federal ocean agency at the early-August briefing, what minimum share of the leaked crude had entirely vanished?",
     ["at least 50%", "50%", "50 percent", "half"],
     [(B, "at least 50% of the oil that was released is now completely gone from the system")]),
    ('paraphrase', "Which school's team was earliest to spot submerged clouds of crude drifting from the blown-out well last spring?",
     ["University of Georgia", "UGA"],
     [(B, "But the scientists from UGA come at their work with special credentials. In early May, they were the first researchers to identify underwater plumes")]),
    ('paraphrase', "Which celebrated Californian make-it-up-on-the-spot ensemble did the actress go to see perform, sparking her interest?",
     ["the Groundlings", "Groundlings"],
     [(G, "the Groundlings, the famous LA improv troupe with alumni such as Lisa Kudrow, Conan O'Brien and Will Ferrell")]),
    ('paraphrase', "How long did the Bridesmaids star spend on the West Coast before the New York sketch-comedy show summoned her?",
     ["11 years", "eleven years"],
     [(G, "Wiig was 11 years in LA before she got the call from Saturday Night Live")]),
    ('paraphrase', "Which one interface does the JIT project's developer concede his array module will leave out, after a critic tabulated what the numeric library offers?",
     ["the C API", "C API", "CPython C API"],
     [(P, "It's all yes in your table except the C API.")]),
    ('paraphrase', "Once the address is on the page, which validator from the search giant does the agency tell readers to check it with?",
     ["Google Structured Data Testing Tool", "Structured Data Testing Tool"],
     [(O, "go test it in the Google Structured Data Testing Tool.")]),
    # numeric 27-32
    ('numeric', "How many people took part in the Kismot Killer chilli challenge?",
     ["20", "twenty"],
     [(T, "half of the 20 people who took part in the challenge had dropped out")]),
    ('numeric', "How much money was Maurkice Pouncey alleged to have accepted from a sports agent's representative?",
     ["$100,000", "100,000", "100000", "100k"],
     [(E, "whether Maurkice Pouncey accepted $100,000 from the representative of a sports agent")]),
    ('numeric', "How many barrels of oil spilled into the Gulf of Mexico after the Deepwater Horizon explosion, according to the federal report?",
     ["4.9 million", "4,900,000"],
     [(B, "the fate of the 4.9 million bbl. of oil that spilled into the Gulf of Mexico")]),
    ('numeric', "How far south of the Florida panhandle is the underwater canyon where sunken oil was found?",
     ["40 miles", "65 km", "forty miles"],
     [(B, "at the bottom of an underwater canyon 40 miles (65 km) south of the Florida panhandle")]),
    ('numeric', "How much had Bridesmaids earned worldwide at the time of the Guardian's Kristen Wiig interview?",
     ["$286m", "286m", "$286 million", "286 million"],
     [(G, "To date, Bridesmaids has earned in the region of $286m worldwide")]),
    ('numeric', "How many visitors does OKay Marketing say receive its newsletter?",
     ["over 500", "500"],
     [(O, "OKay Newsletter\n\nJoin over 500 visitors who are receiving our newsletter")]),
    # metadata 33-38
    ('metadata', "Which newspaper's website published \"World's hottest chilli contest leaves two in hospital\"?",
     ["The Telegraph", "Telegraph", "telegraph.co.uk"],
     [(T, "World's hottest chilli contest leaves two in hospital - Telegraph")]),
    ('metadata', "who wrote the espn column asking if florida and alabama are grandstanding about agents",
     ["Jemele Hill", "Hill"],
     [(E, "Jemele Hill can be reached at jemeleespn@gmail.com.")]),
    ('metadata', "On what date was TIME's article \"Oil from Spill Could Still Pose Major Threat\" published?",
     ["Aug. 17, 2010", "August 17, 2010", "17 August 2010", "Aug 17, 2010", "2010-08-17"],
     [(B, "By Bryan Walsh Tuesday, Aug. 17, 2010")]),
    ('metadata', "Who wrote the Guardian interview \"Kristen Wiig: 'My next movie – it's going to be a Porky's prequel'\"?",
     ["Emma Brockes", "Brockes"],
     [(G, "Emma Brockes\n\n@emmabrockes\n\nFriday 18 November 2011")]),
    ('metadata', "Who posted \"PyPy and the road towards SciPy\" on the Lost in JIT blog?",
     ["Maciej Fijalkowski", "Fijalkowski", "fijal"],
     [(P, "Posted by Maciej Fijalkowski at 5:06 AM")]),
    ('metadata', "When was OKay Marketing's post \"How to Add Schema Markup to a Page in WordPress\" published?",
     ["June 30, 2014", "30 June 2014", "Jun 30, 2014", "2014-06-30"],
     [(O, "How to Add Schema Markup to a Page in WordPress - June 30, 2014")]),
    # unanswerable 39-48
    ('unanswerable', "How hot is the Kismot Killer on the Scoville scale?", [], []),
    ('unanswerable', "which chilli pepper do they put in the kismot killer", [], []),
    ('unanswerable', "How much does Nick Saban earn a year at Alabama?", [], []),
    ('unanswerable', "did the ncaa end up punishing pouncey for the 100k or not", [], []),
    ('unanswerable', "Which chemical dispersant, by brand name, was used on the BP oil spill in the Gulf?", [], []),
    ('unanswerable', "how much is greenpeace's 2 month gulf expedition costing", [], []),
    ('unanswerable', "Who directed Bridesmaids?", [], []),
    ('unanswerable', "when does imogene come out, the one w annette bening", [], []),
    ('unanswerable', "How much money had PyPy's NumPy fundraiser raised when \"PyPy and the road towards SciPy\" was posted?", [], []),
    ('unanswerable', "wats okay marketing's phone number", [], []),
]

EXPECT = {'factoid': 8, 'casual': 10, 'paraphrase': 8, 'numeric': 6, 'metadata': 6, 'unanswerable': 10}


def write_jsonl():
    texts, out, counts = {}, [], {}
    for i, (kind, q, ans, ev) in enumerate(Q, 1):
        counts[kind] = counts.get(kind, 0) + 1
        qid = f'f17q-{i:02d}'
        o = {'id': qid, 'question': q, 'kind': kind, 'answerable': bool(ans)}
        if kind == 'unanswerable':
            assert not ans and not ev, qid
        else:
            assert ans and ev, qid
            assert len({a.lower() for a in ans}) == len(ans), (qid, 'duplicate answers')
            for doc, quote in ev:
                if doc not in texts:
                    texts[doc] = open(os.path.join(DOCS, doc), encoding='utf-8').read()
                n = texts[doc].count(quote)
                assert n == 1, (qid, doc, n, quote)
                assert '\u00a0' not in quote, (qid, quote)
                w = len(quote.split())
                assert 5 <= w <= 25, (qid, w, quote)
            assert any(a.lower() in qt.lower() for a in ans for _, qt in ev), (qid, 'no answer in quote')
            o['answers'] = ans
            o['evidence'] = [{'doc': d, 'quote': qt} for d, qt in ev]
        out.append(o)
    assert counts == EXPECT, counts
    assert len({o['question'] for o in out}) == len(out)
    with open(os.path.join(HERE, 'page-q.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print(len(out), 'lines', dict(sorted(counts.items())))


def main():
    ap = argparse.ArgumentParser()
    g = ap.add_mutually_exclusive_group()
    g.add_argument('--git', help='git dir of a goose3/goose3 clone or mirror')
    g.add_argument('--src', help='folder of saved <name>.html copies')
    a = ap.parse_args()
    if a.git or a.src:
        build_pages(a.git, a.src)
    write_jsonl()


if __name__ == '__main__':
    sys.exit(main())
