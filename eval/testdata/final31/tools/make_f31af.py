#!/usr/bin/env python3
"""Rebuilds final31's page-af/ corpus and page-af.jsonl.

The six pages are real saved web pages kept as test fixtures by an HTML
content-extraction library not used by earlier sets: chimbori/crux (the
Android/Kotlin article and metadata extractor, a 2016 fork of snacktory),
folder test_data/, read at commit 4aa31ad (the last commit before the
article extractor and its test pages were removed in 365b896). Only pages
that crux itself added or replaced in 2016-2017 were taken, none of the
snacktory/goose pages it inherited (checked by blob against every object of
karussell/snacktory and smallrivers/snacktory, and by title).

    python3 tools/make_f31af.py --git-crux DIR   # from a mirror/clone (saves copies in src/)
    python3 tools/make_f31af.py --src src        # from saved copies
    python3 tools/make_f31af.py                  # only page-af.jsonl

Each page is turned into text by eval/testdata/scrape.py (the shared naive
scraper, used unchanged); the questions are then checked: every quote is an
exact byte substring occurring once in its document, 5-25 words, free of
U+00A0, and holds one of the answers (case folded); the kind counts are as
listed in EXPECT. The eight offtopic lines (ids f31af-ot-NN, as appended to
the earlier 56-line sets) have no answers and no evidence.
"""
import argparse, hashlib, json, os, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(HERE, 'page-af')

CRUX = ('chimbori/crux', '4aa31ad9b6ce3c954edbda3e69be581fafb010f4')

B = 'bbc-migrant-rescue-ship-baby.txt'
T = 'theatlantic-census-income-poverty.txt'
R = 'reddit-hermit-ad-blocker-promo.txt'
L = 'lifehacker-rocket-stove-heating.txt'
V = 'wired-most-dangerous-volcano.txt'
W = 'washingtonpost-hidden-figures-nasa.txt'

# doc: (path in repo, git blob id, saved copy name)
PAGES = {
    B: ('test_data/bbc.html', 'a6115c6bd45af14103e6bf8dbfbe03723e049bc4', 'crux-bbc.html'),
    T: ('test_data/theatlantic.html', '2ffe6c10a5cd7d552931ee91aad50beeee17ee57', 'crux-theatlantic.html'),
    R: ('test_data/reddit.html', 'b42b271b352a01defccb0dd5378a7e2ad8079952', 'crux-reddit.html'),
    L: ('test_data/lifehacker.html', '1776c976702f69164a64a3b8cb98cb62232a5c14', 'crux-lifehacker.html'),
    V: ('test_data/wired-volcano.html', 'f36f3839db408cf4ad86b3781c59c85dcbd333b0', 'crux-wired-volcano.html'),
    W: ('test_data/washingtonpost.html', '25d36bb1026c1211c59f5f3ab2ddb79aad6898cc', 'crux-washingtonpost.html'),
}


def scraper():
    # eval/testdata/scrape.py when this folder sits at eval/testdata/final31/,
    # else the repository's copy
    for p in (os.path.join(HERE, '..', 'scrape.py'), '/work/main/eval/testdata/scrape.py'):
        if os.path.exists(p):
            return os.path.abspath(p)
    sys.exit('scrape.py not found')


def git_blob(data):
    return hashlib.sha1(b'blob %d\0' % len(data) + data).hexdigest()


