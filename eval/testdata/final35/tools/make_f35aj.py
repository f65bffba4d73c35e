#!/usr/bin/env python3
"""Builds final35's page-aj set: six saved web pages of
AndreasMadsen/htmlparser-benchmark's real-life test files (MIT), scraped with
the shared eval/testdata/scrape.py, and the 56 questions of page-aj.jsonl.

    python3 tools/make_f35aj.py --git-hpb <AndreasMadsen/htmlparser-benchmark git dir>
    python3 tools/make_f35aj.py --src src
    python3 tools/make_f35aj.py                (questions only, documents as they are)

With --git-hpb each page is read at the commit below, its blob id is checked,
and a copy is saved in src/; with --src the saved copies are used (their blob
ids are checked too, so the documents come out byte-identical). The documents
are then written to page-aj/ by scrape.py, unchanged, and page-aj.jsonl is
written from QUESTIONS below, asserting for each evidence quote that it is an
exact byte substring of its document, that it occurs exactly once there even
after folding case and white space, that it has 5-25 words, holds no U+00A0
(nor U+2009 / U+200B / U+FEFF / U+FFFD) and contains one of the answers, that
every answer string of a line occurs (folded) in one of its quotes; and that the
kind counts are those of README-AJ.md.
"""
import argparse, json, os, re, subprocess, sys
from collections import Counter

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRAPE = os.environ.get('SCRAPE_PY', '/work/main/eval/testdata/scrape.py')
COMMIT = '3a017b39ef1e93d641fdecf3e1606db8e7a22dd8'
FILES = 'files/'

IZS = 'izs-curiosity-and-the-practice.txt'
ES = '2ality-ecmascript-next-es6-harmony.txt'
NAT = 'nature-dublin-pitch-drop-filmed.txt'
ZD = 'zdnet-bott-windows-81-eight-changes.txt'
MDM = 'bostoncom-mdmama-sunscreen-quiz.txt'
AC = 'timesstandard-ap-kiwis-catamaran-speed.txt'

# document name -> (path in the repository under FILES, git blob id)
PAGES = {
    IZS: ('c6bb934af3d288c69e9fac33501b8ff0470eb16ca618dca654cc709f2e6d8dc5.html', '129b23b5aa718ca24e9d17bba3e417154444276e'),
    ES: ('a9c82dad0fecf2e55874b18b7d81b9c7bee25805a99d22a5cc7464eee285d383.html', '1c764fd17f515c7077af48a9d09ddb9b5f5ca0b3'),
    NAT: ('412e277a5e2c7399d7e48a35fdebd482377ab52925e053c0e0c9032c69525e2a.html', '1f2dcd9c75434f37893a6f1d47b2253db879914f'),
    ZD: ('5a012f66c2bf0c70a0744c7483478aaa0c1a2b5b5920a72223f3a090e39df8be.html', 'def2b9ec2b958fd51c6213e9b6f64b6d9b6ee234'),
    MDM: ('56671acb60ba54b0c5c5bf3e428d1a679035a07c3721e71e871236ab6b9f08aa.html', '84dbec576e69828a29814bb4313aa1984604512d'),
    AC: ('2044a448d1155e107a5241eb98437159db07430c81d0b1be01da43ca02e22202.html', '8b3d8f60647b8e7b8f6ed93d8f7a9ab34e9f841c'),
}

