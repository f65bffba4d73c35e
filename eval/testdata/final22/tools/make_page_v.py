#!/usr/bin/env python3
"""Rebuilds page-v/ from its sources and writes page-v.jsonl.

The six pages are real web pages saved by Omnivore (omnivore-app/omnivore)
as test pages of its fork of Readability.js:
packages/readabilityjs/test/test-pages/<name>/source.html. None of the six is
one of Mozilla Readability's test pages (Omnivore keeps copies of those under
their Mozilla names; the six used here are Omnivore's own additions). Each
source.html is passed, unchanged, to the shared naive scraper
eval/testdata/scrape.py, as final11-final21 did.

    cd <set dir>                          # the folder holding page-v/ and tools/
    python3 tools/make_page_v.py --git /work/.mirror/omnivore-app+omnivore/repo
    python3 tools/make_page_v.py --src src    # from saved src/<name>.html.gz copies
    python3 tools/make_page_v.py              # only (re)write page-v.jsonl

With --git, the blob of each source.html (at the snapshot commit below) is
checked against the one recorded here and a gzipped copy is saved in src/;
with --src the gunzipped copy is checked against the same blob id. Then
page-v.jsonl is written from the questions below, asserting that every quote
is an exact byte substring occurring once in its document, has 5-25 words,
contains no U+00A0 and holds at least one answer string (case-insensitive),
that unanswerable lines carry no answers or evidence, and that the kind
counts are as listed.
"""
import argparse, gzip, hashlib, json, os, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(HERE, 'page-v')
SNAPSHOT = '322ce62b2e09a4fc8f328dde6003e7066953a9ca'  # omnivore-app/omnivore snapshot read
BASE = 'packages/readabilityjs/test/test-pages'


def scraper():
    for p in (os.path.join(HERE, '..', 'scrape.py'),              # eval/testdata/final22/../scrape.py
              '/work/main/eval/testdata/scrape.py'):
        if os.path.exists(p):
            return os.path.abspath(p)
    sys.exit('scrape.py not found (eval/testdata/scrape.py)')


C = 'cna-shanti-pereira-sea-games.txt'
U = 'utnews-desalination-membranes.txt'
E = 'electrek-qcells-georgia-solar-factory.txt'
V = 'variety-trilith-town-marvel.txt'
J = 'jacobbrazeal-learning-chess-adult.txt'
B = 'brookings-teachers-unions-reopening.txt'

# doc: (test-page folder, blob of its source.html, last commit that changed it)
PAGES = {
    C: ('channelnewsasia02', '2d89de4d831cdd471a79f64e7c5b81cc39c26db7', '704726dc6a9df4db409e8cdd3b6d6790a621cace'),
    U: ('news.utexas', 'b80a3562f404506b5bdb1b1e59239ea77bf3c5e7', '84f32935f5b05e775cf9e01f24448017cea4557e'),
    E: ('electrek', 'fa85637fd365e2c06ba3a556bb0ebbdfd999d574', 'cc5bdf96f563d58f34e87b42a8cd080d205f12fb'),  # added 9dc7fd4c, updated bce50c2a, cc5bdf96
    V: ('variety', '032c8063c0fc89d2e8c8b55f86484d00ff93fdbb', '0361ef86fad3fb10e1433480cf4e4a7c6f64c39c'),
    J: ('jacobbrazeal', 'f07c8784debacf8608151debe4a809d0dd74d7b5', '84f32935f5b05e775cf9e01f24448017cea4557e'),
    B: ('brookings.edu', '1e87e924a49a08d823c7a1987887d843ac47c750', 'e01ff35a01f527bb243ea21b06e3da326e05ac42'),
}


def git_blob(data):
    return hashlib.sha1(b'blob %d\0' % len(data) + data).hexdigest()


