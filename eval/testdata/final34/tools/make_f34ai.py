#!/usr/bin/env python3
"""Builds final34's page-ai set: the six saved web pages of
alexeyzab/article-date-extractor's test fixtures (BSD-3-Clause), scraped with
the shared eval/testdata/scrape.py, and the 56 questions of page-ai.jsonl.

    python3 tools/make_f34ai.py --git-ade <alexeyzab/article-date-extractor git dir>
    python3 tools/make_f34ai.py --src src

With --git-ade each page is read at the commit below, its blob id is checked,
and a copy is saved in src/; with --src the saved copies are used (their blob
ids are checked too, so the documents come out byte-identical). The documents
are then written to page-ai/ by scrape.py, unchanged, and page-ai.jsonl is
written from QUESTIONS below, asserting for each evidence quote that it is an
exact byte substring of its document, that it occurs exactly once there even
after folding case and white space, that it has 5-25 words, holds no U+00A0
(nor U+2009 / U+200B) and contains one of the answers; and that the kind
counts are those of README-AI.md.
"""
import argparse, json, os, re, subprocess, sys
from collections import Counter

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRAPE = os.environ.get('SCRAPE_PY', '/work/main/eval/testdata/scrape.py')
COMMIT = 'e87ba1f7d09b95640b92591dee0d1b5f6d2ad905'
TESTS = 'tests/fixtures/'

BBC = 'bbc-egypt-pharaoh-statue-psamtek.txt'
CNN = 'cnn-sutter-climate-change-terror-opinion.txt'
GOO = 'googleresearch-guetzli-jpeg-encoder.txt'
KLOG = 'theklog-water-to-wash-face.txt'
NYT = 'nytimes-meditation-studio-mndfl.txt'
TC = 'techcrunch-atlassian-ipo-share-price.txt'

# document name -> (path in the repository under TESTS, git blob id)
PAGES = {
    BBC: ('bbc.html', 'cff7ccac3c2a38d336b5b0dbc56054404f2c84aa'),
    CNN: ('cnn.html', 'db62ea4bb1eae84b1620210de6d4dce5957691a9'),
    GOO: ('google_blog.html', 'a64e564f29522d0b006de97d0cff4193e67b1e27'),
    KLOG: ('klog.html', '28d56b6362f8f865e20f42d5688cb9490b9ee6a0'),
    NYT: ('nytimes.html', 'ef3bc7cd87918c3474d31035add0b27b6bd72106'),
    TC: ('techcrunch.html', '8b27f46e3496273918e956d7315168f631276e11'),
}

