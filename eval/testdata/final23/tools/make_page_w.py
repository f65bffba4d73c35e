#!/usr/bin/env python3
"""Rebuilds page-w/ from its sources and writes page-w.jsonl.

The six pages are real saved web pages kept as test fixtures by four
extraction / parsing libraries (see PAGE-W-SOURCES.md):
AndyTheFactory/newspaper4k (three pages added in 2023, not in
codelucas/newspaper), markusmobius/go-domdistiller (example/sample.html),
jhy/jsoup (a 2010 test page, removed from the tree in 2023, read at the
commit before its removal) and j0k3r/graby (a blog fixture). Each file is
passed, unchanged (gunzipped for jsoup), to the shared naive scraper
eval/testdata/scrape.py, as final11-final22 did.

    cd <set dir>                                   # the folder holding page-w/ and tools/
    python3 tools/make_page_w.py --git /work/.mirror  # mirrors named owner+name/repo
    python3 tools/make_page_w.py --src src         # from saved src/ copies
    python3 tools/make_page_w.py                   # only (re)write page-w.jsonl

With --git, the blob of each file is checked against the one recorded below
and a copy is saved in src/. Then page-w.jsonl is written from the questions
below, asserting that every quote is an exact byte substring occurring once
in its document, has 5-25 words, contains no U+00A0 and holds at least one
answer string (case-insensitive), that unanswerable lines carry no answers
or evidence, and that the kind counts are as listed.
"""
import argparse, gzip, hashlib, json, os, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(HERE, 'page-w')


def scraper():
    for p in (os.path.join(HERE, '..', 'scrape.py'),
              '/work/main/eval/testdata/scrape.py'):
        if os.path.exists(p):
            return os.path.abspath(p)
    sys.exit('scrape.py not found (eval/testdata/scrape.py)')


T = 'time-hansen-geoengineering.txt'
E = 'oneesports-t1-worlds-2023.txt'
C = 'cnn-alito-prelogar-sparring.txt'
N = 'vice-un-arab-poverty-covid.txt'
M = 'smh-board-female-quota.txt'
K = 'keithjgrant-css-resilient-declarative.txt'

# document -> (repository, commit read, path, git blob of the file as stored)
PAGES = {
    T: ('AndyTheFactory/newspaper4k', '540bff3e8344cb8291c4829fafd98860f30d9692',
        'tests/data/html/time_001.html', '67466a1803a659dd9c0767c04a0a0e4f8e84efc3'),
    E: ('AndyTheFactory/newspaper4k', '540bff3e8344cb8291c4829fafd98860f30d9692',
        'tests/data/html/video_article_02.html', '1ae078c106534c35f63f723e798a9a80a94c7a90'),
    C: ('AndyTheFactory/newspaper4k', '540bff3e8344cb8291c4829fafd98860f30d9692',
        'tests/data/html/cnn_001.html', '59c14852462a1867c52d0fa8b35b5f81fa416315'),
    N: ('markusmobius/go-domdistiller', '71af71939ff30427314d2587923f8af0841f820a',
        'example/sample.html', '77cb22df2aa1ac589ad2a502756d4ad765baa3ba'),
    M: ('jhy/jsoup', 'd31d637b8b2566ebe590b27d1aca2a1c3528e4bd',
        'src/test/resources/htmltests/smh-biz-article-1.html.gz', 'dead7d1067e76fb94675a2ce3b3ff17e9605c16b'),
    K: ('j0k3r/graby', '3e7695203c4c57dac2998780972450ced372b960',
        'tests/fixtures/content/keithjgrant.html', '158e73e032cd4368c5c09d8ce1fcd7bfa2023297'),
}


def git_blob(data):
    return hashlib.sha1(b'blob %d\0' % len(data) + data).hexdigest()


