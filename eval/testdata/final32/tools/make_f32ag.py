#!/usr/bin/env python3
"""Builds final32's page-ag set: six test pages of marek-stoj/NReadability
(Apache-2.0), scraped with the shared eval/testdata/scrape.py, and the 56
questions of page-ag.jsonl.

    python3 tools/make_f32ag.py --git-nreadability <NReadability git dir>
    python3 tools/make_f32ag.py --src src

With --git-nreadability each page is read at the commit below, its blob id is
checked, and a copy is saved in src/; with --src the saved copies are used
(the documents come out byte-identical). The documents are then written to
page-ag/ by scrape.py, unchanged, and page-ag.jsonl is written from QUESTIONS
below, asserting for each evidence quote that it is an exact byte substring of
its document, that it occurs exactly once there even after folding case and
white space, that it has 5-25 words, holds no U+00A0 and contains one of the
answers; and that the kind counts are those of README-AG.md.
"""
import argparse, json, os, re, subprocess, sys
from collections import Counter

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRAPE = os.environ.get('SCRAPE_PY', '/work/main/eval/testdata/scrape.py')
COMMIT = '808afcfd2086b627d7be4ed7572afd33a4825df3'
TESTS = 'Src/NReadability/NReadability.Tests/'

# document name -> (path in the repository under TESTS, git blob id)
PAGES = {
    'nytimes-aung-san-suu-kyi-freed.txt': ('SampleInput/SampleInput_08.html', 'cd9ada4a7a01dac8f6ed603a180c95c55f37f5f2'),
    'telegraph-shalit-death-penalty.txt': ('SampleInput/SampleInput_12.html', '8f407e679154c0a3faad51a9975ee698290ae007'),
    'codinghorror-welcome-back-comments.txt': ('SampleInput/SampleInput_03.html', '245ce8d04d93a99790919b7379d631a01b2d2497'),
    'howstuffworks-how-to-play-scrabble.txt': ('SampleWebInput/SampleInput_05_2.html', '4b2a0a57067bb0ca5ac40475349523a488172279'),
    'theatlantic-dirty-coal-clean-future.txt': ('SampleWebInput/SampleInput_03_1.html', '06e9aff806b4e088fb16c6443a83e91a69c46fe8'),
    'nplusone-treasure-island-tv-serials.txt': ('SampleInput/SampleInput_07.html', '5d23939c8a04bf747535f36f618e204343512901'),
}

NYT = 'nytimes-aung-san-suu-kyi-freed.txt'
TEL = 'telegraph-shalit-death-penalty.txt'
CH = 'codinghorror-welcome-back-comments.txt'
HSW = 'howstuffworks-how-to-play-scrabble.txt'
ATL = 'theatlantic-dirty-coal-clean-future.txt'
NP1 = 'nplusone-treasure-island-tv-serials.txt'

