#!/usr/bin/env python3
"""Writes web-k.jsonl; asserts every quote is an exact byte substring occurring
once in its document, 5-25 words, and that an answer occurs in the quote."""
import json, os, sys
D = os.path.join(os.path.dirname(__file__), '..', 'web-k')
G, N, P, W, R, C = ('natgeo-redonda-goats.txt', 'nature-fast-telescope.txt',
                    'pcgamer-skyrim-illusionist.txt', 'dw-fruehburgunder-wine.txt',
                    'reuters-parasite-sag-awards.txt', 'caktus-django-testing-postmortem.txt')
Q = []
def a(kind, doc, q, answers, quote):
    Q.append(dict(kind=kind, doc=doc, question=q, answers=answers, quote=quote))
def u(doc, q):
    Q.append(dict(kind='unanswerable', doc=doc, question=q, answers=[], quote=None))

# casual 01-10
a('casual', G, "how did they get the goats off redonda?? like wat did they fly them out in",
  ["helicopter"], "managed to round up the goats by hand and transport them off the island via helicopter")
a('casual', N, "wats the full name of that giant chinese radio telescope again? FAST stands for wat",
  ["Five-hundred-meter Aperture Spherical Radio Telescope", "Aperture Spherical Radio Telescope"],
  "The Five-hundred-meter Aperture Spherical Radio Telescope (FAST) in southern China has just passed a series of technical")
a('casual', P, "wat did the pc gamer guy name his skyrim character lol",
  ["Sarah The Implausible"], "I create a High Elf, since they're good with magicks, and give her a good magician's name: Sarah The Implausible.")
a('casual', W, "whats that ahr valley grape thats like a mutation of pinot noir called? the early ripening one",
  ["Frühburgunder", "Fruhburgunder"], "the Frühburgunder, an early-ripening mutation of the pinot noir, which has a personality and flavor of its own")
a('casual', R, "wat film won the big ensemble prize at the sag awards",
  ["Parasite"], "South Korean thriller “Parasite” was the upset winner at the Screen Actors Guild (SAG) awards on Sunday")
a('casual', C, "the caktus dev w the broken demo, who was he doing the webcast for? which company",
  ["O'Reilly Media", "O’Reilly"], "I had the opportunity to give a webcast for O’Reilly Media during which I encountered a presenter’s nightmare")
a('casual', G, "how many rats r we talking on redonda b4 they poisoned em? roughly",
  ["6,000", "6000"], "eradicating the roughly 6,000 black rats that had infested every corner of the island")
a('casual', N, "who's the chief scientist of the chinese telescope thing? the guy quoted a lot",
  ["Di Li"], "“We do not see any roadblocks for the remaining transition,” says Di Li, the chief scientist of FAST.")
a('casual', P, "wat spell did the skyrim elf turn out to already kno after buying the book lol",
  ["Fury"], "I check my spellbook. I already know Fury. High Elves start with it.")
a('casual', R, "who got best actor n best actress at sag this yr? acc to reuters",
  ["Joaquin Phoenix", "Renee Zellweger", "Phoenix", "Zellweger"],
  "while Joaquin Phoenix and Renee Zellweger were named best actors, cementing their roles as frontrunners at the Oscars")

# paraphrase 11-20
a('paraphrase', G, "What was wrapped around the animals' horns to protect them while they were airlifted to the neighbouring island?",
  ["pool noodles"], "had its horns protected with foam pool noodles for the 20-minute flight back to Antigua")
a('paraphrase', G, "Which outside body supplied people to scale the sheer sides of the island and lay bait where workers could not walk?",
  ["British Mountaineering Council", "climbers", "mountaineers"],
  "the EAG also hired climbers from the British Mountaineering Council to scale the cliffs and plant poison")
a('paraphrase', N, "Which existing dish will the new Chinese instrument beat by gathering signals over double the surface?",
  ["Arecibo"], "FAST will collect radio waves from an area twice the size of the next-largest single-dish telescope, the Arecibo Observatory in Puerto Rico.")
