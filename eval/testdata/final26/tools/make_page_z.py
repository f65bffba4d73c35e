#!/usr/bin/env python3
"""Rebuilds page-z/ from its sources and writes page-z.jsonl.

The six pages are HTML files of the test corpus of Peter Cooper's Ruby
library Pismo (peterc/pismo, test/corpus/*.html), read at commit 3b784a1f
(2013-09-14, the newest of master). Each is passed, unchanged, to the shared
naive scraper eval/testdata/scrape.py, as final11-final16 did.

    cd <set dir>                          # the folder holding page-z/ and tools/
    python3 tools/make_page_z.py --git /work/.mirror/peterc+pismo/repo
    python3 tools/make_page_z.py --src src    # from saved src/<name>.html copies
    python3 tools/make_page_z.py              # only (re)write page-z.jsonl

With --git, the blob of each .html is checked against the one recorded below
and a copy is saved in src/. Then page-z.jsonl is written from the questions
below, asserting that every quote is an exact byte substring occurring once in
its document, has 5-25 words, contains no U+00A0 and holds at least one answer
string (case-insensitive), that unanswerable lines carry no answers or
evidence, and that the kind counts are as listed.
"""
import argparse, hashlib, json, os, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(HERE, 'page-z')
COMMIT = '3b784a1fd0c882bcadc9e572aef1cfa8ddfa97bc'  # peterc/pismo master, 2013-09-14


def scraper():
    for p in (os.path.join(HERE, '..', 'scrape.py'),              # eval/testdata/final26/../scrape.py
              '/work/main/eval/testdata/scrape.py'):
        if os.path.exists(p):
            return os.path.abspath(p)
    sys.exit('scrape.py not found (eval/testdata/scrape.py)')


H = 'huffingtonpost-afghans-losing-hope.txt'
B = 'bbc-free-schools-applications.txt'
V = 'vice-berkeley-breathed-interview.txt'
J = 'joelonsoftware-unicode-character-sets.txt'
T = 'biola-goodbookblog-signs-of-life.txt'
F = 'fastcompany-airbnb-most-innovative.txt'

# document -> (test/corpus/<name>.html in pismo, git blob of the file)
PAGES = {
    H: ('huffington', 'ace18745c17599c00828574c474af3e6c76635fb'),
    B: ('bbcnews2', '7bf51018951a79a6c9a3a0996d24cd44fc4a2b12'),
    V: ('cant_read', '4b2892aed0bb0ad27b408038866ad6d4bae7416d'),
    J: ('spolsky', '4c47a68e4b741b86cf4ef57632ff09fea09f0a7f'),
    T: ('thegoodbookblog', '7a94e35fbd923e948c81e3d28cd01ac1541a6ce1'),
    F: ('fastcompany', '6d043468d77f9a57656da01f921df9e90e2a563f'),
}


def git_blob(data):
    return hashlib.sha1(b'blob %d\0' % len(data) + data).hexdigest()


