#!/usr/bin/env python3
"""Rebuilds page-ab/ from its sources and writes page-ab.jsonl.

The six pages are HTML test pages of advancedlogic/GoOse (the Go port of the
Goose article extractor), folder sites/, read at commit 71792737 (master,
2025-08-02). Five were added in commit 1be9357 (2015-11-16), one
(nytencodingissues.html) in 1efd8a6 (2015-11-27); none changed since. Each is
passed, unchanged, to the shared naive scraper eval/testdata/scrape.py, as
final11-final26 did.

    cd <set dir>                          # the folder holding page-ab/ and tools/
    python3 tools/make_page_ab.py --git /work/.mirror/advancedlogic+GoOse/repo
    python3 tools/make_page_ab.py --src src    # from saved src/<name>.html copies
    python3 tools/make_page_ab.py              # only (re)write page-ab.jsonl

With --git, the blob of each .html is checked against the one recorded below
and a copy is saved in src/. Then page-ab.jsonl is written from the questions
below, asserting that every quote is an exact byte substring occurring once
in its document, has 5-25 words, contains no U+00A0 and holds at least one
answer string (case-insensitive), that unanswerable lines carry no answers or
evidence, and that the kind counts are as listed.
"""
import argparse, hashlib, json, os, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(HERE, 'page-ab')
COMMIT = '717927370fc8f68b5f590aa46b8b156756cfebb3'  # advancedlogic/GoOse master, 2025-08-02


def scraper():
    for p in (os.path.join(HERE, '..', 'scrape.py'),              # eval/testdata/final27/../scrape.py
              '/work/main/eval/testdata/scrape.py'):
        if os.path.exists(p):
            return os.path.abspath(p)
    sys.exit('scrape.py not found (eval/testdata/scrape.py)')


G = 'guardian-storm-abigail-scotland.txt'
H = 'cnn-lewis-hamilton-monaco-crash.txt'
Y = 'yahoo-reuters-el-nino-tropical-fish.txt'
S = 'nytimes-star-wars-1977-review.txt'
W = 'google-webmaster-small-business-week.txt'
R = 'rajslab-strategy-entrepreneurship-blog.txt'

# document -> (sites/<name> in GoOse, git blob of the file)
PAGES = {
    G: ('theguardian.com.html', '9d51507ee223ff48442464a337bcd0e29176f3da'),
    H: ('cnn.com.html', '724c4c8528fa1407ed35a81a2708f51b34d32b7d'),
    Y: ('yahoo.com.html', 'c34664a78b1a4cda1104b0ea21a3d0db97a24d66'),
    S: ('nytencodingissues.html', '38093ea58b111635421574406f3d9c8d04d66c4d'),
    W: ('blogspot.co.uk.html', '2bcf7015c09bdfa200e0bc7b91152d041d4147b2'),
    R: ('wordpress.com.html', 'fc6340549e37e2750dc9239a73094cd4c26a5acd'),
}


def git_blob(data):
    return hashlib.sha1(b'blob %d\0' % len(data) + data).hexdigest()


