#!/usr/bin/env python3
"""Builds final38's page-ak set: six more saved web pages of
AndreasMadsen/htmlparser-benchmark's real-life test files (MIT; none of the
six final35 used), scraped with the shared eval/testdata/scrape.py, and the
59 questions of page-ak.jsonl.

    python3 tools/make_f38ak.py --git-hpb <AndreasMadsen/htmlparser-benchmark git dir>
    python3 tools/make_f38ak.py --npm-tgz htmlparser-benchmark-1.1.3.tgz
    python3 tools/make_f38ak.py --src src
    python3 tools/make_f38ak.py                (questions only, documents as they are)

With --git-hpb each page is read at the commit below; with --npm-tgz it is read
from the npm package `htmlparser-benchmark` 1.1.3 (`npm pack
htmlparser-benchmark`; the tarball's SHA-256 is checked), whose files/ hold the
same bytes; either way the page's git blob id is checked and a copy is saved in
src/. With --src the saved copies are used (blob ids checked too, so the
documents come out byte-identical). The documents are then written to page-ak/
by scrape.py, unchanged, and page-ak.jsonl is written from QUESTIONS below,
asserting for each evidence quote that it is an exact byte substring of its
document, that it occurs exactly once there even after folding case and white
space, that it has 5-25 words, holds no U+00A0 (nor U+2009 / U+200B / U+FEFF /
U+FFFD) and contains one of the answers; that every answer string of a line
occurs (folded) in one of its quotes; and that the kind counts are those of
README-AK.md.
"""
import argparse, hashlib, io, json, os, re, subprocess, sys, tarfile
from collections import Counter

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRAPE = os.environ.get('SCRAPE_PY', '/work/main/eval/testdata/scrape.py')
COMMIT = '3a017b39ef1e93d641fdecf3e1606db8e7a22dd8'
FILES = 'files/'
NPM_TGZ_SHA256 = '677aa1b5ea0aa8d7b84501151abd51ef1c5e63d7853395ef24756e2f2b3ea2ce'

NYT = 'nytimes-zimmer-periodical-cicadas.txt'
CL = 'cosmiclog-ciudad-blanca-lidar.txt'
PC = 'paidcontent-publishers-testify-apple-ebooks.txt'
AI = 'appleinsider-vlc-runkeeper-uber.txt'
DT = 'dailytech-google-galaxy-s4-io.txt'
PAL = 'chicagotribune-palos-brca-testing.txt'

# document name -> (path in the repository under FILES, git blob id)
PAGES = {
    NYT: ('749998378f1dcf37a9f24a5b3be83fee32f3bee78e165b33ad404138ee04df13.html', '91be60e2f7183bdd2af6bf3b7eb1e3e511767ab6'),
    CL: ('45b6063ac2016db7b2fb1f995f0b54ee054fb561022e169c8fdbe321dcf672db.html', '10cca35c9a03bde52d8b99f72ee43c3c81e6307a'),
    PC: ('3733bd3d3a576606eb376bd274b8806c755607da4bb6e58cebd24876d4914d0b.html', '5021b7bdbf9bfcbf66badbda5f4d002216820002'),
    AI: ('952fa459dd93f830a0a3b20274230c1abcef8148bf7a69074de104de5545c556.html', 'c7ffc23ceb0c2076629c0a080c2076a5a0eaa87c'),
    DT: ('74e8bc94abea7c60f022d8d3f672f80e59e3e126735fae0b5ee5914ff2fce48e.html', 'fc4b72225e6707ee5bd7f6e11c6d14dff87ac9ad'),
    PAL: ('222dbaa4c9e280311e87e8793dd57e945cb019a7fae1a2b2fd4c6049ea148995.html', '0fc89c006724cc9af5d50eaccb9fae4c94ae5d33'),
}