# (kind, question, answers, [(doc, quote)]) -- answerable lines first, by kind
QUESTIONS = [
    # factoid
    ('factoid', "Which of Aung San Suu Kyi's lawyers said her movements could still be restricted after her release?",
     ['U Kyi Maung', 'Kyi Maung'],
     [(NYT, 'But one of her lawyers, U Kyi Maung, said that even if no formal conditions were placed on her freedom')]),
    ('factoid', 'According to Richard Landes, who is the only person Israel has ever executed?',
     ['Adolph Eichmann', 'Adolf Eichmann', 'Eichmann'],
     [(TEL, 'Israel has only executed one person, Adolph Eichmann, held responsible for the extermination of millions of Jews')]),
    ('factoid', 'Which blogging platform has Coding Horror been moved to, according to "Welcome Back Comments"?',
     ['TypePad'],
     [(CH, 'Coding Horror is now hosted in the TypePad ecosystem')]),
    ('factoid', "Which dictionary does HowStuffWorks suggest Scrabble players may agree to use for challenges, besides a standard one?",
     ["Official Scrabble Players' Dictionary", 'Official Scrabble Players Dictionary', 'OSPD'],
     [(HSW, "whether it's a standard dictionary or the Official Scrabble Players' Dictionary.")]),
    ('factoid', 'Which Penn State climate scientist does James Fallows quote about past CO2 levels and the ice sheets?',
     ['Michael Mann', 'Mann'],
     [(ATL, 'Michael Mann, a climate scientist at Penn State, told me.')]),
    ('factoid', 'Who wrote the 1985 TV Guide cover story "Why Hill Street Blues is Irresistible"?',
     ['Joyce Carol Oates', 'Oates'],
     [(NP1, '“Why Hill Street Blues is Irresistible.” It was written by Joyce Carol Oates.')]),
    # why
    ('why', 'Why did the timing of Aung San Suu Kyi\'s release suggest that Myanmar\'s generals felt confident, according to the Times?',
     ['five days after an election', 'after an election', 'election'],
     [(NYT, 'Her release, just five days after an election that recast the structure of Myanmar’s government, suggested that the generals were confident')]),
    ('why', 'Why is Jeff Atwood no longer allowing anonymous comments on Coding Horror?',
     ["don't have time", "doesn't have time", 'no time', 'scale', 'time to deal properly'],
     [(CH, "it is clear that at this scale I don't have time to deal properly with anonymous comments")]),
    ('why', 'Why is coal worse than oil or natural gas from a carbon-footprint perspective, according to Fallows?',
     ['higher carbon-to-hydrogen ratio', 'carbon-to-hydrogen', 'more carbon atoms', 'carbon atoms'],
     [(ATL, 'meaning that coal starts with a higher carbon-to-hydrogen ratio than oil, natural gas, or other hydrocarbons')]),
    ('why', 'Why did the big US networks need to change how prime-time shows told stories in the early 1980s, according to Richard Beck?',
     ['cable', 'home video', 'ratings', 'loyalty'],
     [(NP1, 'The arrival of pay and cable television stations, as well as home video equipment and rental chains, had eaten away at ratings')]),
    # casual
    ('casual', 'wat was suu kyi wearing when she came out to the gate',
     ['pink shirt', 'purple sarong', 'long-sleeved pink shirt and a purple sarong'],
     [(NYT, 'Waving and beaming in a long-sleeved pink shirt and a purple sarong, the Nobel Peace Prize laureate')]),
    ('casual', 'who called suu kyi a hero of mine lol',
     ['Obama', 'President Obama', 'Barack Obama'],
     [(NYT, '“She is a hero of mine,” said President Obama, “and a source of inspiration')]),
    ('casual', 'which bbc guy interviewed the released prisoner in that shalit piece',
     ['Jon Donnison', 'Donnison'],
     [(TEL, 'BBC correspondent Jon Donnison showed the extent of ignorance among the supposedly professional news media')]),
    ('casual', 'where is jeff atwood doing his workshop n presentation',
     ['Webstock 2010', 'Webstock', 'New Zealand'],
     [(CH, 'I am presenting and conducting a workshop at Webstock 2010 in New Zealand.')]),
    ('casual', 'wat coffee did the kiwi commenter tell jeff to try',
     ['Flat White'],
     [(CH, "head for the local coffee shot for a decent shot of the good stuff. I'd start with a Flat White")]),
    ('casual', 'how many ppl can play scrabble at once',
     ['two to four', '2 to 4', '2-4', 'two and four'],
     [(HSW, 'Anywhere from two to four people may play the game at one time, although tournament play is always one-on-one.')]),
    ('casual', 'which chinese provinces did fallows visit coal towns in',
     ['Shandong and Shanxi', 'Shandong', 'Shanxi'],
     [(ATL, 'When I visited coal towns in China’s Shandong and Shanxi provinces, my face, arms, and hands would be rimed in black')]),
    ('casual', 'wich nail gun did snoop end up buying in the wire',
     ['Hilti', 'Hilti DX460 MX', 'DX460'],
     [(NP1, 'Snoop goes for the Hilti, and hands the employee $800 in cash for a $660 nail gun')]),
    ('casual', 'how many hrs did tony soprano spend explaining himself acording to that n+1 essay',
     ['eighty-six hours', '86 hours', 'eighty-six', '86'],
     [(NP1, 'Even slower readers are unlikely to need eighty-six hours to get through Anna Karenina or Ulysses')]),
    # paraphrase
    ('paraphrase', 'In which two earlier years had the democracy leader been let out of confinement to similar outpourings of support?',
     ['1995 and 2002', '1995', '2002'],
     [(NYT, 'It was the kind of outpouring she had experienced twice before on earlier releases from house arrest, in 1995 and 2002.')]),
    ('paraphrase', "When did the UK scrap capital punishment, in the columnist's list of countries that followed the Jewish state?",
     ['1965'],
     [(TEL, 'followed a decade later by Britain (1965), Sweden (1972), Canada (1976) and France (1981).')]),
    ('paraphrase', 'Which Hezbollah leader does the op-ed cite boasting that his side loves death while its enemy loves life?',
     ['Nasrullah', 'Nasrallah', 'Hassan Nasrallah'],
     [(TEL, 'As Hizbullah’s Nasrullah put it after a prison exchange in 2004')]),
    ('paraphrase', 'Which reader wrote privately to the blogger that switching off feedback had a silver lining: people had to think for themselves?',
     ['Stéphane Charette', 'Stephane Charette', 'Charette'],
     [(CH, 'But there was another unanticipated side effect of having comments disabled that Stéphane Charette pointed out to me in email.')]),
    ('paraphrase', 'In the board game, what is the holder called that lets you plan your next move while keeping your letters hidden from opponents?',
     ['rack', 'the rack'],
     [(HSW, 'The rack allows a player to prepare for the next move without anyone else seeing what tiles he or she has.')]),
    ('paraphrase', 'Which researcher at the California weapons lab told the reporter that good climate ideas are not rivals?',
     ['Roger Aines', 'Aines'],
     [(ATL, 'Roger Aines, a climate scientist at Lawrence Livermore National Laboratory, told me when I visited this summer.')]),
    ('paraphrase', "Which piece of printing equipment fixed the length of each Pickwick instalment, according to the essay on TV serials?",
     ['Fourdrinier cylindrical paper-making machine', 'Fourdrinier', 'paper-making machine'],
     [(NP1, 'because that’s how many pages the Fourdrinier cylindrical paper-making machine could impress at once')]),
    # numeric
    ('numeric', 'How old was Aung San Suu Kyi when she was freed in November 2010?',
     ['65', 'sixty-five'],
     [(NYT, 'Indeed, Mrs. Aung San Suu Kyi, 65, faced an immediate challenge of mending fences within the democratic opposition')]),
    ('numeric', 'In what year did Israel first outlaw the death penalty, according to Richard Landes?',
     ['1954'],
     [(TEL, 'Israel first outlawed the death penalty in 1954, thus reversing the Mandate Law')]),
    ('numeric', 'For how long were comments disabled on Coding Horror before they came back?',
     ['two month', 'two months', '2 months'],
     [(CH, 'comments, by necessity, were disabled during this two month period')]),
    ('numeric', 'How many tiles come with a Scrabble game, according to HowStuffWorks?',
     ['100', 'one hundred', 'a hundred'],
     [(HSW, 'The game comes with 100 tiles, each with a different letter and point value assigned to it.')]),
    ('numeric', 'How much carbon dioxide does all human activity put into the atmosphere each year, according to Fallows?',
     ['37 billion tons', '37 billion', '37 gigatons'],
     [(ATL, 'All human activity together puts roughly 37 billion tons (37 gigatons) of carbon dioxide into the atmosphere each year.')]),
    ('numeric', 'How many named characters does The Wire have, according to Richard Beck?',
     ['more than 200', 'over 200', '200'],
     [(NP1, 'The Wire has more than 200 named characters, and by the series’ end all of them seem to have talked to one another.')]),
    # metadata
    ('metadata', 'When did the New York Times publish "Burmese Dissident Is Freed After Long Detention"?',
     ['November 13, 2010', '13 November 2010', 'Nov. 13, 2010', '2010-11-13'],
     [(NYT, 'Burmese Dissident Is Freed After Long Detention\n\nBy THE NEW YORK TIMES\n\nPublished: November 13, 2010')]),
    ('metadata', 'Who wrote the Telegraph comment piece "What Gilad Shalit tells us about the respect for life in Europe, Israel and Palestine"?',
     ['Richard Landes', 'Landes'],
     [(TEL, 'By Richard Landes\n\n4:57PM BST 21 Oct 2011')]),
    ('metadata', 'when was jeff atwoods welcome back comments post published',
     ['Feb 12, 2010', 'February 12, 2010', '12 February 2010', '2010-02-12'],
     [(CH, 'Coding Horror\n\nFeb 12, 2010\n\nWelcome Back Comments')]),
    ('metadata', 'Who is the author of the HowStuffWorks article "How Scrabble Works"?',
     ['Jill Jaracz', 'Jaracz'],
     [(HSW, 'Brain Games\n\nby Jill Jaracz\n\nPrint\n\nCite This!')]),
    ('metadata', 'Who wrote The Atlantic\'s December 2010 magazine article "Dirty Coal, Clean Future"?',
     ['James Fallows', 'Fallows'],
     [(ATL, 'By James Fallows\n\nImage credit: Bryan Christie')]),
    ('metadata', 'On what date did n+1 publish Richard Beck\'s "Treasure Island" about TV serials?',
     ['20 May 2010', 'May 20, 2010', '2010-05-20'],
     [(NP1, '20 May 2010\n\nMusic and TV\n\nRichard Beck')]),
]

