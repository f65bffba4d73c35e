#!/usr/bin/env python3
"""Holds the questions of final42l (developer questions on six licence texts)
and writes licenses.jsonl next to this tools/ folder.

For every evidence quote it finds the quote's words in the document (any run
of white space between them), copies the document's bytes with white-space
runs collapsed to one space, and asserts: exactly one match in the raw file,
exactly one occurrence after folding case and white space, 5-25 words, none
of the characters * < > [ ] ` & (no markup, no boxed text), plain ASCII, and
one of the line's answers inside the quote (so checkset.py gives no
"derived answer" note). It also asserts the kind counts, the per-document
counts, the id sequence, answers that are neither bare yes/no nor shorter
than three characters, and no duplicate answers within a line.

    python3 tools/build_f42l.py
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, 'licenses')
OUT = os.path.join(ROOT, 'licenses.jsonl')
PREFIX = 'f42l-'

WANT_KINDS = {'casual': 14, 'paraphrase': 10, 'factoid': 6, 'numeric': 4, 'unanswerable': 10}
WANT_DOCS = {'GPL-3.txt': 10, 'MPL-2.0.txt': 7, 'Apache-2.0.txt': 6, 'LGPL-2.1.txt': 6,
             'Artistic.txt': 3, 'CC0-1.0.txt': 2}

# (kind, question, answers, doc, quote words as they read in the document)
Q = [
    # ---- casual (14)
    ('casual',
     "if my gpl3 app only runs on my own server and ppl just use it thru the browser, is that conveying? i never hand out copies",
     ['not conveying', 'no transfer of a copy'], 'GPL-3.txt',
     'Mere interaction with a user through a computer network, with no transfer of a copy, is not conveying.'),
    ('casual',
     "can u charge money for copies of gpl3 software or does it have to be given away for free",
     ['any price', 'or no price'], 'GPL-3.txt',
     'You may charge any price or no price for each copy that you convey'),
    ('casual',
     "wat counts as corresponding soruce in gpl3? do my build scripts have to be in there too",
     ['scripts to control those activities', 'including scripts'], 'GPL-3.txt',
     'run the object code and to modify the work, including scripts to control those activities.'),
    ('casual',
     "does gpl3 let me sublicense the code to somebody else",
     ['sublicensing is not allowed', 'section 10 makes it unnecessary'], 'GPL-3.txt',
     'Sublicensing is not allowed; section 10 makes it unnecessary.'),
    ('casual',
     "how much am i allowed to charge ppl for the source of an mpl2 binary i distribute",
     ['cost of distribution', 'no more than the cost'], 'MPL-2.0.txt',
     'by reasonable means in a timely manner, at a charge no more than the cost of distribution to the recipient'),
    ('casual',
     "mpl2 q: can i bundle mpl files w/ my proprietery code in one product and ship the whole thing under my own license",
     ['terms of your choice', 'Larger Work'], 'MPL-2.0.txt',
     'You may create and distribute a Larger Work under terms of Your choice,'),
    ('casual',
     "if somebody sues over mpl2 stuff which court does teh case go to",
     ['principal place of business', 'where the defendant maintains'], 'MPL-2.0.txt',
     'courts of a jurisdiction where the defendant maintains its principal place of business'),
    ('casual',
     "apache2 q: if i sue someone claiming the project infringes my patent, wat happens to the patent license i got from it",
     ['litigation is filed', 'shall terminate', 'terminates'], 'Apache-2.0.txt',
     'granted to You under this License for that Work shall terminate as of the date such litigation is filed.'),
    ('casual',
     "if i modify an apache2 project and redistribute it do i have to keep the stuff from its NOTICE file",
     ['readable copy of the attribution notices', 'attribution notices'], 'Apache-2.0.txt',
     'then any Derivative Works that You distribute must include a readable copy of the attribution notices contained'),
    ('casual',
     "can i use the project's name and trademarks to market my product since its apache2 licenced",
     ['does not grant permission', 'trade names, trademarks'], 'Apache-2.0.txt',
     'This License does not grant permission to use the trade names, trademarks, service marks, or product names of the Licensor,'),
    ('casual',
     "if i convert my copy of an lgpl2.1 lib to regular gpl can i switch it back later?",
     ['irreversible', 'not reversible'], 'LGPL-2.1.txt',
     'Once this change is made in a given copy, it is irreversible for that copy'),
    ('casual',
     "lgpl 2.1: can i ship my closed source app linked w/ the lib under my own terms? any conditions those terms have to meet",
     ['reverse engineering', "customer's own use"], 'LGPL-2.1.txt',
     "provided that the terms permit modification of the work for the customer's own use and reverse engineering for debugging such modifications."),
    ('casual',
     "artistic license - am i allowed to sell the package itself or only charge for copying n support?",
     ['not charge a fee for this Package itself', 'any fee you choose for support', 'reasonable copying fee'],
     'Artistic.txt',
     'You may charge any fee you choose for support of this Package. You may not charge a fee for this Package itself.'),
    ('casual',
     "if i put my code under cc0 do i also give up my patent rigths?",
     ['no trademark or patent rights', 'not waived'], 'CC0-1.0.txt',
     'No trademark or patent rights held by Affirmer are waived, abandoned,'),
    # ---- paraphrase (10)
    ('paraphrase',
     "If I ship my GPLv3 tool on the same disc as unrelated programs that aren't derived from it, what does the licence call that bundle?",
     ['aggregate'], 'GPL-3.txt',
     'is called an "aggregate" if the compilation and its resulting copyright are not used to limit'),
    ('paraphrase',
     "For a device maker shipping GPLv3 code, in what situation is it excused from handing over the keys and methods needed to install modified software?",
     ['installed in ROM', 'retains the ability to install'], 'GPL-3.txt',
     'retains the ability to install modified object code on the User Product (for example, the work has been installed in ROM).'),
    ('paraphrase',
     "Is whatever a GPLv3 program generates when you run it automatically subject to that licence as well?",
     ['constitutes a covered work', 'given its content'], 'GPL-3.txt',
     'The output from running a covered work is covered by this License only if the output, given its content, constitutes a covered work.'),
    ('paraphrase',
     "Apart from the Mozilla licence itself, which GNU licences may MPL-covered files also be passed on under when they are merged into a bigger combined work?",
     ['General Public License, Version 2.0', 'GPL 2.0', 'GPL-2.0', 'GPLv2',
      'Lesser General Public License, Version 2.1', 'LGPL 2.1', 'LGPL-2.1'], 'MPL-2.0.txt',
     'means either the GNU General Public License, Version 2.0, the GNU Lesser General Public License, Version 2.1,'),
    ('paraphrase',
     "If a statute or a court order stops me from meeting some of the Mozilla licence's terms, where do I have to explain what I couldn't comply with?",
     ['text file', 'included with all distributions'], 'MPL-2.0.txt',
     'be placed in a text file included with all distributions of the Covered Software under this License.'),
    ('paraphrase',
     "When I email something to an Apache-licensed project but don't want it taken in as a contribution, what label should it carry?",
     ['Not a Contribution'], 'Apache-2.0.txt',
     'designated in writing by the copyright owner as "Not a Contribution."'),
    ('paraphrase',
     "If I change an LGPL 2.1 library and hand out the changed version, does it have to stay a library or may it become a standalone program?",
     ['must itself be a software library', 'must be a software library', 'must remain a library', 'must stay a library'], 'LGPL-2.1.txt',
     'The modified work must itself be a software library.'),
    ('paraphrase',
     "What reason does the FSF give for naming its library licence the 'Lesser' one?",
     ['less to protect', 'protects less'], 'LGPL-2.1.txt',
     "because it does Less to protect the user's freedom than the ordinary General Public License."),
    ('paraphrase',
     "Under the Artistic License, can I change the package and never publish my changes, as long as it is only used inside my company?",
     ['within your corporation or organization', 'only within your corporation'], 'Artistic.txt',
     'use the modified Package only within your corporation or organization.'),
    ('paraphrase',
     "What takes effect instead if a court decides that the CC0 public-domain dedication itself is not legally valid?",
     ['royalty-free', 'public license fallback', 'fallback license'], 'CC0-1.0.txt',
     'Affirmer hereby grants to each affected person a royalty-free, non transferable, non sublicensable, non exclusive,'),
    # ---- factoid (6)
    ('factoid',
     "Which treaty is cited in the anti-circumvention section of GPLv3?",
     ['WIPO copyright treaty', 'WIPO'], 'GPL-3.txt',
     'fulfilling obligations under article 11 of the WIPO copyright treaty adopted on 20 December 1996'),
    ('factoid',
     "Who is the licence steward for MPL 2.0?",
     ['Mozilla Foundation'], 'MPL-2.0.txt',
     'Mozilla Foundation is the license steward. Except as provided in Section'),
    ('factoid',
     "In the Apache License, what ownership stake in a company's outstanding shares counts as control for the Legal Entity definition?",
     ['fifty percent', '50%', '50 percent'], 'Apache-2.0.txt',
     'ownership of fifty percent (50%) or more of the outstanding shares'),
    ('factoid',
     "At what web address does the Apache License boilerplate say people can get a copy of the licence?",
     ['apache.org/licenses/LICENSE-2.0'], 'Apache-2.0.txt',
     'You may obtain a copy of the License at http://www.apache.org/licenses/LICENSE-2.0'),
    ('factoid',
     "Which earlier licence does LGPL 2.1 count as the successor of?",
     ['Library Public License', 'Library General Public License'], 'LGPL-2.1.txt',
     'as the successor of the GNU Library Public License, version 2, hence the version number 2.1.'),
    ('factoid',
     "Which archive site does the Artistic License name as an example of where to post your modifications?",
     ['uunet.uu.net', 'uunet'], 'Artistic.txt',
     'or placing the modifications on a major archive site such as uunet.uu.net,'),
    # ---- numeric (4)
    ('numeric',
     "Under GPLv3, once I stop violating the licence, within how many days must the copyright holder notify me, or else my licence is permanently reinstated?",
     ['60 days', 'sixty days'], 'GPL-3.txt',
     'holder fails to notify you of the violation by some reasonable means prior to 60 days after the cessation.'),
    ('numeric',
     "Under MPL 2.0, if it is the first notice of non-compliance I have had from a contributor, how many days do I have to fix things for my grants to be reinstated?",
     ['30 days', 'thirty days'], 'MPL-2.0.txt',
     'You become compliant prior to 30 days after Your receipt of the notice.'),
    ('numeric',
     "Per LGPL 2.1, how long may an inline function taken from the library's header be before using it stops being unrestricted?",
     ['ten lines', '10 lines'], 'LGPL-2.1.txt',
     'small macros and small inline functions (ten lines or less in length), then the use of the object'),
    ('numeric',
     "If I sell hardware running GPLv3 software and include a written offer for the source rather than the source itself, for at least how many years must that offer stay valid?",
     ['three years', '3 years'], 'GPL-3.txt',
     'a written offer, valid for at least three years and valid for as long as you offer spare parts or customer support'),
    # ---- unanswerable near misses (10)
    ('unanswerable',
     "What exactly does the Affero GPL's network clause require a server operator to offer its remote users?",
     [], None, None),
    ('unanswerable',
     "How long must a written offer for source code remain valid under GPL version 2?",
     [], None, None),
    ('unanswerable',
     "under mpl 1.1 how many days do u get to cure a breach before ur rights end",
     [], None, None),
    ('unanswerable',
     "Which country's courts have jurisdiction over disputes under the Apache License 2.0?",
     [], None, None),
    ('unanswerable',
     "who actually wrote the artistic license? like which person",
     [], None, None),
    ('unanswerable',
     "Which countries have been excluded from distribution under section 12 of the LGPL 2.1?",
     [], None, None),
    ('unanswerable',
     "whats the name of the gpl3 exception gcc uses so compiled programs can stay proprietary",
     [], None, None),
    ('unanswerable',
     "wats the spdx identifier for mpl2 code that carries the exhibit b notice",
     [], None, None),
    ('unanswerable',
     "Who is allowed to publish new versions of the Apache License?",
     [], None, None),
    ('unanswerable',
     "When did Creative Commons first publish CC0 1.0?",
     [], None, None),
]

BAD_CHARS = set('*<>[]`&')


def fold(s):
    return re.sub(r'\s+', ' ', s).strip().lower()


def copy_quote(raw, words_text):
    """Returns the document's own text of the quote (white space collapsed),
    asserting it occurs exactly once in the raw file and once folded."""
    words = words_text.split()
    pat = r'\s+'.join(re.escape(w) for w in words)
    hits = [m for m in re.finditer(pat, raw)]
    assert len(hits) == 1, (words_text, len(hits))
    quote = re.sub(r'\s+', ' ', hits[0].group(0))
    assert quote == ' '.join(words), (quote, words_text)
    assert fold(raw).count(fold(quote)) == 1, ('folded count', quote)
    return quote


def main():
    docs = {f: open(os.path.join(CORPUS, f), encoding='utf-8').read() for f in WANT_DOCS}
    order = ['casual', 'paraphrase', 'factoid', 'numeric', 'unanswerable']
    items = sorted(Q, key=lambda q: order.index(q[0]))  # stable: keeps the order above
    kinds, perdoc, lines = {}, {}, []
    for n, (kind, question, answers, doc, words) in enumerate(items, 1):
        kinds[kind] = kinds.get(kind, 0) + 1
        assert question.strip() and question == question.strip()
        assert all(ord(c) < 128 for c in question), question
        assert len({a.lower() for a in answers}) == len(answers), answers
        for a in answers:
            assert a.lower() not in ('yes', 'no') and len(a) >= 3, a
            assert a == a.strip()
        o = {'id': f'{PREFIX}{n:02d}', 'question': question, 'answers': answers}
        if kind == 'unanswerable':
            assert not answers and doc is None
            o['evidence'] = []
            o['kind'] = kind
            o['answerable'] = False
        else:
            assert answers and doc in docs
            quote = copy_quote(docs[doc], words)
            nw = len(quote.split())
            assert 5 <= nw <= 25, (quote, nw)
            assert not (set(quote) & BAD_CHARS), quote
            assert all(32 <= ord(c) < 127 for c in quote), quote
            assert any(fold(a) in fold(quote) for a in answers), (answers, quote)
            perdoc[doc] = perdoc.get(doc, 0) + 1
            o['evidence'] = [{'doc': doc, 'quote': quote}]
            o['kind'] = kind
            o['answerable'] = True
        lines.append(o)
    assert kinds == WANT_KINDS, kinds
    assert perdoc == WANT_DOCS, perdoc
    assert len(lines) == 44
    assert len({o['question'].lower() for o in lines}) == 44
    with open(OUT, 'w', encoding='utf-8') as f:
        for o in lines:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print('wrote', OUT, len(lines), 'lines')
    print('kinds', kinds)
    print('docs', perdoc)
    return 0


if __name__ == '__main__':
    sys.exit(main())
