#!/usr/bin/env python3
"""Rebuilds final28's page-ac/ corpus and page-ac.jsonl.

The six pages are real saved web pages kept as test fixtures by two
extraction libraries whose GitHub owner names start with n-z:
Strumenta/SmartReader (C# port of Readability, its own test pages, not the
copies of Mozilla's) and thatguystone/swan (Go port of Goose, its own
"processors/default" pages, not the copies of python-goose's).

    python3 tools/make_page_ac.py --git-smartreader DIR --git-swan DIR   # from mirrors/clones
    python3 tools/make_page_ac.py --src src                             # from saved copies
    python3 tools/make_page_ac.py                                       # only page-ac.jsonl

Each page is turned into text by eval/testdata/scrape.py (the shared naive
scraper, used unchanged); the questions are then checked: every quote is an
exact byte substring occurring once in its document, 5-25 words, free of
U+00A0, and holds one of the answers (case folded); the kind counts are as
listed in EXPECT.
"""
import argparse, hashlib, json, os, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(HERE, 'page-ac')

SMARTREADER = ('Strumenta/SmartReader', '882c7073fcdc3afa478c389ae5a960334ae58146')
SWAN = ('thatguystone/swan', 'd1079a5d0c05df346bbf2d45553715a1688fa1ef')

L = 'latimes-polar-star-icebreaker.txt'
K = 'kotaku-destiny-2-burnout.txt'
D = 'dzone-best-programming-languages.txt'
H = 'iflscience-hubble-deep-field.txt'
N = 'npr-binge-watching-depression.txt'
M = 'mumsnet-second-child-looks-like-mum.txt'

# doc: (repo key, path in repo, git blob id, saved copy name)
PAGES = {
    L: ('smartreader', 'src/SmartReaderTests/test-pages/latimes-metadata-image/source.html',
        '191490b5625874c97c7369b8f7260c2991493ba6', 'smartreader-latimes-metadata-image.html'),
    K: ('smartreader', 'src/SmartReaderTests/test-pages/kotaku/source.html',
        'a379c2c2df952024e446fe871dd47d4cd25cb7be', 'smartreader-kotaku.html'),
    D: ('smartreader', 'src/SmartReaderTests/test-pages/dzone/source.html',
        '04e0ab274cf425c6363a9e5b74cc472f8adfd71f', 'smartreader-dzone.html'),
    M: ('smartreader', 'src/SmartReaderTests/test-pages/mumsnet/source.html',
        '7fbbfefd4a4470623e5518527a1b33bf5b7b18fe', 'smartreader-mumsnet.html'),
    H: ('swan', 'test_data/processors/default/iflscience.com-1.in',
        'f3419ea36bb3f401593b5ce16172ea3092f7ea70', 'swan-iflscience.com-1.in'),
    N: ('swan', 'test_data/processors/default/npr.in',
        '0f33c8767729247d48d2345886333d1502ba850b', 'swan-npr.in'),
}


def scraper():
    # eval/testdata/scrape.py when this folder sits at eval/testdata/final28/,
    # else the repository's copy
    for p in (os.path.join(HERE, '..', 'scrape.py'), '/work/main/eval/testdata/scrape.py'):
        if os.path.exists(p):
            return os.path.abspath(p)
    sys.exit('scrape.py not found')


def git_blob(data):
    return hashlib.sha1(b'blob %d\0' % len(data) + data).hexdigest()


def build_pages(gits=None, srcdir=None):
    scr = scraper()
    os.makedirs(DOCS, exist_ok=True)
    save = os.path.join(HERE, 'src')
    commits = {'smartreader': SMARTREADER[1], 'swan': SWAN[1]}
    for doc, (repo, path, blob, saved) in PAGES.items():
        if gits:
            raw = subprocess.run(['git', '--git-dir', gits[repo], 'show', f'{commits[repo]}:{path}'],
                                 check=True, capture_output=True).stdout
            os.makedirs(save, exist_ok=True)
            with open(os.path.join(save, saved), 'wb') as f:
                f.write(raw)
        else:
            raw = open(os.path.join(srcdir, saved), 'rb').read()
        assert git_blob(raw) == blob, (doc, 'blob differs')
        tmp = os.path.join(DOCS, '.tmp.html')
        with open(tmp, 'wb') as f:
            f.write(raw)
        out = subprocess.run([sys.executable, scr, tmp], check=True, capture_output=True).stdout
        os.remove(tmp)
        with open(os.path.join(DOCS, doc), 'wb') as f:
            f.write(out)
        print(doc, len(out.decode('utf-8').split()), 'words')