def build_pages(mirrors=None, srcdir=None):
    scr = scraper()
    os.makedirs(DOCS, exist_ok=True)
    save = os.path.join(HERE, 'src')
    for doc, (repo, commit, path, blob) in PAGES.items():
        saved = doc[:-4] + '--' + os.path.basename(path)
        if mirrors:
            gitdir = os.path.join(mirrors, repo.replace('/', '+'), 'repo')
            data = subprocess.run(['git', '--git-dir', gitdir, 'show', f'{commit}:{path}'],
                                  check=True, capture_output=True).stdout
            os.makedirs(save, exist_ok=True)
            with open(os.path.join(save, saved), 'wb') as f:
                f.write(data)
        else:
            data = open(os.path.join(srcdir, saved), 'rb').read()
        assert git_blob(data) == blob, (doc, 'blob differs')
        html = gzip.decompress(data) if path.endswith('.gz') else data
        tmp = os.path.join(DOCS, '.tmp.html')
        with open(tmp, 'wb') as f:
            f.write(html)
        out = subprocess.run([sys.executable, scr, tmp], check=True, capture_output=True).stdout
        os.remove(tmp)
        with open(os.path.join(DOCS, doc), 'wb') as f:
            f.write(out)
        print(doc, len(out.split()), 'words')


