#!/usr/bin/env python3
"""Rebuilds page-y/ from its sources and writes page-y.jsonl.

The six pages are HTML spec fixtures of cantino/ruby-readability (the Ruby
port of Arc90's readability.js): spec/fixtures/*.html and
spec/fixtures/samples/*.html, real web pages saved in 2009-2014. Each is
passed to the shared naive scraper eval/testdata/scrape.py, as final11-final24
did. One page (The Sun) is Windows-1252 with no charset declaration (its only
non-ASCII bytes are 0xA3 '£' and 0xA9 '©'); it is transcoded to UTF-8 before
scraping so that the pound signs do not become U+FFFD. The others go to the
scraper byte for byte.

    cd <set dir>                          # the folder holding page-y/ and tools/
    python3 tools/make_page_y.py --git /work/.mirror/cantino+ruby-readability/repo
    python3 tools/make_page_y.py --src src    # from saved src/ copies
    python3 tools/make_page_y.py              # only (re)write page-y.jsonl

With --git, the blob of each .html is checked against the one recorded below
and a copy is saved in src/. Then page-y.jsonl is written from the questions
below, asserting that every quote is an exact byte substring occurring once in
its document, has 5-25 words, contains no U+00A0 and holds at least one answer
string (case-insensitive), that unanswerable lines carry no answers or
evidence, and that the kind counts are as listed.
"""
import argparse, hashlib, json, os, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(HERE, 'page-y')
SNAPSHOT = '90067593e6626d1a17577cb4520411b4bc4ddb71'  # the snapshot read ("Bump to 0.7.3", 2025-12-24)


def scraper():
    for p in (os.path.join(HERE, '..', 'scrape.py'),              # eval/testdata/final25/../scrape.py
              '/work/main/eval/testdata/scrape.py'):
        if os.path.exists(p):
            return os.path.abspath(p)
    sys.exit('scrape.py not found (eval/testdata/scrape.py)')


B = 'bbc-hms-perseus-kefalonia-escape.txt'
S = 'thesun-man-utd-carling-cup-flops.txt'
V = 'vice-berkeley-breathed-interview.txt'
C = 'codinghorror-standard-flavored-markdown.txt'
N = 'nytimes-freelancers-union-health-care.txt'
G = 'globemail-ottawa-vacant-posts-cuts.txt'

# document -> (path in ruby-readability, git blob of the file, source encoding or None = bytes as they are)
PAGES = {
    B: ('spec/fixtures/bbc.html', '6a85ac5d47b4da75b649299854d28a25e41f8937', None),
    S: ('spec/fixtures/thesun.html', 'ad05e50aacdba8e4ea35634395a002ea8b453131', 'cp1252'),
    V: ('spec/fixtures/cant_read.html', '3f4075d571baededcc1cf2711e425b49c6a40243', None),
    C: ('spec/fixtures/codinghorror.html', '4db86e712143806ecd922dfe11c7e183f70d27d7', None),
    N: ('spec/fixtures/nytimes.html', '34fccab284d641eef67842832d8dc8c61b34d4cb', None),
    G: ('spec/fixtures/samples/globemail-ottawa-cuts.html', 'af5c84777c684134a8536b2861e9b17dc63cced1', None),
}


def git_blob(data):
    return hashlib.sha1(b'blob %d\0' % len(data) + data).hexdigest()


def build_pages(gitdir=None, srcdir=None):
    scr = scraper()
    os.makedirs(DOCS, exist_ok=True)
    save = os.path.join(HERE, 'src')
    for doc, (rel, blob, enc) in PAGES.items():
        name = os.path.basename(rel)
        if gitdir:
            html = subprocess.run(['git', '--git-dir', gitdir, 'show', f'{SNAPSHOT}:{rel}'],
                                  check=True, capture_output=True).stdout
            os.makedirs(save, exist_ok=True)
            with open(os.path.join(save, name), 'wb') as f:
                f.write(html)
        else:
            html = open(os.path.join(srcdir, name), 'rb').read()
        assert git_blob(html) == blob, (doc, 'blob differs')
        if enc:
            html = html.decode(enc).encode('utf-8')
        tmp = os.path.join(DOCS, '.tmp.html')
        with open(tmp, 'wb') as f:
            f.write(html)
        out = subprocess.run([sys.executable, scr, tmp], check=True, capture_output=True).stdout
        os.remove(tmp)
        assert '\ufffd' not in out.decode('utf-8'), (doc, 'U+FFFD in output')
        with open(os.path.join(DOCS, doc), 'wb') as f:
            f.write(out)
        print(doc, len(out.decode('utf-8').split()), 'words')