# (kind, question, answers, [(doc, quote)]) -- answerable lines first, by kind
QUESTIONS = [
    # factoid
    ('factoid', "Which Egyptian antiquities minister said the statue pulled from the mud in Cairo was almost certainly not Ramses II?",
     ['Khaled el-Anani', 'Khaled Al-Anani', 'el-Anani', 'Anani'],
     [(BBC, 'Khaled el-Anani told a news conference the statue was almost certainly Psamtek I')]),
    ('factoid', 'Which climate scientist ran from Arctic Norway towards the UN climate summit in Paris?',
     ['Erlend Moster Knudsen', 'Knudsen'],
     [(CNN, 'Erlend Moster Knudsen started running. Starting line: Arctic Norway.')]),
    ('factoid', 'What does the name Guetzli mean in Swiss German?',
     ['cookie'],
     [(GOO, '— cookie in Swiss German — is a JPEG encoder for digital images and web graphics')]),
    ('factoid', 'Which Mt. Sinai dermatologist recommends water-free cleansing to avoid hard, high-pH water?',
     ['Joshua Zeichner', 'Zeichner'],
     [(KLOG, 'Joshua Zeichner, the director of clinical and cosmetic dermatology at Mt. Sinai Hospital')]),
    ('factoid', 'Who led the sound bath that Marisa Meltzer went to at Mndfl?',
     ['Sara Auster', 'Auster'],
     [(NYT, 'My first official foray was an hourlong sound bath led by Sara Auster')]),
    ('factoid', 'Under which ticker symbol was Atlassian going to list its shares?',
     ['TEAM'],
     [(TC, 'which makes Slack competitor Hipchat and will list under the ticker symbol TEAM')]),
    # why
    ('why', 'Why had experts at first believed the statue found in Cairo was Ramses II?',
     ['close to a temple', 'temple dedicated to the ruler', 'near a temple'],
     [(BBC, 'Experts had thought the statue was Ramses, who ruled 600 years earlier, because it was close to a temple dedicated to the ruler.')]),
    ('why', 'Why is Laila Inga having trouble surviving as a reindeer herder?',
     ['melting and refreezing', 'snow is melting', 'changes in the climate'],
     [(CNN, 'The snow is melting and refreezing more often, he said, making it difficult for reindeer to nuzzle through the ice')]),
    ('why', 'Why does Jeremy Fenton advise steering away from soap when washing your face?',
     ['high pH', 'drying and irritating', 'bacterial composition'],
     [(KLOG, 'have a high pH, which can be drying and irritating, and disrupt the natural bacterial composition of the skin')]),
    ('why', "Why did Atlassian's net income drop in its latest year, according to a previous filing?",
     ['research and development', 'R&D', 'increased research and development spending'],
     [(TC, 'the income drop last year was due to increased research and development spending')]),
    # casual
    ('casual', 'who actually dug up that pharaoh statue lol was it germans',
     ['Egyptian-German archaeological team', 'Egyptian-German', 'Egyptian German team'],
     [(BBC, 'It was found by an Egyptian-German archaeological team, and was partially submerged in water')]),
    ('casual', 'how many ppl actually showed up to knudsens talk in maubeuge',
     ['six', '6', 'all but six'],
     [(CNN, 'he gave a talk to a room of 50 chairs, all but six of them empty.')]),
    ('casual', 'wat temp rise is the whole paris climate thing built around',
     ['2 degrees Celsius', '2 degrees', 'two degrees', '2°C'],
     [(CNN, '2 degrees Celsius is the number at the center of the upcoming Paris negotiations')]),
    ('casual', 'how many pixels was the phone line pic in the guetzli post',
     ['16x16', '16 x 16', '16 by 16'],
     [(GOO, '16x16 pixel synthetic example of a phone line hanging against a blue sky')]),
    ('casual', 'wat ph does the epa say tap water has to be between',
     ['6.5 and 8.5', '6.5 to 8.5', '6.5-8.5', '6.5'],
     [(KLOG, 'EPA standards require the pH of tap water to fall between 6.5 and 8.5')]),
    ('casual', 'which states have the hardest water acording to the klog',
     ['Texas', 'New Mexico', 'Kansas', 'Arizona', 'southern California'],
     [(KLOG, 'Areas of Texas, New Mexico, Kansas, Arizona, and southern California have some of the hardest water.')]),
    ('casual', 'y did the nyt writer go to a meditation studio instead of just doing it at home',
     ['nap time', 'turns into nap time', 'organization and supervision'],
     [(NYT, 'Left on my own, meditation time turns into nap time, so I knew I needed some organization and supervision.')]),
    ('casual', 'wat apps were ppl using to meditate in that nyt piece',
     ['Headspace'],
     [(NYT, 'Some used apps like Headspace; others just put on trippy music and zoned out.')]),
    ('casual', 'did atlassian take any vc money before the ipo',
     ['no venture capital', 'none', 'taken no venture capital'],
     [(TC, 'has raised $210 million so far through secondary rounds (it has taken no venture capital funding)')]),
    # paraphrase
    ('paraphrase', 'What carving on the giant sculpture pointed to a later monarch than the one first assumed?',
     ["one of Psamtek's five names", "Psamtek's five names", 'five names', 'Psamtek'],
     [(BBC, "But one of Psamtek's five names was found engraved on the huge statue.")]),
    ('paraphrase', 'Which ex-chief of the UN body that convenes countries on global warming once wept as earlier summit talks began to crumble?',
     ['Yvo de Boer', 'de Boer'],
     [(CNN, 'I spoke with Yvo de Boer, former head of the United Nations Framework Convention on Climate Change')]),
    ('paraphrase', 'Which step of the encoding pipeline does the new encoder concentrate its effort on?',
     ['quantization', 'quantization stage'],
     [(GOO, 'Guetzli specifically targets the quantization stage in which the more visual quality loss is introduced')]),
    ('paraphrase', 'Which American regions are said to get the mildest, least chalky household water?',
     ['New England', 'South Atlantic', 'Pacific Northwest'],
     [(KLOG, 'the softest water in the country tends to occur in some parts of New England, the South Atlantic, and Pacific Northwest')]),
    ('paraphrase', 'During her second visit, what did the instructor tell the group to do each time their thoughts strayed?',
     ['bring ourselves back to the room', 'back to the room', 'come back to the room'],
     [(NYT, 'She instructed us to bring ourselves back to the room whenever our minds wandered.')]),
    ('paraphrase', "Which artist's canvases did the writer imagine with her lids shut during her second Mndfl visit?",
     ['Gerhard Richter', 'Richter'],
     [(NYT, 'I closed my eyes and found myself picturing one of Gerhard Richter’s candle paintings.')]),
    ('paraphrase', "According to its latest regulatory paperwork, how many clients use the Australian firm's business programs?",
     ['more than 51,000', '51,000', '51000'],
     [(TC, 'Atlassian says its enterprise software products have more than 51,000 customers')]),
    # numeric
    ('numeric', 'How tall was the statue found in Cairo originally?',
     ['nine metres', '9 metres', 'nine meters', '9 meters', '29ft', '29 feet'],
     [(BBC, 'which was nine metres (29ft) tall originally')]),
    ('numeric', 'To roughly how many degrees of warming by the end of the century would the pledges made before the Paris talks hold the planet?',
     ['2.7 degrees', '2.7'],
     [(CNN, 'promise to slow warming only to an estimated 2.7 degrees by the end of the century')]),
    ('numeric', 'How much smaller are the JPEG files Guetzli creates than those of currently available methods?',
     ['35%', '35 percent', '35'],
     [(GOO, 'creates high quality JPEG images with file sizes 35% smaller than currently available methods')]),
    ('numeric', 'Around what pH level does skin perform and look its best, according to Rachel Nazarian?',
     ['5.5', 'around 5.5'],
     [(KLOG, 'Your skin performs and looks its best within a narrow pH level (around 5.5)')]),
    ('numeric', 'How much does a first class cost at Mndfl?',
     ['$10', '10 dollars', 'ten dollars'],
     [(NYT, 'The first class is $10; 30-minute classes are $18')]),
    ('numeric', 'What price range did Atlassian set for the shares of its IPO?',
     ['$16.50 and $18.50', '$16.50 to $18.50', '$16.50', '$18.50'],
     [(TC, 'its 20 million shares will be priced between $16.50 and $18.50')]),
    # metadata
    ('metadata', "When did BBC News publish \"Egypt Pharaoh statue 'not Ramses II but different ruler'\"?",
     ['16 March 2017', 'March 16, 2017', '2017-03-16'],
     [(BBC, "Egypt Pharaoh statue 'not Ramses II but different ruler'\n\n16 March 2017")]),
    ('metadata', 'Who wrote the CNN opinion piece "Climate change is a form of terror"?',
     ['John D. Sutter', 'John Sutter', 'Sutter'],
     [(CNN, 'By John D. Sutter, CNN\n\nUpdated 1701 GMT (0101 HKT) November 29, 2015')]),
    ('metadata', 'Who posted "Announcing Guetzli: A New Open Source JPEG Encoder" on the Google Research Blog?',
     ['Robert Obryk', 'Jyrki Alakuijala'],
     [(GOO, 'Posted by Robert Obryk and Jyrki Alakuijala, Software Engineers, Google Research Europe')]),
    ('metadata', 'who wrote the klog article about whether the water u wash ur face with matters',
     ['Renee Jacques', 'Jacques'],
     [(KLOG, 'By Renee Jacques March 16, 2017')]),
    ('metadata', 'On what date did The New York Times publish Marisa Meltzer\'s "So You Think You Can’t Meditate?" online?',
     ['March 15, 2017', '15 March 2017', '2017-03-15'],
     [(NYT, 'By MARISA MELTZER MARCH 15, 2017')]),
    ('metadata', 'Who wrote TechCrunch\'s "Hipchat-Maker Atlassian Sets Share Prices For Its IPO", and when was it posted?',
     ['Catherine Shu', 'Nov 30, 2015', 'November 30, 2015', '2015-11-30'],
     [(TC, 'Posted Nov 30, 2015 by Catherine Shu (@catherineshu)')]),
]

