#!/usr/bin/env python3
"""Rebuilds page-u/ from its sources and writes page-u.jsonl.

Four pages are test pages of the news crawler flairNLP/fundus
(tests/resources/parser/test_data/<country>/<Publisher>_<date>.html.gz, real
news pages saved by the maintainers when writing each publisher's parser);
two are test pages of adbar/htmldate (tests/cache/<name>.html, real pages
kept to test date extraction; neither is among trafilatura's test pages).
Each file is passed, unchanged (gunzipped for fundus), to the shared naive
scraper eval/testdata/scrape.py, as final11-final16 did.

    cd <set dir>                          # the folder holding page-u/ and tools/
    python3 tools/make_page_u.py --git /work/.mirror/flairNLP+fundus/repo /work/.mirror/adbar+htmldate/repo
    python3 tools/make_page_u.py --src src    # from saved src/ copies
    python3 tools/make_page_u.py              # only (re)write page-u.jsonl

With --git, the blob of each file is checked against the one recorded below
and a copy is saved in src/. Then page-u.jsonl is written from the questions
below, asserting that every quote is an exact byte substring occurring once
in its document, has 5-25 words, contains no U+00A0 and holds at least one
answer string (case-insensitive), that unanswerable lines carry no answers
or evidence, and that the kind counts are as listed.
"""
import argparse, gzip, hashlib, json, os, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(HERE, 'page-u')
FUNDUS_SNAPSHOT = '18da6e53592f99cf0ac5770dc63d6ba99ba63ae8'    # flairNLP/fundus, 2026-08-05
HTMLDATE_SNAPSHOT = 'b8952828329abaeeb3be21387b526f2be614ce67'  # adbar/htmldate, 2026-06-01


def scraper():
    for p in (os.path.join(HERE, '..', 'scrape.py'),              # eval/testdata/final21/../scrape.py
              '/work/main/eval/testdata/scrape.py'):
        if os.path.exists(p):
            return os.path.abspath(p)
    sys.exit('scrape.py not found (eval/testdata/scrape.py)')


R = 'reuters-nepal-flydubai-bird-strike.txt'
T = 'inews-us-open-british-clean-sweep.txt'
W = 'washingtonpost-central-us-tornadoes.txt'
K = 'rollingstone-donna-kelce-taylor-swift.txt'
V = 'verfassungsblog-first-decade.txt'
M = 'wikimedia-blog-interactive-maps.txt'

# document -> (repo, snapshot, path in the repository, git blob of the file)
F = 'tests/resources/parser/test_data/'
PAGES = {
    R: ('fundus', F + 'us/Reuters_2023_05_16.html.gz', 'd1d10bd90bc0a9cc5ce47d8f1968e10f93560ba0'),
    T: ('fundus', F + 'uk/iNews_2023_08_30.html.gz', '413fba5072e04b8453f8a5727c0a605ea8489a0f'),
    W: ('fundus', F + 'us/WashingtonPost_2024_04_26.html.gz', '940c58a81cc32c0ea12cb93860c01d35514a31f0'),
    K: ('fundus', F + 'us/RollingStone_2024_04_25.html.gz', 'c420c9035096429b27ed15aa8b44e11a48ed6941'),
    V: ('htmldate', 'tests/cache/verfassungsblog.de.decade.html', 'b5ece1fe673144b36f53612a6e7228ea62b49fc4'),
    M: ('htmldate', 'tests/cache/blog.wikimedia.interactivemaps.html', '1b7bdbda009188212da4d591698cb7de2152c0f2'),
}
SNAP = {'fundus': FUNDUS_SNAPSHOT, 'htmldate': HTMLDATE_SNAPSHOT}


def git_blob(data):
    return hashlib.sha1(b'blob %d\0' % len(data) + data).hexdigest()


