#!/usr/bin/env python3
"""Rebuilds page-p/ from its sources and writes page-p.jsonl.

The six pages are HTML files of scrapinghub/article-extraction-benchmark
(html/<sha256>.html.gz, added in commit 11b407d4, "Article extraction
benchmark release", 2020-01-14). Each is gunzipped and passed, unchanged, to
the shared naive scraper eval/testdata/scrape.py, as final11-final15 did.

    cd <set dir>                          # the folder holding page-p/ and tools/
    python3 tools/make_page_p.py --git /work/.mirror/scrapinghub+article-extraction-benchmark/repo
    python3 tools/make_page_p.py --src src    # from saved src/<sha256>.html.gz copies
    python3 tools/make_page_p.py              # only (re)write page-p.jsonl

With --git, the blob of each .html.gz is checked against the one recorded
below and a copy is saved in src/. Then page-p.jsonl is written from the
questions below, asserting that every quote is an exact byte substring
occurring once in its document, has 5-25 words, contains no U+00A0 and holds
at least one answer string (case-insensitive), that unanswerable lines carry
no answers or evidence, and that the kind counts are as listed.
"""
import argparse, gzip, hashlib, json, os, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(HERE, 'page-p')
COMMIT = '11b407d43934becc20873bb3dcd5e3d2591746d3'  # adds all html/*.html.gz
SNAPSHOT = '4a3bc979f76c0df73cb95fe272e2fc1b96f9f010'  # the snapshot read; same blobs


def scraper():
    for p in (os.path.join(HERE, '..', 'scrape.py'),              # eval/testdata/final16/../scrape.py
              '/work/main/eval/testdata/scrape.py'):
        if os.path.exists(p):
            return os.path.abspath(p)
    sys.exit('scrape.py not found (eval/testdata/scrape.py)')


S = 'physorg-hibernating-astronauts.txt'
W = 'twincities-wild-beat-sabres.txt'
D = 'billboard-doobie-brothers-tour.txt'
J = 'antijunecleaver-spiced-honey-pear-jam.txt'
G = 'givewell-evidence-action-beta-grant.txt'
E = 'timesunion-pge-power-shutoff.txt'

# document -> (html/<name>.html.gz in the benchmark, git blob of the .gz)
PAGES = {
    S: ('e1c7023ee2148901b086256fdd30a0893d10b0720b510d5ff07a021109347266', 'c6f88dd4928b746f822d7188631f64c61311f1ee'),
    W: ('264dc3ae31249cb1f50c50986e0952a4708c2e705d18a2d8bf0e525da6e2b485', 'ead9774e640fe7a89d6ef6fc3a499e0a61bcb45b'),
    D: ('9cb8224b660f36c932823ab613fb76a07928fcbc41956c4c1f96f4ecab9202aa', '03cd7b067aab4f46248ccaa8f553a274a165e053'),
    J: ('4219d096902dad9fd9d57e881e7928ca66bdf5334c2bc7dfddaa264887777a7a', 'e47b9cf4e08c97cdb8147d204984285905169d21'),
    G: ('ad9e9e596f21a6812fae27b5d9d622359826c368e471d7d5ff9ac4676eaac9cd', 'a3671dc7f697747c2d5929766c47d4fe2f912acd'),
    E: ('d0382c0d9573a0a7beb1e649012d04ec7275ac23513ca6ca59e51477b028283c', '674ed385dadcc1b851b3b24ee10b909261fe9231'),
}


def git_blob(data):
    return hashlib.sha1(b'blob %d\0' % len(data) + data).hexdigest()


