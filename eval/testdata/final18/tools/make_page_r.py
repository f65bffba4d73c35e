#!/usr/bin/env python3
"""Rebuilds page-r/ from its sources and writes page-r.jsonl.

The six pages are HTML test fixtures of snacktory, the Java article
extractor (karussell/snacktory, src/test/resources/de/jetwick/snacktory/
*.html): whole web pages saved in 2010-2013 by its author to test
extraction. Each page is passed, unchanged, to the shared naive scraper
eval/testdata/scrape.py, as final11-final16 did.

    cd <set dir>                          # the folder holding page-r/ and tools/
    python3 tools/make_page_r.py --git /work/.mirror/karussell+snacktory/repo/.git
    python3 tools/make_page_r.py --src src    # from the saved src/<name>.html copies
    python3 tools/make_page_r.py              # only (re)write page-r.jsonl

With --git, the blob of each .html is checked against the one recorded below
and a copy is saved in src/. Then page-r.jsonl is written from the questions
below, asserting that every quote is an exact byte substring occurring once
in its document, has 5-25 words, contains no U+00A0 or U+00AD and holds at
least one answer string (case-insensitive), that unanswerable lines carry no
answers or evidence, and that the kind counts are as listed.
"""
import argparse, hashlib, json, os, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(HERE, 'page-r')
COMMIT = 'c05c5ec338922b3f9a40cd35597ba8094f9162b0'  # newest snapshot of karussell/snacktory
FOLDER = 'src/test/resources/de/jetwick/snacktory'


def scraper():
    for p in (os.path.join(HERE, '..', 'scrape.py'),              # eval/testdata/final18/../scrape.py
              '/work/main/eval/testdata/scrape.py'):
        if os.path.exists(p):
            return os.path.abspath(p)
    sys.exit('scrape.py not found (eval/testdata/scrape.py)')


B = 'bbc-santa-maria-nightclub-fire.txt'
S = 'sportingnews-raiders-cut-cable.txt'
N = 'nature-fukushima-clean-up.txt'
A = 'theatlantic-james-bond-getting-old.txt'
V = 'vacationgals-family-reunion-rentals.txt'
T = 'twitter-engineering-search-blender.txt'

# document -> (file in FOLDER, git blob of the .html)
PAGES = {
    B: ('bbc_noscript.html', 'f5ecdf2bb364750fc970803bd61f9ba898e011b7'),
    S: ('sportingnews.html', '90b65b2cf5ffed56f8fdb6e8ee64ed1174ded71f'),
    N: ('nature.html', '0785b945633dec72b69ed6f2abc71226098aa99f'),
    A: ('theatlantic.html', 'b66fc1068baa75fbd3dc691bcede92e04cc79a20'),
    V: ('thevacationgals.html', 'f74c4432477dc4a5bd6fed6b259184120b846c57'),
    T: ('twitter.html', 'd758d31ddbd1be51f4ca7b0555695513516cf25f'),
}


def git_blob(data):
    return hashlib.sha1(b'blob %d\0' % len(data) + data).hexdigest()