# (kind, question, answers, [(doc, quote)]) -- answerable lines first, by kind
QUESTIONS = [
    # factoid
    ('factoid', 'Chris Simon, the cicada biologist quoted by Carl Zimmer, is based at which university?',
     ['University of Connecticut'],
     [(NYT, 'said Chris Simon, a cicada biologist at the University of Connecticut.')]),
    ('factoid', 'Which Spanish conquistador first told King Charles V about the rich province of Xucutaco?',
     ['Hernan Cortez', 'Cortez'],
     [(CL, 'when the Spanish conquistador Hernan Cortez told King Charles V about a mysterious province called Xucutaco')]),
    ('factoid', "Which federal judge is presiding over the government's ebook case against Apple?",
     ['Denise Cote', 'Judge Denise Cote'],
     [(PC, 'when the parties meet before U.S. District Judge Denise Cote for a pre-trial conference.')]),
    ('factoid', 'Which cloud storage service does VLC for iOS 2.0 integrate natively?',
     ['Dropbox'],
     [(AI, 'VLC for iOS 2.0 also has native Dropbox integration, the ability to download files from a web server')]),
    ('factoid', "Which existing IDE is Google's new Android Studio built on?",
     ['IntelliJ'],
     [(DT, 'But the big news for developers is no doubt Android Studio (based on IntelliJ).')]),
    ('factoid', 'Which chemo-prevention drug does the Palos Medical Group article name for women with BRCA mutations?',
     ['Tamoxifen'],
     [(PAL, 'Chemo-prevention drugs, such as Tamoxifen, have been proven to reduce the risk of breast cancer in women with BRCA mutations by more than half.')]),
    # why
    ('why', 'Why does evolution favor periodical cicadas emerging all at the same time?',
     ['protection from ravenous birds', 'enough birds', 'huge numbers'],
     [(NYT, 'They can find protection from ravenous birds in huge numbers.'),
      (NYT, 'There simply aren’t enough birds at any moment to eat a few billion cicadas at once.')]),
    ('why', "Why won't the Ciudad Blanca team show the whole site in its lidar images?",
     ['protect the site', 'treasure hunters and looters', 'looters'],
     [(CL, '"We can\'t show the overall place because we\'d like to protect the site" from treasure hunters and looters')]),
    ('why', "According to a commenter, why can VLC go back into Apple's App Store now?",
     ['MPL-licensed version', 'Mozilla Public License', 'dual licensed', 'compatible with the App Store rules'],
     [(AI, 'VLC for iOS is now dual licensed as either GPLv2 or Mozilla Public License v2.'),
      (AI, 'The version going up on the store is the MPL-licensed version which is compatible with the App Store rules.')]),
    ('why', "Why does DailyTech say buyers of Google's own Galaxy S4 can expect prompt updates?",
     ['fully sanctioned Google device', 'sanctioned Google device'],
     [(DT, 'Being that this is a fully sanctioned Google device, you can expect prompt updates')]),
    # casual
    ('casual', 'how many cicada broods r there in the us total',
     ['15 broods', '15'],
     [(NYT, 'All told, there are 15 broods lurking in the ground around the United States.')]),
    ('casual', 'who is actually paying for the lost city expedition lol',
     ['Bill Benenson', 'Benenson'],
     [(CL, 'fellow filmmaker Bill Benenson, who is underwriting the expedition')]),
    ('casual', 'how does lidar even tell wat is a building vs just jungle',
     ['linear shapes and rectangles', "Nature doesn't work in straight lines", 'straight lines'],
     [(CL, 'We use lidar to pinpoint where human structures are by looking for linear shapes and rectangles. Nature doesn\'t work in straight lines')]),
    ('casual', 'which ceo said it was just luck of the draw that he went first w apple',
     ['John Sargent', 'Sargent', 'Macmillan'],
     [(PC, 'Macmillan CEO John Sargent is expected to testify that:')]),
    ('casual', 'wat did eddy cue tell jobs abt the publishers lol',
     ['get some balls', 'scared to commit'],
     [(PC, 'they want us and see the opportunity we give them but they’re scared to commit!'),
      (PC, 'the dramatic business change for them. . . . They just have to get some balls.')]),
    ('casual', 'y would u use vlc instead of the built in video player on ios',
     ['more video, audio and container formats', 'supports more video'],
     [(AI, 'Thanks in advance.\n\nThe reason someone would use VLC over the built-in video player is that it supports more video, audio and container formats.')]),
    ('casual', 'how do u split a fare in uber now',
     ['arrow icon', 'Fare Split'],
     [(AI, 'By tapping the arrow icon within the app, users can access the "Fare Split" option')]),
    ('casual', 'wat carriers does the google edition s4 work on',
     ['AT&T or T-Mobile', 'T-Mobile', 'AT&T'],
     [(DT, "$649. The device will come with 16GB of storage and will operate on either AT&T or T-Mobile's")]),
    ('casual', 'some guy in the dailytech comments said building an s4 costs how much??',
     ['$244', '244'],
     [(DT, "An S4 costs $244 to make. It's only because fools put up with absolutely insane markups")]),
    ('casual', 'if my mom had breast cancer does that mean i def have the brca gene thing',
     ['not all breast cancers that run in families are caused by a BRCA mutation', 'not all breast cancers'],
     [(PAL, 'However, not all breast cancers that run in families are caused by a BRCA mutation.')]),
    # paraphrase
    ('paraphrase', 'Which minute aquatic animal lives so briefly that it makes a mouse look long-lived?',
     ['gastrotrich'],
     [(NYT, 'Methuselah compared with the gastrotrich, a water-dwelling invertebrate the size of a poppy seed.')]),
    ('paraphrase', 'What do the young insects live on during their long stay below ground?',
     ['fluid from tree roots', 'tree roots'],
     [(NYT, 'squirmed into the dirt and spent the next 17 years sucking fluid from tree roots.')]),
    ('paraphrase', 'Which Texas engineer got the survey readings and spotted man-made outlines within minutes?',
     ['Bill Carter', 'Carter'],
     [(CL, 'sent the data back to University of Houston engineer Bill Carter.')]),
    ('paraphrase', "Which of the testifying publishing houses was never a defendant in the Justice Department's suit?",
     ['Random House'],
     [(PC, 'All of these companies with the exception of Random House were also named in the antitrust lawsuit')]),
    ('paraphrase', 'Which media mogul was reportedly furious with the online retailer and wanted to hurt it?',
     ['Rupert Murdoch', 'Murdoch'],
     [(PC, 'including News Corp’s Rupert Murdoch. According to Harper Collins CEO Brian Murray, Murdoch was')]),
    ('paraphrase', "How many of the fitness app's launch coaching programs cost nothing?",
     ['13'],
     [(AI, 'RunKeeper will offer 34 plans at launch, of which 13 will be free.')]),
    ('paraphrase', "How many downloads from Google's app store had Android devices racked up so far, per the keynote?",
     ['48 billion'],
     [(DT, 'Picahai revealed that over 48 billion apps have been installed to date on Android devices')]),
    ('paraphrase', 'What kind of sample does the BRACAnalysis check need from a patient?',
     ['blood test', 'simple blood test'],
     [(PAL, 'BRACAnalysis is a simple blood test designed')]),
    ('paraphrase', 'From what age can yearly breast X-rays plus MRI scans begin for high-risk women?',
     ['age 25', '25'],
     [(PAL, 'Annual digital mammograms, along with more advanced screenings using MRI, can start as early as age 25.')]),
    # numeric
    ('numeric', 'In what year were the periodical cicadas emerging in May 2013 born?',
     ['1996'],
     [(NYT, 'army of periodical cicadas was born in 1996.')]),
    ('numeric', "How large an area of Honduras' Mosquitia rain forest did the team map with lidar?",
     ['60 square miles', '160 square kilometers'],
     [(CL, "the team mapped about 60 square miles (160 square kilometers) of Honduras' Mosquitia rain forest")]),
    ('numeric', "What commission is Apple's ebook pricing system based on?",
     ['30 percent', '30 percent commission'],
     [(PC, 'which is based on a 30 percent commission, that it offers to any company that sells through its iTunes store')]),
    ('numeric', 'How big is the download of version 2.8.6 of the Uber app?',
     ['14.4MB'],
     [(AI, 'The 14.4MB download requires iOS 5.0 or up')]),
    ('numeric', "What does Google's version of the Galaxy S4 cost, and when does it go on sale?",
     ['$649', 'June 26'],
     [(DT, "Google's version of the Galaxy S4 will be available from the Play Store beginning June 26 at a price of $649.")]),
    ('numeric', 'What chance of developing breast cancer by age 70 do women with a BRCA1 mutation have?',
     ['50 and 70 percent'],
     [(PAL, 'Women who test positive for a BRCA1 mutation have between a 50 and 70 percent chance of developing the disease by age 70')]),
    # metadata
    ('metadata', 'Who wrote the New York Times article "17 Years to Hatch an Invasion", and when was it published?',
     ['Carl Zimmer', 'May 9, 2013'],
     [(NYT, 'By CARL ZIMMER\n\nPublished: May 9, 2013')]),
    ('metadata', "Who wrote the Cosmic Log post \"'Ciudad Blanca' found? Scientists share images of lost city in Honduras\", and on what day?",
     ['Alan Boyle', '15 May 2013'],
     [(CL, 'By Alan Boyle, Science Editor, NBC News\n\nFollow @b0yle'),
      (CL, "15\n\nMay\n\n2013\n\n3:06pm, EDT\n\n'Ciudad Blanca' found?")]),
    ('metadata', 'who wrote the paidcontent piece publishers to testify against apple in price-fixing trial',
     ['Jeff John Roberts'],
     [(PC, 'By Jeff John Roberts\n\nMay. 15, 2013 - 2:02 PM EDT May. 15, 2013')]),
    ('metadata', 'Who wrote the AppleInsider story "VLC returns to iOS, RunKeeper gets paid trainer options, Uber adds fare splitting", and on what date?',
     ['Kevin Bostic', 'July 18, 2013'],
     [(AI, 'Thursday, July 18, 2013, 11:01 am PT (02:01 pm ET)'),
      (AI, 'RunKeeper gets paid trainer options, Uber adds fare splitting\n\nBy Kevin Bostic')]),
    ('metadata', 'Who wrote the DailyTech article "Google Announces "Pure" Galaxy Nexus S4 for $649, Android Updates", and when?',
     ['Brandon Hill', 'May 15, 2013'],
     [(DT, 'Brandon Hill (Blog) - May 15, 2013 1:42 PM')]),
    ('metadata', "Who posted the chicagotribune.com piece on Dr. Kanesha Bryant and genetic testing for breast cancer, and when?",
     ['paloscommunityhospital', 'May 15, 2013'],
     [(PAL, 'By paloscommunityhospital, Community Contributor\n\n2:22 p.m. CDT, May 15, 2013')]),
]

