#!/usr/bin/env python3
"""Builds final33's page-ah set: the six saved web pages of
keepcosmos/readability's test fixtures (Apache-2.0), scraped with the shared
eval/testdata/scrape.py, and the 56 questions of page-ah.jsonl.

    python3 tools/make_f33ah.py --git-readability <keepcosmos/readability git dir>
    python3 tools/make_f33ah.py --src src

With --git-readability each page is read at the commit below, its blob id is
checked, and a copy is saved in src/; with --src the saved copies are used
(the documents come out byte-identical). The documents are then written to
page-ah/ by scrape.py, unchanged, and page-ah.jsonl is written from QUESTIONS
below, asserting for each evidence quote that it is an exact byte substring of
its document, that it occurs exactly once there even after folding case and
white space, that it has 5-25 words, holds no U+00A0 and contains one of the
answers; and that the kind counts are those of README-AH.md.
"""
import argparse, json, os, re, subprocess, sys
from collections import Counter

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRAPE = os.environ.get('SCRAPE_PY', '/work/main/eval/testdata/scrape.py')
COMMIT = '4edafba2004481b0bf33b93eb5695c5020d3959c'
TESTS = 'test/fixtures/'

# document name -> (path in the repository under TESTS, git blob id)
PAGES = {
    'bbc-microsoft-windows-pc-sales-slump.txt': ('bbc.html', 'dd448873c6d7f69f401de3598e15ce34bf0f98c4'),
    'buzzfeed-fbi-iphone-passcode-new-york.txt': ('buzzfeed.html', '6d41a89c70fd5031edde9fd53be6d100ed511580'),
    'elixir-lang-design-goals.txt': ('elixir.html', 'ca69f211f16431cb525f7c904f2c2a2182362759'),
    'medium-why-im-betting-on-elixir.txt': ('medium.html', 'eafb10ae99782da9d89a74a0e283f99a9f98fca0'),
    'nytimes-korean-art-in-us-museums.txt': ('nytimes.html', '00da6e95117d3d9c24fb729bdcf608749abe6786'),
    'pubmed-losartan-hctz-bnp-study.txt': ('pubmed.html', 'a38adbc3ad0b998b72b267a9a12b9b7abee7d69a'),
}

BBC = 'bbc-microsoft-windows-pc-sales-slump.txt'
BF = 'buzzfeed-fbi-iphone-passcode-new-york.txt'
ELX = 'elixir-lang-design-goals.txt'
MED = 'medium-why-im-betting-on-elixir.txt'
NYT = 'nytimes-korean-art-in-us-museums.txt'
PM = 'pubmed-losartan-hctz-bnp-study.txt'