Q = [
    # factoid 01-08
    ('factoid', "At which university is James Hansen an adjunct professor, according to TIME's article on his geoengineering paper?",
     ["Columbia University", "Columbia"],
     [(T, "Hansen, an adjunct professor of earth and environmental sciences at Columbia University")]),
    ('factoid', "In which journal was James Hansen's November 2023 paper on faster warming and geoengineering published?",
     ["Oxford Open Climate Change"],
     [(T, "a controversial new peer-reviewed paper published in Oxford Open Climate Change")]),
    ('factoid', "Who was named MVP of the League of Legends Worlds 2023 finals?",
     ["Zeus", "Choi Woo-je", "Choi \u201cZeus\u201d Woo-je"],
     [(E, "Additionally, Zeus was hailed as the Worlds 2023 finals MVP.")]),
    ('factoid', "In which stadium did T1 win the Worlds 2023 final?",
     ["Gocheok Sky Dome"],
     [(E, "Defeating Weibo Gaming 3-0 in front of a full-house home crowd at the Gocheok Sky Dome in Seoul")]),
    ('factoid', "Which agency did Elizabeth Prelogar give as her best historical example of funding like the CFPB's?",
     ["Customs Service", "the Customs Service"],
     [(C, "I think our best example historically is the Customs Service")]),
    ('factoid', "Which theater company staged the 2016 Romeo and Juliet mock trial in which Alito presided and Prelogar argued?",
     ["Shakespeare Theatre Company"],
     [(C, "Washington-based Shakespeare Theatre Company staged a mock trial in December 2016")]),
    ('factoid', "Which UN body wrote the 27-page report warning that a quarter of the Arab population could fall into poverty?",
     ["Economic and Social Commission for Western Asia", "ESCWA"],
     [(N, "said the 27-page report from the UN\u2019s Economic and Social Commission for Western Asia")]),
    ('factoid', "Which magazine's cover revived the image of Rosie the Riveter, as cited in Michael Pascoe's column on board quotas?",
     ["The Economist", "Economist"],
     [(M, "This week\u2019s Economist magazine cover revives the World War II image of Rosie the Riveter")]),
    # casual 09-18
    ('casual', "who disputed hansens paper? some penn state climate guy",
     ["Michael Mann", "Mann"],
     [(T, "Those interpretations are disputed by Michael Mann, a well-known climate scientist at Pennsylvania State University")]),
    ('casual', "wat year did hansen first warn congress abt climate change",
     ["1988"],
     [(T, "James Hansen first warned Congress of the threat from climate change in 1988.")]),
    ('casual', "who did t1 beat in the worlds 2023 final lol",
     ["Weibo Gaming", "WBG"],
     [(E, "How T1 swept Weibo Gaming to become the Worlds 2023 champions")]),
    ('casual', "how many worlds titles does faker have now??",
     ["four", "fourth", "4"],
     [(E, "It is the organization\u2019s fourth world championship and Lee \u201cFaker\u201d Sang-hyeok\u2019s as well.")]),
    ('casual', "wat was the senate vote when prelogar got confirmed as SG",
     ["53-36", "53 to 36"],
     [(C, "the Senate confirmed Prelogar by a vote of 53-36")]),
    ('casual', "lol what did prelogar say friar lawrence wanted in that romeo n juliet mock trial",
     ["make Verona great again", "Verona great again"],
     [(C, "He just wanted to make Verona great again.")]),
    ('casual', "whos the univ of washington epidemiologist in the vice piece on covid in arab countries",
     ["Ali Mokdad", "Dr Ali Mokdad", "Mokdad"],
     [(N, "Dr Ali Mokdad, director of Middle Eastern Initiatives at the University of Washington\u2019s Institute for Health Metrics and Evaluation")]),
    ('casual', "how many ppl is saudi letting do the limited hajj",
     ["1,000", "1000", "1,000 pilgrims"],
     [(N, "Saudi says it will hold only a \"limited\" Hajj of some 1,000 pilgrims this month.")]),
    ('casual', "wats the labor partys own quota for women candidates",
     ["40 per cent", "40%", "40 percent"],
     [(M, "the Labor Party has done something like that to itself with a quota of 40 per cent of candidates being women")]),
    ('casual', "wat does jen simmons call it when u use css grid w a fallback lol",
     ["Quantum CSS"],
     [(K, "Jen Simmons half-jokingly calls this \u201cQuantum CSS\u201d.")]),
    # paraphrase 19-26
    ('paraphrase', "According to the scientist who first alerted lawmakers in the late eighties, what kind of deal did our species strike by hiding part of the heating behind airborne particles?",
     ["Faustian bargain", "a Faustian bargain"],
     [(T, "Humanity made a Faustian bargain by offsetting a substantial but uncertain fraction of greenhouse gas warming with aerosol cooling")]),
    ('paraphrase', "Which ultimate proved decisive for the Korean champions in game two, at the drake fight that came after the two objectives they had conceded?",
     ["Paranoia", "Nocturne's Paranoia"],
     [(E, "At the third dragon spawn, Paranoia made all the difference.")]),
    ('paraphrase', "What teenage pursuit, competing for a state beauty crown, does the analysis suggest helps the government's top advocate speak so cleanly in front of the justices?",
     ["pageant", "pageant work", "pageants", "Miss Idaho"],
     [(C, "The early pageant work may also contribute to her ease at the courtroom lectern and economy of language")]),
    ('paraphrase', "In the pretend court case put on by a DC troupe, which clergyman did the feuding families of the doomed teenage couple sue?",
     ["Friar Laurence", "Laurence", "Friar Lawrence", "the Friar"],
     [(C, "a wrongful death lawsuit brought by their parents (the Montagues and Capulets) against Friar Laurence")]),
    ('paraphrase', "According to the head of the world body, what long-standing problems did the pandemic lay bare in that part of the Middle East?",
     ["endemic challenges"],
     [(N, "COVID-19 has \u201cexposed endemic challenges\u201d in Arab countries")]),
    ('paraphrase', "What, according to the unnamed company chairman, was there not enough of near the top of the corporate ladder to fill mandated seats for women?",
     ["sufficient pool of female talent", "pool of female talent", "female talent"],
     [(M, "there was not a sufficient pool of female talent at the top of the executive aquatic centre")]),
    ('paraphrase', "Which property of style sheets means the browser skips over a broken part instead of halting, according to the front-end author?",
     ["resilience", "resilient", "fault-tolerant"],
     [(K, "We call this resilience. HTML and CSS were specifically designed to be fault-tolerant.")]),
    ('paraphrase', "Which newer specification, only now starting to ship, does the writer recommend to people frustrated that they cannot express something like a brick-wall arrangement?",
     ["CSS Houdini", "Houdini"],
     [(K, "If this limitation still bothers you, I suggest you read up on CSS Houdini, which is just beginning to land in browsers.")]),
    # numeric 27-32
    ('numeric', "Before what year does James Hansen's paper say the earth will exceed 2\u00b0C of warming?",
     ["2050", "before 2050"],
     [(T, "earth will pass 1.5\u00b0C of cumulative warming this decade, and exceed 2\u00b0C of warming before 2050")]),
    ('numeric', "How many minutes did T1 need to close out the last game of the Worlds 2023 final?",
     ["25 minutes", "25"],
     [(E, "T1 closed out the fastest game of the series in 25 minutes")]),
    ('numeric', "How many people viewed the online clip of the Alito-Prelogar exchange over the OSHA vaccine requirement?",
     ["500,000", "more than 500,000", "500000", "half a million"],
     [(C, "was posted online, more than 500,000 people viewed it, and more than 6,000 people left comments")]),
    ('numeric', "How many people would the pandemic push below the poverty line in the Arab region this year, according to the UN report?",
     ["14.3 million"],
     [(N, "This would push some 14.3 million people below the poverty line this year")]),
    ('numeric', "What share of House of Representatives seats did women hold in Australia, according to Michael Pascoe's column?",
     ["27 per cent", "27%", "27 percent"],
     [(M, "women have 27 per cent of all House of Reps seats and make up 36 per cent of the Senate")]),
    ('numeric', "About how wide are the columns in Keith J. Grant's declarative grid example?",
     ["400px", "400 px", "400 pixels"],
     [(K, "put these boxes in columns of about 400px wide")]),
    # metadata 33-38
    ('metadata', "Who wrote TIME's article \"We Need Geoengineering to Stop Out of Control Warming, Warns Climate Scientist James Hansen\"?",
     ["Alejandro de la Garza"],
     [(T, "By Alejandro de la Garza\n\nNovember 2, 2023 3:53 PM EDT")]),
    ('metadata', "When did ONE Esports publish its report on Faker winning his 4th title as T1 became Worlds 2023 champions?",
     ["November 19, 2023", "19 November 2023", "Nov 19, 2023", "Nov. 19, 2023", "2023-11-19"],
     [(E, "By Amanda \"Tania Mae\" Tan November 19, 2023 7:18 pm")]),
    ('metadata', "When was CNN's analysis of the nonstop sparring match between Alito and Prelogar last updated?",
     ["November 6, 2023", "6 November 2023", "Nov 6, 2023", "Nov. 6, 2023", "2023-11-06"],
     [(C, "CNN Senior Supreme Court Analyst\n\n11 minute read\n\nUpdated 9:22 PM EST, Mon November 6, 2023")]),
    ('metadata', "Which outlet published \"COVID-19 Is Pushing a Quarter of the Arab World to Poverty, UN Warns\"?",
     ["VICE", "Vice World News", "VICE News"],
     [(N, "Vice World News\n\nCOVID-19 Is Pushing a Quarter of the Arab World to Poverty, UN")]),
    ('metadata', "who wrote the smh article the board's next fear: the female quota",
     ["Michael Pascoe", "Pascoe"],
     [(M, "Michael Pascoe is a BusinessDay contributing editor.")]),
    ('metadata', "What is the title of Keith J. Grant's June 2018 blog post about what defines a CSS mindset?",
     ["Resilient, Declarative, Contextual"],
     [(K, "Resilient, Declarative, Contextual\n\n08 Jun 2018\n\nI\u2019ve spent a lot of time thinking about what defines a CSS mindset.")]),
    # unanswerable 39-48
    ('unanswerable', "How much funding does James Hansen's paper say should go to solar geoengineering research?", [], []),
    ('unanswerable', "who were hansens co-authors on the oxford open climate change paper", [], []),
    ('unanswerable', "How much prize money did T1 win for taking the Worlds 2023 title?", [], []),
    ('unanswerable', "who was weibo gamings coach at worlds 2023", [], []),
    ('unanswerable', "How did the Supreme Court rule in the CFPB funding case that Alito and Prelogar sparred over?", [], []),
    ('unanswerable', "whats the name of the 2nd amendment domestic violence case prelogar argued that tuesday", [], []),
    ('unanswerable', "How many COVID-19 deaths had Lebanon recorded by late July 2020?", [], []),
    ('unanswerable', "wats the oil price arab exporters actually need to balance their budgets", [], []),
    ('unanswerable', "Which company does the anonymous chairman in Michael Pascoe's female quota column chair?", [], []),
    ('unanswerable', "who published keith grants book css in depth", [], []),
]

EXPECT = {'factoid': 8, 'casual': 10, 'paraphrase': 8, 'numeric': 6, 'metadata': 6, 'unanswerable': 10}


def write_jsonl():
    texts, out, counts = {}, [], {}
    for i, (kind, q, ans, ev) in enumerate(Q, 1):
        counts[kind] = counts.get(kind, 0) + 1
        qid = f'f23w-{i:02d}'
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
    with open(os.path.join(HERE, 'page-w.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print(len(out), 'lines', dict(sorted(counts.items())))


def main():
    ap = argparse.ArgumentParser()
    g = ap.add_mutually_exclusive_group()
    g.add_argument('--git', help='folder of mirrors named owner+name/repo (git dirs)')
    g.add_argument('--src', help='folder of saved copies (src/)')
    a = ap.parse_args()
    if a.git or a.src:
        build_pages(a.git, a.src)
    if Q:
        write_jsonl()


if __name__ == '__main__':
    sys.exit(main())