a('paraphrase', N, "To which city does the project's lead researcher hope to shift the observatory's day-to-day running?",
  ["Guiyang"], "a $23-million data-processing centre being built in the city of Guiyang")
a('paraphrase', P, "In the Skyrim diary, who finally finishes off the bandit the narrator lures back to the village?",
  ["Hadvar's uncle"], "Hadvar's uncle slowly reaches for his mace, turns to the bandit, and bats her into a vegetable cart")
a('paraphrase', W, "Which family estate does the piece credit most with bringing the early-ripening variety back from near oblivion?",
  ["Kreuzberg"], "The Kreuzberg family winery, situated opposite the meandering Ahr River in Dernau, is largely responsible for the variety's rehabilitation")
a('paraphrase', W, "If the better-known red is a distinguished man, what did the merchant in the capital compare the rarer variety to?",
  ["elegant lady"], "If Pinot Noir is a distinguished gentleman, then the Frühburgunder is an elegant lady")
a('paraphrase', R, "Which veteran star, passed over for his lead role this season, received a career honour at the dinner?",
  ["De Niro"], "De Niro, whose lead performance in “The Irishman” has been snubbed by the Oscars, Golden Globes and SAG, was given a lifetime achievement award")
a('paraphrase', C, "What memoisation tool in the framework's static-asset lookup kept the overridden setting from taking effect?",
  ["lru_cache"], "Django was using the lru_cache decorator for the construction of the staticfiles finders.")
a('paraphrase', C, "Who looked over the blogger's patch to the web framework before it went in?",
  ["Tim Graham"], "After some helpful review from Tim Graham it was merged and was included in the recent 1.8 release.")

# numeric 21-26
a('numeric', G, "How many different types of vegetation did the 2019 count find on Redonda?",
  ["88"], "A study from 2012 counted 17 different types of vegetation growing on Redonda; the latest count, from 2019, showed 88.")
a('numeric', N, "How much did the FAST radio telescope cost?",
  ["171-million", "171 million", "1.2-billion-yuan", "1.2 billion yuan"],
  "The 1.2-billion-yuan (US$171-million) telescope, also known as Tianyan or ‘Eye of Heaven’, took half a decade to build")
a('numeric', W, "How many bottles of wine does the Ahr Valley turn out each year?",
  ["4.5 million"], "with some 530 hectares of vines producing around 4.5 million bottles of wine per year")
a('numeric', W, "How many hectares of Frühburgunder are grown across the whole Ahr region?",
  ["37 hectares"], "now produce Frühburgunder, with around 37 hectares spread across the volcanic soils of this dramatic region")
a('numeric', R, "What did The Irishman cost to make, according to the Reuters report?",
  ["$170 million", "170 million"], "Martin Scorsese’s $170 million Netflix gangster movie “The Irishman” had another disappointing night")
a('numeric', C, "For how long was the webcast demo going well before the final combined test run failed?",
  ["forty minutes", "40 minutes"], "I had git branches setup for each phase of the process and for the first forty minutes this was going along great.")

# metadata 27-36
a('metadata', G, "When was the National Geographic article about Redonda's recovery published?",
  ["6 January 2020", "January 6, 2020"],
  "makes an astonishingly quick comeback. What’s the secret to its recovery?Monday, 6 January 2020\n\nBy Michael Hingston")
a('metadata', G, "wat magazine/site is the redonda goat island story from",
  ["National Geographic"], "Ravenous wild goats ruled this island for over a century. Now, it's being reborn. | National Geographic")
a('metadata', N, "who wrote the nature news piece on the FAST telescope opening up?",
  ["Elizabeth Gibney", "Gibney"],
  "FAST has superior sensitivity to detect cosmic phenomena, including fast radio bursts and pulsars.\n\nElizabeth Gibney\n\nSearch for this author in:")