# (kind, question, answers, [(doc, quote)]) -- answerable lines first, by kind
QUESTIONS = [
    # factoid
    ('factoid', "Which Synovus Trust portfolio manager told the BBC he would have liked to see 7% to 9% growth in Microsoft's cloud revenue?",
     ['Dan Morgan', 'Morgan'],
     [(BBC, 'said Dan Morgan, a portfolio manager at Synovus Trust, which holds Microsoft shares')]),
    ('factoid', 'Which federal magistrate judge ruled in February that the government lacked the authority to compel Apple to unlock the Brooklyn iPhone?',
     ['James Orenstein', 'Orenstein'],
     [(BF, 'Federal Magistrate Judge James Orenstein ruled that the government lacks the lawful authority to compel Apple')]),
    ('factoid', "In the Elixir Design Goals post, which ExUnit option lets tests without side-effects run concurrently?",
     ['async: true', 'async'],
     [(ELX, 'When your tests do not have any side-effects, you can run them concurrently by passing the async: true option.')]),
    ('factoid', 'What did Ken Mazaika use to deal with his unicorn workers eating all the memory on his droplet?',
     ['unicorn-worker-killer', 'unicorn worker killer'],
     [(MED, 'The solution? The unicorn-worker-killer. It’s not unlike the solution from the early days.')]),
    ('factoid', 'Who is the director of the Korean Cultural Service of New York who signed the partnership with the Met?',
     ['Oh Seung-je', 'Oh Seung je', 'Mr. Oh'],
     [(NYT, 'Then, Oh Seung-je, the director of the Korean Cultural Service of New York')]),
    ('factoid', 'In the PubMed study, what were the patients switched to from their ARB-based therapy?',
     ['losartan', 'hydrochlorothiazide', 'LOS/HCTZ'],
     [(PM, 'ARBs were switched to losartan (LOS)')]),
    # why
    ('why', 'Why did demand for one-time licences of some Microsoft products drop, according to the company?',
     ['weakness in the personal computing market', 'personal computing market', 'PC market'],
     [(BBC, 'Continued weakness in the personal computing market hobbled demand for one-time licences for some of its products')]),
    ('why', 'Why did the FBI no longer need Apple\'s help to get into the iPhone in the New York case?',
     ['provided the passcode', 'Feng himself', 'gave the passcode', 'passcode'],
     [(BF, 'But on Thursday, it was Feng himself who provided the passcode to investigators')]),
    ('why', 'Why are if, case and try implemented as macros rather than keywords in Elixir?',
     ['extend the language', 'implement most of Elixir in Elixir', 'small language core'],
     [(ELX, 'This allows us to implement most of Elixir in Elixir and also allows developers to extend the language using the same tools')]),
    ('why', 'Why did Ken Mazaika end up hating Scala after being excited about it?',
     ['JVM', 'package management', 'jars'],
     [(MED, 'The deal breaker for me? The JVM. Package management for jars IMO is seriously overcomplicated')]),
    # casual
    ('casual', 'how much did microsofts net income drop to lol',
     ['$3.76bn', '3.76bn', '3.76 billion', '£2.6bn'],
     [(BBC, "The firm's net income fell to $3.76bn (£2.6bn) in the third quarter from $4.99bn a year earlier.")]),
    ('casual', 'whos the microsoft ceo pushing the cloud stuff in that bbc article',
     ['Satya Nadella', 'Nadella'],
     [(BBC, "Microsoft's chief executive Satya Nadella has focused on developing the company's cloud business since he took over in early 2014")]),
    ('casual', 'wat drug was the brooklyn iphone guy accused of dealing',
     ['methamphetamine', 'meth'],
     [(BF, 'Officials were trying to gain access to phone of an accused methamphetamine distributor.')]),
    ('casual', 'who is the doj spokeswoman that said its not about setting precedent',
     ['Emily Pierce', 'Pierce'],
     [(BF, 'Emily Pierce, spokeswoman for the Department of Justice said in a statement to BuzzFeed News.')]),
    ('casual', 'which erlang creator gave that talk abt otp n the vm',
     ['Joe Armstrong', 'Armstrong'],
     [(ELX, 'Joe Armstrong, one of Erlang’s creators, has recently given an excellent talk about the design decisions behind OTP')]),
    ('casual', 'wat does the zeus gem actually do for rails ppl',
     ['pre-loads typical start-up stuff', 'pre-loads', 'preloads', 'start-up'],
     [(MED, 'The solution? Zeus. A wonderful gem that pre-loads typical start-up stuff for a Rails app')]),
    ('casual', 'how many engineers did whatsapp have acording to the elixir medium post',
     ['32', 'thirty-two', 'only 32'],
     [(MED, 'was running millions of processes on a single server, supported 450 million users, and had only 32 engineers')]),
    ('casual', 'how much $$ did south korea give the met w that agreement',
     ['$1 million', '1 million', 'one million'],
     [(NYT, 'Along with the agreement came a $1 million gift to the Met from South Korea.')]),
    ('casual', 'how many patients were in that losartan bp study',
     ['185'],
     [(PM, 'we enrolled 185 patients aged 36-79 years (mean age 63.8 years) with essential hypertension')]),
    # paraphrase
    ('paraphrase', 'Which VC who keeps a close eye on the Redmond software maker was willing to cut it some slack over missing outside forecasts?',
     ['Matt McIllwain', 'McIllwain'],
     [(BBC, 'said Matt McIllwain, a venture capitalist at Madrona Venture Group who watches Microsoft closely.')]),
    ('paraphrase', 'Which federal prosecutor told the court that someone had handed over the unlock code the evening before?',
     ['Robert Capers', 'Capers'],
     [(BF, 'U.S. Attorney Robert Capers wrote in a letter to the court of the Eastern District of New York Friday.')]),
    ('paraphrase', "Which other language's design was the model for the mechanism that lets any data type work with Elixir's enumeration functions?",
     ['Clojure'],
     [(ELX, '(protocols in Elixir are based on Clojure’s protocol)')]),
    ('paraphrase', 'Which tool does the Medium writer liken to a cross between Bundler and rake?',
     ['Mix'],
     [(MED, 'Mix is like a hybrid of Bundler and rake in ruby.')]),
    ('paraphrase', 'According to the head of the Philadelphia museum, how do the Koreans regard spreading their culture abroad?',
     ['instrument of economic policy', 'economic policy'],
     [(NYT, 'They see the promulgation of culture as an instrument of economic policy.')]),
    ('paraphrase', "In what year was the Metropolitan's room for the peninsula's art set up with foundation money?",
     ['1998'],
     [(NYT, 'The Met’s Arts of Korea Gallery was created in 1998 with a gift from the Korea Foundation')]),
    ('paraphrase', "After a year on the two-drug regimen, what share of participants reached the blood-pressure goal set by Japan's hypertension society?",
     ['51%', '51 percent', '51'],
     [(PM, 'The percentage of patients who achieved the JSH 2004 target BP was 51% after 12 months')]),
    # numeric
    ('numeric', 'How many jobs did Intel say it was cutting, according to the BBC?',
     ['12,000', '12000', 'twelve thousand'],
     [(BBC, 'Earlier this week US chipmaker Intel said it was cutting 12,000 jobs mainly due to lower demand')]),
    ('numeric', "How many digits did Apple's lawyers think Feng's passcode likely had?",
     ['4-digit', '4', 'four'],
     [(BF, 'by showing him a similar phone or having him try to recall the passcode (likely just a 4-digit PIN)')]),
    ('numeric', "In what year did Guy Steele give the OOPSLA keynote \"Growing a Language\" quoted in the Elixir post?",
     ['1998'],
     [(ELX, 'Guy Steele, keynote at the 1998 ACM OOPSLA conference on “Growing a Language”')]),
    ('numeric', "How long did the unit and functional tests of Ken Mazaika's project take at one point?",
     ['just over 20 minutes', '20 minutes', 'twenty minutes'],
     [(MED, 'For a time the project I was working on had unit and functional tests that took just over 20 minutes!')]),
    ('numeric', 'How much has the Korea Foundation spent to build Korean art galleries in American museums?',
     ['more than $9 million', '$9 million', '9 million'],
     [(NYT, 'It has spent more than $9 million to construct these galleries, Ms. Yoon said.')]),
    ('numeric', 'In what percentage of patients were adverse events observed in the losartan/hydrochlorothiazide study?',
     ['8.6%', '8.6 percent', '8.6'],
     [(PM, 'Adverse events were observed in 8.6% of the patients.')]),
    # metadata
    ('metadata', 'When did the BBC publish "Microsoft Windows hurt by PC sales slump"?',
     ['22 April 2016', 'April 22, 2016', '2016-04-22'],
     [(BBC, 'Microsoft Windows hurt by PC sales slump\n\n22 April 2016')]),
    ('metadata', 'Who wrote the BuzzFeed News story "FBI Obtains Passcode To iPhone In New York, Drops Case Against Apple"?',
     ['Salvador Hernandez', 'Hamza Shaban'],
     [(BF, 'Salvador Hernandez\n\nBuzzFeed News Reporter\n\nHamza Shaban\n\nBuzzFeed News Reporter')]),
    ('metadata', 'Who wrote the post "Elixir Design Goals" on the Elixir blog?',
     ['José Valim', 'Jose Valim', 'Valim'],
     [(ELX, 'August 08, 2013 · by José Valim . in Internals')]),
    ('metadata', "when did ken mazaika post why im betting on elixir on medium",
     ['Feb 1, 2015', 'February 1, 2015', '1 February 2015', '2015-02-01'],
     [(MED, 'Ken MazaikaFeb 1, 20157 min read')]),
    ('metadata', 'Who is the author of the New York Times article "All That Korean Art Is There for a Reason"?',
     ['Judith H. Dobrzynski', 'Judith Dobrzynski', 'Dobrzynski'],
     [(NYT, 'By JUDITH H. DOBRZYNSKIMARCH 16, 2016')]),
    ('metadata', 'In which journal, and in what year, was the losartan/hydrochlorothiazide BNP study published?',
     ['Clin Drug Investig', 'Clinical Drug Investigation', '2012'],
     [(PM, 'Clin Drug Investig. 2012 Mar 1;32(3):171-8.')]),
]

