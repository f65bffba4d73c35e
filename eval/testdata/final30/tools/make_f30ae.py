#!/usr/bin/env python3
"""Rebuilds final30's page-ae/ corpus and page-ae.jsonl.

The six pages are real saved web pages kept as test fixtures (benchmark
pages) by an HTML content-extraction library whose GitHub owner name starts
with n-z: opendatalab/magic-html (benchmark/data/article/htmls/ and
benchmark/data/forum/htmls/, each page saved under the SHA-256 of its URL;
the URLs are in benchmark/data/*/base.json).

    python3 tools/make_f30ae.py --git-magichtml DIR   # from a mirror/clone (saves copies in src/)
    python3 tools/make_f30ae.py --src src             # from saved copies
    python3 tools/make_f30ae.py                       # only page-ae.jsonl

Each page is turned into text by eval/testdata/scrape.py (the shared naive
scraper, used unchanged); the questions are then checked: every quote is an
exact byte substring occurring once in its document, 5-25 words, free of
U+00A0, and holds one of the answers (case folded); the kind counts are as
listed in EXPECT.
"""
import argparse, hashlib, json, os, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(HERE, 'page-ae')

MAGICHTML = ('opendatalab/magic-html', '47d4a7fed12030e906a093b074637f178cb46ef2')

O = 'outkick-indy-500-milk-choices.txt'
F = 'nbcnews-florida-spinning-fish.txt'
C = 'cnn-opinion-space-junk.txt'
S = 'engineering-stackexchange-apartment-floor-sound.txt'
R = 'lifehacker-apple-reminders-kanban.txt'
A = 'atlasobscura-taiwan-vegetarian-meat.txt'

# doc: (path in repo, git blob id, saved copy name)
PAGES = {
    O: ('benchmark/data/article/htmls/1ed561e5a954dd7db5286140b150b38549760719ec382e57ccc785ccc1108f63.html',
        '94a0bc9e6e4102388f43de4fa8e0f300fef42628', 'magichtml-outkick.html'),
    F: ('benchmark/data/article/htmls/6e6649bbcb2e4a759cd7057bf9c87c8bd35b3c0e88bbe39fce77d1da85e2de6a.html',
        '4bfc49612fa4c37c4058ddab409200b8fd714cef', 'magichtml-nbcnews.html'),
    C: ('benchmark/data/article/htmls/8eb264e24d5fc6cf2b59820810e24592d0eb26934235730e0dd22a7f0a98b2c9.html',
        '24b8af078f6d1519b01e2fce3f4b2ba5d51dda5a', 'magichtml-cnn.html'),
    S: ('benchmark/data/forum/htmls/d4654175c7dfe1fd7a599c880cad070fc3f861945fea77cece948599ba2bd548.html',
        'f045b6e9e035e90b7631c67be04632a7854c7633', 'magichtml-engineering-stackexchange.html'),
    R: ('benchmark/data/article/htmls/bc20eb5862bf84701625f749c1ff5673ce906a89e89cb602a45a7cf094708ab3.html',
        '93915b93098fc100957b66f76374f933adeb21e7', 'magichtml-lifehacker.html'),
    A: ('benchmark/data/article/htmls/3cd271958a1dbf0a1fbe55d7b70d8c1d3b1a55a9cdd71d9e7eb262a4f43dbb16.html',
        '867620968bd3c072e806c0f306cc2e27b8af6032', 'magichtml-atlasobscura.html'),
}


def scraper():
    # eval/testdata/scrape.py when this folder sits at eval/testdata/final30/,
    # else the repository's copy
    for p in (os.path.join(HERE, '..', 'scrape.py'), '/work/main/eval/testdata/scrape.py'):
        if os.path.exists(p):
            return os.path.abspath(p)
    sys.exit('scrape.py not found')


def git_blob(data):
    return hashlib.sha1(b'blob %d\0' % len(data) + data).hexdigest()