# (kind, question, answers, [(doc, quote)])
Q = [
    # factoid 01-08
    ('factoid', "Who found the wreck of HMS Perseus and confirmed John Capes's account of his escape?",
     ["Kostas Thoctarides", "Thoctarides"],
     [(B, "In a series of dives to the wreck of Perseus, Kostas Thoctarides discovered Capes's empty torpedo tube bunk")]),
    ('factoid', "What breathing equipment did John Capes put on himself and the injured stokers before leaving the sunken Perseus?",
     ["Davis Submarine Escape Apparatus", "Davis apparatus"],
     [(B, "fitted them and himself with Davis Submarine Escape Apparatus, a rubber lung with an oxygen bottle")]),
    ('factoid', "Which team knocked Manchester United out of the Carling Cup, according to The Sun's report?",
     ["Crystal Palace", "Palace"],
     [(S, "Carling Cup flops are set to pay the price for their KO against Crystal Palace.")]),
    ('factoid', "Which comic strip did Berkeley Breathed draw from 1980 to 1988?",
     ["Bloom County"],
     [(V, "Breathed\u2019s comic strip Bloom County ran from 1980 until 1988.")]),
    ('factoid', "Who is the primary author of the Standard Markdown spec announced on Coding Horror?",
     ["John MacFarlane", "MacFarlane"],
     [(C, "The primary author, John MacFarlane, explains in the introduction to the spec:")]),
    ('factoid', "What was Standard Markdown renamed to?",
     ["CommonMark"],
     [(C, "Update: The project was renamed CommonMark. See my subsequent blog post.")]),
    ('factoid', "Who founded the Freelancers Union?",
     ["Sara Horowitz", "Horowitz"],
     [(N, "One of the social innovators to recognize this problem early and act on it was Sara Horowitz, the founder of the Freelancers Union")]),
    ('factoid', "Which Canadian Taxpayers Federation official called Stockwell Day's cuts \"more token than real\"?",
     ["Kevin Gaudet", "Gaudet"],
     [(G, "\u201cThis looks more token than real,\u201d Kevin Gaudet, federal director of the fiscally conservative Canadian Taxpayers Federation")]),
    # casual 09-18
    ('casual', "wat was the donkey called that the kefalonia ppl gave capes lol",
     ["Mareeka"],
     [(B, "They even gave me one of their prize possessions, a donkey called Mareeka.")]),
    ('casual', "how much weight did capes lose while hiding on the island",
     ["70lb", "70 lb", "70 pounds", "32kg", "32 kg"],
     [(B, "He lost 70lb (32kg) in weight and dyed his hair black in an effort to blend in.")]),
    ('casual', "who was utd captain vs palace that nite",
     ["Jonny Evans", "Evans"],
     [(S, "Skipper for the night Jonny Evans said")]),
    ('casual', "how much did utd pay for berbatov again??",
     ["\u00a330.75million", "30.75 million", "30.75"],
     [(S, "There is a big question mark over the future of record \u00a330.75million buy Berbatov")]),
    ('casual', "when did bloom county win the pulitzer",
     ["1987"],
     [(V, "It even won a Pulitzer Prize in 1987")]),
    ('casual', "whats breatheds newest kids book called",
     ["Flawed Dogs"],
     [(V, "the most recent of which is called Flawed Dogs: The Shocking Raid on Westminster.")]),
    ('casual', "wat was the only markdown test suite atwood knew about",
     ["MDTest"],
     [(C, "the only Markdown test suite I know of, MDTest")]),
    ('casual', "how many members has the freelancers union got",
     ["165,000", "165000", "165 000"],
     [(N, "which has more than 165,000 members across all 50 states")]),
    ('casual', "so how many of the 245 jobs r actually filled rn",
     ["27"],
     [(G, "But only 27 of the 245 jobs being cut are currently filled.")]),
    ('casual', "which liberal put out the release abt the 79 tory appointees",
     ["Siobhan Coady", "Coady"],
     [(G, "a release from Liberal critic Siobhan Coady said.")]),
    # paraphrase 19-26
    ('paraphrase', "For roughly a year and a half after washing ashore, how was the British survivor kept out of sight of the island's Axis garrison?",
     ["passed from house to house", "house to house"],
     [(B, "For the following 18 months he was passed from house to house, to evade the Italian occupiers.")]),
    ('paraphrase', "What roster omission made doubters wonder whether the stoker had even sailed on that vessel?",
     ["not on the crew list", "crew list"],
     [(B, "Was he really on the boat at all? After all, he was not on the crew list.")]),
    ('paraphrase', "Of the fourteen who featured when a Midlands side humbled the Red Devils at home some seasons back, how many have since departed?",
     ["nine", "9 of the 14", "9 players"],
     [(S, "Of the 14 players on duty, nine have since left while Tomasz Kusczak is frozen out.")]),
    ('paraphrase', "Which classic American novel gave the cartoonist the backwater locale for his penguin strip?",
     ["To Kill a Mockingbird", "Mockingbird"],
     [(V, "why Bloom County was set in a rural, small-town environment? To Kill a Mockingbird.")]),
    ('paraphrase', "Which service lets you feed one sample of the lightweight markup to a score of different converters and hope they agree?",
     ["Babelmark"],
     [(C, "and then pray that some consensus emerges in all their output. That's what Babelmark does.")]),
    ('paraphrase', "By how much does the union's insurance arm undercut what a self-employed New Yorker would otherwise be charged for cover?",
     ["more than a third", "a third", "one third", "one-third"],
     [(N, "offering them premiums that the company calculates are more than a third below the open market rate")]),
    ('paraphrase', "Which philanthropic endowments helped bankroll the freelancers' insurance company when it was set up?",
     ["Rockefeller Foundation", "Robert Wood Johnson Foundation", "New York City Investment Fund", "Rockefeller"],
     [(N, "loans and grants from social investors, including the Rockefeller Foundation, the Robert Wood Johnson Foundation and the New York City Investment Fund")]),
    ('paraphrase', "According to the Bay Street bank economist, in what year would Ottawa's serious spending squeeze get under way?",
     ["2011"],
     [(G, "The real restraint will begin in 2011, after the recovery has more fully taken root")]),
    # numeric 27-32
    ('numeric', "How many crew did HMS Perseus have on board when she left Malta at the end of November 1941?",
     ["59"],
     [(B, "HMS Perseus had on board her 59 crew and two passengers")]),
    ('numeric', "How old is Mame Biram Diouf, according to The Sun's report?",
     ["23"],
     [(S, "the likes of Italian Macheda, 20, and Senegal ace Diouf, 23.")]),
    ('numeric', "How many volumes does the new compilation of every Bloom County strip have?",
     ["five", "5 volumes", "5-volume"],
     [(V, "A five-volume compilation of every Bloom County strip is being released now")]),
    ('numeric', "How many different rendered outputs did Jeff Atwood count for his simple Markdown example?",
     ["fifteen", "15 different", "15 rendered"],
     [(C, "I count fifteen different rendered outputs from 22 different Markdown parsers.")]),
    ('numeric', "What percentage of Freelancers Union members had been cheated by a client during their careers?",
     ["77 percent", "77%", "77 per cent"],
     [(N, "Freelancers Union found that 77 percent of its members had been cheated by a client during their careers")]),
    ('numeric', "How much a year would Ottawa save in pay and salaries from the appointment cuts if all the jobs had been filled?",
     ["1.2-million", "1.2 million"],
     [(G, "Ottawa would be saving a paltry $1.2-million a year in pay and salaries")]),
    # metadata 33-38
    ('metadata', "Who wrote the BBC article about John Capes's escape from HMS Perseus?",
     ["Tim Clayton", "Clayton"],
     [(B, "Submarine escape: A WWII survival tale from Kefalonia\n\nBy Tim Clayton Military historian")]),
    ('metadata', "On which newspaper's website did the report 'Dimitar Berbatov and Carling Cup flops warned' appear?",
     ["The Sun", "SunSport"],
     [(S, "Manchester United news: Dimitar Berbatov and Carling Cup flops warned | The Sun |Sport|Football")]),
    ('metadata', "When was Vice's interview with Berkeley Breathed published in the magazine?",
     ["December, 2009", "December 2009", "Dec 2009"],
     [(V, "Published December, 2009\n\nBERKELEY BREATHED\n\nINTERVIEW BY JESSE PEARSON")]),
    ('metadata', "what date was the coding horror post standard flavored markdown published",
     ["03 Sep 2014", "3 Sep 2014", "3 September 2014", "September 3, 2014", "Sept. 3, 2014"],
     [(C, "programming and human factors\n\n03 Sep 2014\n\nStandard Flavored Markdown")]),
    ('metadata', "Who wrote the New York Times Fixes column \"Health Care for a Changing Work Force\"?",
     ["David Bornstein", "Bornstein"],
     [(N, "By DAVID BORNSTEIN\n\nFixes looks at solutions to social problems and why they work.")]),
    ('metadata', "Which reporter wrote the Globe and Mail story \"Ottawa cuts already vacant positions\"?",
     ["Steven Chase"],
     [(G, "Steven Chase\n\nOttawa \u2014 From Tuesday's Globe and Mail Published on Tuesday, Mar. 09, 2010")]),
    # unanswerable 39-48
    ('unanswerable', "Who was the commanding officer of HMS Perseus when she hit the mine?", [], []),
    ('unanswerable', "wat medal did capes get for his escape", [], []),
    ('unanswerable', "what injury did berbatov have when he limped off vs palace", [], []),
    ('unanswerable', "Who is publishing the five-volume Bloom County compilation, and at what price?", [], []),
    ('unanswerable', "In what year did Berkeley Breathed start his strip Outland?", [], []),
    ('unanswerable', "wat license r the standard markdown C and JS implementations under", [], []),
    ('unanswerable', "How many people were in the private working group that drew up Standard Markdown?", [], []),
    ('unanswerable', "how much is a monthly premium w the freelancers insurance company", [], []),
    ('unanswerable', "What budget deficit did Ottawa forecast for the 2010-11 fiscal year?", [], []),
    ('unanswerable', "In which year was the Canadian Council on the Status of the Artist created?", [], []),
]