UNANSWERABLE = [
    "In which journal did Chris Simon's team publish its April study on the cicadas' common ancestor?",
    'how loud in decibels does a brood ii cicada chorus get',
    'What did the UTL Scientific team find when it explored Structure B on the ground?',
    'What verdict did Judge Denise Cote reach in the Apple ebook trial?',
    'How much money did the publishers pay to settle the Justice Department ebook case?',
    'who was the developer that got vlc pulled from the app store in the first place',
    "Which expert trainers are behind RunKeeper's new paid plans?",
    "What is the battery capacity, in mAh, of Google's edition of the Galaxy S4?",
    'How much does a BRACAnalysis test cost, and does insurance cover it?',
    'does the brca test also check for the lynch syndrome genes',
]

OFFTOPIC = [
    'Why do hermit crabs swap shells?',
    'why does my bread dough not rise',
    "What keeps a hot air balloon's burner lit at altitude?",
    'what do you feed a pet axolotl',
    'How do you tell if a melon is ripe?',
    'can i use olive oil to season a wok',
    'Why do owls turn their heads so far?',
    'how long do tulip bulbs need to chill before planting',
]

KINDS = {'factoid': 6, 'why': 4, 'casual': 10, 'paraphrase': 9, 'numeric': 6, 'metadata': 6}
N_UNANSWERABLE, N_OFFTOPIC = 10, 8
TOTAL = sum(KINDS.values()) + N_UNANSWERABLE + N_OFFTOPIC
BAD_CHARS = ('\u00a0', '\u2009', '\u200b', '\ufeff', '\ufffd')