UNANSWERABLE = [
    'How many jobs did Microsoft say it would cut because of the PC sales slump?',
    "What was the revenue of Microsoft's Xbox business in the quarter the BBC reports?",
    'What was the passcode that unlocked Jun Feng\'s iPhone?',
    'who was the outside party that showed the fbi how to get into the san bernardino iphone',
    'On what date was Elixir v1.2 released?',
    'At which conferences did José Valim give the talks that the Elixir Design Goals post summarizes?',
    'whats the name of the phoenix tutorial ken mazaika built',
    'How much money did the Philadelphia Museum of Art receive from the Korea Foundation for its Korean gallery?',
    'which korean container company sponsored the your bright future show',
    'What was the mean body mass index of the patients in the losartan/hydrochlorothiazide study?',
]

OFFTOPIC = [
    'Which houseplants survive in a room with very little light?',
    'tips for sleeping on a long haul flight??',
    'Is peanut butter safe to give a dog?',
    'can u freeze cooked pasta',
    'What gauge of wire does a 20 amp circuit need?',
    'what temp should my fridge be set to',
    'Why do cats knead blankets with their paws?',
    'best glue for fixing a broken mug handle',
]

KINDS = {'factoid': 6, 'why': 4, 'casual': 9, 'paraphrase': 7, 'numeric': 6, 'metadata': 6}


