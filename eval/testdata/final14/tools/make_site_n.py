#!/usr/bin/env python3
"""Writes site-n.jsonl from the questions below, asserting that every quote is
an exact byte substring occurring once in its document, has 5-25 words,
contains no U+00A0, and holds at least one answer string (case-insensitive),
and that unanswerable lines carry no answers or evidence.
    cd eval/testdata/final14 && python3 tools/make_site_n.py
"""
import json, os, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(HERE, 'site-n')

G = 'gothamist-nyc-fallout-shelters.txt'
W = 'wired-rosetta-comet.txt'
H = 'whitehouse-community-college-address.txt'
F = 'forward-slack-hummus.txt'
C = 'cnnmoney-ohare-strike.txt'
B = 'cbc-housing-market-slowdown.txt'

# (kind, question, answers, [(doc, quote)])
Q = [
    # factoid 01-08
    ('factoid', "Which U.S. president created a nationwide fallout shelter program in 1961?",
     ["John F. Kennedy", "Kennedy", "JFK"],
     [(G, "John F. Kennedy created a nationwide shelter program as president in 1961")]),
    ('factoid', "Which organization is Jeff Schlegelmilch, the disaster-preparedness expert quoted on New York's fallout shelters, deputy director of?",
     ["National Center for Disaster Preparedness"],
     [(G, "deputy director of the National Center for Disaster Preparedness at the Earth Institute of Columbia University")]),
    ('factoid', "Which comet was the Rosetta spacecraft orbiting before its final plunge?",
     ["67P/Churyumov-Gerasimenko", "Churyumov-Gerasimenko", "67P", "Churyumov–Gerasimenko"],
     [(W, "After Rosetta collides with comet 67P/Churyumov-Gerasimenko, its systems will go dark.")]),
    ('factoid', "Who delivered the White House weekly address on tuition-free community college in place of President Obama?",
     ["Joe Biden", "Biden"],
     [(H, "Ladies and Gentlemen, this is Joe Biden and I’m here filling in for President Obama")]),
    ('factoid', "Whose voice says \"hummus\" in Slack's hummus notification sound?",
     ["Anna Pickard", "Pickard"],
     [(F, "Anna Pickard is Slack’s editorial director who apparently delighted her coworkers with her (now readily accessible) pronunciation of the word hummus")]),
    ('factoid', "What is Slack's default notification sound, according to the Forward article about the hummus alert?",
     ["Knock Brush"],
     [(F, "and even “Knock Brush” (the default and our News editor’s favorite)")]),
    ('factoid', "Which activist group planned the \"Day of Disruption\" that the O'Hare airport workers' strike was part of?",
     ["Fight for $15", "Fight for 15"],
     [(C, "part of a broader \"Day of Disruption\" planned by activist group Fight for $15")]),
    ('factoid', "Who is the chief economist of the Canadian Real Estate Association quoted in the CBC story on September's housing numbers?",
     ["Shaun Cathcart", "Cathcart"],
     [(B, "CREA's chief economist Shaun Cathcart said in a release")]),
    # casual 09-18
    ('casual', "wat was actually in those nyc fallout shelter survival kits back in the 60s lol",
     ["aspirin", "toilet paper", "tongue depressors", "hard candies", "Civil Defense Survival Rations", "crackers", "biscuits"],
     [(G, "survival kits -- costing roughly $2.40 per person -- that featured aspirin, toilet paper, tongue depressors, appetite-suppressing hard candies")]),
    ('casual', "which ny guv was super into fallout shelters n had em built under his own houses?",
     ["Nelson A. Rockefeller", "Nelson Rockefeller", "Rockefeller"],
     [(G, "Rockefeller was a big proponent of shelters, so much so that he reportedly had shelters built under the Executive Mansion in Albany")]),
    ('casual', "wats the name of the lil lander that rode along w rosetta",
     ["Philae"],
     [(W, "Rosetta and its even tinier companion, the Philae lander, have had an outsized impact")]),
    ('casual', "rosetta launched in 04 right? who was its old mission manager, the guy who said ppl called them crazy",
     ["Gerhard Schwehm", "Schwehm"],
     [(W, "says Rosetta's former mission manager Gerhard Schwehm, who has been involved with the mission for over 30 years")]),
    ('casual', "how much more do ppl w an associates degree earn than high school grads?? acc to biden",
     ["25%", "25 percent", "25 per cent"],
     [(H, "folks with an associate’s degree earn 25% more than someone who graduated just from high school")]),
    ('casual', "ok but how r they gonna pay for the free community college thing tbh",
     [".07% fee", "0.07%", "fee on the biggest banks", "loopholes"],
     [(H, "Close loopholes for the wealthiest investors and levy a .07% fee on the biggest banks")]),
    ('casual', "who was the slack engineer that loved how anna says hummus so they recorded it? pls",
     ["Myles Grant"],
     [(F, "One of our colleagues, Myles Grant, who’s an engineer and another of Slack’s first employees, loved the way she said ‘hummus’")]),
    ('casual', "wat hourly wage were the ohare strikers asking for in 16",
     ["$15", "15 dollars", "fifteen dollars"],
     [(C, "wheelchair attendants are asking for a $15 hourly wage")]),
    ('casual', "which 2 airlines r based at ohare, the ones that said they prepped for the strike",
     ["American Airlines", "United Airlines", "American and United", "United and American"],
     [(C, "O'Hare is a hub for both American Airlines (AAL) and United Airlines (UAL)")]),
    ('casual', "wats the avg price of a home that sold in canada in sept? the cbc one w the crea numbers",
     ["$640,479", "640,479", "640479"],
     [(B, "Average price of a home that sold in September was $640,479")]),
    # paraphrase 19-26
    ('paraphrase', "In the mid-seventies, which sedative did New York City have crews pull out of the emergency medical packs stored in its bunkers?",
     ["phenobarbital", "downers"],
     [(G, "the city sent workers into 13,000 shelters to take the phenobarbital (downers) out of first aid kits")]),
    ('paraphrase', "Which basic building block of proteins did the European comet probe and its lander detect?",
     ["glycine"],
     [(W, "they found carbon and hydrogen and nitrogen as well—and even the simplest amino acid, glycine")]),
    ('paraphrase', "Which American laboratory had earlier schooled the European comet team in navigating between planets?",
     ["Jet Propulsion Laboratory", "JPL"],
     [(W, "collaborators at NASA's Jet Propulsion Laboratory, who had taught them interplanetary flight in previous years")]),
    ('paraphrase', "In the Vice President's address, what job could a complete beginner land after a few months' intensive training in writing software?",
     ["computer programmer", "programmer"],
     [(H, "coding bootcamp—with no previous experience in computers—and become a computer programmer making up to $70,000 a year")]),
    ('paraphrase', "Which colleague of the voice behind Slack's chickpea-dip alert chimed in to say the sound file actually sat on countless users' machines?",
     ["Paul Betts", "Betts"],
     [(F, "Paul Betts, a software developer for Slack, jumped in to inform her that the setting wasn’t as exclusive as she thought")]),
    ('paraphrase', "Apart from the city itself, which private firms employ the people who walked off the job at Chicago's big airport?",
     ["Prospect Airport Services", "AirScrub Inc.", "AirScrub"],
     [(C, "Those participating in the strike are contracted by Prospect Airport Services, AirScrub Inc. and the city of Chicago")]),
    ('paraphrase', "In which Ontario suburb did an agent notice that buying had gone quiet while people were fighting over leases?",
     ["Brampton"],
     [(B, "including Brampton, Ont., where realtor Shaun Ghulam said he's noticed an interesting dichotomy")]),
    ('paraphrase', "According to the Brampton agent, what about a home's sales history shows that the vendor is only playing and not serious?",
     ["four or five times", "how many times", "times the property has been listed", "number of times"],
     [(B, "If it's been listed for four or five times, you know the seller is not serious to sell")]),
    # numeric 27-32
    ('numeric', "By 1963, how many New York buildings with shelter spaces had the Army Corps of Engineers identified?",
     ["17,448", "17448"],
     [(G, "Army Corps of Engineers had identified 17,448 buildings with shelter spaces")]),
    ('numeric', "How long are the Rosetta spacecraft's solar panels?",
     ["32-meter", "32 meters", "32 metres", "32-metre"],
     [(W, "not even three meters long (not counting those giant 32-meter solar panels)")]),
    ('numeric', "According to Joe Biden's weekly address, what is the minimum number of years of education now needed for a surer path to the middle class?",
     ["fourteen", "14 years"],
     [(H, "a minimum of fourteen years is necessary for families to have a surer path to the middle class")]),
    ('numeric', "For how long was Slack's hummus notification available only internally before it was released to all teams?",
     ["18 months", "eighteen months"],
     [(F, "It has been available for 18 months internally only")]),
    ('numeric', "What hourly minimum wage in Chicago do some of the striking O'Hare workers currently earn?",
     ["$10.50", "10.50"],
     [(C, "Some currently make $10.50 an hour, which is the minimum wage in Chicago")]),
    ('numeric', "What all-time high did Canada's average home selling price reach in February, according to the CBC story?",
     ["$816,720", "816,720", "816720"],
     [(B, "down by more than 21 per cent from the all-time high of $816,720 reached in February")]),
    # metadata 33-38
    ('metadata', "Who wrote Gothamist's article on New York City's fallout shelters?",
     ["Nathan Tempey", "Tempey"],
     [(G, "Tempey\n\nPublished March 9, 2017\n\nModified March 9, 2017")]),
    ('metadata', "when did wired put out that rosetta ode piece? wat date",
     ["Sep 30, 2016", "September 30, 2016", "30 September 2016", "Sept. 30, 2016"],
     [(W, "Emma Grey Ellis\n\nScience\n\nSep 30, 2016 7:00 AM")]),
    ('metadata', "On what date was the White House weekly address on tuition-free community college released?",
     ["April 11, 2015", "11 April 2015", "Apr 11, 2015", "2015-04-11"],
     [(H, "For Immediate Release\n\nApril 11, 2015\n\nWeekly Address: Tuition-Free Community College")]),
    ('metadata', "Who wrote the Forward's piece on why Slack says \"hummus\"?",
     ["Laura E. Adkins", "Laura Adkins", "Adkins"],
     [(F, "By Laura E. Adkins December 28, 2016")]),
    ('metadata', "which outlet ran the story about the ohare workers strike?",
     ["CNNMoney", "CNN Money", "CNN"],
     [(C, "CNNMoney (New York) First published November 29, 2016: 3:33 AM ET")]),
    ('metadata', "When was the CBC News story on the housing market slowdown and September's sales numbers posted?",
     ["Oct 14, 2022", "October 14, 2022", "14 October 2022", "Oct. 14, 2022", "2022-10-14"],
     [(B, "Pete Evans · CBC News · Posted: Oct 14, 2022 9:27 AM ET")]),
    # unanswerable 39-48
    ('unanswerable', "Which civil defense museum received the crackers and water barrels found in the Brooklyn Bridge vault in 2006?", [], []),
    ('unanswerable', "who was nyc's civil defense director in 66, the one who said stocking shelters was pointless? name pls", [], []),
    ('unanswerable', "How much did the Rosetta comet mission cost in total?", [], []),
    ('unanswerable', "when did they finally find philae again after it went missing? wat month", [], []),
    ('unanswerable', "How much would the tuition-free community college plan cost the federal government over ten years?", [], []),
    ('unanswerable', "which community colleges in iowa did biden visit? he mentions going there", [], []),
    ('unanswerable', "In what year did Anna Pickard join Slack?", [], []),
    ('unanswerable', "how many ohare workers went on strike exactly? like the actual number", [], []),
    ('unanswerable', "What was the average selling price of a home in Brampton in September 2022?", [], []),
    ('unanswerable', "How many homes were sold in Canada in September 2022, according to CREA's figures?", [], []),
]

