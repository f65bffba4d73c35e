#!/usr/bin/env python3
"""Rebuilds final29's page-ad/ corpus and page-ad.jsonl.

The six pages are real saved web pages kept as test fixtures by two
content-extraction libraries whose GitHub owner names start with a-m:
kepano/defuddle (its own "general--*" fixtures: Daring Fireball, Steph Ango's
blog, the Obsidian blog, a GitHub issue thread) and luin/readability (its own
test/fixtures pages: MediaShift, Psychology Today). Neither repository was
used by an earlier set; none of the six pages is a copy of a Mozilla
Readability or python-goose test page.

    python3 tools/make_f29ad.py --git-defuddle DIR --git-luin DIR   # from mirrors/clones
    python3 tools/make_f29ad.py --src src                          # from saved copies
    python3 tools/make_f29ad.py                                    # only page-ad.jsonl

Each page is turned into text by eval/testdata/scrape.py (the shared naive
scraper, used unchanged); the questions are then checked: every quote is an
exact byte substring occurring once in its document, 5-25 words, free of
U+00A0, and holds one of the answers (case folded); the kind counts are as
listed in EXPECT.
"""
import argparse, hashlib, json, os, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(HERE, 'page-ad')

DEFUDDLE = ('kepano/defuddle', '6de16345bbc822e69397bd6a126861bad9ff469f')
LUIN = ('luin/readability', '8f3357b1a6cf2d725e28502c845538da9e5563c1')

MS = 'mediashift-columbia-lede-program.txt'
PT = 'psychologytoday-optimism-older-age.txt'
DF = 'daringfireball-iphone-16e-review.txt'
SA = 'stephango-buy-wisely.txt'
GH = 'github-defuddle-cloudflare-workers-issue.txt'
OB = 'obsidian-verify-sync-encryption.txt'

# doc: (repo key, path in repo, git blob id, saved copy name)
PAGES = {
    MS: ('luin', 'test/fixtures/mediashift.html',
         'e7ed01a3f032ee40eb9f16e01cda188da5d6bea3', 'luin-mediashift.html'),
    PT: ('luin', 'test/fixtures/psychology-today.html',
         '497155e44f41072720fd9717a80c4cb4282284c0', 'luin-psychology-today.html'),
    DF: ('defuddle', 'tests/fixtures/general--daringfireball.net-2025-02-the_iphone_16e.html',
         '9a948094dad9bb04bf0fb7414bb63348c35ce1db', 'defuddle-daringfireball-iphone-16e.html'),
    SA: ('defuddle', 'tests/fixtures/general--stephango.com-buy-wisely.html',
         '4e2dfcbe8fc4d5ef16e0335f0cd83e42ab4e8a95', 'defuddle-stephango-buy-wisely.html'),
    GH: ('defuddle', 'tests/fixtures/general--github.com-issue-56.html',
         '2fd60e5be829fa045a2fc3b839bee39547a23fc9', 'defuddle-github-issue-56.html'),
    OB: ('defuddle', 'tests/fixtures/general--obsidian.md-blog-verify-obsidian-sync-encryption.html',
         '81e661517cd41d9f4bf7b0bbb0488f3590cf19ca', 'defuddle-obsidian-sync-encryption.html'),
}


def scraper():
    # eval/testdata/scrape.py when this folder sits at eval/testdata/final29/,
    # else the repository's copy
    for p in (os.path.join(HERE, '..', 'scrape.py'), '/work/main/eval/testdata/scrape.py'):
        if os.path.exists(p):
            return os.path.abspath(p)
    sys.exit('scrape.py not found')


def git_blob(data):
    return hashlib.sha1(b'blob %d\0' % len(data) + data).hexdigest()