UNANSWERABLE = [
    'who was in charge of the egyptian-german dig team that found the statue',
    'When will the reassembled statue of Psamtek I go on public display?',
    'How old is Laila Inga, the reindeer herder whose story Knudsen carried to Paris?',
    'on what day did knudsen finally get to paris',
    'How many times slower is Guetzli than libjpeg at compressing an image?',
    'Under which software licence was Guetzli released?',
    'how much does the neogen calendula cleansing water cost',
    'Who founded the Mndfl meditation studios?',
    'At what final price per share did Atlassian sell its IPO shares?',
    'How much did Atlassian pay to acquire HipChat?',
]

OFFTOPIC = [
    'Which way should a ceiling fan spin in winter?',
    'can hamsters eat grapes??',
    'Why do onions sting your eyes when you chop them?',
    'can i plant tulip bulbs in spring',
    'Can a goldfish live without a filter?',
    'do u need a permit to build a backyard shed',
    'How far apart should tomato plants be spaced?',
    'why do my knuckles crack',
]

KINDS = {'factoid': 6, 'why': 4, 'casual': 9, 'paraphrase': 7, 'numeric': 6, 'metadata': 6}
BAD_SPACES = ('\u00a0', '\u2009', '\u200b')


def fold(s):
    return re.sub(r'\s+', ' ', s).strip().lower()