PREFIX = 'f14n-'


def main():
    texts = {}
    out = []
    for i, (kind, q, answers, ev) in enumerate(Q, 1):
        qid = f'{PREFIX}{i:02d}'
        o = {'id': qid, 'question': q, 'kind': kind, 'answerable': kind != 'unanswerable'}
        if kind == 'unanswerable':
            assert not answers and not ev, qid
        else:
            assert answers and ev, qid
            assert len({a.lower() for a in answers}) == len(answers), qid
            for doc, quote in ev:
                if doc not in texts:
                    texts[doc] = open(os.path.join(DOCS, doc), 'rb').read().decode('utf-8')
                t = texts[doc]
                n = t.count(quote)
                assert n == 1, f'{qid}: quote occurs {n} times in {doc}: {quote!r}'
                assert '\u00a0' not in quote, qid
                w = len(quote.split())
                assert 5 <= w <= 25, f'{qid}: {w} words'
                assert any(a.lower() in quote.lower() for a in answers), f'{qid}: no answer in quote'
            o['answers'] = answers
            o['evidence'] = [{'doc': d, 'quote': s} for d, s in ev]
        out.append(o)
    assert len(out) == 48
    with open(os.path.join(HERE, 'site-n.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    counts = {}
    for o in out:
        counts[o['kind']] = counts.get(o['kind'], 0) + 1
    print(len(out), counts)


if __name__ == '__main__':
    main()