UNANSWERABLE = [
    'Which political party does Aung San Suu Kyi lead?',
    'who won the myanmar election that happened right before she got out',
    'What is the name of Richard Landes\'s blog, where the longer version of the article appears?',
    'At which university does Richard Landes teach?',
    'What is the title of the talk Jeff Atwood gives at Webstock 2010?',
    'how much does typepad cost per month for a blog like coding horror',
    'How many points is the letter Q worth in Scrabble, according to HowStuffWorks?',
    'How many tons of carbon dioxide does China alone emit each year, according to Fallows?',
    'which group wrote the coal without carbon plan fallows mentions',
    'who played john locke on lost',
]

OFFTOPIC = [
    'Which knot should I use to tie a boat to a dock?',
    'any tips for learning to touch type faster',
    'Is it safe to reheat cooked rice twice?',
    'best way to clean white sneakers',
    'How do you say thank you in Finnish?',
    'parallel parking tips pls',
    'What should I pack for a weekend camping trip?',
    'whats a good warmup before running a 5k',
]

KINDS = {'factoid': 6, 'why': 4, 'casual': 9, 'paraphrase': 7, 'numeric': 6, 'metadata': 6}


def fold(s):
    return re.sub(r'\s+', ' ', s).strip().lower()


def build_docs(args):
    os.makedirs(os.path.join(HERE, 'src'), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'page-ag'), exist_ok=True)
    for name, (path, blob) in PAGES.items():
        src = os.path.join(HERE, 'src', 'nreadability-' + path.replace('/', '-'))
        if args.git_nreadability:
            git = ['git', '--git-dir', args.git_nreadability]
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
        with open(os.path.join(HERE, 'page-ag', name), 'wb') as f:
            f.write(txt)