def build_pages(git=None, srcdir=None):
    scr = scraper()
    os.makedirs(DOCS, exist_ok=True)
    save = os.path.join(HERE, 'src')
    for doc, (path, blob, saved) in PAGES.items():
        if git:
            raw = subprocess.run(['git', '--git-dir', git, 'show', f'{CRUX[1]}:{path}'],
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
    ('factoid', "Which medical charity said the nationality of the baby born on the Mediterranean rescue ship was still under debate?",
     ["MSF", "Médecins Sans Frontières", "Doctors Without Borders"],
     [(B, "Medical charity MSF said because the baby was born in international waters, his nationality was still under debate.")]),
    ('factoid', "On board which rescue ship was Faith Oqunbor's baby born?",
     ["Aquarius", "MV Aquarius"],
     [(B, "A midwife on board the ship MV Aquarius described the birth as")]),
    ('factoid', "Who heads the poverty statistics branch at the Census Bureau, according to The Atlantic?",
     ["Trudi Renwick", "Renwick"],
     [(T, "According to Trudi Renwick, the chief of the poverty statistics branch at the Census Bureau")]),
    ('factoid', "Which app finally kept the transparency of a custom Hermit icon for the Galaxy A5 user who had tried QuickPic?",
     ["Google Photos"],
     [(R, "I tried it with QuickPic (4.5.2) and Samsung Gallery. But as you said, Google Photos did the job, thanks!")]),
    ('factoid', "What did the rocket stove featured by Lifehacker use as its steel drum?",
     ["an old electric hot water tank", "electric hot water tank", "hot water tank"],
     [(L, "you'll need a steel drum of sorts—this particular model used an old electric hot water tank")]),
    ('factoid', "Which volcano does Erik Klemetti name as the most active one?",
     ["Kilauea", "Kilauea in Hawaii"],
     [(V, "Are you talking about a volcano that is most active? That would be Kilauea in Hawaii")]),
    ('factoid', "Which NASA historic preservationist stumbled on the 1943 photograph of a thousand people at Langley?",
     ["Mary Gainer", "Gainer"],
     [(W, "In 2011, Mary Gainer was a historic preservationist for NASA, and she stumbled on a 1943 picture")]),
    ('factoid', "Which actress plays Katherine G. Johnson in the film Hidden Figures?",
     ["Taraji P. Henson", "Taraji Henson", "Henson"],
     [(W, "Katherine G. Johnson (Taraji P. Henson) in gray, flanked by fellow mathematicians")]),
    # casual 09-18
    ('casual', "wat did the parents name the baby born on the rescue boat",
     ["Newman Otas", "Newman"],
     [(B, "MSF said that the baby's parents, Otas and Faith Oqunbor, had named him Newman Otas.")]),
    ('casual', "how long had the mum been having contractions on the rubber boat",
     ["three days", "3 days"],
     [(B, "on the rubber boat and had been having contractions for three days.")]),
    ('casual', "how many ppl got pulled above the poverty line in that census report",
     ["3.5 million", "about 3.5 million", "3,500,000"],
     [(T, "During the same time period about 3.5 million people moved above the poverty threshold")]),
    ('casual', "wats the unemployment rate the atlantic census piece mentions",
     ["4.9 percent", "4.9%", "4.9"],
     [(T, "an unemployment rate that has dropped to 4.9 percent")]),
    ('casual', "how many hermit promo codes did the dev give out per day",
     ["100", "100 promo codes", "a hundred"],
     [(R, "we have 100 promo codes to give away today and another 100 tomorrow")]),
    ('casual', "which lite apps keep logging dog-plops out lol",
     ["Amazon", "Last Pass", "LastPass"],
     [(R, "I have to keep logging in to Lite Apps such as Amazon and Last Pass")]),
    ('casual', "y does hermit even want camera n mic permission",
     ["WebRTC", "real-time video conferencing", "video conferencing"],
     [(R, "Demo: http://html5demos.com/geo\n\nCamera / Microphone: For WebRTC, real-time video conferencing.")]),
    ('casual', "how often u gotta refill a rocket stove",
     ["every 30 minutes", "30 minutes", "half an hour"],
     [(L, "since you're only burning a small amount of wood, you have to refill it every 30 minutes or so")]),
    ('casual', "how many deaths does klemetti count as significant numbers",
     ["over 500", "500", "more than 500"],
     [(V, "What is “significant numbers”? Maybe over 500 deaths?")]),
    ('casual', "wat did miriam mann do with the colored computers sign",
     ["hid it in her purse", "snatched the sign off the table", "purse", "took it home"],
     [(W, "One woman, Miriam Mann, snatched the sign off the table and hid it in her purse")]),
    # paraphrase 19-26
    ('paraphrase', "What feeling did the woman who delivered the infant say gripped her when picturing the birth happening a day sooner at sea?",
     ["horror", "filled with horror"],
     [(B, "I am filled with horror at the thought of what would have happened if this baby had arrived 24 hours earlier")]),
    ('paraphrase', "Which foundation chief argued that poor families and typical wage earners fared better at the close of the 1990s Democratic administration than now?",
     ["Sheldon Danziger", "Danziger"],
     [(T, "Sheldon Danziger, the president of the Russell Sage Foundation, said in a statement.")]),
    ('paraphrase', "Why can't the wrapper app's maker swap its page-drawing engine for Mozilla's?",
     ["Android System WebView", "WebView", "Chromium"],
     [(R, "Not really; it uses the standard Android System WebView based on Chromium.\n\nHow to donate?")]),
    ('paraphrase', "Which local rules and which kind of cover should a would-be builder check before firing up the heater indoors?",
     ["municipality codes", "fire insurance"],
     [(L, "Note that you'll definitely want to look closely at your municipality codes and fire insurance")]),
    ('paraphrase', "Which two sticky, quartz-rich magmas does the volcanologist say make a blast likelier than runny basalt?",
     ["dacite", "rhyolite"],
     [(V, "than a volcano that erupts stickier, more silica-rich lava like dacite or rhyolite")]),
    ('paraphrase', "Which Hollywood disaster movie stands for the big layered mountain when the geologist contrasts it with a small cone?",
     ["Dante's Peak", "Dante’s Peak"],
     [(V, "(Think of this like Volcano — a cinder cone and lava flows, mostly — versus Dante’s Peak")]),
    ('paraphrase', "Before today's space agency existed, which body did the Virginia laboratory belong to until the late 1950s?",
     ["National Advisory Committee for Aeronautics", "NACA"],
     [(W, "which was until 1958 part of NASA’s precursor, the National Advisory Committee for Aeronautics")]),
    ('paraphrase', "Which two careers paid worse than the number-crunching posts these women held?",
     ["teaching and nursing", "teaching", "nursing"],
     [(W, "They were just happy to have work that paid better than the alternatives — teaching and nursing.")]),
    # numeric 27-32
    ('numeric', "How many people were on board the Aquarius when the baby was born, according to MSF's Alva White?",
     ["392"],
     [(B, "She said that the 392 people now on board the Aquarius included seven pregnant women.")]),
    ('numeric', "What was US median household income in 2015, according to the Census data The Atlantic cites?",
     ["$56,516", "56,516", "56516"],
     [(T, "The report showed that median household income climbed to $56,516, a 5.2 percent increase from 2014")]),
    ('numeric', "How many users does the Hermit developer claim in the r/androidapps post?",
     ["49000+", "49000", "49,000", "more than 49,000"],
     [(R, "Fine-grained permissions & privacy controls\n\nNo ads, 4.4+ rating, 49000+ users.")]),
    ('numeric', "How many people died in the 1985 eruption of Nevado del Ruiz?",
     ["28,000", "28000", "twenty-eight thousand"],
     [(V, "Nevado del Ruiz in Colombia in 1985, where 28,000 people died in volcanic mudflows (lahars)")]),
    ('numeric', "By about how much has the world's population grown since 1900, according to Klemetti?",
     ["about 5 billion", "5 billion", "five billion"],
     [(V, "Population has increased by about 5 billion since 1900, so there should be more people living near volcanoes")]),
    ('numeric', "At what age did Katherine Johnson graduate from high school?",
     ["14", "fourteen", "at 14"],
     [(W, "Johnson, a prodigy who graduated high school at 14, tends to deflect in every interview")]),
    # metadata 33-38
    ('metadata', "On what date did BBC News publish \"Baby born on Mediterranean rescue ship\"?",
     ["12 September 2016", "September 12, 2016", "2016-09-12", "12 Sept 2016"],
     [(B, "Baby born on Mediterranean rescue ship\n\n12 September 2016\n\nFrom the section Africa")]),
    ('metadata', "Who wrote The Atlantic's article \"Tiny Sliver of Good News Only a Reminder of the Economy's Overall Terribleness\"?",
     ["Gillian B. White", "Gillian White"],
     [(T, "Gillian B. White\n\nSep 13, 2016\n\nBusiness")]),
    ('metadata', "when was the hermit ad blocker post on r/androidapps submitted",
     ["11 Jun 2016", "June 11, 2016", "11 June 2016", "2016-06-11"],
     [(R, "this post was submitted on 11 Jun 2016")]),
    ('metadata', "Who wrote Lifehacker's \"Build a Rocket Stove to Heat Your Home with Wood Scraps\"?",
     ["Whitson Gordon"],
     [(L, "Build a Rocket Stove to Heat Your Home with Wood Scraps\n\nWhitson Gordon\n\n10/09/10 12:00pm")]),
    ('metadata', "When did WIRED publish Erik Klemetti's \"The 'Most Dangerous' Volcano Can Be a Tricky Thing to Pin Down\"?",
     ["04.10.17", "April 10, 2017", "10 April 2017", "2017-04-10"],
     [(V, "Author: Erik Klemetti. Erik Klemetti\n\nDate of Publication: 04.10.17. 04.10.17")]),
    ('metadata', "Who wrote the Washington Post story on the nearly forgotten black women who helped land a man on the moon?",
     ["Stephanie Merry", "Merry"],
     [(W, "By Stephanie Merry September 13 at 7:00 AM Follow @stephmerry")]),
    # unanswerable 39-48
    ('unanswerable', "How much did baby Newman Otas weigh at birth?", [], []),
    ('unanswerable', "which port did the aquarius drop the rescued migrants at", [], []),
    ('unanswerable', "What was the 2015 median household income of Hispanic households, according to The Atlantic?", [], []),
    ('unanswerable', "wats the child poverty rate in that census report", [], []),
    ('unanswerable', "What is the regular, undiscounted price of Hermit Premium?", [], []),
    ('unanswerable', "when exactly do hermit widgets come out", [], []),
    ('unanswerable', "How much does it cost to build the rocket stove Lifehacker describes?", [], []),
    ('unanswerable', "Which volcano does Erik Klemetti finally rank as the world's most dangerous?", [], []),
    ('unanswerable', "Who directed the film Hidden Figures?", [], []),
    ('unanswerable', "on what date in january does hidden figures open in theaters", [], []),
]

