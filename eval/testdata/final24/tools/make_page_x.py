#!/usr/bin/env python3
"""Rebuilds page-x/ from its sources and writes page-x.jsonl.

The six pages are HTML test fixtures of smallrivers/snacktory (a fork of
karussell/snacktory kept by Reynald Borer and others at Small Rivers /
paper.li). All six were added in the fork and are not in karussell/snacktory
(checked by blob id and file name over karussell's whole history). Each
.html is passed, unchanged, to the shared naive scraper
eval/testdata/scrape.py, as final11-final22 did.

    cd <set dir>                          # the folder holding page-x/ and tools/
    python3 tools/make_page_x.py --git /work/.mirror/smallrivers+snacktory/repo
    python3 tools/make_page_x.py --src src    # from saved src/<name>.html copies
    python3 tools/make_page_x.py              # only (re)write page-x.jsonl

With --git, the blob of each .html is checked against the one recorded
below and a copy is saved in src/. Then page-x.jsonl is written from the
questions below, asserting that every quote is an exact byte substring
occurring once in its document, has 5-25 words, contains no U+00A0 and holds
at least one answer string (case-insensitive), that unanswerable lines carry
no answers or evidence, and that the kind counts are as listed.
"""
import argparse, hashlib, json, os, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(HERE, 'page-x')
SNAPSHOT = '6a87f3f19d13843166dd689760cbdc2ff3af34f6'  # smallrivers/snacktory, "Back to snapshot version", 2020-04-24


def scraper():
    for p in (os.path.join(HERE, '..', 'scrape.py'),              # eval/testdata/final24/../scrape.py
              '/work/main/eval/testdata/scrape.py'):
        if os.path.exists(p):
            return os.path.abspath(p)
    sys.exit('scrape.py not found (eval/testdata/scrape.py)')


N = 'healthcareitnews-kansas-hie-cdc-biosense.txt'
H = 'huffpost-49ers-bruce-miller-arrest.txt'
M = 'medialine-coronavirus-treatment-months.txt'
P = 'people-ryan-seacrest-marriage.txt'
B = 'spinsucks-communications-trends-2015.txt'
G = 'murray-senate-central-kitsap-impact-aid.txt'

RES = 'src/test/resources/de/jetwick/snacktory/'
# document -> (path in the repository at SNAPSHOT, git blob of the .html)
PAGES = {
    N: (RES + 'healthcareitnews.html', '496300854f8dce2227c17cfd0d1cc3caef14db4a'),
    H: (RES + 'huffingtonpost3.html', '0807d29c4059fa731763251b16c1c06d2116a5d1'),
    M: (RES + 'Coronavirus_The Media Line.html', '6f2c4c69727b7d0d8a9cc6fc46687712931f8ff9'),
    P: (RES + 'people.html', '5052f1ebba4680391231d1d82b85cd118edce479'),
    B: (RES + 'spinsucks.html', 'c06f53e13421f2126aec89e5f3f031aba7cd54a5'),
    G: ('test_data/murray_senate_gov.html', '8e09dac673a6bb1c25eaed6b09c1538ff5c11efd'),
}


def git_blob(data):
    return hashlib.sha1(b'blob %d\0' % len(data) + data).hexdigest()