def build_pages(gitdirs=None, srcdir=None):
    scr = scraper()
    os.makedirs(DOCS, exist_ok=True)
    save = os.path.join(HERE, 'src')
    for doc, (repo, rel, blob) in PAGES.items():
        name = os.path.basename(rel)
        if gitdirs:
            raw = subprocess.run(['git', '--git-dir', gitdirs[repo], 'show', f'{SNAP[repo]}:{rel}'],
                                 check=True, capture_output=True).stdout
            os.makedirs(save, exist_ok=True)
            with open(os.path.join(save, name), 'wb') as f:
                f.write(raw)
        else:
            raw = open(os.path.join(srcdir, name), 'rb').read()
        assert git_blob(raw) == blob, (doc, 'blob differs')
        html = gzip.decompress(raw) if name.endswith('.gz') else raw
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
    ('factoid', "Which spokesperson of Nepal's Civil Aviation Authority said there was no proof the flydubai plane had hit a bird?",
     ["Jagannath Niroula", "Niroula"],
     [(R, "Jagannath Niroula, a CAAN spokesperson, said.")]),
    ('factoid', "Whom will Andy Murray play in the second round of the 2023 US Open?",
     ["Grigor Dimitrov", "Dimitrov"],
     [(T, "Murray will meet Bulgarian 19th seed Grigor Dimitrov, who saved three match points in a five-setter against Alex Molcan")]),
    ('factoid', "Which agency drew up the Level 3 out of 5 severe weather risk covering Omaha, Des Moines and Kansas City on Friday?",
     ["Storm Prediction Center", "SPC", "National Weather Service's Storm Prediction Center"],
     [(W, "Level 3 out of 5 risk of severe weather drawn up by the National Weather Service’s Storm Prediction Center")]),
    ('factoid', "At which event was Donna Kelce speaking to People when she praised The Tortured Poets Department?",
     ["Age of Possibility summit", "Age of Possibility"],
     [(K, "Speaking to People at the Age of Possibility summit in Las Vegas")]),
    ('factoid', "Which German defence minister was exposed as a plagiarist in February 2011, according to Verfassungsblog's look back?",
     ["Guttenberg", "Karl-Theodor zu Guttenberg"],
     [(V, "16 February 2011: Minister of Defence Guttenberg, Bavarian superstar of German politics at the time")]),
    ('factoid', "What is the name of the extension that lets Wikimedians create interactive maps?",
     ["Kartographer"],
     [(M, "An extension called Kartographer enables Wikimedians to create interactive maps")]),
    ('factoid', "Which open-source mapping project supplies the geographic data behind the Wikimedia maps service?",
     ["OpenStreetMap", "OSM"],
     [(M, "The service is powered by geographic data from the open-source mapping project OpenStreetMap.")]),
    ('factoid', "Which airline operated the plane in Nepal's worst crash in 30 years, in January 2023?",
     ["Yeti Airlines", "Yeti"],
     [(R, "an ATR 72 aircraft operated by Yeti Airlines")]),
    # casual 09-18
    ('casual', "wat did nepal do to the flydubai managers lol",
     ["barred from entering Kathmandu airport", "barred", "banned from the airport"],
     [(R, "the airline's country manager and airport manager had been barred from entering Kathmandu airport")]),
    ('casual', "how many ppl were on that flydubai flight outta kathmandu",
     ["167", "167 passengers"],
     [(R, "a flight carrying 167 passengers from the Nepali capital Kathmandu to Dubai")]),
    ('casual', "who did katie boulter beat at the us open n wats the score",
     ["Diane Parry", "Parry"],
     [(T, "a convincing 6-4, 6-0 victory over Diane Parry")]),
    ('casual', "which brit already won on monday b4 the tuesday clean sweep",
     ["Lily Miyazaki", "Miyazaki"],
     [(T, "After Lily Miyazaki won her first-round match as the sole Brit on Monday")]),
    ('casual', "were there any tornados in colorado on thurs? what kind",
     ["landspout", "landspout tornadoes"],
     [(W, "only a few weak “landspout” tornadoes were observed in northeastern Colorado.")]),
    ('casual', "how big could the hail get friday acording to the spc",
     ["over two inches", "two inches", "2 inches"],
     [(W, "very large hail over two inches in diameter, and wind damage")]),
    ('casual', "who did taylor n travis go see at coachella",
     ["Ice Spice", "Dom Dolla"],
     [(K, "they were spotted at sets for Ice Spice, Dom Dolla, and more")]),
    ('casual', "how did donna kelce say hanging out w taylor all season felt",
     ["alternate universe", "an alternate universe", "a wild ride", "wild ride"],
     [(K, "I feel like I’m in an alternate universe, because it’s something I’ve never been involved with before")]),
    ('casual', "when was the 1st real post on verfassungsblog",
     ["8 August 2009", "August 8, 2009", "Aug 8, 2009", "2009-08-08"],
     [(V, "8 August 2009: the first proper blog post (everything before was just fooling around).")]),
    ('casual', "how do i make a wiki map show the names in the local language not the wiki's? theres a setting right",
     ["local", "lang=local"],
     [(M, "Use the value “local” with the above parameter to essentially opt out of internationalization")]),
    # paraphrase 19-26
    ('paraphrase', "What did Nepal's regulators say went wrong with one of the jet's power units soon after departure?",
     ["caught fire", "engine caught fire", "fire"],
     [(R, "one of the plane's engines had caught fire shortly after take-off from Kathmandu")]),
    ('paraphrase', "What landmark tally of wins at the sport's four biggest tournaments did the Scot reach by getting past the player from France?",
     ["200th", "200", "200th grand slam match"],
     [(T, "Murray won his 200th grand slam match with a three-set victory over fiery Frenchman Corentin Moutet")]),
    ('paraphrase', "What review tool, newly brought in by the tournament, could not settle whether the ball had hit the ground twice before the Briton closed out his win?",
     ["video replay", "video replay check", "VAR"],
     [(T, "following a video replay check for a double-bounce which, embarrassingly for organisers who introduced it this year, proved inconclusive")]),
    ('paraphrase', "According to the forecast piece, what sapped the previous day's thunderheads on the High Plains by slicing in beneath them?",
     ["outflow boundary", "an outflow boundary"],
     [(W, "an outflow boundary — or the leading edge of cool-air exhaust exiting earlier storms to the northeast")]),
    ('paraphrase', "Why could early-day convection make the later, more dangerous cells weaker?",
     ["storm fuel", "gobble up some of the storm fuel"],
     [(W, "they could gobble up some of the storm fuel that otherwise would have been utilized by stronger afternoon storms")]),
    ('paraphrase', "How did the tight end's mom react to the idea of offering the pop star guidance on aging?",
     ["doesn’t need my advice", "doesn't need my advice", "she will give me advice"],
     [(K, "She doesn’t need my advice on anything. In fact, I hope she will give me advice.")]),
    ('paraphrase', "On what date did the constitutional-law site finally ditch the ugly olive-coloured look it launched with?",
     ["29 March 2011", "March 29, 2011", "2011-03-29"],
     [(V, "29 March 2011: Verfassungsblog finally gets rid of the hideous pea-green design theme of its initial days.")]),
    ('paraphrase', "Which in-house group of the Wikipedia operator was handed the job, early in 2018, of fixing the mapping tool's multilingual labelling?",
     ["Collaboration team", "the Collaboration team"],
     [(M, "the Foundation’s Collaboration team got the assignment to address this and other issues with Kartographer")]),
    # numeric 27-32
    ('numeric', "How many people were killed in Nepal's worst plane crash in 30 years, in January 2023?",
     ["72", "all 72"],
     [(R, "suffered its worst plane crash in 30 years in January this year, killing all 72 people")]),
    ('numeric', "By what score did Dan Evans beat Daniel Elahi Galan in the first round of the 2023 US Open?",
     ["6-4, 6-2, 7-5", "6-4 6-2 7-5"],
     [(T, "No 26 seed Evans recorded a 6-4, 6-2, 7-5 victory to see off Colombian Daniel Elahi Galan")]),
    ('numeric', "How many days long is the barrage of severe storms threatening the central U.S. in late April 2024?",
     ["four-day", "four days", "4 days", "four"],
     [(W, "Friday marks day two of a four-day-long barrage of severe storms")]),
    ('numeric', "How many songs on The Tortured Poets Department do fans believe refer to Taylor Swift's relationship with Travis Kelce?",
     ["at least two", "two", "2"],
     [(K, "fans have speculated that at least two tracks")]),
    ('numeric', "How many prominent European lawyers signed the open letter after the Federal Constitutional Court's Lisbon Treaty ruling?",
     ["33", "thirty-three"],
     [(V, "33 prominent European lawyers from Germany have signed an open letter")]),
    ('numeric', "To how many Wikipedias did the Map Improvements project bring the ability to embed maps for the first time?",
     ["277"],
     [(M, "to the 277 Wikipedias that didn’t have the feature previously, including English Wikipedia")]),
    # metadata 33-38
    ('metadata', "Whose byline is on the Reuters story \"Nepal says 'no proof' flydubai plane suffered bird strike\"?",
     ["Gopal Sharma"],
     [(R, "Nepal says 'no proof' flydubai plane suffered bird strike\n\nBy Gopal Sharma")]),
    ('metadata', "On what date was the i article on Andy Murray and five other Britons winning first-round matches at the 2023 US Open published?",
     ["August 30, 2023", "30 August 2023", "Aug 30, 2023", "2023-08-30"],
     [(T, "By Michael Hincks\n\nFreelance sports writer\n\nAugust 30, 2023 1:55 am(Updated 4:30 am)")]),
    ('metadata', "Who wrote the Washington Post forecast \"A few strong tornadoes could strike central U.S. Friday and Saturday\"?",
     ["Matthew Cappucci", "Cappucci"],
     [(W, "Strong tornadoes are possible across the central states both Friday and Saturday\n\nBy Matthew Cappucci")]),
    ('metadata', "who wrote the rolling stone piece about donna kelce calling tortured poets department swift's best work",
     ["Emily Zemler", "Zemler"],
     [(K, "she said of her son Travis Kelce's girlfriend\n\nBy Emily Zemler")]),
    ('metadata', "What is the title of Maximilian Steinbeis's July 2019 editorial looking back on ten years of Verfassungsblog?",
     ["The First Decade", "First Decade"],
     [(V, "The First Decade\n\nMaximilian Steinbeis\n\nSa 13 Jul 2019")]),
    ('metadata', "When was the Wikimedia Blog post \"Interactive maps, now in your language\" published?",
     ["June 28th, 2018", "June 28, 2018", "28 June 2018", "2018-06-28"],
     [(M, "By Joe Matazzoni, Wikimedia Foundation\n\nJune 28th, 2018")]),
    # unanswerable 39-48
    ('unanswerable', "What was the flight number of the flydubai plane whose engine caught fire after leaving Kathmandu?", [], []),
    ('unanswerable', "what model was the flydubai plane, like which boeing", [], []),
    ('unanswerable', "What was the score of Cameron Norrie's first-round match at the 2023 US Open?", [], []),
    ('unanswerable', "wats the score of burrage vs blinkova", [], []),
    ('unanswerable', "How many tornadoes were confirmed across the central states on Friday, April 26, 2024?", [], []),
    ('unanswerable', "how many ppl died in thursdays storms in kansas", [], []),
    ('unanswerable', "On what exact date was Taylor Swift's album The Tortured Poets Department released?", [], []),
    ('unanswerable', "what did travis kelce say about the tortured poets album", [], []),
    ('unanswerable', "how many comments did the guttenberg plagiarism post get on verfassungsblog", [], []),
    ('unanswerable', "How much did the Map Improvements 2018 project cost the Wikimedia Foundation?", [], []),
]

EXPECT = {'factoid': 8, 'casual': 10, 'paraphrase': 8, 'numeric': 6, 'metadata': 6, 'unanswerable': 10}


def write_jsonl():
    texts, out, counts = {}, [], {}
    for i, (kind, q, ans, ev) in enumerate(Q, 1):
        counts[kind] = counts.get(kind, 0) + 1
        qid = f'f21u-{i:02d}'
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
    with open(os.path.join(HERE, 'page-u.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print(len(out), 'lines', dict(sorted(counts.items())))


def main():
    ap = argparse.ArgumentParser()
    g = ap.add_mutually_exclusive_group()
    g.add_argument('--git', nargs=2, metavar=('FUNDUS', 'HTMLDATE'),
                   help='git dirs of flairNLP/fundus and adbar/htmldate clones or mirrors')
    g.add_argument('--src', help='folder of saved copies (src/)')
    a = ap.parse_args()
    if a.git or a.src:
        build_pages(dict(zip(('fundus', 'htmldate'), a.git)) if a.git else None, a.src)
    if Q:
        write_jsonl()


if __name__ == '__main__':
    sys.exit(main())