# off-topic questions: nothing the six pages are about
OT = [
    "How do I reverse a linked list in Python?",
    "whats the best way to get red wine out of a carpet",
    "Which language is spoken in Suriname?",
    "hey wats a good stretch for a stiff neck",
    "How long should I steep green tea?",
    "can u suggest a good name for a pet goldfish",
    "What is the plural of octopus?",
    "which chess opening is best for beginners",
]

EXPECT = {'factoid': 8, 'casual': 10, 'paraphrase': 8, 'numeric': 6, 'metadata': 6, 'unanswerable': 10}


def write_jsonl():
    texts, out, counts = {}, [], {}
    for i, (kind, q, ans, ev) in enumerate(Q, 1):
        counts[kind] = counts.get(kind, 0) + 1
        qid = f'f31af-{i:02d}'
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
    assert len(OT) == 8, len(OT)
    for i, q in enumerate(OT, 1):
        out.append({'id': f'f31af-ot-{i:02d}', 'question': q, 'answers': [], 'evidence': [],
                    'kind': 'offtopic', 'answerable': False})
    assert len({o['question'] for o in out}) == len(out)
    with open(os.path.join(HERE, 'page-af.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    counts['offtopic'] = len(OT)
    print(len(out), 'lines', dict(sorted(counts.items())))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--git-crux', help='git dir of a chimbori/crux clone or mirror')
    ap.add_argument('--src', help='folder of saved copies (see PAGES)')
    a = ap.parse_args()
    if a.git_crux:
        build_pages(a.git_crux, None)
    elif a.src:
        build_pages(None, a.src)
    if Q:
        write_jsonl()


if __name__ == '__main__':
    sys.exit(main())