def fold(s):
    return re.sub(r'\s+', ' ', s).strip().lower()


def blob_id(data):
    return hashlib.sha1(b'blob %d\0' % len(data) + data).hexdigest()


def build_docs(args):
    os.makedirs(os.path.join(HERE, 'src'), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'page-ak'), exist_ok=True)
    tgz = None
    if args.npm_tgz:
        raw = open(args.npm_tgz, 'rb').read()
        assert hashlib.sha256(raw).hexdigest() == NPM_TGZ_SHA256, 'unexpected npm tarball'
        tgz = tarfile.open(fileobj=io.BytesIO(raw), mode='r:gz')
    for name, (path, blob) in PAGES.items():
        src = os.path.join(HERE, 'src', 'htmlparser-benchmark-' + path)
        if args.git_hpb:
            git = ['git', '--git-dir', args.git_hpb]
            got = subprocess.run(git + ['rev-parse', f'{COMMIT}:{FILES}{path}'], capture_output=True, text=True, check=True).stdout.strip()
            assert got == blob, (name, got, blob)
            data = subprocess.run(git + ['cat-file', 'blob', blob], capture_output=True, check=True).stdout
        elif tgz is not None:
            data = tgz.extractfile('package/' + FILES + path).read()
        else:
            src = os.path.join(args.src if os.path.isabs(args.src) else os.path.join(HERE, args.src), os.path.basename(src))
            data = open(src, 'rb').read()
        assert blob_id(data) == blob, (name, blob_id(data), blob)
        if args.git_hpb or tgz is not None:
            with open(src, 'wb') as f:
                f.write(data)
        txt = subprocess.run([sys.executable, SCRAPE, src], capture_output=True, check=True).stdout
        with open(os.path.join(HERE, 'page-ak', name), 'wb') as f:
            f.write(txt)