def fold(s):
    return re.sub(r'\s+', ' ', s).strip().lower()


def build_docs(args):
    os.makedirs(os.path.join(HERE, 'src'), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'page-ah'), exist_ok=True)
    for name, (path, blob) in PAGES.items():
        src = os.path.join(HERE, 'src', 'keepcosmos-readability-' + path.replace('/', '-'))
        if args.git_readability:
            git = ['git', '--git-dir', args.git_readability]
            got = subprocess.run(git + ['rev-parse', f'{COMMIT}:{TESTS}{path}'], capture_output=True, text=True, check=True).stdout.strip()
            assert got == blob, (name, got, blob)
            data = subprocess.run(git + ['cat-file', 'blob', blob], capture_output=True, check=True).stdout
            with open(src, 'wb') as f:
                f.write(data)
        else:
            src = os.path.join(args.src if os.path.isabs(args.src) else os.path.join(HERE, args.src), os.path.basename(src))
            data = open(src, 'rb').read()
            got = subprocess.run(['git', 'hash-object', '--stdin'], input=data, capture_output=True, check=True).stdout.decode().strip()
            assert got == blob, (name, got, blob)
        txt = subprocess.run([sys.executable, SCRAPE, src], capture_output=True, check=True).stdout
        with open(os.path.join(HERE, 'page-ah', name), 'wb') as f:
            f.write(txt)


def build_set():
    docs = {n: open(os.path.join(HERE, 'page-ah', n), encoding='utf-8').read() for n in PAGES}
    lines, counts, n = [], Counter(), 0
    for kind, q, answers, ev in QUESTIONS:
        n += 1
        for doc, quote in ev:
            text = docs[doc]
            assert quote in text, (n, 'not an exact substring', quote)
            assert fold(text).count(fold(quote)) == 1, (n, 'not unique after folding', quote)
            assert 5 <= len(quote.split()) <= 25, (n, len(quote.split()), quote)
            assert '\u00a0' not in quote and '\u2009' not in quote, (n, 'nbsp or thin space')
            assert any(fold(a) in fold(quote) for a in answers), (n, 'no answer in quote')
        assert len({a.lower() for a in answers}) == len(answers), (n, 'duplicate answers')
        counts[kind] += 1
        lines.append({'id': f'f33-{n:02d}', 'question': q, 'kind': kind, 'answerable': True,
                      'answers': answers, 'evidence': [{'doc': d, 'quote': qq} for d, qq in ev]})
    for q in UNANSWERABLE:
        n += 1
        counts['unanswerable'] += 1
        lines.append({'id': f'f33-{n:02d}', 'question': q, 'answers': [], 'evidence': [],
                      'kind': 'unanswerable', 'answerable': False})
    for q in OFFTOPIC:
        n += 1
        counts['offtopic'] += 1
        lines.append({'id': f'f33-{n:02d}', 'question': q, 'answers': [], 'evidence': [],
                      'kind': 'offtopic', 'answerable': False})
    want = dict(KINDS, unanswerable=10, offtopic=8)
    assert dict(counts) == want, (dict(counts), want)
    assert n == 56
    assert len({l['question'] for l in lines}) == 56
    with open(os.path.join(HERE, 'page-ah.jsonl'), 'w', encoding='utf-8') as f:
        for l in lines:
            f.write(json.dumps(l, ensure_ascii=False) + '\n')
    print('page-ah.jsonl', n, 'lines', dict(counts))


def main():
    ap = argparse.ArgumentParser()
    g = ap.add_mutually_exclusive_group()
    g.add_argument('--git-readability')
    g.add_argument('--src')
    args = ap.parse_args()
    if args.git_readability or args.src:
        build_docs(args)
    build_set()


if __name__ == '__main__':
    main()