def build_docs(args):
    os.makedirs(os.path.join(HERE, 'src'), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'page-ai'), exist_ok=True)
    for name, (path, blob) in PAGES.items():
        src = os.path.join(HERE, 'src', 'article-date-extractor-' + path.replace('/', '-'))
        if args.git_ade:
            git = ['git', '--git-dir', args.git_ade]
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
        with open(os.path.join(HERE, 'page-ai', name), 'wb') as f:
            f.write(txt)


def build_set():
    docs = {n: open(os.path.join(HERE, 'page-ai', n), encoding='utf-8').read() for n in PAGES}
    lines, counts, n = [], Counter(), 0
    for kind, q, answers, ev in QUESTIONS:
        n += 1
        for doc, quote in ev:
            text = docs[doc]
            assert quote in text, (n, 'not an exact substring', quote)
            assert fold(text).count(fold(quote)) == 1, (n, 'not unique after folding', quote)
            assert 5 <= len(quote.split()) <= 25, (n, len(quote.split()), quote)
            assert not any(c in quote for c in BAD_SPACES), (n, 'nbsp, thin or zero-width space')
            assert any(fold(a) in fold(quote) for a in answers), (n, 'no answer in quote')
        assert len({a.lower() for a in answers}) == len(answers), (n, 'duplicate answers')
        counts[kind] += 1
        lines.append({'id': f'f34-{n:02d}', 'question': q, 'kind': kind, 'answerable': True,
                      'answers': answers, 'evidence': [{'doc': d, 'quote': qq} for d, qq in ev]})
    for q in UNANSWERABLE:
        n += 1
        counts['unanswerable'] += 1
        lines.append({'id': f'f34-{n:02d}', 'question': q, 'answers': [], 'evidence': [],
                      'kind': 'unanswerable', 'answerable': False})
    for q in OFFTOPIC:
        n += 1
        counts['offtopic'] += 1
        lines.append({'id': f'f34-{n:02d}', 'question': q, 'answers': [], 'evidence': [],
                      'kind': 'offtopic', 'answerable': False})
    want = dict(KINDS, unanswerable=10, offtopic=8)
    assert dict(counts) == want, (dict(counts), want)
    assert n == 56
    assert len({l['question'] for l in lines}) == 56
    with open(os.path.join(HERE, 'page-ai.jsonl'), 'w', encoding='utf-8') as f:
        for l in lines:
            f.write(json.dumps(l, ensure_ascii=False) + '\n')
    print('page-ai.jsonl', n, 'lines', dict(counts))


def main():
    ap = argparse.ArgumentParser()
    g = ap.add_mutually_exclusive_group()
    g.add_argument('--git-ade', help='git dir of alexeyzab/article-date-extractor')
    g.add_argument('--src')
    args = ap.parse_args()
    if args.git_ade or args.src:
        build_docs(args)
    build_set()


if __name__ == '__main__':
    main()