# (kind, question, answers, [(doc, quote)]) -- answerable lines first, by kind
QUESTIONS = [
    # factoid
    ('factoid', 'According to Isaac Schlueter, what is there no way to maintain lightness without?',
     ['curiosity'],
     [(IZS, 'there is no way to maintain lightness without curiosity.')]),
    ('factoid', 'Which standards organization hosts the standard behind the name ECMAScript?',
     ['Ecma International'],
     [(ES, 'because the corresponding standard is hosted by Ecma International')]),
    ('factoid', 'Which physicist set up the pitch-drop experiment at the University of Queensland?',
     ['Thomas Parnell', 'Parnell'],
     [(NAT, 'Physicist Thomas Parnell set it up because he wanted to illustrate that everyday materials can exhibit surprising properties.')]),
    ('factoid', 'What keyboard shortcut brings up the Windows 8 charms, according to Ed Bott?',
     ['Windows key + C'],
     [(ZD, 'or with the keyboard shortcut Windows key + C.')]),
    ('factoid', 'Which sunscreen ingredients does the MD Mama quiz say there are worries about?',
     ['oxybenzone', 'retinoids', 'nanoparticles'],
     [(MDM, 'There are worries that oxybenzone and retinoids, as well as nanoparticles, could possibly have health risks.')]),
    ('factoid', "Which team was defending the America's Cup in 2013?",
     ['Oracle Team USA', 'Oracle'],
     [(AC, "will face defending champion Oracle Team USA in the 34th America's Cup starting Sept. 7.")]),
    # why
    ('why', 'Why did Microsoft call its JavaScript dialect JScript?',
     ['trademark', 'had a trademark on the name'],
     [(ES, 'Sun (now Oracle) had a trademark on the name “Java” and therefore also on the name “JavaScript”')]),
    ('why', 'Why did the Queensland pitch-drop experiment fail to film its drop in 2000?',
     ['camera was offline', 'offline'],
     [(NAT, 'missed filming its latest drop in 2000 because the camera was offline at the time.')]),
    ('why', 'Why does Dr. Claire McCarthy say spray sunscreens are a problem?',
     ['missed a spot', 'hard to know if you missed a spot'],
     [(MDM, "that's the problem with spray sunscreens--it's hard to know if you missed a spot.")]),
    ('why', 'Why had Artemis Racing not yet raced in the Louis Vuitton Cup?',
     ['fatal capsize', 'second boat launched', 'capsize of its first boat'],
     [(AC, 'has yet to race as it works to get its second boat launched following the fatal capsize of its first boat on May 9')]),
    # casual
    ('casual', 'wat does the programmer do instead of actually coding in that izs post lol',
     ['plays video games', 'snarky things on Hacker News', 'nerdy T-shirt'],
     [(IZS, 'The programmer wears an appropriately nerdy T-shirt, and plays video games, and says snarky things on Hacker News.')]),
    ('casual', 'did anybody reblog the curiosity post and add a comment, who',
     ['greelgorke'],
     [(IZS, 'greelgorke reblogged this from izs and added:')]),
    ('casual', 'who was the ecma project editor guy commenting on the es6 vs harmony post',
     ['Allen Wirfs-Brock', 'Wirfs-Brock'],
     [(ES, 'Allen Wirfs-Brock\n\nMozilla\n\nEcma-262 Project Editor')]),
    ('casual', 'how long does a pitch drop take to form vs how long to actually fall',
     ['7 to 13 years', 'a tenth of a second', 'tenth of a second'],
     [(NAT, 'it takes 7 to 13 years for a drop to form, but only a tenth of a second for it to fall')]),
    ('casual', 'wat did that nature commenter say the pitch is basically the same stuff as',
     ['Athabascan tar sands', 'tar sands'],
     [(NAT, "This experiment's media is pretty much the same chemical compound being mined in the Athabascan tar sands of Canada")]),
    ('casual', 'wat did ppl in the zdnet comments say ms shouldve done w the start button',
     ['left the start button on the task bar', 'on the task bar', 'Bringing back the Start button'],
     [(ZD, 'Microsoft should have left the start button on the task bar like it always has.'),
      (ZD, 'Bringing back the Start button would put it all in one place.')]),
    ('casual', 'how often r u supposed to reapply sunscreen if the label doesnt say',
     ['every 2 hours', '2 hours'],
     [(MDM, "If it doesn't, reapply at least every 2 hours (even if nobody is playing in the water!)")]),
    ('casual', 'can i still use last summers sunscreen or nah',
     ['chuck it and buy new stuff', 'chuck it', 'buy new stuff'],
     [(MDM, 'So unless that unexpired sunscreen has sat in a cool place since you bought it (the caveat), chuck it and buy new stuff.')]),
    ('casual', 'wat did glenn ashby say abt sailing the kiwi boat',
     ['coolest, most fun boat', "most fun boat I've ever sailed on"],
     [(AC, "By far this is the coolest, most fun boat I've ever sailed on")]),
    # paraphrase
    ('paraphrase', 'What props does the would-be author acquire, in the essay, instead of producing pages?',
     ['beret', 'moleskine', 'espresso'],
     [(IZS, 'So the writer buys a beret, and a moleskine, and sits in cafes sipping espresso.')]),
    ('paraphrase', 'Which three capabilities planned for the scrapped fourth edition did the committee agree to discard?',
     ['packages', 'namespaces', 'early binding'],
     [(ES, 'Features from ECMAScript 4 that would be dropped: packages, namespaces, early binding.')]),
    ('paraphrase', 'What nickname did the big post-version-5 release get, after the mood of the gathering that produced it?',
     ['Harmony'],
     [(ES, 'This version has been code-named Harmony, due to the nature of the meeting in which it was conceived.')]),
    ('paraphrase', "Which Nobel laureate's drive for teaching showpieces might the Irish tar display have been part of?",
     ['Ernest Walton', 'Walton'],
     [(NAT, 'It may have been part of a push by the physicist and Nobel prizewinner Ernest Walton')]),
    ('paraphrase', 'How many of those sidebar shortcuts pop out when you flick the pointer into a corner of the screen?',
     ['five', 'five charms'],
     [(ZD, 'You summon the five charms with a swipe of the mouse to the upper or lower right corner')]),
    ('paraphrase', 'Which body of skin doctors doubts there is solid proof that certain lotion components are harmful?',
     ['American Academy of Dermatology'],
     [(MDM, "the American Academy of Dermatology disagrees, saying that there's no")]),
    ('paraphrase', 'What are the racing yachts\' sails modelled on, and what cuts their resistance in the water?',
     ['jetliner wings', 'hydrofoils'],
     [(AC, 'mainsails that are shaped and perform like jetliner wings, and hydrofoils that reduce drag')]),
    # numeric
    ('numeric', 'When was ECMAScript 3 released?',
     ['December 1999', '1999'],
     [(ES, 'ECMAScript 3 (December 1999). This is the version of ECMAScript that most browsers support today.')]),
    ('numeric', 'After how many years did the Dublin pitch-drop experiment finally capture a drop on camera?',
     ['69 years', '69'],
     [(NAT, 'After 69 years, one of the longest-running laboratory investigations in the world has finally captured the fall')]),
    ('numeric', 'How wide is the Windows 8 charms menu, according to Ed Bott?',
     ['86 pixels', '86'],
     [(ZD, 'is a mere 86 pixels in width, which still allows plenty of room for your apps')]),
    ('numeric', 'How many comments had readers left on the ZDNet piece about eight changes for Windows 8.1?',
     ['199 comments', '199'],
     [(ZD, 'Talkback\n\n199 comments\n\nLog in or register to join the discussion')]),
    ('numeric', 'What is the lowest SPF the MD Mama quiz says you should buy?',
     ['SPF 30', '30'],
     [(MDM, 'You should buy at least SPF 30 (the Consumer Reports folks say 40 based on their tests')]),
    ('numeric', "What top speed did Emirates Team New Zealand's catamaran reach on San Francisco Bay?",
     ['44.15 knots', '50.8 mph', '44.15'],
     [(AC, 'hitting 44.15 knots, or 50.8 mph, Thursday on San Francisco Bay')]),
    # metadata
    ('metadata', 'When did Isaac Z. Schlueter post "Curiosity and The Practice" on his blog?',
     ['2013-05-06'],
     [(IZS, 'Mon 2013-05-06 13:44:00 | 12 notes')]),
    ('metadata', 'On what date was the 2ality post "ECMAScript: ES.next versus ES 6 versus ES Harmony" published?',
     ['2011-06-27'],
     [(ES, '2011-06-27\n\nECMAScript: ES.next versus ES 6 versus ES Harmony')]),
    ('metadata', 'Who wrote Nature\'s "World\'s slowest-moving drop caught on camera at last", and when was it published?',
     ['Richard Johnston', '18 July 2013'],
     [(NAT, 'Richard Johnston\n\n18 July 2013')]),
    ('metadata', 'Who wrote ZDNet\'s "Eight changes I\'d like to see in Windows 8.1 (but probably won\'t)", and on what date?',
     ['Ed Bott', 'June 5, 2013'],
     [(ZD, 'By Ed Bott for The Ed Bott Report | June 5, 2013 -- 13:03 GMT (06:03 PDT)')]),
    ('metadata', 'who wrote the boston.com md mama post quiz check your sunscreen smarts',
     ['Claire McCarthy', 'Dr. Claire McCarthy'],
     [(MDM, 'Posted by Dr. Claire McCarthy')]),
    ('metadata', 'Which news agency wrote the Times-Standard story "Kiwis reach 50.8 mph in AC 72-foot catamaran"?',
     ['The Associated Press', 'Associated Press'],
     [(AC, 'Kiwis reach 50.8 mph in AC 72-foot catamaran\n\nThe Associated Press')]),
]