def build_set():
    docs = {n: open(os.path.join(HERE, 'page-ag', n), encoding='utf-8').read() for n in PAGES}
    lines, counts, n = [], Counter(), 0
    for kind, q, answers, ev in QUESTIONS:
        n += 1
        for doc, quote in ev:
            text = docs[doc]
            assert quote in text, (n, 'not an exact substring', quote)
            assert fold(text).count(fold(quote)) == 1, (n, 'not unique after folding', quote)
            assert 5 <= len(quote.split()) <= 25, (n, len(quote.split()), quote)
            assert '\u00a0' not in quote, (n, 'nbsp')
            assert any(fold(a) in fold(quote) for a in answers), (n, 'no answer in quote')
        assert len({a.lower() for a in answers}) == len(answers), (n, 'duplicate answers')
        counts[kind] += 1
        lines.append({'id': f'f32-{n:02d}', 'question': q, 'kind': kind, 'answerable': True,
                      'answers': answers, 'evidence': [{'doc': d, 'quote': qq} for d, qq in ev]})
    for q in UNANSWERABLE:
        n += 1
        counts['unanswerable'] += 1
        lines.append({'id': f'f32-{n:02d}', 'question': q, 'answers': [], 'evidence': [],
                      'kind': 'unanswerable', 'answerable': False})
    for q in OFFTOPIC:
        n += 1
        counts['offtopic'] += 1
        lines.append({'id': f'f32-{n:02d}', 'question': q, 'answers': [], 'evidence': [],
                      'kind': 'offtopic', 'answerable': False})
    want = dict(KINDS, unanswerable=10, offtopic=8)
    assert dict(counts) == want, (dict(counts), want)
    assert n == 56
    assert len({l['question'] for l in lines}) == 56
    with open(os.path.join(HERE, 'page-ag.jsonl'), 'w', encoding='utf-8') as f:
        for l in lines:
            f.write(json.dumps(l, ensure_ascii=False) + '\n')
    print('page-ag.jsonl', n, 'lines', dict(counts))


def main():
    ap = argparse.ArgumentParser()
    g = ap.add_mutually_exclusive_group()
    g.add_argument('--git-nreadability')
    g.add_argument('--src')
    args = ap.parse_args()
    if args.git_nreadability or args.src:
        build_docs(args)
    build_set()


if __name__ == '__main__':
    main()
