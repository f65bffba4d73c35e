#!/usr/bin/env python3
"""Holds the f42p questions (three PDFs: Winkler 1994, the GNU Libtasn1
manual, the Shared MIME-info spec) and writes ../pdfs.jsonl.

Each quote is given as its words; the script finds them in the extracted
text (text/<pdf name>, any whitespace between words), copies the text's
bytes with whitespace runs collapsed to one space, and asserts: exactly one
match in the raw text and exactly one occurrence after folding case and
whitespace; 5-25 words; no U+FFFD, BOM, zero-width or no-break space; one of
the line's answers inside the quote (folded); distinct answers, no bare
yes/no; kind and document counts as planned."""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TEXT = os.path.join(HERE, 'text')
W, L, M = 'Winklerrr94-5.pdf', 'libtasn1.pdf', 'shared-mime-info-spec.pdf'

# (kind, doc or None, question, answers, quote words or None)
Q = [
    # --- casual (12) ---
    ('casual', W, "wat language is winkler's EM software written in",
     ['FORTRAN'], 'The EM software (Winkler 1994d), written in FORTRAN'),
    ('casual', W, "how much slower does the new string comparator run w all the new features switched on?",
     ['40 percent', '40%'],
     'The string comparator code, with all the new features activated, runs at most 40 percent slower than the previous string comparator.'),
    ('casual', W, "whats it called when u only look at pairs that share a zip code n the first letter of the surname",
     ['blocking'], 'The restriction is referred to as blocking'),
    ('casual', W, "roughly how much cpu time does the general EM prog need b4 it converges",
     ['5 and 20', '5 to 20', '5-20'],
     'The general EM program often requires between 5 and 20 CPU minutes for convergence'),
    ('casual', L, "can i call libtasn1 from several threads at once or does it keep global state",
     ['No global variables', 'thread-safe', 'in parallel'],
     'Thread-safety. No global variables are used and multiple library handles and session handles may be used in parallel.'),
    ('casual', L, "asn1_get_length_der gave me back -1, wat does that mean??",
     ['indefinite length', 'indefinite'],
     'Return the decoded length value, or -1 on indefinite length'),
    ('casual', L, "how do i get rid of an OPTIONAL element using asn1_write_value",
     ['len=0', 'value=NULL', 'len = 0'],
     'If an element is OPTIONAL and you want to delete it, you must use the value=NULL and len=0.'),
    ('casual', L, "which of the cli tools turns a der file back into an asn1 structure",
     ['asn1Decoding'],
     'asn1Decoding generates an ASN.1 structure from a file with ASN.1 definitions and a binary file with a DER encoding.'),
    ('casual', L, "how do i point at the very last item of a SEQUENCE OF in the element name string",
     ['?LAST'],
     'The ?LAST name indicates the last element of a SET OF or SEQUENCE OF.'),
    ('casual', M, "which file do i drop in to override the system mime db w my own tweaks",
     ['Override.xml'],
     'Any file named Override.xml takes precedence over all other files in the same packages directory.'),
    ('casual', M, "how many bytes r u supposed to look at to guess if a file is text or binary",
     ['128'],
     'Checking the first 128 bytes of the file for ASCII control characters is a good way to guess'),
    ('casual', M, "if no magic rule matches and the file is binary, wat type do i fall back to",
     ['application/octet-stream', 'octet-stream'],
     'use the default type of application/octet-stream for binary data, or text/plain for textual data'),

    # --- paraphrase (9) ---
    ('paraphrase', W, "In the McLaughlin refinement of the comparator, how much credit is given to a character that does not match exactly but looks alike?",
     ['0.3'],
     'The first enhancement due to McLaughlin (1993) assigns value 0.3 to each disagreeing but similar character.'),
    ('paraphrase', W, "Why did Jaro bring in an assignment procedure rather than simply pairing each record with its best-scoring available partner?",
     ['greedy', 'erroneous assignments'],
     'Jaro introduced a linear sum assignment procedure (lsap) to force 1-1 matching because he observed that greedy algorithms often made erroneous assignments.'),
    ('paraphrase', W, "How does the new assignment algorithm keep its memory footprint so small when a ZIP code holds thousands of records?",
     ['highest five weights', 'five highest weights', 'top five'],
     'an algorithm (Winkler 1994a) that only stores the highest five weights above a threshold associated with each record from each file'),
    ('paraphrase', W, "According to the discussion, why does the updated string comparator do slightly worse when it is used for matching?",
     ['redundancy', 'very low'],
     'error rates with the existing methods are very low and the redundancy of extra matching fields plays a more important role'),
    ('paraphrase', L, "Before deep-copying one node into a destination node, what has to be done to the destination first?",
     ['asn1_create_element', 'expanded'],
     'That function requires dst to be expanded using asn1_create_element()'),
    ('paraphrase', L, "When you store a bit-string value in a structure, what does the length argument count?",
     ['number of bits', 'in bits'],
     'BIT STRING: VALUE contains the bit string organized by bytes and LEN is the number of bits.'),
    ('paraphrase', L, "What is the oldest C dialect the library proper is supposed to compile on, without even needing POSIX?",
     ['C89'],
     'The library itself should be portable to any C89 system, not even POSIX is required.'),
    ('paraphrase', M, "Why does the spec want file names tried before looking inside a file's contents?",
     ['seeks', 'expensive'],
     'doing magic sniffing is very expensive as reading the contents of the files causes a lot of seeks'),
    ('paraphrase', M, "How should the binary cache be replaced so that programs still holding the old one mapped in memory are not handed garbage?",
     ['atomically', 'temporary name'],
     'Cache files have to be written atomically - write to a temporary name, then move over the old file'),

    # --- factoid (7) ---
    ('factoid', W, "Who reviewed twenty string comparison methods and found the Jaro and Winkler comparators to be the best of them?",
     ['Budzinsky'],
     'Budzinsky (1991), in an extensive review of twenty string comparison methods'),
    ('factoid', W, "Which graph algorithm does Winkler's new assignment procedure build on, like the Burkard-Derigs-Rowe one?",
     ['Dijkstra'],
     "it uses Dijkstra's shortest augmenting path algorithm"),
    ('factoid', L, "A C program that uses libtasn1 must #include which .h file?",
     ['libtasn1.h'],
     'The header file of this library is libtasn1.h.'),
    ('factoid', L, "Which flag stops asn1_der_decoding2 from accepting BER-encoded elements?",
     ['ASN1_DECODE_FLAG_STRICT_DER', 'STRICT_DER'],
     'If ASN1_DECODE_FLAG_STRICT_DER flag is set then the function will not decode any BER-encoded elements.'),
    ('factoid', L, "Under which licence may the Libtasn1 library itself be used and redistributed?",
     ['Lesser General Public License', 'LGPL'],
     'under the terms of the GNU Lesser General Public License version 2.1 or later'),
    ('factoid', M, "Which command must an application run after it installs, removes or changes its XML file under packages/?",
     ['update-mime-database'],
     'the application MUST run the update-mime-database command'),
    ('factoid', M, "Which extended attribute may an implementation read a file's MIME type from?",
     ['user.mime_type'],
     'MIME type from the user.mime_type extended attribute'),

    # --- numeric (4) ---
    ('numeric', W, "In the Post Enumeration Survey, what share of truly matching first names failed to agree character for character?",
     ['25 percent', '25%'],
     'almost 20 percent of last names and 25 percent of first names disagreed character-by-character'),
    ('numeric', W, "How much storage does Winkler's new assignment algorithm need compared with the Rowe algorithm?",
     ['0.002', '0.2%', '0.2 percent', '1/500'],
     'a new algorithm (Winkler 1994a) that can use 0.002 as much storage as the Rowe algorithm'),
    ('numeric', L, "Starting with which libtasn1 release may the ider arguments of asn1_der_decoding_startEnd be omitted?",
     ['3.7'],
     'Note that since libtasn1 3.7 the ider and ider_len parameters can be omitted'),
    ('numeric', M, "What version number does this Shared MIME-info Database specification carry?",
     ['0.21'],
     'This is version 0.21 of the Shared MIME-info Database specification'),

    # --- unanswerable near misses (8) ---
    ('unanswerable', W, "By exactly how much does the Winkler prefix adjustment raise the comparator value when the first four characters agree?",
     [], None),
    ('unanswerable', W, "wat confidence level did belin n rubin use for the intervals they got from the SEM algorithm",
     [], None),
    ('unanswerable', W, "How many seconds does the new assignment algorithm take on a 5000 by 5000 array?",
     [], None),
    ('unanswerable', L, "wat does the ASN1_DELETE_FLAG_ZEROIZE flag actually do when u pass it to asn1_delete_structure2",
     [], None),
    ('unanswerable', L, "What numeric value does ASN1_MAX_ERROR_DESCRIPTION_SIZE have?",
     [], None),
    ('unanswerable', L, "What exit status does asn1Coding return when the syntax check fails?",
     [], None),
    ('unanswerable', M, "In which release of the specification was the globs2 file introduced?",
     [], None),
    ('unanswerable', M, "whats the max length a glob pattern can have in globs2",
     [], None),
]