def build_pages(gitdir=None, srcdir=None):
    scr = scraper()
    os.makedirs(DOCS, exist_ok=True)
    save = os.path.join(HERE, 'src')
    for doc, (name, blob) in PAGES.items():
        if gitdir:
            html = subprocess.run(['git', '--git-dir', gitdir, 'show', f'{COMMIT}:sites/{name}'],
                                  check=True, capture_output=True).stdout
            os.makedirs(save, exist_ok=True)
            with open(os.path.join(save, name), 'wb') as f:
                f.write(html)
        else:
            html = open(os.path.join(srcdir, name), 'rb').read()
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
    ('factoid', "Which forecaster said storm Abigail would ease only slowly through the day after peaking overnight?",
     ["Simon Partridge", "Partridge"],
     [(G, "it would be a slow process, forecaster Simon Partridge said")]),
    ('factoid', "Which council said every school and nursery in its area would be closed to pupils on the Friday of storm Abigail?",
     ["Western Isles council", "Western Isles"],
     [(G, "Western Isles council said every school and nursery in its area would be closed to pupils on Friday")]),
    ('factoid', "In which place did Lewis Hamilton have his road accident in November 2015?",
     ["Monaco"],
     [(H, "The Mercedes driver revealed he crashed his car in Monaco after \"heavy partying\" last weekend.")]),
    ('factoid', "Which University of California, Santa Barbara researcher said every tropical fish seemed to have punched their ticket for Southern California?",
     ["Milton Love", "Love"],
     [(Y, "said Milton Love, a marine science researcher at the University of California, Santa Barbara")]),
    ('factoid', "Near which city was the first largemouth blenny ever seen off California's coast?",
     ["San Diego"],
     [(Y, "The first ever sighting off California's coast of a largemouth blenny fish was made over the summer near San Diego")]),
    ('factoid', "According to Vincent Canby's review, who was responsible for the production design of Star Wars?",
     ["John Barry", "Barry"],
     [(S, "The true stars of \"Star Wars\" are John Barry, who was responsible for the production design")]),
    ('factoid', "Who owns the Los Angeles gardening store Potted, quoted in Google's Small Business Week post?",
     ["Susan Brown"],
     [(W, "Susan Brown, owner of Los Angeles gardening store Potted, recently updated her business listing on Google.")]),
    ('factoid', "Who are the authors of the book Strategy Rules reviewed on Raj's Lab?",
     ["David B Yoffie and Michael A Cusumano", "Yoffie", "Cusumano"],
     [(R, "David B Yoffie and Michael A Cusumano")]),
    # casual 09-18
    ('casual', "whats the name of the storm that hit scotland w 84mph winds",
     ["Abigail", "storm Abigail"],
     [(G, "as storm Abigail brought gale-force winds of up to 84mph to northern Britain overnight")]),
    ('casual', "how many calmac ferry routes got disrupted lol",
     ["24", "24 of its 26", "24 of 26"],
     [(G, "By 5pm, CalMac said 24 of its 26 ferry routes were disrupted.")]),
    ('casual', "which gp did hamilton turn up a day late for",
     ["Brazilian Grand Prix", "Brazilian GP", "Brazil"],
     [(H, "He turned up for this weekend's Brazilian Grand Prix a day late after taking time off to recover.")]),
    ('casual', "ham threw a surprise bday party for his mum right? which bday was it",
     ["60th", "60"],
     [(H, "throwing a surprise 60th birthday party for his mother Carmen in London last Sunday")]),
    ('casual', "wat does a wahoo look like? the fish not the word lol",
     ["beak-like snout", "slim body", "beak-like snout and a slim body"],
     [(Y, "wahoo, a fish with a beak-like snout and a slim body that often measures more than 5 feet")]),
    ('casual', "how much $$ does cali saltwater sport fishing bring in a yr",
     ["$1.8 billion", "1.8 billion"],
     [(Y, "California's saltwater sport fishing industry, which generates an estimated $1.8 billion a year")]),
    ('casual', "who played han solo in the og star wars",
     ["Harrison Ford", "Ford"],
     [(S, "Han Solo (Harrison Ford), a free-booting freelance, space-ship captain")]),
    ('casual', "wat theaters did star wars open at in 77",
     ["Astor Plaza", "Orpheum"],
     [(S, "\"Star Wars,\" which opened yesterday at the Astor Plaza, Orpheum and other theaters")]),
    ('casual', "how much off google apps for work if u sign up during small biz week??",
     ["25%", "25 percent", "25 per cent"],
     [(W, "When you sign up this week you’ll receive 25% off Google Apps for Work for one year.")]),
    ('casual', "raj shankar's blog - whats his formula for focus",
     ["Goal + Ritual + Repetition", "Goal, Ritual, Repetition", "Goal + Ritual + Repetition = Focus"],
     [(R, "FORMULA: Goal + Ritual + Repetition = Focus")]),
    # paraphrase 19-26
    ('paraphrase', "Which estuary crossing near Edinburgh barred tall lorries, towed homes, two-wheelers and people on foot?",
     ["Forth road bridge", "Forth"],
     [(G, "The Forth road bridge has been closed to high-sided vehicles, cars with trailers, caravans, motorcycles, bicycles and pedestrians.")]),
    ('paraphrase', "What did Scotland's firefighters tell households to be careful with if the electricity went out?",
     ["candles", "using candles"],
     [(G, "urged people to take extra care if they are using candles during any power cuts")]),
    ('paraphrase', "According to the champion's message to his followers, what kind of thing did his vehicle only gently touch?",
     ["a stationary vehicle", "stationary vehicle"],
     [(H, "Nobody was hurt, which is the most important thing. I made very light contact with a stationary vehicle.")]),
    ('paraphrase', "At which race did the Mercedes man seal his 2015 crown with several rounds still remaining?",
     ["U.S. Grand Prix", "US Grand Prix", "Austin", "Austin, Texas"],
     [(H, "Hamilton, who wrapped up the 2015 world title at the U.S. Grand Prix in Austin, Texas with three races to spare")]),
    ('paraphrase', "How did some of the warm-water newcomers get up the coast while still in their infant stage?",
     ["as larva", "larva", "drifting on ocean currents"],
     [(Y, "Some fish made the journey north as larva, drifting on ocean currents, before they grew up")]),
    ('paraphrase', "In the 1977 appraisal, which household appliance does the stubby mechanical sidekick resemble?",
     ["portable washing machine", "washing machine"],
     [(S, "the squat one, shaped like a portable washing machine, who is the one with the knowledge")]),
    ('paraphrase', "What prize could a hundred lucky firms win by verifying their entry on the search giant's maps that week?",
     ["360° virtual tour photoshoot", "virtual tour photoshoot", "360° virtual tour", "virtual tour"],
     [(W, "You could be one of 100 randomly selected businesses to get a 360° virtual tour photoshoot—a $255 value.")]),
    ('paraphrase', "In the lecturer's tribute to the late scientist-president, what was the first of the four pointers for keeping one's drive alive?",
     ["Have a great aim", "a great aim", "great aim"],
     [(R, "4 things to stay motivated and achieve in life:\n\nHave a great aim (not small one)")]),
    # numeric 27-32
    ('numeric', "What top gust speed did the Met Office say storm Abigail could reach in exposed parts of north-west Scotland?",
     ["90mph", "90 mph", "90 miles per hour"],
     [(G, "potentially reaching up to 90mph across exposed locations in the north-west of Scotland")]),
    ('numeric', "How old was Lewis Hamilton at the time of his Monaco car crash, according to CNN?",
     ["30", "thirty", "30-year-old"],
     [(H, "it's not the first time the 30-year-old has been involved in driving drama off the track")]),
    ('numeric', "How many wahoo catches did Southern California sport fishing party boats record in 2015?",
     ["256"],
     [(Y, "This year, there were 256 recorded catches of wahoo by sport fishing party boats from Southern California")]),
    ('numeric', "What age of skeptical sci-fi buff does Vincent Canby say Star Wars is good enough to convince?",
     ["8", "8-year-old", "eight"],
     [(S, "\"Star Wars\" is good enough to convince the most skeptical 8-year-old sci-fi buff, who is the toughest critic.")]),
    ('numeric', "How many randomly selected businesses could have their first year of Google Domains registration reimbursed?",
     ["1,500", "1500"],
     [(W, "you could be one of 1,500 randomly selected businesses to get reimbursed for the first year of registration")]),
    ('numeric', "How many applicants were there for every peon position, according to Raj Shankar's post on India's demographic dividend?",
     ["6250", "6,250"],
     [(R, "RECORD: 6250 applicants for every peon position.")]),
    # metadata 33-38
    ('metadata', "Which news agency is credited as the author of the Guardian's report \"Thousands without power as storm Abigail forces school closures\"?",
     ["Press Association", "PA"],
     [(G, "Press Association\n\nFriday 13 November 2015")]),
    ('metadata', "On what date was CNN's story on Lewis Hamilton's Monaco crash updated?",
     ["November 13, 2015", "13 November 2015", "Nov. 13, 2015", "Nov 13, 2015", "2015-11-13"],
     [(H, "Updated 1354 GMT (2154 HKT) November 13, 2015")]),
    ('metadata', "who wrote the reuters story about el nino bringing tropical fish to california",
     ["Alex Dobuzinskis", "Dobuzinskis"],
     [(Y, "El Nino sends rare tropical visitors to California waters\n\nBy Alex Dobuzinskis")]),
    ('metadata', "When was the New York Times review of Star Wars, \"A Trip to a Far Galaxy That's Fun and Funny\", published?",
     ["May 26, 1977", "26 May 1977", "1977-05-26"],
     [(S, "By VINCENT CANBY\n\nPublished: May 26, 1977")]),
    ('metadata', "Who posted \"Five ways to grow your business this Small Business Week\" on the Google Webmaster Central Blog?",
     ["Rachel Sterling", "Sterling"],
     [(W, "Posted by Rachel Sterling, Product Marketing Manager, Google Small Business Team")]),
    ('metadata', "What is the name of Raj Shankar's blog on strategy and entrepreneurship?",
     ["Raj's Lab", "Rajs Lab"],
     [(R, "Raj's Lab | Strategy and Entrepreneurship")]),
    # unanswerable 39-48
    ('unanswerable', "How many homes lost power in Scotland during storm Abigail?", [], []),
    ('unanswerable', "wats the name of the next storm after abigail", [], []),
    ('unanswerable', "Who won the 2015 Brazilian Grand Prix after Hamilton's Monaco crash?", [], []),
    ('unanswerable', "wat car was hamilton driving when he crashed in monaco", [], []),
    ('unanswerable', "How long was the whale shark seen off Southern California during the 2015 El Nino?", [], []),
    ('unanswerable', "how many hammerheads showed up off cali cause of el nino", [], []),
    ('unanswerable', "What running time does the 1977 New York Times review give for Star Wars?", [], []),
    ('unanswerable', "how much did star wars cost to make? the 77 one", [], []),
    ('unanswerable', "What does a .company domain cost a year on Google Domains?", [], []),
    ('unanswerable', "who published brick by red brick, the ravi matthai book raj reviewed", [], []),
]

EXPECT = {'factoid': 8, 'casual': 10, 'paraphrase': 8, 'numeric': 6, 'metadata': 6, 'unanswerable': 10}


def write_jsonl():
    texts, out, counts = {}, [], {}
    for i, (kind, q, ans, ev) in enumerate(Q, 1):
        counts[kind] = counts.get(kind, 0) + 1
        qid = f'f27ab-{i:02d}'
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
    with open(os.path.join(HERE, 'page-ab.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print(len(out), 'lines', dict(sorted(counts.items())))


def main():
    ap = argparse.ArgumentParser()
    g = ap.add_mutually_exclusive_group()
    g.add_argument('--git', help='git dir of an advancedlogic/GoOse clone or mirror')
    g.add_argument('--src', help='folder of saved sites/<name>.html copies')
    a = ap.parse_args()
    if a.git or a.src:
        build_pages(a.git, a.src)
    write_jsonl()


if __name__ == '__main__':
    sys.exit(main())