def build_pages(git=None, srcdir=None):
    scr = scraper()
    os.makedirs(DOCS, exist_ok=True)
    save = os.path.join(HERE, 'src')
    for doc, (path, blob, saved) in PAGES.items():
        if git:
            raw = subprocess.run(['git', '--git-dir', git, 'show', f'{MAGICHTML[1]}:{path}'],
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
    ('factoid', "Which organisation supplies the milk given to the winner of the Indianapolis 500, according to OutKick?",
     ["Indiana Dairy Association"],
     [(O, "the Indiana Dairy Association — which supplies the winner's milk — lets each of the 33 drivers")]),
    ('factoid', "Which fisheries ecologist with the Bonefish & Tarpon Trust says fishermen first noticed the spinning fish in October?",
     ["Ross Boucek", "Boucek"],
     [(F, "according to Ross Boucek, a fisheries ecologist with the Bonefish & Tarpon Trust")]),
    ('factoid', "Which genus of algae showed elevated background levels in the Florida Keys water samples?",
     ["Gambierdiscus"],
     [(F, "The only lead was elevated background levels of a genus of algae called Gambierdiscus in water samples.")]),
    ('factoid', "In which city did a fragment of space debris crash through the Otero family's roof?",
     ["Naples, Florida", "Naples"],
     [(C, "In the tranquil city of Naples, Florida, the Otero family recently experienced a heart-stopping moment")]),
    ('factoid', "Which space agency does Moriba Jah call a trailblazer in the pursuit of a circular space economy?",
     ["European Space Agency", "ESA"],
     [(C, "The European Space Agency (ESA) has emerged as a trailblazer in the pursuit of a circular space economy.")]),
    ('factoid', "Which ASTM method specifies the tapping machine used to derive the Impact Insulation Class?",
     ["E492", "ASTM E492"],
     [(S, "The IIC is derived from ASTM method E989, which in turn uses a tapping machine specified in ASTM method E492.")]),
    ('factoid', "Which productivity software does Lifehacker give as a famous example of Kanban boards?",
     ["Trello"],
     [(R, "Until now, Kanban boards were only found in the nerdiest of productivity software (Trello being a famous example.)")]),
    ('factoid', "Which temple's nuns prepared the funerary meals George Lee's family ate while mourning his grandfather?",
     ["Dizang Temple", "Dizang"],
     [(A, "Lee and his family ate special funerary meals prepared by the nuns of Dizang Temple in Taipei")]),
    # casual 09-18
    ('casual', "which indy 500 drivers r going w skim milk lol",
     ["Christian Lundgaard", "Christian Rasmussen", "Lundgaard", "Rasmussen"],
     [(O, "There are only two: one is Christian Lundgaard and the other is Christian Rasmussen.")]),
    ('casual', "wat milk is helio castroneves picking if he wins indy",
     ["2%", "2 percent", "two percent"],
     [(O, "four-time champ Helio Castroneves and two-time champ Takuma Sato — are also going with 2% if the win")]),
    ('casual', "how fast did the spinny fish get better once boucek put them in clean water tanks",
     ["25 minutes", "25 mins", "25 min"],
     [(F, "placed them in tanks with clean water, some recovered in as little as 25 minutes")]),
    ('casual', "wat happened to the sawfish mote rescued in cudjoe bay in the end",
     ["euthanized", "put down", "euthanised"],
     [(F, "But two weeks later, the animal’s health cratered and it had to be euthanized.")]),
    ('casual', "where did the chunk that hit the otero house even come from",
     ["battery palette", "battery pallet", "International Space Station", "ISS"],
     [(C, "it was a remnant from a discarded battery palette, originally weighing several tons, once used aboard the International Space Station (ISS)")]),
    ('casual', "wats the stc rating u need for good soundproofing btw",
     ["60 or above", "60+", "60"],
     [(S, "Therefore, you're going to want an STC of 60 or above.")]),
    ('casual', "who answered the apartment floor soundproofing q besides the op",
     ["mdfst13"],
     [(S, "mdfst13 is a new contributor to this site. Take care in asking for clarification")]),
    ('casual', "how do u switch a reminders list to kanban on a mac",
     ["View > as Columns", "as Columns", "Column view"],
     [(R, "Then, from the menu bar, go to View > as Columns.")]),
    ('casual', "wat os versions do u need for the reminders column thing",
     ["macOS Sonoma", "iOS 17", "iPadOS 17"],
     [(R, "it's available on all platforms (running macOS Sonoma, iOS 17, iPadOS 17, or higher)")]),
    ('casual', "how long did george lee stop eating meat when he was 17",
     ["100 days", "a hundred days", "one hundred days"],
     [(A, "At age 17, chef and video creator George Lee gave up eating meat for 100 days.")]),
    # paraphrase 19-26
    ('paraphrase', "Which game fish in the island chain appear to be coming through the mysterious malady unscathed?",
     ["barracuda", "bonefish", "tarpon"],
     [(F, "Other important species are doing OK, including barracuda, bonefish and tarpon, which seem to be largely unaffected")]),
    ('paraphrase', "The researcher whose home freezer is full of dead specimens likened the scramble to what kind of school ordeal?",
     ["a final exam", "final exam"],
     [(F, "He compared the effort to “a final exam you forgot about and never studied before")]),
    ('paraphrase', "What disposable everyday goods does the columnist liken orbiting craft to when describing the launch-and-abandon approach?",
     ["single-use plastics", "single-use plastic", "plastics"],
     [(C, "Our linear model — where satellites, like single-use plastics, are launched and abandoned")]),
    ('paraphrase', "What past programme is held up as proof that the American agency can pioneer reusable craft?",
     ["Space Shuttle", "the Space Shuttle program", "Space Shuttle program"],
     [(C, "One example of NASA’s capability to lead innovation in critical moments is the development of the Space Shuttle program.")]),
    ('paraphrase', "According to the second reply, what kind of squishy substance turns acoustic energy into warmth when sandwiched between stiff panels?",
     ["viscoelastic material", "viscoelastic"],
     [(S, "A viscoelastic material converts sound to heat.")]),
    ('paraphrase', "What pandemic-era comparison does the second reply use to explain why treating the upstairs unit beats treating your own ceiling?",
     ["Covid masks", "Covid mask", "masks"],
     [(S, "Sometimes, it is better to soundproof your neighbor than you. It's like Covid masks.")]),
    ('paraphrase', "Which to-do service from the search giant also got a board layout, though one that needs a separate list per column?",
     ["Google Tasks"],
     [(R, "even Google added Kanban view in Google Tasks")]),
    ('paraphrase', "Why did the monastery kitchen leave pungent bulbs like onions out of its cooking?",
     ["impede meditation", "meditation"],
     [(A, "The nuns used no onions or garlic, because alliums are believed to impede meditation.")]),
    # numeric 27-32
    ('numeric', "How many drivers in the Indianapolis 500 field get to choose their milk?",
     ["33", "thirty-three"],
     [(O, "lets each of the 33 drivers in the field choose what kind of moo juice they want")]),
    ('numeric', "At least how many smalltooth sawfish have died in the Florida Keys episode?",
     ["47", "at least 47", "forty-seven"],
     [(F, "At least 47 sawfish have died, though the number is likely higher")]),
    ('numeric', "In what year was the battery palette released from the International Space Station?",
     ["2021"],
     [(C, "The battery palette was released from the ISS in 2021 and was expected to burn up upon reentry from orbit.")]),
    ('numeric', "What STC rating does a 4-inch bare concrete slab have, according to the Engineering Stack Exchange answer?",
     ["44"],
     [(S, "the above document shows that a 4\" thick bare concrete slab has a STC rating of 44")]),
    ('numeric', "How many vegan Taiwanese recipes does A-Gong's Table feature?",
     ["over 90", "90", "more than 90"],
     [(A, "features over 90 vegan Taiwanese recipes drawn from various sources")]),
    ('numeric', "For about how long should the three-cup lion's mane mushrooms simmer so the sauce reduces?",
     ["about 15 minutes", "15 minutes", "15 min"],
     [(A, "cook for about 15 minutes to allow the mushrooms to soak up all the flavors")]),
    # metadata 33-38
    ('metadata', "Who wrote OutKick's article on the milk choices for this year's Indianapolis 500?",
     ["Matt Reigle", "Reigle"],
     [(O, "The Milk Choices For This Year's Indianapolis 500 Are Here\n\nMatt Reigle")]),
    ('metadata', "On what date did NBC News publish Evan Bush's story on Florida's spinning fish?",
     ["May 12, 2024", "12 May 2024", "2024-05-12", "May 12 2024"],
     [(F, "May 12, 2024, 9:00 PM GMT+8\n\nBy Evan Bush")]),
    ('metadata', "who wrote the cnn opinion piece on the problem with space junk",
     ["Moriba Jah", "Jah"],
     [(C, "Opinion by Moriba Jah\n\n4 minute read\n\nPublished 11:38 AM EDT, Thu May 9, 2024")]),
    ('metadata', "Who asked the Engineering Stack Exchange question \"How to build apartment floors/ceilings to not transfer sound?\"",
     ["Michael Altfield", "Altfield"],
     [(S, "asked May 19 at 23:34\n\nMichael AltfieldMichael Altfield")]),
    ('metadata', "When was Lifehacker's \"Apple Reminders Has a Hidden Kanban Feature\" published?",
     ["May 20, 2024", "20 May 2024", "2024-05-20", "May 20 2024"],
     [(R, "Column view comes to the Apple Reminders app.\n\nKhamosh Pathak\n\nMay 20, 2024")]),
    ('metadata', "Who wrote the Atlas Obscura article \"In Taiwan, Vegetarian Meat Isn't Trying to Fool You\"?",
     ["Andrew Coletti", "Coletti"],
     [(A, "by Andrew Coletti May 14, 2024")]),
    # unanswerable 39-48
    ('unanswerable', "Which kind of milk did Scott Dixon choose for the Indianapolis 500, according to OutKick?", [], []),
    ('unanswerable', "who won the indy 500 this year n what milk did they drink", [], []),
    ('unanswerable', "What did the necropsy of the sawfish rescued from Cudjoe Bay find?", [], []),
    ('unanswerable', "How much did the piece of debris that struck the Otero home weigh?", [], []),
    ('unanswerable', "when did nasa put out its space sustainability strategy", [], []),
    ('unanswerable', "What Impact Insulation Class rating does a 6-inch concrete slab have, according to the Stack Exchange answer?", [], []),
    ('unanswerable', "wats the name of the soundproofing company in the reference mdfst13 linked", [], []),
    ('unanswerable', "How many columns can a Kanban board in Apple Reminders have at most?", [], []),
    ('unanswerable', "How much does George Lee's cookbook A-Gong's Table cost?", [], []),
    ('unanswerable', "wats the capital of mongolia", [], []),
]

EXPECT = {'factoid': 8, 'casual': 10, 'paraphrase': 8, 'numeric': 6, 'metadata': 6, 'unanswerable': 10}


def write_jsonl():
    texts, out, counts = {}, [], {}
    for i, (kind, q, ans, ev) in enumerate(Q, 1):
        counts[kind] = counts.get(kind, 0) + 1
        qid = f'f30ae-{i:02d}'
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
    with open(os.path.join(HERE, 'page-ae.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print(len(out), 'lines', dict(sorted(counts.items())))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--git-magichtml', help='git dir of an opendatalab/magic-html clone or mirror')
    ap.add_argument('--src', help='folder of saved copies (see PAGES)')
    a = ap.parse_args()
    if a.git_magichtml:
        build_pages(a.git_magichtml, None)
    elif a.src:
        build_pages(None, a.src)
    if Q:
        write_jsonl()


if __name__ == '__main__':
    sys.exit(main())