UNANSWERABLE = [
    'which software project is isaac schlueter known for maintaining',
    'When was ECMAScript 6 finally published as a standard?',
    'In which city did TC39 meet at the end of July 2008 to reach its accord on Harmony?',
    'How many drops had the Dublin pitch-drop experiment shed before the one filmed in July 2013?',
    'on what date did the ninth queensland pitch drop actually fall',
    'What is the eighth change Ed Bott would like to see in Windows 8.1?',
    'On which day did Windows 8.1 become generally available?',
    'Which sunscreen brands are on the Environmental Working Group\'s list of products without oxybenzone?',
    'wat spf did consumer reports find the weak spf 30 sunscreens actually give',
    'Who skippered Emirates Team New Zealand when it set the 44.15-knot record?',
]

OFFTOPIC = [
    'Which way do you wind a grandfather clock?',
    'can dogs eat avocado',
    'Can citrus peels go in a compost heap?',
    'do snails hibernate in winter',
    'How should a wool jumper be dried so it does not shrink?',
    'what size drill bit for a 6mm wall plug',
    'Why do woodpeckers not get headaches?',
    'do frogs drink water or absorb it',
]

KINDS = {'factoid': 6, 'why': 4, 'casual': 9, 'paraphrase': 7, 'numeric': 6, 'metadata': 6}
BAD_CHARS = ('\u00a0', '\u2009', '\u200b', '\ufeff', '\ufffd')