def build_pages(gitdir=None, srcdir=None):
    scr = scraper()
    os.makedirs(DOCS, exist_ok=True)
    save = os.path.join(HERE, 'src')
    for doc, (name, blob) in PAGES.items():
        rel = f'test/corpus/{name}.html'
        if gitdir:
            html = subprocess.run(['git', '--git-dir', gitdir, 'show', f'{COMMIT}:{rel}'],
                                  check=True, capture_output=True).stdout
            os.makedirs(save, exist_ok=True)
            with open(os.path.join(save, f'{name}.html'), 'wb') as f:
                f.write(html)
        else:
            html = open(os.path.join(srcdir, f'{name}.html'), 'rb').read()
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
    ('factoid', "What is the name of the Afghan comedy TV show that Hanif Hangam stars in?",
     ["Alarm Bell"],
     [(H, "said Hanif Hangam, who stars in an Afghan comedy TV show called Alarm Bell")]),
    ('factoid', "Which Afghan lawmaker, who came a distant third in the August election, says the situation is getting worse every day?",
     ["Ramazan Bashardost", "Bashardost"],
     [(H, "said Ramazan Bashardost, a lawmaker who came in a distant third in the country's botched August election")]),
    ('factoid', "Which new body has been set up to advise groups on how to set up a free school in England?",
     ["New Schools Network"],
     [(B, "A new body called the New Schools Network has been set up to advise groups on how to set up schools.")]),
    ('factoid', "Who is the general secretary of the National Union of Teachers quoted on the free schools plan?",
     ["Christine Blower", "Blower"],
     [(B, "NUT general secretary Christine Blower said:")]),
    ('factoid', "Which novel does Berkeley Breathed say explains why Bloom County was set in a rural, small-town environment?",
     ["To Kill a Mockingbird", "Mockingbird"],
     [(V, "You want to know why Bloom County was set in a rural, small-town environment? To Kill a Mockingbird.")]),
    ('factoid', "A beta tester of which Fog Creek product asked whether it could handle incoming email in Japanese?",
     ["FogBUGZ"],
     [(J, "a beta tester for FogBUGZ was wondering whether it could handle incoming email in Japanese")]),
    ('factoid', "At which art school did Airbnb's founders Joe Gebbia and Brian Chesky study?",
     ["Rhode Island School of Design", "RISD"],
     [(F, "The roots of Airbnb’s success lie in its cofounders’ backgrounds at Rhode Island School of Design.")]),
    ('factoid', "In which state is the family farm that Mick Boersma visited in his \"Signs Of Life\" post?",
     ["Iowa"],
     [(T, "Some years ago I visited our family farm in Iowa.")]),
    # casual 09-18
    ('casual', "how many ppl live in kabul now acc to the ap story",
     ["4.5 million", "4.5m"],
     [(H, "whose population has tripled in the last eight years to 4.5 million as millions of refugees returned")]),
    ('casual', "whats the name of the fast food chain in kabul lol",
     ["Afghan Fried Chicken"],
     [(H, "and even Afghan Fried Chicken, a local fast-food chain.")]),
    ('casual', "when r the first free schools supposed to open",
     ["September 2011", "Sept 2011", "Sep 2011"],
     [(B, "The government expects the first of the new breed of \"free schools\" to open in September 2011.")]),
    ('casual', "who checks up on the free schools n shuts them if they fail??",
     ["Ofsted"],
     [(B, "Mr Gove said the schools would be monitored by England's schools inspectors Ofsted and would face closure if they failed.")]),
    ('casual', "wat yr did bloom county win the pulitzer",
     ["1987"],
     [(V, "It even won a Pulitzer Prize in 1987")]),
    ('casual', "what time did the plane w breathed's strips take off to the syndicate",
     ["5:30 AM", "5:30", "5.30am"],
     [(V, "the plane that would deliver them to my syndicate editor was due to take off at 5:30 AM")]),
    ('casual', "wat bytes go at the start of a unicode string for the byte order thing",
     ["FE FF", "FEFF", "FF FE"],
     [(J, "storing a FE FF at the beginning of every Unicode string; this is called a Unicode Byte Order Mark")]),
    ('casual', "joel says if u dont know unicode basics hell punish u how lol",
     ["peel onions", "peel onions for 6 months in a submarine", "peeling onions"],
     [(J, "I'm going to punish you by making you peel onions for 6 months in a submarine.")]),
    ('casual', "how much was the camera airbnb rented for the nyc listing pics",
     ["$5,000", "5,000", "5000", "5k"],
     [(F, "The pair rented a $5,000 camera and snapped high-resolution photos")]),
    ('casual', "wat did micks mom call it when teens eat a ton",
     ["the hollow leg", "hollow leg"],
     [(T, "they are beginning to discover what my mom used to call ‘the hollow leg’.")]),
    # paraphrase 19-26
    ('paraphrase', "What do Kabul locals mockingly call the showy reflective-glass houses believed to be partly paid for with narcotics cash?",
     ["poppy palaces", "\"poppy palaces\""],
     [(H, "Residents deride the gaudy mirrored mansions as \"poppy palaces\" because they are believed")]),
    ('paraphrase', "Which Scandinavian nation's arrangement is the coalition's plan for parent- and teacher-founded state-funded schools likened to?",
     ["Sweden"],
     [(B, "The scheme is similar to the Charter Schools programme in the USA and the system in Sweden")]),
    ('paraphrase', "According to the head of the teachers' union, what would running classrooms like commercial enterprises lead to?",
     ["sweeping dismantling of our education system", "dismantling of our education system", "sweeping dismantling", "turning it over to unaccountable, unelected companies"],
     [(B, "Adopting such a business model to our schools will amount to the sweeping dismantling of our education system, turning it over to unaccountable, unelected companies")]),
    ('paraphrase', "Which older satirist does the cartoonist credit with being for the Doonesbury creator what Doonesbury was for his own generation?",
     ["Jules Feiffer", "Feiffer"],
     [(V, "Jules Feiffer played a similar role for Garry Trudeau.")]),
    ('paraphrase', "Which Hollywood star, in the Opus creator's telling, waved off the people who love his pictures as lunatics?",
     ["Harrison Ford"],
     [(V, "I remember hearing about Harrison Ford out and out dismissing his movies’ fans as being nut jobs.")]),
    ('paraphrase', "What false belief about the universal text standard does the writer say more people hold than any other?",
     ["16-bit code", "16 bits", "65,536 possible characters", "65,536"],
     [(J, "Some people are under the misconception that Unicode is simply a 16-bit code where each character takes 16 bits")]),
    ('paraphrase', "How many independent shutterbugs supply the lodging marketplace's no-cost picture-taking offering for people renting out their places?",
     ["more than 2,000", "2,000", "2000"],
     [(F, "Airbnb now offers its hosts free professional photography services from more than 2,000 freelancers")]),
    ('paraphrase', "Beside which body of water, in the Gospel episode the seminary professor recalls, were the twelve told to feed the multitude?",
     ["Sea of Galilee", "Galilee"],
     [(T, "Jesus asked the disciples to find food for the crowd near the Sea of Galilee.")]),
    # numeric 27-32
    ('numeric', "How many additional American troops were pouring into Afghanistan in the coming months, according to the AP story of January 2010?",
     ["30,000", "30000", "thirty thousand"],
     [(H, "an additional 30,000 American and 7,000 NATO troops pour into the conflict in coming months")]),
    ('numeric', "How many groups had expressed an interest in starting a free school when the government set out the application process?",
     ["720"],
     [(B, "It says 720 groups have expressed an interest in starting schools - half of them teachers.")]),
    ('numeric', "How many volumes does the complete compilation of every Bloom County strip have?",
     ["five", "5"],
     [(V, "A five-volume compilation of every Bloom County strip is being released now")]),
    ('numeric', "In how many language versions is Joel on Software published, all encoded in UTF-8?",
     ["29", "twenty-nine"],
     [(J, "That's the way all 29 language versions of Joel on Software are encoded")]),
    ('numeric', "What valuation did the $112 million investment from Andreessen Horowitz, DST Global and General Catalyst give Airbnb?",
     ["$1.3 billion", "1.3 billion"],
     [(F, "plowed $112 million into Airbnb, giving it a $1.3 billion valuation")]),
    ('numeric', "What was the annual budget for donuts alone at the church pastored by one of Talbot's alumni?",
     ["$30,000", "30,000", "30000"],
     [(T, "One of our alumni friends pastored a church where the annual budget for donuts alone was $30,000.")]),
    # metadata 33-38
    ('metadata', "Who wrote the Huffington Post story \"Afghans Losing Hope After 8 Years Of War\"?",
     ["Todd Pitman", "Pitman"],
     [(H, "TODD PITMAN | 01/10/10 06:13 AM |")]),
    ('metadata', "When was the BBC News page \"Government sets out how to establish 'free schools'\" last updated?",
     ["18 June 2010", "June 18, 2010", "Friday, 18 June 2010", "2010-06-18"],
     [(B, "Page last updated at 05:00 GMT, Friday, 18 June 2010 06:00 UK")]),
    ('metadata', "who did the vice interview with berkeley breathed",
     ["Jesse Pearson", "Pearson"],
     [(V, "INTERVIEW BY JESSE PEARSON, PHOTO BY JODY BOYMAN")]),
    ('metadata', "On what date did Joel Spolsky publish \"The Absolute Minimum Every Software Developer Absolutely, Positively Must Know About Unicode and Character Sets\"?",
     ["October 08, 2003", "October 8, 2003", "8 October 2003", "Oct 8, 2003", "2003-10-08"],
     [(J, "by Joel Spolsky\n\nWednesday, October 08, 2003")]),
    ('metadata', "On which blog was Mick Boersma's post \"Signs Of Life\" published?",
     ["The Good Book Blog", "Good Book Blog"],
     [(T, "Biola University\n\nThe Good Book Blog\n\nA Blog by")]),
    ('metadata', "Who wrote Fast Company's profile of Airbnb in The World's 50 Most Innovative Companies 2012?",
     ["Austin Carr", "Carr"],
     [(F, "For turning spare rooms into the world’s hottest hotel chain\n\nBy Austin Carr")]),
    # unanswerable 39-48
    ('unanswerable', "What was the name of the Kabul guest house filled with U.N. staff that was stormed in October?", [], []),
    ('unanswerable', "how many afghan civilians died in 2009 exactly", [], []),
    ('unanswerable', "How much funding per pupil will a free school receive from central government?", [], []),
    ('unanswerable', "which schools r converting to academies this autumn? names pls", [], []),
    ('unanswerable', "Which publisher is releasing the five-volume compilation of every Bloom County strip?", [], []),
    ('unanswerable', "wat year did breathed start drawing outland", [], []),
    ('unanswerable', "Who invented the UTF-8 encoding, according to Joel Spolsky's article?", [], []),
    ('unanswerable', "how much do fog creek summer interns get paid per week", [], []),
    ('unanswerable', "which church was mick boersma the pastor of", [], []),
    ('unanswerable', "How many people work at Airbnb's Potrero Hill headquarters?", [], []),
]

EXPECT = {'factoid': 8, 'casual': 10, 'paraphrase': 8, 'numeric': 6, 'metadata': 6, 'unanswerable': 10}


def write_jsonl():
    texts, out, counts = {}, [], {}
    for i, (kind, q, ans, ev) in enumerate(Q, 1):
        counts[kind] = counts.get(kind, 0) + 1
        qid = f'f26z-{i:02d}'
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
    with open(os.path.join(HERE, 'page-z.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print(len(out), 'lines', dict(sorted(counts.items())))


def main():
    ap = argparse.ArgumentParser()
    g = ap.add_mutually_exclusive_group()
    g.add_argument('--git', help='git dir of a peterc/pismo clone or mirror')
    g.add_argument('--src', help='folder of saved <name>.html copies')
    a = ap.parse_args()
    if a.git or a.src:
        build_pages(a.git, a.src)
    write_jsonl()


if __name__ == '__main__':
    sys.exit(main())
