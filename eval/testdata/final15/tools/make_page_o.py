#!/usr/bin/env python3
"""Writes page-o.jsonl from the questions below, asserting that every quote is
an exact byte substring occurring once in its document, has 5-25 words,
contains no U+00A0, and holds at least one answer string (case-insensitive),
and that unanswerable lines carry no answers or evidence.
    cd eval/testdata/final15 && python3 tools/make_page_o.py
"""
import json, os, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(HERE, 'page-o')

L = 'livescience-magic-mushrooms-brain.txt'
C = 'cricketcomau-mcg-third-test-draw.txt'
N = 'nola-jazz-heritage-center.txt'
P = 'nypost-surfer-shark-attack.txt'
M = 'pixelmonkey-going-mobile-1998.txt'
R = 'pewresearch-gas-prices-consumers.txt'

# (kind, question, answers, [(doc, quote)])
Q = [
    # factoid 01-08
    ('factoid', "In which journal was the study on magic mushrooms creating a hyperconnected brain published?",
     ["Journal of the Royal Society Interface", "Royal Society Interface"],
     [(L, "The research, which was published today (Oct. 28) in the Journal of the Royal Society Interface")]),
    ('factoid', "Which trophy did Australia regain by drawing the third Test against India at the MCG in December 2014?",
     ["Border-Gavaskar Trophy", "Border-Gavaskar", "Border Gavaskar"],
     [(C, "The series win that brings the Border-Gavaskar Trophy back to Australia after almost two years in India")]),
    ('factoid', "In the MCG Test against India, which fielder ran out Shaun Marsh when he was one run short of his century?",
     ["Virat Kohli", "Kohli"],
     [(C, "found short by Kohli (of course) who swooped, gathered and hit the stumps from close range")]),
    ('factoid', "Which organization owns the new George and Joyce Wein Jazz & Heritage Center in New Orleans?",
     ["New Orleans Jazz and Heritage Foundation", "New Orleans Jazz & Heritage Foundation", "Jazz and Heritage Foundation", "Jazz & Heritage Foundation"],
     [(N, "The center is owned by the New Orleans Jazz and Heritage Foundation, the nonprofit organization that owns Jazz Fest.")]),
    ('factoid', "At which California state park was surfer Kevin Swanson attacked by a great white shark?",
     ["Montana de Oro State Park", "Montana de Oro"],
     [(P, "the attack by the 8-to-10 foot shark happened at around 11 a.m. local time at Montana de Oro State Park")]),
    ('factoid', "In the pixelmonkey blog post \"Going mobile in 1998\", which service let the author download and sync content channels onto his Palm?",
     ["AvantGo"],
     [(M, "AvantGo was an early, popular service for Palm devices that let you download and sync “content channels”")]),
    ('factoid', "Which agency's figures does the Pew Research Center piece on gas prices and consumer confidence cite for the national average price of gas?",
     ["U.S. Energy Information Administration", "Energy Information Administration", "EIA"],
     [(R, "$1.15 less than in late June (representing a nearly one-third drop), according to the U.S. Energy Information Administration")]),
    ('factoid', "Who wrote the 2009 Journal of Monetary Economics paper on energy prices and consumption that Pew's Drew DeSilver discusses?",
     ["Paul Edelstein and Lutz Kilian", "Edelstein and Kilian", "Paul Edelstein", "Lutz Kilian", "Edelstein", "Kilian"],
     [(R, "The authors of the JME paper, Paul Edelstein and Lutz Kilian, concentrated mainly on unexpected increases")]),
    # casual 09-18
    ('casual', "wat's the actual active ingredient in magic mushrooms? the live science brain thing",
     ["psilocybin"],
     [(L, "The active ingredient in the psychedelic drug, psilocybin, seems to completely disrupt the normal communication networks in the brain")]),
    ('casual', "wat kind of scan did they use on the ppl who took shrooms in that study",
     ["functional magnetic resonance imaging", "fMRI", "magnetic resonance imaging", "MRI"],
     [(L, "the team used functional magnetic resonance imaging (fMRI) to scan the brain activity")]),
    ('casual', "who got pujara out w a slow spinner at the mcg?? isnt he a fast bowler lol",
     ["Mitchell Johnson", "Johnson"],
     [(C, "Johnson slipped in the sucker punch in the form of a ‘slow’ (125kph – gentle by his standards) orthodox spinner")]),
    ('casual', "which 2 india guys batted out the last hour at the mcg n stopped the whitewash tbh",
     ["Dhoni and Ashwin", "Ashwin and Dhoni", "MS Dhoni", "Dhoni", "Ravi Ashwin", "Ashwin"],
     [(C, "But Dhoni and spinner Ravi Ashwin defied both recent history and the Australian attack to survive a final hour")]),
    ('casual', "where is the new wein jazz n heritage center in nola, wats the address pls",
     ["1225 N. Rampart St.", "1225 N. Rampart", "1225 North Rampart", "Rampart St"],
     [(N, "The new educational and community center at 1225 N. Rampart St. is named for Wein and his late wife")]),
    ('casual', "who started the heritage school of music thats moving into the wein center? some sax guy right",
     ["Kidd Jordan", "Jordan"],
     [(N, "Since its founding by saxophonist and educator Kidd Jordan in 1990, the Heritage School of Music has been housed on university campuses.")]),
    ('casual', "how did the surfer who got bit by the great white stop the bleeding b4 he got outta the water",
     ["tourniquet", "leash cord", "leash"],
     [(P, "he fashioned a tourniquet from his surfboard’s leash cord")]),
    ('casual', "who was surfing w kevin swanson when the shark grabbed him?",
     ["Andrew Walsh", "Walsh"],
     [(P, "Andrew Walsh, who was surfing with Swanson, told the paper that the shark swam up from underneath Swanson’s board")]),
    ('casual', "wat was the restaurant app the pixelmonkey guy used on his palm back at nyu",
     ["Vindigo"],
     [(M, "Vindigo: When I was a student at NYU, I had instant access to all the restaurants in New York")]),
    ('casual', "pew says some paper from 09 found gas prices actually cause the mood changes. wat journal was it in",
     ["Journal of Monetary Economics", "JME"],
     [(R, "in the Journal of Monetary Economics, which also found a cause-and-effect relationship")]),
    # paraphrase 19-26
    ('paraphrase', "What cross-wiring of the senses, like hearing music and seeing hues, did the researchers liken the mushroom compound's effect to?",
     ["synesthesia", "synaesthesia"],
     [(L, "Psilocybin may create a brain state akin to synesthesia, a sensory effect in which one sense stimulus")]),
    ('paraphrase', "Why did the King's College team restrict its subjects to folks who had enjoyed shrooms before?",
     ["prevent them from panicking", "panicking", "panic", "claustrophobic"],
     [(L, "to prevent them from panicking inside the claustrophobic MRI machines")]),
    ('paraphrase', "What ailment pushed the Australian opener who normally stands among the slips to field at mid-off when Kohli nearly got run out?",
     ["badly-bruised right forearm", "bruised right forearm", "right forearm", "bruised forearm", "forearm"],
     [(C, "It was only due to a badly-bruised right forearm that David Warner was fielding there rather than his customary spot in the cordon")]),
    ('paraphrase', "Before it was converted into the Wein center, what sort of business occupied the Rampart Street property the New Orleans jazz nonprofit purchased?",
     ["funeral home", "Tharp-Sontheimer-Laudumiey"],
     [(N, "In 2008, the foundation bought the former Tharp-Sontheimer-Laudumiey Funeral Home.")]),
    ('paraphrase', "When New Orleans officials first approached the impresario about starting a festival there, what rules banning mixed-race groups on stage stood in the way?",
     ["segregation laws", "segregation"],
     [(N, "several obstacles, including segregation laws that prohibited interracial bandstands, stood in the way")]),
    ('paraphrase', "Where on his body was the Morro Bay man hurt after the great white bit him?",
     ["right hip and thigh", "hip and thigh", "hip", "thigh"],
     [(P, "He was airlifted to a local hospital with non-life-threatening injuries to his right hip and thigh")]),
    ('paraphrase', "Which sprawling rulebook of a free operating-system community did the pixelmonkey blogger cache on his handheld to read offline?",
     ["Debian Policy Manual", "Debian"],
     [(M, "so I had AvantGo sync the Debian Policy Manual, which contained hundreds of HTML pages full of reference information")]),
    ('paraphrase', "According to Pew, which way did cause and effect run in the 2012 study by the two Maryland academics on fuel costs and shopper mood?",
     ["price changes predicted sentiment changes", "price changes predicted sentiment", "prices predicted sentiment", "not the other way around"],
     [(R, "to conclude that price changes predicted sentiment changes and not the other way around")]),
    # numeric 27-32
    ('numeric', "How many healthy volunteers had their brain activity scanned in the magic mushroom study?",
     ["15", "fifteen"],
     [(L, "to scan the brain activity of 15 healthy volunteers")]),
    ('numeric', "What victory target did Australia set India in the drawn third Test at the MCG?",
     ["384"],
     [(C, "India was nowhere close to their notional victory target of 384 from a minimum 70 overs at 6-174")]),
    ('numeric', "What was the total cost of the George and Joyce Wein Jazz & Heritage Center project?",
     ["$9 million", "9 million", "nine million"],
     [(N, "The total bill for the project came in at around $9 million.")]),
    ('numeric', "About how far from Los Angeles is the state park where the surfer was attacked by the great white shark?",
     ["200 miles", "200-mile"],
     [(P, "at Montana de Oro State Park, approximately 200 miles northwest of Los Angeles")]),
    ('numeric', "How much RAM did the Palm V have, according to the pixelmonkey post \"Going mobile in 1998\"?",
     ["2 megabytes", "2 MB", "2MB", "two megabytes"],
     [(M, "It had 2 megabytes of RAM, which had to be used as not only the working memory of the device")]),
    ('numeric', "According to Pew's December 2014 piece, what was the national average price of a gallon of self-serve regular gas?",
     ["$2.554", "2.554"],
     [(R, "the national average price of a gallon of self-serve regular was $2.554")]),
    # metadata 33-38
    ('metadata', "Who wrote the Live Science article \"Magic Mushrooms Create a Hyperconnected Brain\"?",
     ["Tia Ghose", "Ghose"],
     [(L, "by Tia Ghose, Staff Writer")]),
    ('metadata', "when did cricket.com.au post the match report on the mcg draw vs india? wat date",
     ["30 December 2014", "December 30, 2014", "Dec 30, 2014", "30 Dec 2014", "2014-12-30"],
     [(C, "Andrew Ramsey, Melbourne Cricket Ground\n\n30 December 2014")]),
    ('metadata', "Who wrote the NOLA.com story on the opening of the George and Joyce Wein Jazz & Heritage Center?",
     ["Keith Spera", "Spera"],
     [(N, "Keith Spera, NOLA.com | The Times-Picayune By Keith Spera")]),
    ('metadata', "the ny post ran the surfer shark attack story but which outlet did it originally come from?",
     ["Fox News"],
     [(P, "This article originally appeared on Fox News.")]),
    ('metadata', "On what date was the pixelmonkey blog post \"Going mobile in 1998\" published?",
     ["December 30th, 2012", "December 30, 2012", "30 December 2012", "Dec 30, 2012", "2012-12-30"],
     [(M, "This entry was posted on Sunday, December 30th, 2012 at 3:00 pm")]),
    ('metadata', "Who wrote the Pew Research Center Fact Tank post asking whether lower gasoline prices make for confident consumers?",
     ["Drew DeSilver", "DeSilver"],
     [(R, "Drew DeSilver is a Senior Writer at the Pew Research Center.")]),
    # unanswerable 39-48
    ('unanswerable', "Who was the lead author of the study showing that psilocybin creates a hyperconnected brain?", [], []),
    ('unanswerable', "How many milligrams of psilocybin were the volunteers given in the King's College London brain-scan study?", [], []),
    ('unanswerable', "who was man of the match in that mcg test vs india in dec 14?", [], []),
    ('unanswerable', "How much money did George and Joyce Wein personally donate to the Jazz & Heritage Center?", [], []),
    ('unanswerable', "wat year did joyce wein pass away? the article says late wife", [], []),
    ('unanswerable', "Which hospital was surfer Kevin Swanson airlifted to after the shark attack?", [], []),
    ('unanswerable', "whats the name of the woman who got killed by a shark near there in 03?", [], []),
    ('unanswerable', "How much did the Palm V cost when it was released in 1999?", [], []),
    ('unanswerable', "when did avantgo shut down? wat year", [], []),
    ('unanswerable', "How many adults did Pew survey for its report on how Americans hear news about gas prices?", [], []),
]

EXPECT = {'factoid': 8, 'casual': 10, 'paraphrase': 8, 'numeric': 6, 'metadata': 6, 'unanswerable': 10}


def main():
    texts = {}
    out = []
    counts = {}
    for i, (kind, q, ans, ev) in enumerate(Q, 1):
        counts[kind] = counts.get(kind, 0) + 1
        qid = f'f15o-{i:02d}'
        o = {'id': qid, 'question': q, 'kind': kind, 'answerable': bool(ans)}
        if kind == 'unanswerable':
            assert not ans and not ev, qid
        else:
            assert ans and ev, qid
            assert len({a.lower() for a in ans}) == len(ans), (qid, 'duplicate answers')
            for doc, quote in ev:
                if doc not in texts:
                    texts[doc] = open(os.path.join(DOCS, doc), encoding='utf-8').read()
                t = texts[doc]
                n = t.count(quote)
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
    with open(os.path.join(HERE, 'page-o.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print(len(out), 'lines', dict(sorted(counts.items())))


if __name__ == '__main__':
    sys.exit(main())