def fold(s):
    return re.sub(r'\s+', ' ', s).strip().lower()


def build_docs(args):
    os.makedirs(os.path.join(HERE, 'src'), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'page-aj'), exist_ok=True)
    for name, (path, blob) in PAGES.items():
        src = os.path.join(HERE, 'src', 'htmlparser-benchmark-' + path)
        if args.git_hpb:
            git = ['git', '--git-dir', args.git_hpb]
            got = subprocess.run(git + ['rev-parse', f'{COMMIT}:{FILES}{path}'], capture_output=True, text=True, check=True).stdout.strip()
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
        with open(os.path.join(HERE, 'page-aj', name), 'wb') as f:
            f.write(txt)


def build_set():
    docs = {n: open(os.path.join(HERE, 'page-aj', n), encoding='utf-8').read() for n in PAGES}
    lines, counts, n = [], Counter(), 0
    for kind, q, answers, ev in QUESTIONS:
        n += 1
        for doc, quote in ev:
            text = docs[doc]
            assert quote in text, (n, 'not an exact substring', quote)
            assert fold(text).count(fold(quote)) == 1, (n, 'not unique after folding', quote)
            assert 5 <= len(quote.split()) <= 25, (n, len(quote.split()), quote)
            assert not any(c in quote for c in BAD_CHARS), (n, 'nbsp, thin, zero-width, BOM or replacement char')
            assert any(fold(a) in fold(quote) for a in answers), (n, 'no answer in quote')
        assert len({a.lower() for a in answers}) == len(answers), (n, 'duplicate answers')
        for a in answers:  # stricter than final34: every answer string is in an evidence quote
            assert any(fold(a) in fold(qq) for _, qq in ev), (n, 'answer not in any quote', a)
        counts[kind] += 1
        lines.append({'id': f'f35-{n:02d}', 'question': q, 'kind': kind, 'answerable': True,
                      'answers': answers, 'evidence': [{'doc': d, 'quote': qq} for d, qq in ev]})
    for q in UNANSWERABLE:
        n += 1
        counts['unanswerable'] += 1
        lines.append({'id': f'f35-{n:02d}', 'question': q, 'answers': [], 'evidence': [],
                      'kind': 'unanswerable', 'answerable': False})
    for q in OFFTOPIC:
        n += 1
        counts['offtopic'] += 1
        lines.append({'id': f'f35-{n:02d}', 'question': q, 'answers': [], 'evidence': [],
                      'kind': 'offtopic', 'answerable': False})
    want = dict(KINDS, unanswerable=10, offtopic=8)
    assert dict(counts) == want, (dict(counts), want)
    assert n == 56
    assert len({l['question'] for l in lines}) == 56
    with open(os.path.join(HERE, 'page-aj.jsonl'), 'w', encoding='utf-8') as f:
        for l in lines:
            f.write(json.dumps(l, ensure_ascii=False) + '\n')
    print('page-aj.jsonl', n, 'lines', dict(counts))


def main():
    ap = argparse.ArgumentParser()
    g = ap.add_mutually_exclusive_group()
    g.add_argument('--git-hpb', help='git dir of AndreasMadsen/htmlparser-benchmark')
    g.add_argument('--src')
    ap.add_argument('--docs-only', action='store_true')
    args = ap.parse_args()
    if args.git_hpb or args.src:
        build_docs(args)
    if not args.docs_only:
        build_set()


if __name__ == '__main__':
    main()