# (kind, question, answers, [(doc, quote)])
Q = [
    # factoid 01-08
    ('factoid', "Who is the chief engineer of the Coast Guard icebreaker Polar Star in the Los Angeles Times story?",
     ["Brad Jopling", "Jopling"],
     [(L, "chief engineer Brad Jopling, the son of a Montana heavy-equipment mechanic")]),
    ('factoid', "Which shipbuilder's engineers shaped the Polar Star's hardened-steel hull?",
     ["Lockheed Shipbuilding & Construction Co.", "Lockheed Shipbuilding", "Lockheed"],
     [(L, "Engineers at Lockheed Shipbuilding & Construction Co. shaped its hardened-steel hull")]),
    ('factoid', "Which Destiny 2 expansion had launched nearly six months before Kotaku's burnout column?",
     ["The Witch Queen", "Witch Queen"],
     [(K, "The Witch Queen, one of Destiny 2’s best and most ambitious expansions ever, launched nearly six months ago.")]),
    ('factoid', "According to the DZone article, which programming language could Twitter simply not work with?",
     ["Ruby"],
     [(D, "Twitter simply could not work with Ruby, while Facebook could work with PHP")]),
    ('factoid', "In which constellation lies the patch of sky imaged in Hubble's eXtreme Deep Field?",
     ["Fornax"],
     [(H, "This insignificant patch of sky in the fairly obscure constellation of Fornax")]),
    ('factoid', "Who was the lead researcher of the University of Texas at Austin study linking binge-watching and depression?",
     ["Yoon Hi Sung", "Sung"],
     [(N, "Yoon Hi Sung, a doctoral student at the University of Texas at Austin and the lead researcher in the study")]),
    ('factoid', "At which conference were the University of Texas researchers going to present their binge-watching findings?",
     ["International Communication Association conference", "International Communication Association", "ICA"],
     [(N, "The researchers will present their findings at the International Communication Association conference in May.")]),
    ('factoid', "Which poster in the Mumsnet thread says she has an identical twin whose children look like her?",
     ["Phillipa12"],
     [(M, "Phillipa12 · 20/07/2021 11:53\n\nI have 4dc and they all look like me, my identical twin has 3 dc")]),
    # casual 09-18
    ('casual', "how many icebreakers is russia gonna have vs the polar star",
     ["more than 50", "50", "over 50", "50+"],
     [(L, "While Russia will soon have more than 50 icebreakers, the fire-engine-red ship lumbers on as a Cold War relic.")]),
    ('casual', "wat did the petty officer use to fix the generator on the icebreaker lol",
     ["surfboard repair kit", "a surfboard repair kit", "surfboard kit"],
     [(L, "A petty officer who used a surfboard repair kit to fix a generator, saving the ship from encroaching ice")]),
    ('casual', "wats the main seasonal activity in season of the haunted",
     ["Containment"],
     [(K, "The main seasonal activity, Containment, wasn’t much better.")]),
    ('casual', "when is bungie showing off lightfall n stuff? kotaku said theres a showcase",
     ["August 23", "Aug 23", "Aug. 23", "23 August"],
     [(K, "reveal its next expansion, Lightfall, and more at a showcase on August 23")]),
    ('casual', "wat dialect of php did facebook come up w",
     ["Hack"],
     [(D, "In fact, they also invented a dialect of PHP called Hack.")]),
    ('casual', "how many galaxies did the first hubble deep field pic show",
     ["around 3,000", "3,000", "3000", "3k"],
     [(H, "the final image revealed around 3,000 galaxies, most of which would otherwise have never been seen")]),
    ('casual', "whats the most distant object in the hxdf called, its like a number right??",
     ["39546284"],
     [(H, "One of these objects, dubbed 39546284 in the zoomed picture above, is thought to be the most distant")]),
    ('casual', "how long is the pause b4 netflix autoplays the next ep",
     ["15-second", "15 seconds", "15 second", "fifteen seconds"],
     [(N, "When an episode ends, there's a 15-second pause and then the next episode in the season starts automatically.")]),
    ('casual', "wat did the op on mumsnet read about which parent the 1st n 2nd baby look like",
     ["first baby is always dad and second is Mum", "first baby is always dad", "second is Mum"],
     [(M, "I read somewhere first baby is always dad and second is Mum")]),
    ('casual', "who said its just random in that mumsnet thread about 2nd kids looking like mum",
     ["RandomMess"],
     [(M, "RandomMess · 20/07/2021 11:51\n\nIt's just random")]),
    # paraphrase 19-26
    ('paraphrase', "What did the sailors have to live on for seven days after seawater wrecked the galley's upper baking appliance?",
     ["cold cuts"],
     [(L, "destroyed the top oven, subjecting the crew to cold cuts for a week")]),
    ('paraphrase', "With the federal funding lapse leaving the sailors unpaid, what did the Antarctic researchers chip in for once the vessel tied up?",
     ["$1,500 bar tab", "a $1,500 bar tab", "bar tab", "passed the hat"],
     [(L, "scientists passed the hat for a $1,500 bar tab at the station’s three watering holes")]),
    ('paraphrase', "Because of which mechanic does the columnist say the new weapon-making system became just more gambling?",
     ["Deepsight Resonance", "Deepsight"],
     [(K, "Instead, thanks to the Deepsight Resonance mechanic, it’s just another form of lottery.")]),
    ('paraphrase', "Which game and which TV series did the writer realise he could be enjoying rather than grinding the summer armour event?",
     ["Xenoblade Chronicles 3", "The Boys", "Xenoblade"],
     [(K, "remembered I could be playing Xenoblade Chronicles 3 and catching up on The Boys instead")]),
    ('paraphrase', "In the developer-site essay, how long does picking up an unfamiliar coding tongue reasonably take, as opposed to mastering it?",
     ["a month or two", "month or two", "one or two months"],
     [(D, "it is reasonably possible to learn a new language in a month or two")]),
    ('paraphrase', "By what factor do requests for the orbiting observatory's equipment typically exceed the time on offer?",
     ["six or seven times", "6 or 7 times", "six or seven"],
     [(H, "demand for Hubble’s instruments outstrips availability by six or seven times")]),
    ('paraphrase', "At which school does the business academic who admires marathon viewers' focus and ability to follow several plots teach?",
     ["Siena College", "Siena"],
     [(N, "Raj Devasagayam, a professor of marketing at Siena College who was the lead author of the 2014 study")]),
    ('paraphrase', "Which in-law of one poster doubted that her blue-eyed blonde younger daughter was really her husband's child?",
     ["MIL", "mother-in-law", "her mother-in-law"],
     [(M, "MIL did actually question DD2’s paternity!")]),
    # numeric 27-32
    ('numeric', "How long is the Polar Star's hull?",
     ["399 feet", "399 ft", "399-foot", "399"],
     [(L, "shaped its hardened-steel hull — 399 feet long and 83 feet wide")]),
    ('numeric', "For how much will the Mississippi company build the Coast Guard's new heavy icebreaker?",
     ["$746million", "$746 million", "746 million", "$746m"],
     [(L, "a Mississippi company would build a new heavy icebreaker by 2024 for $746million")]),
    ('numeric', "How many new Crucible maps has Destiny 2 received in the last seven seasons, according to Kotaku?",
     ["four", "4"],
     [(K, "Crucible has only received four new maps in the last seven seasons")]),
    ('numeric', "How much exposure time went into the Hubble eXtreme Deep Field image?",
     ["2m seconds", "2 million seconds", "more than 23 days", "23 days"],
     [(H, "The HXDF image is the result of 2m seconds (more than 23 days) of exposure time")]),
    ('numeric', "How many of the people who answered the University of Texas online survey met the definition of binge-watching?",
     ["237"],
     [(N, "Of the 316 people who answered an online survey, 237 met the researchers' definition of binge-watching.")]),
    ('numeric', "In the DZone article's example, from how many users on would language X be the better choice?",
     ["5 million", "five million", "5,000,000", "5m"],
     [(D, "imagine that you can determine that language X would be better if you have 5 million users or more")]),
    # metadata 33-38
    ('metadata', "On what date did the Los Angeles Times publish Richard Read's story on the Polar Star icebreaker?",
     ["Aug. 2, 2019", "August 2, 2019", "2 August 2019", "Aug 2, 2019", "2019-08-02"],
     [(L, "Richard Read\n\nAug. 2, 2019\n\n3 AM")]),
    ('metadata', "Who wrote Kotaku's column \"The Destiny 2 Burnout Is Real Right Now\"?",
     ["Ethan Gach", "Gach"],
     [(K, "By\n\nEthan Gach\n\nTuesday 4:45PM\n\nComments (52)")]),
    ('metadata', "When was Gabriele Tomassetti's \"The Best Programming Languages for Each Situation, Part 1\" published on DZone?",
     ["Jun. 10, 17", "June 10, 2017", "10 June 2017", "Jun. 10, 2017", "2017-06-10"],
     [(D, "Gabriele Tomassetti\n\n·\n\nJun. 10, 17 · Agile Zone")]),
    ('metadata', "Where was the Hubble deep field article that IFLScience ran originally published?",
     ["The Conversation"],
     [(H, "This article was originally published on The Conversation. Read the original article.")]),
    ('metadata', "who wrote the npr shots piece does binge-watching make us depressed",
     ["Poncie Rutsch", "Rutsch"],
     [(N, "Does Binge-Watching Make Us Depressed? Good Question\n\nFebruary 04, 2015 1:35 PM ET\n\nPoncie Rutsch")]),
    ('metadata', "Which user started the Mumsnet thread \"Second child looks more like Mum?\"",
     ["sunsandwaves"],
     [(M, "Second child looks more like Mum?\n\n62\n\nsunsandwaves · 20/07/2021 11:16")]),
    # unanswerable 39-48
    ('unanswerable', "What is the name of the Mississippi company that will build the Coast Guard's new heavy icebreaker?", [], []),
    ('unanswerable', "how many crew r on board the polar star for the antarctica trip", [], []),
    ('unanswerable', "wats the name of the new destiny 2 season starting later this month", [], []),
    ('unanswerable', "How many people play Destiny 2 each day, according to Kotaku's burnout column?", [], []),
    ('unanswerable', "Which languages does Part 2 of the DZone article recommend for game development?", [], []),
    ('unanswerable', "how many views does the dzone best programming languages article have", [], []),
    ('unanswerable', "What was the name given to the southern-hemisphere deep field that Hubble took in 1998?", [], []),
    ('unanswerable', "How much did it cost to build the Hubble Space Telescope?", [], []),
    ('unanswerable', "On average, how many hours of TV a week did the binge-watchers in the University of Texas study watch?", [], []),
    ('unanswerable', "wat colour eyes does the mumsnet OP's first baby have", [], []),
]

EXPECT = {'factoid': 8, 'casual': 10, 'paraphrase': 8, 'numeric': 6, 'metadata': 6, 'unanswerable': 10}


def write_jsonl():
    texts, out, counts = {}, [], {}
    for i, (kind, q, ans, ev) in enumerate(Q, 1):
        counts[kind] = counts.get(kind, 0) + 1
        qid = f'f28ac-{i:02d}'
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
    with open(os.path.join(HERE, 'page-ac.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print(len(out), 'lines', dict(sorted(counts.items())))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--git-smartreader', help='git dir of a Strumenta/SmartReader clone or mirror')
    ap.add_argument('--git-swan', help='git dir of a thatguystone/swan clone or mirror')
    ap.add_argument('--src', help='folder of saved copies (see PAGES)')
    a = ap.parse_args()
    if a.git_smartreader or a.git_swan:
        assert a.git_smartreader and a.git_swan, 'give both --git-smartreader and --git-swan'
        build_pages({'smartreader': a.git_smartreader, 'swan': a.git_swan}, None)
    elif a.src:
        build_pages(None, a.src)
    write_jsonl()


if __name__ == '__main__':
    sys.exit(main())