def build_pages(gitdir=None, srcdir=None):
    scr = scraper()
    os.makedirs(DOCS, exist_ok=True)
    save = os.path.join(HERE, 'src')
    for doc, (name, blob) in PAGES.items():
        if gitdir:
            html = subprocess.run(['git', '--git-dir', gitdir, 'show', f'{COMMIT}:{FOLDER}/{name}'],
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
    ('factoid', "In which nightclub did the January 2013 fire in Santa Maria, Brazil, break out?",
     ["Kiss"],
     [(B, "The fire reportedly started after a member of a band playing at the Kiss nightclub lit a flare on stage.")]),
    ('factoid', "What was the name of the band whose two musicians were arrested after the Santa Maria nightclub fire?",
     ["Gurizada Fandangueira"],
     [(B, "Police on Monday arrested two musicians from the band, Gurizada Fandangueira, and one of the club's owners")]),
    ('factoid', "Who is Tom Cable's agent, who told the Associated Press that teams had already shown interest in him?",
     ["Don Yee", "Yee"],
     [(S, "his agent, Don Yee, said in an e-mail to The Associated Press. \"Teams already have shown interest in Tom.\"")]),
    ('factoid', "Which company floated a rough proposal to clean up the Fukushima Daiichi site in a decade?",
     ["Toshiba", "Toshiba Corporation"],
     [(N, "Last week, the Toshiba Corporation floated a rough proposal to clean up the site in a decade.")]),
    ('factoid', "Which 2002 James Bond film does Scott Meslow call the closest the franchise has come to a tone-deaf movie?",
     ["Die Another Day"],
     [(A, "The closest that the James Bond franchise has come to the latter is relatively recent: 2002's Die Another Day.")]),
    ('factoid', "At which company does Sarah Gemmel help people find vacation rentals?",
     ["Inhabit Vacations", "Inhabit"],
     [(V, "She spends her days helping people find unique vacation rentals with local flavor at Inhabit Vacations")]),
    ('factoid', "What is the name of the Java server that replaced Twitter search's Ruby-on-Rails front-end?",
     ["Blender"],
     [(T, "Last week, we launched a replacement for our Ruby-on-Rails front-end: a Java server we call Blender.")]),
    ('factoid', "Which library does Blender use for connection-pool management, load-balancing and dead host detection?",
     ["twitter commons", "twitter commons library"],
     [(T, "We are using the twitter commons library (recently open-sourced!) to provide connection-pool management, load-balancing, and dead host detection.")]),
    # casual 09-18
    ('casual', "how many days of national mourning did brazil declare after the club fire",
     ["three days", "3 days", "three days of national mourning"],
     [(B, "Brazil has declared three days of national mourning for 231 people killed in a nightclub fire")]),
    ('casual', "whats the name of the guitarist who talked about the sputnik spark machine on the radio",
     ["Rodrigo Martins", "Martins"],
     [(B, "Its guitarist, Rodrigo Martins, told local radio: \"It might have happened because of the Sputnik")]),
    ('casual', "so who ended up replacing cable as raiders head coach??",
     ["Hue Jackson", "Jackson"],
     [(S, "Oakland elevates Hue Jackson from offensive coordinator to head coach, replacing Tom Cable.")]),
    ('casual', "who got fired back in 2008 that cable took over from, the guy before him",
     ["Lane Kiffin", "Kiffin"],
     [(S, "Cable has had a tenuous hold on the job ever since getting it when Kiffin was fired four games into the 2008 season.")]),
    ('casual', "how long did they have 2 wait at three mile island b4 they could get a camera into the reactor",
     ["three years", "3 years"],
     [(N, "At Three Mile Island, engineers had to wait three years before radiation levels had fallen sufficiently")]),
    ('casual', "some1 in the nature comments brought up mushrooms soaking up radiation, which mycologist did they quote",
     ["Paul Stamets", "Stamets"],
     [(N, "These are the words of Paul Stamets, mycologist.")]),
    ('casual', "which 2 spy heroes does the atlantic guy say made bond look dated after 9/11",
     ["Jason Bourne", "Jack Bauer", "Bourne", "Bauer"],
     [(A, "two aggressively modern new superspies emerged: Jason Bourne of The Bourne Identity, and Jack Bauer of TV's 24")]),
    ('casual', "who did roger moore romance in a view to a kill lol",
     ["Tanya Roberts"],
     [(A, "successfully romances a 30-year-old Tanya Roberts")]),
    ('casual', "wat party themes did the vacation gals writer's family do on party night",
     ["Saturday Night Fever", "Gilligan's Island", "Gilligan’s Island"],
     [(V, "Past themes have included Saturday Night Fever and Gilligan’s Island (see photo above).")]),
    ('casual', "twitter search backend went from mysql to what",
     ["Lucene", "a real-time version of Lucene"],
     [(T, "changing our back-end from MySQL to a real-time version of Lucene")]),
    # paraphrase 19-26
    ('paraphrase', "Which instrumentalist from the group performing on stage that night perished in the blaze?",
     ["accordion player", "accordion", "accordionist"],
     [(B, "He said the band's accordion player had died in the fire.")]),
    ('paraphrase', "According to a national television network, what age range did the bulk of those who perished fall into?",
     ["16 and 20", "16 to 20", "16-20", "between 16 and 20"],
     [(B, "Brazilian broadcaster Globo said most of the victims were aged between 16 and 20.")]),
    ('paraphrase', "Since what league event had no club swept every game against the other clubs in its own group and still missed the postseason?",
     ["1970 merger", "the 1970 merger", "1970"],
     [(S, "Oakland became the first team since the 1970 merger to win all of its division games and not make the playoffs.")]),
    ('paraphrase', "What kind of mineral sieve did the American team use to strip radioactive elements out of the flooded basement liquid after the 1979 accident?",
     ["zeolite", "zeolite filters", "radiation-resistant zeolite filters"],
     [(N, "pass it through radiation-resistant zeolite filters. The zeolite removed the caesium and other radioisotopes")]),
    ('paraphrase', "What did the retired British physicist who once headed an English atomic facility suggest doing with the crippled Japanese station?",
     ["seal it and wait a hundred years", "seal it", "wait a hundred years"],
     [(N, "\"My bet would be: you seal it and wait a hundred years,\" says Alan Johnson")]),
    ('paraphrase', "What implement does the money-hungry villain of the 2006 relaunch use to inflict pain on 007 once he has him in his hands?",
     ["knotted rope", "a knotted rope", "rope"],
     [(A, "When Bond is captured, Le Chiffre's torture method isn't a laser or a shark tank; it's beating Bond's genitals with a knotted rope.")]),
    ('paraphrase', "In which city do the author's paternal relatives all make their home?",
     ["Seattle"],
     [(V, "And since they all live in Seattle, we often hold the reunions in Lake Tahoe, California and Bend, Oregon.")]),
    ('paraphrase', "On which non-blocking Java client-server toolkit is the microblogging company's new query aggregator constructed?",
     ["Netty"],
     [(T, "Blender is a Thrift and HTTP service built on Netty, a highly-scalable NIO client server library written in Java")]),
    # numeric 27-32
    ('numeric', "From what figure was the death toll of the Santa Maria nightclub fire revised down?",
     ["245"],
     [(B, "Authorities have released the names of the victims, after revising down the death toll from 245.")]),
    ('numeric', "How many points did the Oakland Raiders score in Tom Cable's last season as coach?",
     ["410", "410 points"],
     [(S, "the Raiders finished sixth in the league in scoring with 410 points")]),
    ('numeric', "How much nuclear fuel is in Fukushima Daiichi's damaged reactors?",
     ["1,000 tonnes", "just under 1,000 tonnes", "1000 tonnes", "1,000"],
     [(N, "The plant's damaged reactors are home to just under 1,000 tonnes of nuclear fuel")]),
    ('numeric', "How old was Roger Moore when he struggled through the stunts of A View to a Kill?",
     ["57"],
     [(A, "Or take 1985's A View to a Kill, when Roger Moore, struggling through his stunts at age 57")]),
    ('numeric', "How many people do the writer's family reunions on her dad's side need room for?",
     ["21", "21 people", "twenty-one"],
     [(V, "these reunions with my dad’s side of the family necessitate room for 21 people")]),
    ('numeric', "What were Twitter search's 95th percentile latencies after Blender was launched?",
     ["250ms", "250 ms", "250 milliseconds"],
     [(T, "our 95th percentile latencies were reduced by 3x from 800ms to 250ms")]),
    # metadata 33-38
    ('metadata', "When was the BBC News story \"Brazil mourns Santa Maria nightclub fire victims\" last updated?",
     ["28 January 2013", "January 28, 2013", "Jan. 28, 2013", "Jan 28, 2013", "2013-01-28"],
     [(B, "28 January 2013 Last updated at 12:45 GMT")]),
    ('metadata', "Which outlet's website carried the story \"Raiders cut ties with Cable\"?",
     ["Sporting News", "SportingNews", "SportingNews.com"],
     [(S, "Raiders cut ties with Cable - NFL - Sporting News")]),
    ('metadata', "Who wrote the Nature News article \"Fukushima set for epic clean-up\"?",
     ["Geoff Brumfiel", "Brumfiel"],
     [(N, "Latest data suggest a Chernobyl-like effort will be needed.\n\nGeoff Brumfiel")]),
    ('metadata', "who wrote the atlantic piece how to stop james bond from getting old",
     ["Scott Meslow", "Meslow"],
     [(A, "How to Stop James Bond From Getting Old\n\nBy Scott Meslow")]),
    ('metadata', "Who wrote the Vacation Gals post \"Vacation Rental Homes Are a Family Reunion Necessity\"?",
     ["SanFranciscoGal", "Sarah Gemmel"],
     [(V, "November 29, 2010 | Author: SanFranciscoGal")]),
    ('metadata', "On what date was the Twitter Engineering post \"Twitter Search is Now 3x Faster\" published?",
     ["April 6, 2011", "6 April 2011", "Apr 6, 2011", "Apr. 6, 2011", "2011-04-06"],
     [(T, "Wednesday, April 6, 2011\n\nTwitter Search is Now 3x Faster")]),
    # unanswerable 39-48
    ('unanswerable', "What was the name of the Kiss nightclub owner who was arrested after the Santa Maria fire?", [], []),
    ('unanswerable', "how many ppl was the kiss club actually licensed to hold", [], []),
    ('unanswerable', "What was Tom Cable's annual salary in his final season with the Raiders?", [], []),
    ('unanswerable', "did cable ever get charged over the randy hanson thing", [], []),
    ('unanswerable', "How much is the Fukushima Daiichi clean-up expected to cost?", [], []),
    ('unanswerable', "how many robots r they sending into the fukushima reactor buildings", [], []),
    ('unanswerable', "Who will direct Bond 23, Daniel Craig's third 007 film?", [], []),
    ('unanswerable', "how much did casino royale make at the box office", [], []),
    ('unanswerable', "How much did the family pay to rent the two vacation homes for their reunion?", [], []),
    ('unanswerable', "When will Twitter remove Ruby on Rails from its search stack entirely?", [], []),
]

