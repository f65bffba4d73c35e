#!/usr/bin/env python3
"""Rebuilds page-t/ from its sources and writes page-t.jsonl.

The six pages are HTML test fixtures of metascraper (microlinkhq/metascraper,
packages/metascraper/test/integration/<site>/input.html): real web pages saved
whole, with their menus, share bars, teasers, comments and footers, that
metascraper's integration tests extract metadata from. Each is passed,
unchanged, to the shared naive scraper eval/testdata/scrape.py, as
final11-final19 did.

    cd <set dir>                          # the folder holding page-t/ and tools/
    python3 tools/make_page_t.py --git /work/.mirror/microlinkhq+metascraper/repo
    python3 tools/make_page_t.py --src src    # from saved src/<site>.html copies
    python3 tools/make_page_t.py              # only (re)write page-t.jsonl

With --git, the blob of each input.html at COMMIT is checked against the one
recorded below and a copy is saved in src/. Then page-t.jsonl is written from
the questions below, asserting that every quote is an exact byte substring
occurring once in its document, has 5-25 words, contains no U+00A0 and holds
at least one answer string (case-insensitive), that unanswerable lines carry
no answers or evidence, and that the kind counts are as listed.
"""
import argparse, hashlib, json, os, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(HERE, 'page-t')
COMMIT = '20423f52ef9b4a07d3b25e56e34d2756b3291250'  # snapshot read ("chore(release): v5.57.0")


def scraper():
    for p in (os.path.join(HERE, '..', 'scrape.py'),              # eval/testdata/final20/../scrape.py
              '/work/main/eval/testdata/scrape.py'):
        if os.path.exists(p):
            return os.path.abspath(p)
    sys.exit('scrape.py not found (eval/testdata/scrape.py)')


N = 'nbcnews-kenosha-blake-no-charges.txt'
R = 'therams-cooper-kupp-2024-offseason.txt'
W = 'wired-antarctic-icebergs-dread.txt'
M = 'mashable-dune-review.txt'
K = 'smittenkitchen-cucumber-raita-salad.txt'
P = 'prnewswire-hackerrank-ctec-federal-hiring.txt'

# document -> (integration folder in packages/metascraper/test/integration/, git blob of input.html)
PAGES = {
    N: ('nbcnews', '24fc286330813dfd7be2c4191e8d847e6f3b8b0c'),
    R: ('therams', 'ec96f0b92defa27467635a100f2f1b25052c8ce2'),
    W: ('wired', '8a62d5ac1f95cda1025e9ecdae076609ba94413b'),
    M: ('mashable', 'e6961dade04f2c6a6a078d6ae349b1322c606c85'),
    K: ('smitten-kitchen', '4065b2e526c36129199042b86463101e76f6a558'),
    P: ('pr-newswire', '21f3829e5e7c558cc6e85b62b7db9faa323788d6'),
}


def git_blob(data):
    return hashlib.sha1(b'blob %d\0' % len(data) + data).hexdigest()


def build_pages(gitdir=None, srcdir=None):
    scr = scraper()
    os.makedirs(DOCS, exist_ok=True)
    save = os.path.join(HERE, 'src')
    for doc, (site, blob) in PAGES.items():
        rel = f'packages/metascraper/test/integration/{site}/input.html'
        if gitdir:
            html = subprocess.run(['git', '--git-dir', gitdir, 'show', f'{COMMIT}:{rel}'],
                                  check=True, capture_output=True).stdout
            os.makedirs(save, exist_ok=True)
            with open(os.path.join(save, f'{site}.html'), 'wb') as f:
                f.write(html)
        else:
            html = open(os.path.join(srcdir, f'{site}.html'), 'rb').read()
        assert git_blob(html) == blob, (doc, 'blob differs')
        tmp = os.path.join(DOCS, '.tmp.html')
        with open(tmp, 'wb') as f:
            f.write(html)
        out = subprocess.run([sys.executable, scr, tmp], check=True, capture_output=True).stdout
        os.remove(tmp)
        with open(os.path.join(DOCS, doc), 'wb') as f:
            f.write(out)
        print(doc, len(out.decode('utf-8').split()), 'words')