def build_pages(gitdir=None, srcdir=None):
    scr = scraper()
    os.makedirs(DOCS, exist_ok=True)
    save = os.path.join(HERE, 'src')
    for doc, (rel, blob) in PAGES.items():
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
    ('factoid', "Who is the executive director of the Kansas Health Information Network (KHIN)?",
     ["Laura McCrary", "McCrary"],
     [(N, "said Laura McCrary, executive director of KHIN.")]),
    ('factoid', "What is the name of ICA's health information exchange platform that KHIN will be using?",
     ["CareAlign"],
     [(N, "KHIN will be tapping interoperability solutions provider ICA for its CareAlign health information exchange platform.")]),
    ('factoid', "Which police spokesman said Bruce Miller had been taken into custody and had posted bail?",
     ["Kurt Clarke", "Clarke"],
     [(H, "has since posted bail, said Santa Clara Police spokesman Kurt Clarke.")]),
    ('factoid', "Which experimental Gilead Sciences antiviral does Rivka Abulafia-Lapid see as a front-runner against COVID-19?",
     ["remdesivir"],
     [(M, "California-based biotech company Gilead Sciences’s experimental antiviral drug remdesivir")]),
    ('factoid', "Of which school is Prof. Peter Jay Hotez the dean?",
     ["National School of Tropical Medicine", "Baylor College of Medicine"],
     [(M, "the dean of the Baylor College of Medicine’s National School of Tropical Medicine in Houston, Texas")]),
    ('factoid', "Which actress did Ryan Seacrest split with in 2013?",
     ["Julianne Hough", "Hough"],
     [(P, "who split with actress Julianne Hough in 2013")]),
    ('factoid', "Who is the Talkwalker community manager who emailed Gini Dietrich about her list of predictions?",
     ["Julie Hong"],
     [(B, "Julie Hong, the community manager for Talkwalker, emailed me the other day")]),
    ('factoid', "With which Republican senator did Patty Murray write the Every Child Achieves Act?",
     ["Lamar Alexander", "Alexander"],
     [(G, "wrote the Every Child Achieves Act with her Republican counterpart, Sen. Lamar Alexander of Tennessee.")]),
    # casual 09-18
    ('casual', "wats the cdc system kansas is sending its patient data to",
     ["BioSense"],
     [(N, "have begun sharing anonymous patient data with BioSense, a public health system coordinated by the Centers for Disease Control")]),
    ('casual', "whos the ICA ceo quoted in the kansas hie story",
     ["Gary Zegiestowsky", "Zegiestowsky"],
     [(N, "said ICA chief executive officer, Gary Zegiestowsky.")]),
    ('casual', "how old is bruce miller, the 49ers guy who got arrested",
     ["27"],
     [(H, "Miller, 27, was taken into custody last Thursday on the spousal battery charge")]),
    ('casual', "which nfl players got charged w domestic violence in 2014 b4 the league changed its policy??",
     ["Adrian Peterson", "Ray Rice"],
     [(H, "Several top National Football League players, including Adrian Peterson and Ray Rice, were charged with domestic violence in 2014")]),
    ('casual', "how many covid vaccines r in development worldwide acc to the WHO",
     ["more than 20", "over 20", "20 vaccines"],
     [(M, "More than 20 vaccines are in development globally, and several therapeutics are in clinical trials")]),
    ('casual', "how many drugs does israel have lined up 4 trials on covid patients",
     ["11", "eleven"],
     [(M, "Israel already has 11 different drugs for trial")]),
    ('casual', "who was ryan seacrest dating back then? not julianne the new one",
     ["Shayna Taylor", "Shayna"],
     [(P, "is currently dating model-trainer Shayna Taylor, 23.")]),
    ('casual', "seacrests new mens clothing line is for which store",
     ["Macy's", "Macys", "Macy’s"],
     [(P, "a new men's clothing and accessories line for Macy's")]),
    ('casual', "whats the media model gini keeps calling her beloved one",
     ["PESO", "PESO model"],
     [(B, "the integration of the four media types (my beloved PESO model)")]),
    ('casual', "how much $$ could central kitsap get back from the unobligated funds",
     ["$14 million", "14 million", "$14m"],
     [(G, "release up to $14 million in unobligated funds to CKSD")]),
    # paraphrase 19-26
    ('paraphrase', "Before this electronic link, what did health agencies have to depend on to gauge dangers in the prairie state?",
     ["phone calls or fax", "phone calls", "phone or fax"],
     [(N, "more quickly than in the past when it was necessary to rely on phone calls or fax.")]),
    ('paraphrase', "Which Kansas government disease-tracking chief welcomed the new feed as giving his agency information it could never obtain before?",
     ["Charles Hunt", "Hunt"],
     [(N, "said Charles Hunt, state epidemiologist and director of the Bureau of Epidemiology and Public Health Informatics")]),
    ('paraphrase', "Which California daily got a statement from the football club even though the club had not replied to other press inquiries right away?",
     ["Sacramento Bee", "the Sacramento Bee"],
     [(H, "The 49ers did not immediately respond to requests for comment but told the Sacramento Bee newspaper")]),
    ('paraphrase', "What will probably be the first available remedy, built from defensive proteins in the blood of people who have already beaten the illness, according to the Texas virus expert?",
     ["convalescent serum antibody therapy", "convalescent serum", "antibody therapy", "convalescent plasma"],
     [(M, "the earliest treatment that could work against COVID-19 would be a convalescent serum antibody therapy")]),
    ('paraphrase', "Which drugmaker from the Jewish state pledged a vast quantity of antimalarial tablets to American medical centres?",
     ["Teva"],
     [(M, "Israeli pharmaceutical giant Teva, meanwhile, announced last week that it would donate more than 6 million doses")]),
    ('paraphrase', "How is the talent-show presenter's mum described as earning her living?",
     ["homemaker", "Atlanta homemaker"],
     [(P, "says Connie Seacrest, an Atlanta homemaker, who works with her husband Gary")]),
    ('paraphrase', "Which two platforms does the public-relations writer give as instances of boosting content with a budget?",
     ["Outbrain", "Sprinklr"],
     [(B, "This may be in the form of paid amplification (think Outbrain or Sprinklr)")]),
    ('paraphrase', "Which kinds of households is the national government's schooling subsidy at the heart of the Washington senators' announcement meant to support?",
     ["military families", "tribal communities", "children living in tribal communities"],
     [(G, "provides federal funding for areas with high populations of military families and children living in tribal communities.")]),
    # numeric 27-32
    ('numeric', "How large an area, in square miles, does KHIN gather health information from?",
     ["85,000", "85000"],
     [(N, "in an area that covers 85,000 square miles and includes a population of approximately 3 million.")]),
    ('numeric', "How many years had Bruce Miller played in the NFL when he was arrested?",
     ["five-year", "five years", "5 years", "5-year"],
     [(H, "Five-year NFL veteran Bruce Miller, a fullback with the San Francisco 49ers")]),
    ('numeric', "How many people had died of COVID-19 worldwide according to The Media Line's report on possible treatments?",
     ["18,000", "18000"],
     [(M, "More than 410,000 people have been diagnosed with COVID-19 and over 18,000 have died.")]),
    ('numeric', "For how many years have Ryan Seacrest's parents been married, as he puts it?",
     ["40-plus", "40 plus", "more than 40 years", "over 40 years"],
     [(P, "I look at what my mom and dad have had for 40-plus years")]),
    ('numeric', "Roughly how many blog posts has Gini Dietrich written, according to the Spin Sucks webinar blurb?",
     ["2,000", "2000"],
     [(B, "Gini's penned *roughly* 2,000 blog posts")]),
    ('numeric', "How long was the funding loss that threatened Central Kitsap School District's opportunities, according to Senator Cantwell?",
     ["four-year", "four years", "4 years", "4-year"],
     [(G, "opportunities that were threatened by a four-year funding loss")]),
    # metadata 33-38
    ('metadata', "When was the Healthcare IT News story about the Kansas HIE sharing data with the CDC published?",
     ["November 28, 2012", "Nov. 28, 2012", "Nov 28, 2012", "28 November 2012", "2012-11-28"],
     [(N, "Project assists providers with meeting Stage 2 requirements\n\nTOPEKA, KS | November 28, 2012")]),
    ('metadata', "Which news agency is credited as the byline of HuffPost Sports' story on Bruce Miller's arrest?",
     ["Reuters"],
     [(H, "Arrested On Domestic Violence Charges\n\nReuters\n\nPosted: 03/10/2015 12:08 am EDT")]),
    ('metadata', "who wrote the media line piece saying a coronavirus treatment could be ready in a matter of months",
     ["Maya Margit", "Margit"],
     [(M, "Coronavirus Treatment Could Be Ready in ‘Matter of Months’\n\nMaya Margit\n\n03/24/2020")]),
    ('metadata', "Who wrote People.com's article \"Ryan Seacrest on Marriage: 'I Want What My Mom and Dad Have'\"?",
     ["Elizabeth Leonard"],
     [(P, "By Elizabeth Leonard\n\n@lizzleonard1\n\n08/20/2014 AT 09:15 AM EDT")]),
    ('metadata', "On what date was the Spin Sucks post \"The Five Communications Trends for 2015\" published?",
     ["December 9, 2014", "Dec 9, 2014", "Dec. 9, 2014", "9 December 2014", "2014-12-09"],
     [(B, "The Five Communications Trends for 2015\n\nBy: Gini Dietrich | December 9, 2014")]),
    ('metadata', "What is the headline of Senator Patty Murray's July 16, 2015 news release about the Central Kitsap School District?",
     ["Murray & Cantwell Applaud Advancement of Key Provision to Help Central Kitsap School District",
      "Murray & Cantwell Applaud Advancement of Key Provision", "Murray and Cantwell Applaud Advancement of Key Provision"],
     [(G, "Printer Friendly\n\nMurray & Cantwell Applaud Advancement of Key Provision to Help Central Kitsap School District\n\nJul 16 2015")]),
    # unanswerable 39-48
    ('unanswerable', "How many Kansas hospitals send their data through KHIN?", [], []),
    ('unanswerable', "how much did the cdc spend redesigning biosense", [], []),
    ('unanswerable', "What is the name of Bruce Miller's wife?", [], []),
    ('unanswerable', "how much was bruce millers bail", [], []),
    ('unanswerable', "What was the name of the coronavirus vaccine Peter Hotez's team developed after the SARS outbreak?", [], []),
    ('unanswerable', "how many ppl had died of covid in israel when the media line wrote this", [], []),
    ('unanswerable', "Where did Ryan Seacrest celebrate his 40th birthday?", [], []),
    ('unanswerable', "wats ryan seacrests macys clothing line actually called", [], []),
    ('unanswerable', "What were the five predictions on Julie Hong's Talkwalker list?", [], []),
    ('unanswerable', "how many students r in the central kitsap school district", [], []),
]

EXPECT = {'factoid': 8, 'casual': 10, 'paraphrase': 8, 'numeric': 6, 'metadata': 6, 'unanswerable': 10}


def write_jsonl():
    texts, out, counts = {}, [], {}
    for i, (kind, q, ans, ev) in enumerate(Q, 1):
        counts[kind] = counts.get(kind, 0) + 1
        qid = f'f24x-{i:02d}'
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
    with open(os.path.join(HERE, 'page-x.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print(len(out), 'lines', dict(sorted(counts.items())))


def main():
    ap = argparse.ArgumentParser()
    g = ap.add_mutually_exclusive_group()
    g.add_argument('--git', help='git dir of a smallrivers/snacktory clone or mirror')
    g.add_argument('--src', help='folder of saved <name>.html copies')
    a = ap.parse_args()
    if a.git or a.src:
        build_pages(a.git, a.src)
    if Q:
        write_jsonl()


if __name__ == '__main__':
    sys.exit(main())