def build_pages(gits=None, srcdir=None):
    scr = scraper()
    os.makedirs(DOCS, exist_ok=True)
    save = os.path.join(HERE, 'src')
    commits = {'defuddle': DEFUDDLE[1], 'luin': LUIN[1]}
    for doc, (repo, path, blob, saved) in PAGES.items():
        if gits:
            raw = subprocess.run(['git', '--git-dir', gits[repo], 'show', f'{commits[repo]}:{path}'],
                                 check=True, capture_output=True).stdout
            os.makedirs(save, exist_ok=True)
            with open(os.path.join(save, saved), 'wb') as f:
                f.write(raw)
        else:
            raw = open(os.path.join(srcdir, saved), 'rb').read()
        assert git_blob(raw) == blob, (doc, 'blob differs')
        tmp = os.path.join(DOCS, '.tmp.html')
        with open(tmp, 'wb') as f:
            f.write(raw)
        out = subprocess.run([sys.executable, scr, tmp], check=True, capture_output=True).stdout
        os.remove(tmp)
        with open(os.path.join(DOCS, doc), 'wb') as f:
            f.write(out)
        print(doc, len(out.decode('utf-8').split()), 'words')


# (kind, question, answers, [(doc, quote)])
Q = [
    # factoid 01-08
    ('factoid', "At which coffee shop did the idea for Columbia's Lede Program begin?",
     ["Joe’s Coffee", "Joe's Coffee"],
     [(MS, "This all began at Joe’s Coffee on the Columbia University campus one morning last spring.")]),
    ('factoid', "Who was teaching journalism students who knew little about data when the Lede Program was first discussed?",
     ["Mark Hansen", "Hansen"],
     [(MS, "Mark Hansen was then teaching journalism students who didn’t know much about data or computing.")]),
    ('factoid', "Which writer is quoted in Psychology Today saying that a pessimist before 48 knows too much?",
     ["Mark Twain", "Twain"],
     [(PT, "“The man who is a pessimist before 48 knows too much; if he is an optimist after it he knows too little.”—Mark Twain")]),
    ('factoid', "Which neuroscience professor calls optimism \"mental time travel\"?",
     ["Tali Sharot", "Sharot"],
     [(PT, "Neurosciences professor Tali Sharot calls it (link is external) “mental time travel”")]),
    ('factoid', "Which Apple modem in the iPhone 16e did John Gruber have zero complaints about?",
     ["C1", "C1 modem"],
     [(DF, "I have zero complaints about Apple’s C1 modem.")]),
    ('factoid', "What brand of wool socks does Steph Ango buy?",
     ["Darn Tough"],
     [(SA, "For example, I buy wool socks from a brand called Darn Tough.")]),
    ('factoid', "In the Defuddle on Cloudflare Workers issue, which library did the opener pair with Defuddle's browser version to work around the problem?",
     ["linkedom"],
     [(GH, "I was able to work around this by using the browser version along with linkedom")]),
    ('factoid', "According to the Obsidian blog, which algorithm derives a Sync vault's base key from the password and salt?",
     ["scrypt"],
     [(OB, "Your base key is derived from your password + salt using an algorithm called scrypt.")]),
    # casual 09-18
    ('casual', "wen is the first class of the lede program",
     ["May 27", "27 May"],
     [(MS, "May 27, they’ll begin an intense summer of daily coursework in computing, databases, algorithms")]),
    ('casual', "do americans get more or less optimistic w age acc to psych today",
     ["more optimistic"],
     [(PT, "Americans tend to become more optimistic as they grow older, while the Chinese become less optimistic.")]),
    ('casual', "wat does the iphone 16e weigh lol",
     ["167g", "167 g", "167 grams"],
     [(DF, "Per Apple’s specs, the iPhone 16e weighs 167g; the 16 Pro 199g")]),
    ('casual', "whats the qi charging speed on the 16e since it has no magsafe",
     ["7.5W", "7.5 W", "7.5 watts"],
     [(DF, "they might not care that the 16e is stuck with a pokey 7.5W Qi charging speed")]),
    ('casual', "which carrier was gruber's 16e review unit esim on",
     ["AT&T", "ATT"],
     [(DF, "My review unit from Apple came with a temporary eSIM on AT&T.")]),
    ('casual', "wat did steph buy a few yrs ago that gives the most joy per use",
     ["electric road bike", "an electric road bike", "e-bike"],
     [(SA, "A few years ago I bought a fairly expensive electric road bike.")]),
    ('casual', "whats the movement called thats into buying durable stuff like that",
     ["buy it for life"],
     [(SA, "A movement called “buy it for life” has sprung up around similar priorities.")]),
    ('casual', "who wanted to swap defuddles dom calls for cheerio in that workers issue",
     ["masylum"],
     [(GH, "masylum\n\non Jun 2, 2025\n\nit would be great to replace the dom calls to cheerio.")]),
    ('casual', "wat ai model did nbbaier use w opencode to patch linkedom",
     ["Claude 4 Sonnet", "Claude Sonnet 4", "Claude"],
     [(GH, "I used opencode with Claude 4 Sonnet to do so")]),
    ('casual', "hotkey to open dev tools in obsidian on mac??",
     ["Cmd+Opt+I", "Cmd-Opt-I", "Command+Option+I"],
     [(OB, "Open Developer Tools in the Obsidian app using the hotkey Cmd+Opt+I on macOS")]),
    # paraphrase 19-26
    ('paraphrase', "Which two high-profile new outlets does the Columbia instructor credit with pushing the excitement about number-driven reporting to its peak?",
     ["538 and Vox", "538", "Vox", "FiveThirtyEight"],
     [(MS, "thanks in large part to a handful of heavy-hitting new ventures including 538 and Vox")]),
    ('paraphrase', "Which researcher who studies society with computers redid, in the open, a numbers-driven news site's look at female representation in movies?",
     ["Brian Keegan", "Keegan"],
     [(MS, "that was recently built by computational social scientist Brian Keegan. The post exposed and reproduced the underlying analysis")]),
    ('paraphrase', "When one study checked back on people in their sixties who had been through hard times, what did it find?",
     ["significantly lower optimism", "lower optimism", "less optimistic"],
     [(PT, "those who experience negative life events had significantly lower optimism three years later")]),
    ('paraphrase', "Which cultural priority of one Asian nation's people does the blogger say gradually dims their hopefulness as they age?",
     ["maintaining harmonious social relationships", "harmonious social relationships", "harmony"],
     [(PT, "The Chinese, on the other hand, are culturally attuned to maintaining harmonious social relationships.")]),
    ('paraphrase', "How near can the budget model's lone rear lens get to a subject while still staying sharp?",
     ["12cm", "12 cm", "4.75 inches", "just over 4 inches"],
     [(DF, "The 1× camera on an iPhone 16e has a minimum focus distance of 12cm (~4.75 inches).")]),
    ('paraphrase', "Which pricey item does the essayist reckon pays for itself when you spend a third of every day in it?",
     ["a nice chair", "chair"],
     [(SA, "If you sit on a chair eight hours a day, then a nice chair is probably a good investment.")]),
    ('paraphrase', "Which cipher, in which mode, scrambles your notes once the key for the note-taking app's hosted syncing service has been worked out?",
     ["AES-256", "Galois/Counter", "AES-256-GCM", "AES"],
     [(OB, "This encryption key is used to encrypt/decrypt data with AES-256 using Galois/Counter")]),
    ('paraphrase', "Which server-side DOM emulation library cannot run inside the serverless edge runtime, according to the person who opened the issue?",
     ["JSDOM"],
     [(GH, "Supporting this environment fully is likely challenging since JSDOM does not work within the Worker environment.")]),
    # numeric 27-32
    ('numeric', "How many Germans took part in the 2013 Psychology and Aging study of expected life satisfaction?",
     ["11,131", "11131"],
     [(PT, "the authors studied 11,131 Germans across the age spectrum over a span of 11 years")]),
    ('numeric', "On the 10-point scale of that German study, what rating did older adults give their future life satisfaction?",
     ["6.14"],
     [(PT, "whereas middle-aged adults only gave 6.45, and older adults provided a rating of just 6.14")]),
    ('numeric', "What is the starting price of the iPhone 16e, and for how much storage?",
     ["$600", "600 dollars", "600"],
     [(DF, "its starting price of $600 for a 128 GB base model")]),
    ('numeric', "How far does the iPhone 16e's camera lens stick out from the back, by Gruber's measurement?",
     ["1.7mm", "1.7 mm"],
     [(DF, "it protrudes so little (just 1.7mm by my measurement)")]),
    ('numeric', "How many times more than cheap socks do Darn Tough socks cost?",
     ["four times", "4 times", "4x", "about four times"],
     [(SA, "They cost about four times more than cheap socks")]),
    ('numeric', "In the Obsidian Sync decryption code, how many bytes long is the IV at the start of the data blob?",
     ["12", "12-bytes", "12 bytes"],
     [(OB, "Split up the data blob into the 12-bytes IV, the encrypted data, and the 16-bytes auth tag.")]),
    # metadata 33-38
    ('metadata', "Who wrote MediaShift's \"Columbia's Lede Program Aims to Go Beyond the Data Hype\"?",
     ["Cathy O'Neil", "Cathy O’Neil", "O'Neil", "O’Neil"],
     [(MS, "Columbia’s Lede Program Aims to Go Beyond the Data Hype\n\nby Cathy O'Neil")]),
    ('metadata', "who wrote the psychology today post asking if we get less optimistic as we grow older",
     ["Utpal Dholakia", "Utpal M. Dholakia", "Dholakia"],
     [(PT, "Utpal Dholakia Ph.D. The Science Behind Behavior\n\nDo We Become Less Optimistic As We Grow Older?")]),
    ('metadata', "On what date was Daring Fireball's review \"The iPhone 16e\" published?",
     ["26 February 2025", "February 26, 2025", "Feb 26, 2025", "2025-02-26"],
     [(DF, "The iPhone 16e\n\nWednesday, 26 February 2025")]),
    ('metadata', "When did Steph Ango publish \"Buy wisely\"?",
     ["September 30, 2023", "30 September 2023", "Sept 30, 2023", "2023-09-30"],
     [(SA, "Buy wisely\n\nSeptember 30, 2023 · 5 minute read")]),
    ('metadata', "Who opened the GitHub issue \"Defuddle on Cloudflare Workers\"?",
     ["jmorrell"],
     [(GH, "jmorrell\n\nopened on May 25, 2025 · edited by jmorrell")]),
    ('metadata', "When was the Obsidian blog post on how to verify Obsidian Sync's end-to-end encryption first published?",
     ["June 5, 2023", "5 June 2023", "Jun 5, 2023", "2023-06-05"],
     [(OB, "on June 5, 2023\n\nOn our About page, we describe the guiding principles")]),
    # unanswerable 39-48
    ('unanswerable', "How much does the Lede Program at Columbia Journalism School cost in tuition?", [], []),
    ('unanswerable', "how many students r in the first lede program class", [], []),
    ('unanswerable', "How many participants took part in the You, Fung and Isaacovitz study comparing Chinese and American adults?", [], []),
    ('unanswerable', "which journal published the study of older adults aged 70 to 104", [], []),
    ('unanswerable', "How many hours of battery life does Apple claim for the iPhone 16e?", [], []),
    ('unanswerable', "how much did steph ango's electric road bike cost", [], []),
    ('unanswerable', "What did kepano reply to masylum's offer to port Defuddle to cheerio?", [], []),
    ('unanswerable', "wat port does the obsidian sync websocket connect on", [], []),
    ('unanswerable', "What screen size does the iPhone 16e have?", [], []),
    ('unanswerable', "how long do u boil an egg for a runny yolk", [], []),
]

EXPECT = {'factoid': 8, 'casual': 10, 'paraphrase': 8, 'numeric': 6, 'metadata': 6, 'unanswerable': 10}


def write_jsonl():
    texts, out, counts = {}, [], {}
    for i, (kind, q, ans, ev) in enumerate(Q, 1):
        counts[kind] = counts.get(kind, 0) + 1
        qid = f'f29ad-{i:02d}'
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
    with open(os.path.join(HERE, 'page-ad.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print(len(out), 'lines', dict(sorted(counts.items())))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--git-defuddle', help='git dir of a kepano/defuddle clone or mirror')
    ap.add_argument('--git-luin', help='git dir of a luin/readability clone or mirror')
    ap.add_argument('--src', help='folder of saved copies (see PAGES)')
    a = ap.parse_args()
    if a.git_defuddle or a.git_luin:
        assert a.git_defuddle and a.git_luin, 'give both --git-defuddle and --git-luin'
        build_pages({'defuddle': a.git_defuddle, 'luin': a.git_luin}, None)
    elif a.src:
        build_pages(None, a.src)
    write_jsonl()


if __name__ == '__main__':
    sys.exit(main())