def build_pages(gitdir=None, srcdir=None):
    scr = scraper()
    os.makedirs(DOCS, exist_ok=True)
    save = os.path.join(HERE, 'src')
    for doc, (name, blob, _added) in PAGES.items():
        if gitdir:
            html = subprocess.run(['git', '--git-dir', gitdir, 'show', f'{SNAPSHOT}:{BASE}/{name}/source.html'],
                                  check=True, capture_output=True).stdout
            os.makedirs(save, exist_ok=True)
            with open(os.path.join(save, f'{name}.html.gz'), 'wb') as f:
                f.write(gzip.compress(html, mtime=0))
        else:
            html = gzip.decompress(open(os.path.join(srcdir, f'{name}.html.gz'), 'rb').read())
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
    ('factoid', "Who is the coach of Singapore sprinter Shanti Pereira quoted in CNA's story on her SEA Games gold?",
     ["Luis Cunha", "Cunha"],
     [(C, "coach Luis Cunha said he was confident in Pereira's ability to perform the way she did.")]),
    ('factoid', "In which stadium in Hanoi did Shanti Pereira run the women's 200m final at the 31st SEA Games?",
     ["My Dinh Stadium", "My Dinh"],
     [(C, "At the My Dinh Stadium in Hanoi, along the final stretch of the 200m race, Pereira is ahead.")]),
    ('factoid', "On which supercomputer were most of the calculations for the UT Austin and Penn State desalination membrane study performed?",
     ["Stampede2", "Stampede 2"],
     [(U, "most of the calculations were performed on Stampede2, TACC’s supercomputer.")]),
    ('factoid', "In which city is solar manufacturer Q Cells headquartered, according to Electrek's story on its Georgia factory?",
     ["Seoul"],
     [(E, "Seoul-headquartered PV solar-cell manufacturing giant Q Cells today announced")]),
    ('factoid', "Which architects and town planner designed the houses of Trilith, the town next to Marvel's Georgia studios?",
     ["Lew Oliver Inc.", "Lew Oliver"],
     [(V, "Designed by architects and town planner Lew Oliver Inc., some of Trilith’s houses and condos are reinterpretations")]),
    ('factoid', "Which trust bought out Pinewood's stake in the Trilith studios and town in 2020?",
     ["River’s Rock Trust", "River's Rock Trust", "River’s Rock", "River's Rock"],
     [(V, "Pinewood’s (now Trilith) stake in the studios and town was bought out by River’s Rock Trust in 2020.")]),
    ('factoid', "Which spaced-repetition app does Jacob Brazeal use to drill chess openings and positions from his own games?",
     ["Anki"],
     [(J, "I drill opening theory and positional concepts. I use the spaced-repetition app Anki for this.")]),
    ('factoid', "Which governor became the first state executive to issue a pandemic school closure order, according to the Brookings post?",
     ["Mike DeWine", "DeWine"],
     [(B, "On March 12, 2020, Ohio Gov. Mike DeWine became the first state executive to issue a pandemic school closure order")]),
    # casual 09-18
    ('casual', "what did shanti pereira get in the 100m at the sea games, she won the 200 right",
     ["silver", "a silver"],
     [(C, "Days later, Pereira would add another medal to her tally, a silver in the 100m.")]),
    ('casual', "whats the name of the kids book her sisters wrote abt shanti",
     ["Go Shanti! Go", "Go Shanti Go"],
     [(C, "Entitled “Go Shanti! Go”, the book was published in 2020 and aimed to inspire")]),
    ('casual', "which journal was the desalination membrane thing published in",
     ["Science"],
     [(U, "The findings were published today in Science.")]),
    ('casual', "who co-led the membrane research on the penn state side?",
     ["Enrique Gomez", "Gomez"],
     [(U, "said Enrique Gomez, a professor of chemical engineering at Penn State who co-led the research.")]),
    ('casual', "how many new jobs is the q cells dalton expansion creating",
     ["470"],
     [(E, "It’s a $171 million expansion of Q Cells’ existing solar module manufacturing plant in Dalton, and that will create 470 additional jobs.")]),
    ('casual', "how far is washington ga from atlanta? the town getting the solar farm",
     ["90 miles", "90 mi", "90"],
     [(E, "Washington is 90 miles east of Atlanta and has a population of around 4,000.")]),
    ('casual', "how much r the houses at trilith lol",
     ["$700,000", "700,000", "$700k", "700k"],
     [(V, "The single-family homes are priced around $700,000 and up")]),
    ('casual', "how much does jacob pay for chess.com, which membership",
     ["$99", "99", "Diamond"],
     [(J, "I pay $99/year for a Diamond membership; there are other, cheaper levels as well.")]),
    ('casual', "wats his rating goal for 2021",
     ["2000"],
     [(J, "I’d like to reach 2000 in 2021. My current study strategy seems to net me around 1.5 ELO/day")]),
    ('casual', "how many school districts did the brookings guy track in fall 2020",
     ["250"],
     [(B, "I tracked school reopening decisions throughout the fall 2020 semester in 250 of the largest school districts")]),
    # paraphrase 19-26
    ('paraphrase', "For how long had the island nation gone without topping the podium in a dash event at the regional multi-sport meet before her triumph on home soil?",
     ["42-year", "42 years", "42"],
     [(C, "The win also ended a 42-year gold medal drought for Singapore in a Games sprint event.")]),
    ('paraphrase', "What flaw in the makeup of the salt-removing filter sheets did the scientists find was limiting how well they work?",
     ["inconsistent in density and mass distribution", "inconsistent in density", "inconsistent"],
     [(U, "The researchers determined desalination membranes are inconsistent in density and mass distribution, which can hold back their performance.")]),
    ('paraphrase', "What unexpected property did the chemical company's own scientists spot in the fatter filter sheets, contradicting received wisdom?",
     ["more permeable", "permeable"],
     [(U, "DuPont researchers found that thicker membranes were actually proving to be more permeable.")]),
    ('paraphrase', "By what short name is the high-yield cell design going into the Korean firm's new Dalton panels commonly called?",
     ["TOPCon"],
     [(E, "a high-efficiency tunnel oxide passivated contact technology better known as TOPCon.")]),
    ('paraphrase', "Where do the dwellings in the Georgia film-industry village draw their heating and power from?",
     ["geothermal energy", "geothermal", "from underground"],
     [(V, "the energy-efficient homes are powered by geothermal energy from underground.")]),
    ('paraphrase', "Which variant of the game did the writer mostly switch to during the autumn two years before the post, which he says helped his normal play in a roundabout way?",
     ["4-player chess", "4-player", "four-player chess", "four-player"],
     [(J, "in fall of 2018, I played a great deal of 4-player chess instead of standard chess")]),
    ('paraphrase', "Which judgment from the nation's highest bench, outlawing obligatory dues, has made teacher associations labour harder for their members?",
     ["Janus v. AFSCME", "Janus"],
     [(B, "Ever since the Supreme Court’s decision in Janus v. AFSCME (2018) that prohibited the mandatory payment of union fees")]),
    ('paraphrase', "How strongly did how badly the outbreak hit a county, gauged by its hospital admissions, predict whether pupils went back to face-to-face lessons?",
     ["no relationship", "had no relationship", "not at all"],
     [(B, "pandemic severity, as measured by the county COVID-19 hospitalization rate, had no relationship with the probability of in-person reopening")]),
    # numeric 27-32
    ('numeric', "How many tattoos does Shanti Pereira have, according to CNA's profile?",
     ["seven", "7"],
     [(C, "There are now brown streaks in her hair, seven tattoos inked on her skin, and three goals on her mind.")]),
    ('numeric', "By how much did the efficiency of the tested desalination membranes increase, according to the paper?",
     ["30%-40%", "30-40%", "30 to 40%", "30 to 40 percent"],
     [(U, "The paper documents an increase in efficiency in the membranes tested by 30%-40%")]),
    ('numeric', "What will Q Cells' total solar module manufacturing capacity in the US be once the Dalton expansion is done?",
     ["3.1 GW", "3.1 gigawatts", "3.1GW"],
     [(E, "the expansion will bring Q Cells’ total capacity in the US to 3.1 GW")]),
    ('numeric', "What share of Trilith's 200-acre town is devoted to green spaces?",
     ["51%", "51 percent", "51 per cent"],
     [(V, "along with 51% of the 200-acre town devoted to green spaces.")]),
    ('numeric', "How many blitz games has Jacob Brazeal played in the last two-plus years?",
     ["10,000", "10000", "10k"],
     [(J, "I have played over 10,000 blitz games in the last 2+ years.")]),
    ('numeric', "How many school districts does the United States have, according to the Brookings post on school reopening?",
     ["13,000", "13000", "13k"],
     [(B, "agonizing reopening decisions that played out in the nation’s over 13,000 school districts")]),
    # metadata 33-38
    ('metadata', "Who wrote CNA's profile \"She changed her mindset, broke barriers and won SEA Games gold. Now Shanti Pereira wants to go faster\"?",
     ["Matthew Mohan", "Mohan"],
     [(C, "@MatthewMohanCNA\n\nMatthew Mohan\n\n02 Jun 2022 06:07AM (Updated: 02 Jun 2022 07:46AM)")]),
    ('metadata', "On what date did UT News publish \"Desalination Breakthrough Could Lead to Cheaper Water Filtration\"?",
     ["Dec 31, 2020", "December 31, 2020", "Dec. 31, 2020", "31 December 2020", "2020-12-31"],
     [(U, "Dec 31, 2020\n\nDesalination Breakthrough Could Lead to Cheaper Water Filtration")]),
    ('metadata', "Which site published Michelle Lewis's article \"Georgia gives US solar panel manufacturing a big boost with a new factory\"?",
     ["Electrek"],
     [(E, "You’re reading Electrek— experts who break news about Tesla, electric vehicles, and green energy")]),
    ('metadata', "who wrote the variety article on trilith, the marvel company town in georgia",
     ["Pat Saperstein", "Saperstein"],
     [(V, "By\n\nPat Saperstein\n\nImagine that you’re a makeup artist or a production manager on a Marvel movie.")]),
    ('metadata', "When did Jacob Brazeal publish \"On Learning Chess as an Adult – From 650 to 1750 in Two Years\"?",
     ["November 16, 2020", "16 November 2020", "Nov 16, 2020", "Nov. 16, 2020", "2020-11-16"],
     [(J, "Jacob Brazeal Uncategorized November 16, 2020 3 Minutes")]),
    ('metadata', "What is the title of Bradley D. Marianno's March 2021 post on the Brookings Brown Center Chalkboard?",
     ["Teachers’ unions: Scapegoats or bad-faith actors in COVID-19 school reopening decisions?",
      "Teachers' unions: Scapegoats or bad-faith actors in COVID-19 school reopening decisions?",
      "Scapegoats or bad-faith actors"],
     [(B, "Teachers’ unions: Scapegoats or bad-faith actors in COVID-19 school reopening decisions?\n\nBradley D. Marianno Thursday, March 25, 2021")]),
    # unanswerable 39-48
    ('unanswerable', "What was Shanti Pereira's winning time in the women's 200m final at the 2022 SEA Games in Hanoi?", [], []),
    ('unanswerable', "who won the womens 100m at the sea games when shanti got silver", [], []),
    ('unanswerable', "How much money did the National Science Foundation give for the UT Austin and Penn State desalination membrane research?", [], []),
    ('unanswerable', "how much cheaper wld water bills get w the new membranes, like in $", [], []),
    ('unanswerable', "How much did the state of Georgia offer Q Cells in tax incentives for its Dalton factory expansion?", [], []),
    ('unanswerable', "how much is the washington ga solar farm + microgrid gonna cost", [], []),
    ('unanswerable', "By what year does Trilith plan to double the size of its town?", [], []),
    ('unanswerable', "how much is rent for an apartment at trilith", [], []),
    ('unanswerable', "What is Jacob Brazeal's username on chess.com?", [], []),
    ('unanswerable', "how many more weeks did districts w long union contracts stay in distance learning", [], []),
]

EXPECT = {'factoid': 8, 'casual': 10, 'paraphrase': 8, 'numeric': 6, 'metadata': 6, 'unanswerable': 10}


def write_jsonl():
    texts, out, counts = {}, [], {}
    for i, (kind, q, ans, ev) in enumerate(Q, 1):
        counts[kind] = counts.get(kind, 0) + 1
        qid = f'f22v-{i:02d}'
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
    with open(os.path.join(HERE, 'page-v.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print(len(out), 'lines', dict(sorted(counts.items())))


def main():
    ap = argparse.ArgumentParser()
    g = ap.add_mutually_exclusive_group()
    g.add_argument('--git', help='git dir of an omnivore-app/omnivore clone or mirror')
    g.add_argument('--src', help='folder of saved <name>.html.gz copies')
    ap.add_argument('--pages-only', action='store_true', help='rebuild page-v/ only')
    a = ap.parse_args()
    if a.git or a.src:
        build_pages(a.git, a.src)
    if not a.pages_only:
        write_jsonl()


if __name__ == '__main__':
    sys.exit(main())