# (kind, question, answers, [(doc, quote)])
Q = [
    # factoid 01-08
    ('factoid', "Who is the Kenosha County district attorney who decided not to charge the officers in the Jacob Blake shooting?",
     ["Michael Graveley", "Graveley"],
     [(N, "Kenosha County District Attorney Michael Graveley told reporters that Sheskey and other officers")]),
    ('factoid', "Which Kenosha police officer shot Jacob Blake?",
     ["Rusten Sheskey", "Sheskey"],
     [(N, "as he walked away from Kenosha police Officer Rusten Sheskey, who had answered a domestic disturbance call")]),
    ('factoid', "Which Rams teammate worked out with Cooper Kupp at his home during the 2024 offseason?",
     ["Puka Nacua", "Nacua"],
     [(R, "That included having fellow receiver and teammate Puka Nacua as a workout partner")]),
    ('factoid', "From which Antarctic ice shelf did the giant iceberg in the WIRED piece break off?",
     ["Larsen C"],
     [(W, "a massive iceberg unconsciously uncoupling from the Larsen C ice shelf won’t raise sea levels")]),
    ('factoid', "Which Kim Stanley Robinson novel, set in a flooded Manhattan, does Adam Rogers cite?",
     ["New York 2140"],
     [(W, "Kim Stanley Robinson’s latest novel New York 2140 is set in a flooded, Venetian Manhattan")]),
    ('factoid', "Who plays Chani in Denis Villeneuve's Dune?",
     ["Zendaya"],
     [(M, "Chani (Zendaya) is a stunning presence throughout, but barely gets to speak.")]),
    ('factoid', "In which of Ottolenghi's cookbooks is the fattoush salad intro that Smitten Kitchen mentions?",
     ["Jerusalem", "Jerusalem cookbook"],
     [(K, "what Ottolenghi said in the intro to the fattoush salad in his Jerusalem cookbook")]),
    ('factoid', "Where is Cybermedia Technologies (CTEC) headquartered?",
     ["Reston, Virginia", "Reston"],
     [(P, "is headquartered in Reston, Virginia, with a stellar reputation throughout the Washington Metropolitan Area")]),
    # casual 09-18
    ('casual', "who was blakes family lawyer",
     ["Benjamin Crump", "Ben Crump", "Crump"],
     [(N, "Blake's family attorney, Benjamin Crump, said Graveley wrongfully denied the community its chance")]),
    ('casual', "who filmed the blake shooting? the bystander guy",
     ["Raysean White"],
     [(N, "Raysean White, the bystander who recorded the video, said he heard police yelling")]),
    ('casual', "how many games did kupp miss at the start of 2023 w the hamstring thing",
     ["four", "4", "first four games"],
     [(R, "A hamstring injury that surfaced in training camp sidelined Kupp for the first four games of the 2023 season")]),
    ('casual', "lol puka threw up on kupps lawn?? what did kupp say abt it",
     ["landscaping bill goes up", "wasn't a huge fan", "landscaping bill"],
     [(R, "I wasn't a huge fan of that,\" Kupp jokingly said. \"The landscaping bill goes up a little bit")]),
    ('casual', "whos the glaciologist wired quoted abt larsen c",
     ["Martin O’Leary", "Martin O'Leary", "O’Leary", "O'Leary"],
     [(W, "said Martin O’Leary, a glaciologist at Swansea University, in a Project Midas statement")]),
    ('casual', "what yr did larsen b collapse",
     ["2002"],
     [(W, "just as they were when Larsen A split in 1995 and Larsen B collapsed in 2002")]),
    ('casual', "who played the baron in the new dune",
     ["Stellan Skarsgård", "Stellan Skarsgard", "Skarsgård", "Skarsgard"],
     [(M, "Even Villeneuve's Harkonnen (Stellan Skarsgård) tends a bit towards the gross-out side of things.")]),
    ('casual', "where can u stream dune rn",
     ["HBO Max"],
     [(M, "Dune launched Thursday night on HBO Max.")]),
    ('casual', "how many ppl does the smitten kitchen raita salad serve",
     ["6", "six"],
     [(K, "Serves 6, more with a spread of foods")]),
    ('casual', "whos the ctec guy quoted in the hackerrank press release",
     ["Adam Davidson", "Davidson"],
     [(P, "says Adam Davidson, Vice President and Portfolio General Manager at CTEC")]),
    # paraphrase 19-26
    ('paraphrase', "Roughly what distance separates the Wisconsin town from the arena of the pro basketball club that led a walkout afterwards?",
     ["about 40 miles", "40 miles"],
     [(N, "who play their home games about 40 miles north of Kenosha, led a brief boycott")]),
    ('paraphrase', "What lasting physical harm did the man hit by police gunfire in Wisconsin suffer, according to his relatives?",
     ["paralyzed below the waist", "paralyzed", "paralysed"],
     [(N, "The shooting paralyzed Blake below the waist, according to his family.")]),
    ('paraphrase', "What quality does the Los Angeles wideout say he prizes most so that he keeps something in reserve for later in the year?",
     ["efficiency", "efficient"],
     [(R, "\"Efficiency is a big thing for me,\" Kupp said. \"The more efficient you can play saves more down the line")]),
    ('paraphrase', "The head of which environmental campaigning group said it was too soon to tell whether the ice break would push people into doing something?",
     ["Sierra Club", "the Sierra Club"],
     [(W, "says Michael Brune, executive director of the Sierra Club")]),
    ('paraphrase', "Which musician is the 1980s screen version of Herbert's saga chiefly recalled for, in a barely clothed villain role?",
     ["Sting"],
     [(M, "which is best remembered these days for nearly-naked Sting's turn as an evil spike-haired assassin")]),
    ('paraphrase', "What should you hold back from combining with the vegetables until just before serving, since it turns runnier as it stands?",
     ["the dressing", "dressing"],
     [(K, "Do not mix the dressing with the salad until the end; it becomes looser after sitting a while.")]),
    ('paraphrase', "According to one commenter, what treatment makes the little black spice kernels far tastier?",
     ["popped in oil", "popping them in oil", "popped in hot oil", "popping in hot oil"],
     [(K, "mustard seeds taste INFINITELY more rich and flavorful when popped in oil")]),
    ('paraphrase', "How big a sum would the proposal a senior House member carried to Capitol Hill put toward swapping out the government's aging computer setups?",
     ["$3.1 billion", "3.1 billion"],
     [(P, "which would authorize an investment of $3.1 billion to replace federal legacy systems")]),
    # numeric 27-32
    ('numeric', "How many entrance wounds did Jacob Blake have on his left side, according to the district attorney?",
     ["three", "3"],
     [(N, "he had three entrance wounds on his left side and four shots to his back")]),
    ('numeric', "How many receptions did Cooper Kupp have in the 12 games after returning from his hamstring injury in 2023?",
     ["59"],
     [(R, "he produced 59 receptions for 737 yards and five touchdowns over the next 12 games")]),
    ('numeric', "How large, in square miles, was the piece of ice that broke off the Antarctic Peninsula?",
     ["2,200 square miles", "2,200-square-mile", "2200 square miles", "2,200"],
     [(W, "when a 1.1 trillion-ton, 2,200-square-mile piece of ice breaks off of the Antarctic Peninsula")]),
    ('numeric', "How long is Denis Villeneuve's Dune, according to Mashable's review?",
     ["150 minutes", "150 min", "2.5 hours"],
     [(M, "its 150 minutes will fly by in a kind of pleasant hypnotic trance")]),
    ('numeric', "How many grams of yogurt go into the dressing of the cucumber yogurt raita salad?",
     ["227 grams", "227 g", "227"],
     [(K, "1 cup (227 grams) plain, full-fat yogurt")]),
    ('numeric', "How many companies use HackerRank, according to the April 2016 press release?",
     ["over 1,000", "1,000", "1000"],
     [(P, "Over 1,000 companies use HackerRank to build strong engineering teams.")]),
    # metadata 33-38
    ('metadata', "Who wrote NBC News' report \"No charges filed against Kenosha officers in Jacob Blake shooting\"?",
     ["David K. Li and Doha Madani", "David K. Li", "Doha Madani", "David Li"],
     [(N, "By David K. Li and Doha Madani")]),
    ('metadata', "On what date did therams.com publish \"Cooper Kupp focused on being present, best version of himself as he prepares for 2024 season\"?",
     ["Apr 22, 2024", "April 22, 2024", "22 April 2024", "2024-04-22"],
     [(R, "Cooper Kupp focused on being present, best version of himself as he prepares for 2024 season\n\nApr 22, 2024 at 03:44 PM")]),
    ('metadata', "who wrote the wired article giant antarctic icebergs and crushing existential dread",
     ["Adam Rogers", "Rogers"],
     [(W, "email\n\nAuthor: Adam RogersAdam Rogers\n\nscience\n\n07.13.17")]),
    ('metadata', "What is the headline of Mashable's review of Denis Villeneuve's Dune on HBO Max?",
     ["The new 'Dune' is a great start — but can't outrun the book's biggest problem", "The new 'Dune' is a great start", "can't outrun the book's biggest problem"],
     [(M, "The new 'Dune' is a great start — but can't outrun the book's biggest problem | Mashable")]),
    ('metadata', "What is the name of the food blog that published the cucumber yogurt raita salad recipe?",
     ["Smitten Kitchen"],
     [(K, "cucumber yogurt raita salad | smitten kitchen")]),
    ('metadata', "When was HackerRank's press release on its partnership with Cybermedia Technologies issued on PR Newswire?",
     ["April 25, 2016", "25 Apr, 2016", "25 April 2016", "Apr 25, 2016", "2016-04-25"],
     [(P, "News provided by\n\nHackerRank\n\n25 Apr, 2016, 03:39 ET")]),
    # unanswerable 39-48
    ('unanswerable', "What was the name of the judge who dropped the 2010 Cook County charges against Jacob Blake?", [], []),
    ('unanswerable', "how much bail money did schroder n lindell raise for rittenhouse", [], []),
    ('unanswerable', "How many receiving yards did Cooper Kupp have in his 2021 season?", [], []),
    ('unanswerable', "who did the rams take w the 19th pick in the 2024 draft", [], []),
    ('unanswerable', "By how many meters would global sea level rise if the whole Larsen C ice shelf collapsed?", [], []),
    ('unanswerable', "how big was the larsen b piece that collapsed in 2002, like in sq miles", [], []),
    ('unanswerable', "How much did Denis Villeneuve's Dune earn at the box office on its opening weekend?", [], []),
    ('unanswerable', "when does dune part 2 come out", [], []),
    ('unanswerable', "how many calories per serving in the smitten kitchen cucumber raita salad", [], []),
    ('unanswerable', "How many federal agencies had signed up to use HackerRank through the CTEC partnership when it was announced?", [], []),
]

EXPECT = {'factoid': 8, 'casual': 10, 'paraphrase': 8, 'numeric': 6, 'metadata': 6, 'unanswerable': 10}


def write_jsonl():
    texts, out, counts = {}, [], {}
    for i, (kind, q, ans, ev) in enumerate(Q, 1):
        counts[kind] = counts.get(kind, 0) + 1
        qid = f'f20t-{i:02d}'
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
    with open(os.path.join(HERE, 'page-t.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print(len(out), 'lines', dict(sorted(counts.items())))


def main():
    ap = argparse.ArgumentParser()
    g = ap.add_mutually_exclusive_group()
    g.add_argument('--git', help='git dir of a microlinkhq/metascraper clone or mirror')
    g.add_argument('--src', help='folder of saved <site>.html copies')
    a = ap.parse_args()
    if a.git or a.src:
        build_pages(a.git, a.src)
    if Q:
        write_jsonl()


if __name__ == '__main__':
    sys.exit(main())