COUNTS = {'factoid': 8, 'casual': 10, 'paraphrase': 8, 'numeric': 6, 'metadata': 6, 'unanswerable': 10}
ORDER = ['factoid', 'casual', 'paraphrase', 'numeric', 'metadata', 'unanswerable']


def write_jsonl():
    texts = {d: open(os.path.join(DOCS, d), encoding='utf-8').read() for d in PAGES}
    counts = {}
    lines = []
    last = 0
    for i, (kind, question, answers, ev) in enumerate(Q, 1):
        assert ORDER.index(kind) >= last, (i, 'kinds out of order')
        last = ORDER.index(kind)
        counts[kind] = counts.get(kind, 0) + 1
        if kind == 'unanswerable':
            assert not answers and not ev, i
        else:
            assert answers and ev, i
            assert len({a.lower() for a in answers}) == len(answers), (i, 'duplicate answers')
        for doc, quote in ev:
            t = texts[doc]
            assert t.count(quote) == 1, (i, doc, 'quote occurs %d times' % t.count(quote), quote)
            assert 5 <= len(quote.split()) <= 25, (i, len(quote.split()), quote)
            assert '\u00a0' not in quote, (i, 'U+00A0 in quote')
            assert any(a.lower() in quote.lower() for a in answers), (i, 'no answer in quote', quote)
        o = {'id': 'f25y-%02d' % i, 'question': question, 'kind': kind,
             'answerable': kind != 'unanswerable', 'answers': answers,
             'evidence': [{'doc': d, 'quote': q} for d, q in ev]}
        lines.append(json.dumps(o, ensure_ascii=False))
    assert counts == COUNTS, counts
    with open(os.path.join(HERE, 'page-y.jsonl'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    print('page-y.jsonl', len(lines), dict(sorted(counts.items())))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--git', help='git dir of cantino/ruby-readability (clone or mirror)')
    ap.add_argument('--src', help='folder of saved .html copies')
    a = ap.parse_args()
    if a.git or a.src:
        build_pages(a.git, a.src)
    write_jsonl()


if __name__ == '__main__':
    main()