PLAN_KINDS = {'casual': 12, 'paraphrase': 9, 'factoid': 7, 'numeric': 4, 'unanswerable': 8}
PLAN_DOCS = {W: 12, L: 12, M: 8}
BAD = '\ufffd\ufeff\u200b\u200c\u200d\u00a0\u2060'


def fold(s):
    return re.sub(r'\s+', ' ', s).strip().lower()


def locate(text, words):
    pat = r'\s+'.join(re.escape(w) for w in words.split())
    hits = [m for m in re.finditer(pat, text)]
    assert len(hits) == 1, (words, len(hits))
    return re.sub(r'\s+', ' ', hits[0].group(0))


def main():
    texts = {d: open(os.path.join(TEXT, d), encoding='utf-8').read() for d in (W, L, M)}
    folded = {d: fold(t) for d, t in texts.items()}
    kinds, docs, out = collections.Counter(), collections.Counter(), []
    for n, (kind, doc, q, ans, words) in enumerate(Q, 1):
        qid = f'f42p-{n:02d}'
        kinds[kind] += 1
        assert len({a.lower() for a in ans}) == len(ans), qid
        assert all(a.lower() not in ('yes', 'no') and len(a) >= 2 for a in ans), qid
        if kind == 'unanswerable':
            assert not ans and words is None, qid
            out.append({'id': qid, 'question': q, 'answers': [], 'evidence': [],
                        'kind': kind, 'answerable': False})
            continue
        docs[doc] += 1
        quote = locate(texts[doc], words)
        assert folded[doc].count(fold(quote)) == 1, (qid, 'folded count')
        assert 5 <= len(quote.split()) <= 25, (qid, len(quote.split()))
        assert not any(c in quote for c in BAD), qid
        assert any(fold(a) in fold(quote) for a in ans), (qid, 'no answer in quote')
        out.append({'id': qid, 'question': q, 'answers': ans,
                    'evidence': [{'doc': doc, 'quote': quote}], 'kind': kind, 'answerable': True})
    assert dict(kinds) == PLAN_KINDS, kinds
    assert dict(docs) == PLAN_DOCS, docs
    assert len({o['question'].lower() for o in out}) == len(out)
    with open(os.path.join(HERE, 'pdfs.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print(len(out), 'lines;', dict(kinds), dict(docs))


if __name__ == '__main__':
    sys.exit(main())