EXPECT = {'factoid': 8, 'casual': 10, 'paraphrase': 8, 'numeric': 6, 'metadata': 6, 'unanswerable': 10}


def write_jsonl():
    texts, out, counts = {}, [], {}
    for i, (kind, q, ans, ev) in enumerate(Q, 1):
        counts[kind] = counts.get(kind, 0) + 1
        qid = f'f18r-{i:02d}'
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
                assert '\u00a0' not in quote and '\u00ad' not in quote, (qid, quote)
                w = len(quote.split())
                assert 5 <= w <= 25, (qid, w, quote)
            assert any(a.lower() in qt.lower() for a in ans for _, qt in ev), (qid, 'no answer in quote')
            o['answers'] = ans
            o['evidence'] = [{'doc': d, 'quote': qt} for d, qt in ev]
        out.append(o)
    assert counts == EXPECT, counts
    assert len({o['question'] for o in out}) == len(out)
    with open(os.path.join(HERE, 'page-r.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print(len(out), 'lines', dict(sorted(counts.items())))


def main():
    ap = argparse.ArgumentParser()
    g = ap.add_mutually_exclusive_group()
    g.add_argument('--git', help='git dir of a karussell/snacktory clone or mirror')
    g.add_argument('--src', help='folder of saved <name>.html copies')
    a = ap.parse_args()
    if a.git or a.src:
        build_pages(a.git, a.src)
    write_jsonl()


if __name__ == '__main__':
    sys.exit(main())