a('metadata', N, "On what date did Nature run its news story on the Chinese telescope opening to astronomers worldwide?",
  ["24 September 2019", "September 24, 2019"], "NEWS\n\n24 September 2019\n\nGigantic Chinese telescope opens to astronomers worldwide")
a('metadata', P, "Who is the author of PC Gamer's \"An Illusionist in Skyrim: Part 1\"?",
  ["Tom Francis"], "An Illusionist in Skyrim: Part 1\n\nFeatures\n\nBy Tom Francis\n\npublished 9 August 2012")
a('metadata', P, "wen did pc gamer put out the skyrim illusionist pt 1 article",
  ["9 August 2012", "August 9, 2012"], "Features\n\nBy Tom Francis\n\npublished 9 August 2012\n\nPlaying Skyrim with no armour, weapons, non-Illusion spells, or punching.")
a('metadata', W, "who wrote the dw article on frühburgunder n the ahr valley",
  ["Julian Tompkin", "Tompkin"],
  "breaking all the rules along the way - aided by a little German inspiration.\n\nDate 10.06.2013\n\nAuthor Julian Tompkin")
a('metadata', W, "What date does Deutsche Welle give for its story on the Ahr Valley's Frühburgunder?",
  ["10.06.2013", "10 June 2013", "June 10, 2013"], "Arts, music and lifestyle reporting from Germany | DW | 10.06.2013")
a('metadata', R, "Which Reuters journalist has the byline on the report about Parasite's SAG win?",
  ["Jill Serjeant", "Serjeant"], "'Parasite' scores historic upset at SAG awards, boosting Oscar chances\n\nBy Jill Serjeant\n\n4 Min Read")
a('metadata', C, "On which company's blog was the post-mortem of the failed Django testing webcast published?",
  ["Caktus Group", "Caktus"], "Testing Client-Side Applications with Django Post Mortem | Caktus Group")

# unanswerable 37-48 (37-42 formal, 43-48 casual)
u(G, "How much did the Redonda restoration programme cost in total?")
u(N, "On what date is the Chinese government's review meeting for FAST scheduled?")
u(P, "What character level had Sarah The Implausible reached by the end of part 1?")
u(W, "What does a bottle of Ludwig Kreuzberg's Frühburgunder cost?")
u(R, "At what time was the Reuters story on the SAG awards last updated?")
u(C, "How many people attended the O'Reilly webcast whose demo failed?")
u(G, "wat was the name of the company that ran the old guano mine on redonda?")
u(N, "how many ppl work at the FAST telescope rn? like staff numbers")
u(P, "how many comments r there on the pc gamer skyrim illusionist article")
u(W, "wats the name of the little wine tavern in altenahr the dw writer ends up in")
u(R, "who was bong joon ho's interpreter backstage at the sag awards?")
u(C, "wat was the caktus guy's first webcast about, the one b4 the broken one?")

kinds = ['casual'] * 10 + ['paraphrase'] * 10 + ['numeric'] * 6 + ['metadata'] * 10 + ['unanswerable'] * 12
assert [q['kind'] for q in Q] == kinds, [q['kind'] for q in Q]
out = []
for i, q in enumerate(Q, 1):
    o = {'id': f'f13k-{i:02d}', 'question': q['question'], 'kind': q['kind'],
         'answerable': bool(q['answers']), 'answers': q['answers']}
    if q['answers']:
        text = open(os.path.join(D, q['doc']), encoding='utf-8').read()
        qt = q['quote']
        n = text.count(qt)
        assert n == 1, (o['id'], n, qt)
        assert 5 <= len(qt.split()) <= 25, (o['id'], len(qt.split()))
        assert any(x.lower() in qt.lower() for x in q['answers']), (o['id'], 'answer not in quote')
        assert '\u00a0' not in qt
        o['evidence'] = [{'doc': q['doc'], 'quote': qt}]
    out.append(o)
with open(os.path.join(D, '..', 'web-k.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(out), 'lines written')