def build_set():
    docs = {n: open(os.path.join(HERE, 'page-ak', n), encoding='utf-8').read() for n in PAGES}
    lines, counts, n = [], Counter(), 0
    for kind, q, answers, ev in QUESTIONS:
        n += 1
        for doc, quote in ev:
            text = docs[doc]
            assert quote in text, (n, 'not an exact substring', quote)
            assert fold(text).count(fold(quote)) == 1, (n, 'not unique after folding', quote)
            assert 5 <= len(quote.split()) <= 25, (n, len(quote.split()), quote)
            assert not any(c in quote for c in BAD_CHARS), (n, 'nbsp, thin, zero-width, BOM or replacement char')
            assert any(fold(a) in fold(quote) for a in answers), (n, 'no answer in quote', quote)
        assert len({a.lower() for a in answers}) == len(answers), (n, 'duplicate answers')
        for a in answers:  # every answer string is in an evidence quote
            assert any(fold(a) in fold(qq) for _, qq in ev), (n, 'answer not in any quote', a)
        counts[kind] += 1
        lines.append({'id': f'f38-{n:02d}', 'question': q, 'kind': kind, 'answerable': True,
                      'answers': answers, 'evidence': [{'doc': d, 'quote': qq} for d, qq in ev]})
    for q in UNANSWERABLE:
        n += 1
        counts['unanswerable'] += 1
        lines.append({'id': f'f38-{n:02d}', 'question': q, 'answers': [], 'evidence': [],
                      'kind': 'unanswerable', 'answerable': False})
    for q in OFFTOPIC:
        n += 1
        counts['offtopic'] += 1
        lines.append({'id': f'f38-{n:02d}', 'question': q, 'answers': [], 'evidence': [],
                      'kind': 'offtopic', 'answerable': False})
    want = dict(KINDS, unanswerable=N_UNANSWERABLE, offtopic=N_OFFTOPIC)
    assert dict(counts) == want, (dict(counts), want)
    assert n == TOTAL
    assert len({l['question'] for l in lines}) == TOTAL
    with open(os.path.join(HERE, 'page-ak.jsonl'), 'w', encoding='utf-8') as f:
        for l in lines:
            f.write(json.dumps(l, ensure_ascii=False) + '\n')
    print('page-ak.jsonl', n, 'lines', dict(counts))


def main():
    ap = argparse.ArgumentParser()
    g = ap.add_mutually_exclusive_group()
    g.add_argument('--git-hpb', help='git dir of AndreasMadsen/htmlparser-benchmark')
    g.add_argument('--npm-tgz', help='htmlparser-benchmark-1.1.3.tgz from `npm pack htmlparser-benchmark`')
    g.add_argument('--src')
    ap.add_argument('--docs-only', action='store_true')
    args = ap.parse_args()
    if args.git_hpb or args.npm_tgz or args.src:
        build_docs(args)
    if not args.docs_only:
        build_set()


if __name__ == '__main__':
    main()