def build_pages(gitdir=None, srcdir=None):
    scr = scraper()
    os.makedirs(DOCS, exist_ok=True)
    save = os.path.join(HERE, 'src')
    for doc, (name, blob) in PAGES.items():
        rel = f'html/{name}.html.gz'
        if gitdir:
            gz = subprocess.run(['git', '--git-dir', gitdir, 'show', f'{COMMIT}:{rel}'],
                                check=True, capture_output=True).stdout
            os.makedirs(save, exist_ok=True)
            with open(os.path.join(save, f'{name}.html.gz'), 'wb') as f:
                f.write(gz)
        else:
            gz = open(os.path.join(srcdir, f'{name}.html.gz'), 'rb').read()
        assert git_blob(gz) == blob, (doc, 'blob differs')
        html = gzip.decompress(gz)
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
    ('factoid', "Which ESA facility did the SciSpacE team call in to assess the advantages of human hibernation for a trip to Mars?",
     ["Concurrent Design Facility", "CDF"],
     [(S, "Now the Agency's SciSpacE team has called in ESA's Concurrent Design Facility")]),
    ('factoid', "Which Minnesota Wild goalie stopped 30 shots in the 4-1 win over the Buffalo Sabres?",
     ["Alex Stalock", "Stalock"],
     [(W, "Wild goalie Alex Stalock, who subbed for the struggling Devan Dubnyk, looked strong in his 10th outing this season, stopping 30 shots.")]),
    ('factoid', "Which producer have the Doobie Brothers been working with in the studio on the songs for their planned EP?",
     ["John Shanks", "Shanks"],
     [(D, "the Doobies have been in the studio with producer John Shanks (Bon Jovi, Sheryl Crow, Goo Goo Dolls, Miley Cyrus)")]),
    ('factoid', "In which city will the Doobie Brothers' 50th Anniversary Tour open in June 2020?",
     ["West Palm Beach"],
     [(D, "The four-time Grammy winning band will kick off the jaunt June 9, 2020 in West Palm Beach, FL")]),
    ('factoid', "Which brand of honey does The Anti-June Cleaver's spiced honey pear jam recipe use?",
     ["Don Victor", "Don Victor Orange Blossom", "Don Victor® Orange Blossom Comb Honey"],
     [(J, "Don Victor® Orange Blossom Comb Honey Globe Jar")]),
    ('factoid', "Where does the money for GiveWell's Incubation Grants come from?",
     ["Good Ventures"],
     [(G, "Funding for Incubation Grants comes from Good Ventures, a large foundation with which we work closely.")]),
    ('factoid', "Who is PG&E's principal meteorologist quoted on the lack of rain before the November 2019 power shutoff?",
     ["Scott Strenfel", "Strenfel"],
     [(E, "the first time that’s happened since 1905, said Scott Strenfel, PG&E's principal meteorologist")]),
    ('factoid', "Who is the president of the California Public Utilities Commission named in the PG&E shutoff story?",
     ["Marybel Batjer", "Batjer"],
     [(E, "In a letter calling for the meeting, CPUC President Marybel Batjer said")]),
    # casual 09-18
    ('casual', "wats the word for the hibernating state the astronauts would be put in w a drug",
     ["torpor"],
     [(S, "The assumption was that a drug would be administered to induce \"torpor\"—the term for the hibernating state.")]),
    ('casual', "how long wld the crew need to recover after waking up from hibernation on the mars trip",
     ["21 day", "21 days", "21-day", "twenty-one days"],
     [(S, "The hibernating cruise phase would end with a 21 day recuperation period")]),
    ('casual', "who scored for the wild vs buffalo besides parise n zucker?",
     ["Jonas Brodin", "Brodin"],
     [(W, "Defenseman Jonas Brodin had scored earlier for the Wild before winger Jason Zucker’s empty-net goal sealed it.")]),
    ('casual', "which sabres guy went after eriksson ek n threw punches lol",
     ["Jack Eichel", "Eichel"],
     [(W, "In the second period, Sabres captain Jack Eichel went after Eriksson Ek and threw punches")]),
    ('casual', "when do doobie bros 50th anniv tour tix go on sale",
     ["Dec. 6", "December 6", "Dec 6", "6 December"],
     [(D, "Live Nation is producing the tour, tickets for which go on sale Friday, Dec. 6 at")]),
    ('casual', "wheres the doobies hometown show on the 2020 tour?? which venue",
     ["Shoreline Amphitheatre", "Shoreline Amphitheater", "Mountain View"],
     [(D, "the Doobies will loop into Shoreline Amphitheatre at Mountain View, CA for a hometown show on Sept. 12")]),
    ('casual', "how long do u boil the jam jars if ur up high like denver? she said 10 min normally",
     ["20 minutes", "20 min", "twenty minutes"],
     [(J, "We are at 5280 feet in Denver so I boiled mine for 20 minutes.")]),
    ('casual', "how much pectin does the pear jam recipe want, is one box of sure jell enough",
     ["6 tablespoons", "6 tbsp", "six tablespoons"],
     [(J, "The recipe calls for 6 tablespoons of fruit pectin which is one tablespoon more than a box of Sure Jell.")]),
    ('casual', "how much $$ did givewell recommend giving evidence action beta",
     ["$5.1 million", "5.1 million", "5.1m"],
     [(G, "In July 2018, we recommended a $5.1 million grant to Evidence Action Beta")]),
    ('casual', "how many ppl r getting their power cut in the new pge shutoff",
     ["375,000", "375000", "375k"],
     [(E, "some 375,000 people in 18 Northern and central California counties as the region faces extreme fire weather")]),
    # paraphrase 19-26
    ('paraphrase', "By what share could the weight of the ship be cut if everyone on board slept through the voyage to the red planet?",
     ["a third", "one third", "one-third", "1/3"],
     [(S, "The study found the spacecraft mass could be reduced by a third by removing the crew quarters")]),
    ('paraphrase', "What body-cooling practice do big hospitals already follow that the ESA team leader offers as proof the sleeping-crew idea is not far-fetched?",
     ["inducing hypothermia", "hypothermia"],
     [(S, "Most major medical centers have protocols for inducing hypothermia in patients to reduce their metabolism")]),
    ('paraphrase', "What selfless defensive play did Minnesota's 35-year-old forward make in the dying moments of the game in Buffalo?",
     ["blocked a shot", "blocking a shot", "blocked shot"],
     [(W, "For good measure, Parise blocked a shot in the waning seconds of the third period.")]),
    ('paraphrase', "Which Minnesota blueliner missed the last 20 minutes in Buffalo with an unspecified ailment?",
     ["Matt Dumba", "Dumba"],
     [(W, "The Wild lost defenseman Matt Dumba, who sat out the third period, to an undisclosed injury.")]),
    ('paraphrase', "Which institution had long been accused of snubbing the 'Black Water' band before finally putting them forward for its honour?",
     ["Rock & Roll Hall of Fame", "Rock and Roll Hall of Fame", "Rock 'n' Roll Hall of Fame", "Hall of Fame"],
     [(D, "Long considered one of the Rock & Roll Hall of Fame great slights, the Doobies")]),
    ('paraphrase', "Why does the blogger sweeten her pear preserves with what bees make instead of the granulated stuff?",
     ["more flavor", "more flavour", "has more flavor"],
     [(J, "I like to use honey because it has more flavor than sugar.")]),
    ('paraphrase', "Roughly how many times better value per dollar than just handing poor people money does the charity evaluator reckon its incubator funding is?",
     ["~9x", "9x", "9 times", "nine times"],
     [(G, "Our best guess is that this grant is approximately ~9x as cost-effective as cash transfers")]),
    ('paraphrase', "What let the California electricity provider shrink its first projection of how many customers would be left in the dark?",
     ["updated forecasts", "juggling of its power system", "juggling"],
     [(E, "from an original estimate of about 660,000 based on updated forecasts and some juggling of its power system")]),
    # numeric 27-32
    ('numeric', "By what percentage would an astronaut's basic metabolic rate have to be reduced, in the ESA team leader's example of hibernation?",
     ["75%", "75 percent", "75 per cent"],
     [(S, "If we were able to reduce an astronaut's basic metabolic rate by 75%")]),
    ('numeric', "What was the attendance at KeyBank Center for the Wild's 4-1 win over the Sabres?",
     ["15,522", "15522"],
     [(W, "the Wild’s 4-1 win over the Sabres in front of 15,522 in KeyBank Center")]),
    ('numeric', "How many dates does the Doobie Brothers' 2020 50th anniversary tour of North America have?",
     ["30", "thirty"],
     [(D, "Kicking off in June 2020, the 30-date run will mark the first time the foursome will tour together")]),
    ('numeric', "How many ripe pears does the spiced honey pear jam recipe call for?",
     ["8-9", "about 8", "8 to 9", "eight"],
     [(J, "About 8 ripe pears, a fresh lemon, fruit pectin, cinnamon, nutmeg, ginger, ground cloves")]),
    ('numeric', "What probability did GiveWell give that its grant to Evidence Action Beta leads to no new top charity by December 2023?",
     ["30%", "30 percent", "30 per cent"],
     [(G, "a 30% chance that the grant does not lead to any new top charities by that time")]),
    ('numeric', "How strong were the wind gusts forecast to be during PG&E's November 2019 power shutoff?",
     ["55 mph", "55 miles per hour", "88.5 kph"],
     [(E, "forecasts called for low humidity and winds gusting at times to 55 mph (88.5 kph)")]),
    # metadata 33-38
    ('metadata', "On what date did Phys.org publish \"Hibernating astronauts would need smaller spacecraft\"?",
     ["November 18, 2019", "18 November 2019", "Nov. 18, 2019", "Nov 18, 2019", "2019-11-18"],
     [(S, "November 18, 2019\n\nHibernating astronauts would need smaller spacecraft\n\nby European Space Agency")]),
    ('metadata', "Who wrote the Pioneer Press report \"Zach Parise heating up, scores twice as Wild beat Sabres 4-1\"?",
     ["Bill Hoppe", "Hoppe"],
     [(W, "By Bill Hoppe | Special to the Pioneer Press")]),
    ('metadata', "who wrote billboard's article on the doobie brothers 50th anniversary tour",
     ["Lars Brandle", "Brandle"],
     [(D, "The Doobie Brothers Set 50th Anniversary Tour of North America\n\n11/19/2019 by Lars Brandle")]),
    ('metadata', "What is the name of the blog that published the Spiced Honey Pear Jam recipe by Regan?",
     ["The Anti-June Cleaver", "Anti-June Cleaver"],
     [(J, "Spiced Honey Pear Jam Recipe | The Anti-June Cleaver")]),
    ('metadata', "When was the GiveWell Blog post about the grant to Evidence Action Beta published?",
     ["October 9, 2018", "9 October 2018", "Oct. 9, 2018", "Oct 9, 2018", "2018-10-09"],
     [(G, "October 9, 2018 | by Olivia Larsen")]),
    ('metadata', "Who is the byline on the Times Union story \"PG&E begins new mass power shutoff over fire danger\"?",
     ["Janie Har"],
     [(E, "JANIE HAR\n\nNov. 20, 2019Updated: Nov. 20, 2019")]),
    # unanswerable 39-48
    ('unanswerable', "Which drug would be given to astronauts to induce torpor in ESA's hibernation study?", [], []),
    ('unanswerable', "how many tons of mass exactly would hibernation save on the mars mission", [], []),
    ('unanswerable', "Who was in goal for the Buffalo Sabres in their 4-1 loss to the Minnesota Wild?", [], []),
    ('unanswerable', "wat injury did matt dumba have vs the sabres", [], []),
    ('unanswerable', "How much do tickets cost for the Doobie Brothers' 50th Anniversary Tour?", [], []),
    ('unanswerable', "wats the doobie brothers new EP called? the one coming out next yr", [], []),
    ('unanswerable', "How many jars does The Anti-June Cleaver's spiced honey pear jam recipe make?", [], []),
    ('unanswerable', "which programs is evidence action beta gonna test first w the givewell grant", [], []),
    ('unanswerable', "What was the name of the wildfire that burned parts of Orange and Riverside counties the year before PG&E's November 2019 shutoff?", [], []),
    ('unanswerable', "did pge say how much it'll compensate ppl for the blackouts? like $ per customer", [], []),
]

EXPECT = {'factoid': 8, 'casual': 10, 'paraphrase': 8, 'numeric': 6, 'metadata': 6, 'unanswerable': 10}


def write_jsonl():
    texts, out, counts = {}, [], {}
    for i, (kind, q, ans, ev) in enumerate(Q, 1):
        counts[kind] = counts.get(kind, 0) + 1
        qid = f'f16p-{i:02d}'
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
    with open(os.path.join(HERE, 'page-p.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print(len(out), 'lines', dict(sorted(counts.items())))


def main():
    ap = argparse.ArgumentParser()
    g = ap.add_mutually_exclusive_group()
    g.add_argument('--git', help='git dir of a scrapinghub/article-extraction-benchmark clone or mirror')
    g.add_argument('--src', help='folder of saved <sha256>.html.gz copies')
    a = ap.parse_args()
    if a.git or a.src:
        build_pages(a.git, a.src)
    write_jsonl()


if __name__ == '__main__':
    sys.exit(main())
