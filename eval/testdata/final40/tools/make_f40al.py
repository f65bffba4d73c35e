#!/usr/bin/env python3
"""Builds final40's page-al set: six more saved web pages of
AndreasMadsen/htmlparser-benchmark's real-life test files (MIT; none of the
pages final35 or final38 used, nor any named in an earlier *SOURCES*.md /
README*.md), scraped with the shared eval/testdata/scrape.py, and the 42
questions of page-al.jsonl.

    python3 tools/make_f40al.py --npm-tgz htmlparser-benchmark-1.1.3.tgz
    python3 tools/make_f40al.py --git-hpb <AndreasMadsen/htmlparser-benchmark git dir>
    python3 tools/make_f40al.py --src src
    python3 tools/make_f40al.py                (questions only, documents as they are)

With --npm-tgz each page is read from the npm package `htmlparser-benchmark`
1.1.3 (`npm pack htmlparser-benchmark@1.1.3`; the tarball's SHA-256 is
checked); with --git-hpb it is read at the commit below, whose files/ hold the
same bytes; either way the page's git blob id is checked and a copy is saved in
src/. With --src the saved copies are used (blob ids checked too, so the
documents come out byte-identical). The documents are then written to page-al/
by scrape.py, unchanged, and page-al.jsonl is written from QUESTIONS below,
asserting for each evidence quote that it is an exact byte substring of its
document, that it occurs exactly once there even after folding case and white
space, that it has 5-25 words, holds no U+00A0 (nor U+2009 / U+200B / U+FEFF /
U+FFFD) and contains one of the answers; that every answer string of a line
occurs (folded) in one of its quotes; that no answer of an unanswerable line's
key words is needed (they have no answers); and that the kind counts are those
of README-AL.md.
"""
import argparse, hashlib, io, json, os, re, subprocess, sys, tarfile
from collections import Counter

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRAPE = os.environ.get('SCRAPE_PY', '/work/main/eval/testdata/scrape.py')
COMMIT = '3a017b39ef1e93d641fdecf3e1606db8e7a22dd8'
FILES = 'files/'
NPM_TGZ_SHA256 = '677aa1b5ea0aa8d7b84501151abd51ef1c5e63d7853395ef24756e2f2b3ea2ce'

LAT = 'latimes-ptsd-mice-oprl1.txt'
FOR = 'forbes-google-glass-qr-photobomb.txt'
TIM = 'time-nuclear-tests-brain-neurons.txt'
IW = 'informationweek-vmware-horizon-mobile.txt'
MNT = 'mnt-anthracimycin-ocean-antibiotic.txt'
JPL = 'jpl-spitzer-glimpse360-milky-way.txt'

# document name -> (path in the repository under FILES, git blob id)
PAGES = {
    LAT: ('783f9f0fba31f9653f382a7076e92795cb622216ad6e5e58023e10e8b09e66e0.html', '6bab54f97486713ae77d75be8682387000763da8'),
    FOR: ('e3de34a9fff17fa3ed62cc32e47dc493a3ddff99619713487cdebb1d8dd0fbf0.html', '767508766aadd77ec3c395255a9e48c615913190'),
    TIM: ('22c3886e7116464c04c2332c20a013a5837992e7bcdb1f6cacd7d475f9784273.html', '5146b06a0f85929e3e568f667f429fa794266217'),
    IW: ('c3d7e515974f6773f15e663f3392e9ec5bb8ffe9e064c58a8f1a2eeeb2319a70.html', '6094a8c8b30c4cb2a0e96186ae83e5ba4c5bd8f5'),
    MNT: ('8d612a03fa42a2fb014b59534c46c9590da90fbeb91ac50938cdfa36dd274e23.html', '7fd4514535d380824070e770e1f501bddd40d898'),
    JPL: ('22c0f41ae560968de5e6b0ef9ecffffeae3f409aa73d9b82853f65535116f68f.html', '14211b5093947197b0b79a808feccaf92b631e6e'),
}

# (kind, question, answers, [(doc, quote)]) -- answerable lines first, by kind
QUESTIONS = [
    # factoid (well-formed, "seed" style)
    ('factoid', 'Which gene did the researchers single out in the amygdala tissue of the traumatized mice?',
     ['OPRL1'],
     [(LAT, 'One stood out. Known as OPRL1, it contains instructions for making a receptor for a brain chemical called nociceptin.')]),
    ('factoid', "Which security firm's researchers developed the QR code attack on Google Glass?",
     ['Lookout Mobile', 'Lookout'],
     [(FOR, 'Researchers at the security firm Lookout Mobile say they developed an attack last spring that could compromise')]),
    ('factoid', "Which scientist at Sweden's Karolinska Institute found new neurons forming in the adult hippocampus in autopsies?",
     ['Kirsty Spalding', 'Spalding'],
     [(TIM, 'just what Kirsty Spalding, of Sweden’s Karolinska Institute, and her colleagues found in autopsies.')]),
    ('factoid', 'On which two Verizon phones is VMware Horizon Mobile available at launch?',
     ['LG Intuition', 'Motorola RAZR M'],
     [(IW, 'VMware Horizon Mobile is available immediately for the LG Intuition and the Motorola RAZR M.')]),
    ('factoid', 'Which microorganism does the new compound anthracimycin come from?',
     ['Streptomyces'],
     [(MNT, 'The compound comes from a microorganism known as Streptomyces, which the team first collected off the coast of Santa Barbara')]),
    ('factoid', "What longer survey name is the Glimpse in NASA's Glimpse 360 project short for?",
     ['Galactic Legacy Infrared Mid-Plane Survey Extraordinaire'],
     [(JPL, 'The images are part of the Galactic Legacy Infrared Mid-Plane Survey Extraordinaire (Glimpse 360) project')]),
    # why (well-formed, "seed" style)
    ('why', 'Why does our ability to learn and remember still decline with age if the hippocampus keeps growing new neurons?',
     ['rate of cell death', 'far shorter time'],
     [(TIM, 'the rate of renewal doesn’t make up for the rate of cell death, which is also going on constantly'),
      (TIM, 'the new cells live for a far shorter time than our original hippocampal neurons.')]),
    ('why', 'Why could merely taking a photo of a malicious QR code compromise Google Glass?',
     ['scans every photo', 'Glass can parse photographs'],
     [(FOR, 'Google has set up the device so that Glass scans every photo you take for something interesting'),
      (FOR, 'the fact that Glass can parse photographs opened up a vulnerability.')]),
    ('why', "According to VMware, why does Horizon Mobile not need individual apps to be modified, unlike containerization approaches?",
     ['complete OS', 'virtualization'],
     [(IW, 'Because Horizon Mobile hosts corporate content in a complete OS, this extra step is unnecessary.'),
      (IW, "said that VMware's approach is still distinct because it relies on virtualization.")]),
    ('why', 'Why does William Fenical consider the discovery of anthracimycin important?',
     ['new and unique chemical structure'],
     [(MNT, 'The real importance of this work is the fact that anthracimycin has a new and unique chemical structure.')]),
    # casual (as typed in a chat: lowercase, typos, abbreviations)
    ('casual', 'so the ptsd mice drug.. wat receptor does it actually switch on',
     ['nociceptin receptor', 'nociceptin'],
     [(LAT, 'In short, activating the nociceptin receptor appeared to dampen a process known as "fear memory consolidation."')]),
    ('casual', 'how did they even traumatize the mice lol',
     ['taped mice to the wooden boards', 'wooden boards', 'two hours'],
     [(LAT, 'The scientists taped mice to the wooden boards for two hours each')]),
    ('casual', 'how long did google take to fix the glass qr bug after lookout told them',
     ['two weeks later', 'two weeks'],
     [(FOR, 'Lookout reported the QR code issue to Google in mid-May, and it was fixed with an automatic software update two weeks later')]),
    ('casual', 'who made the 1st jailbreak for glass',
     ['Jay Freeman', 'Freeman'],
     [(FOR, 'In April, Android developer Jay Freeman created the first “jailbreak” for Glass')]),
    ('casual', 'does glass still read qr codes all the time or only sometimes now?',
     ['only in certain modes', 'choosing a Wifi network'],
     [(FOR, 'Glass now interprets QR codes only in certain modes such as when the user is choosing a Wifi network, rather than by default.')]),
    ('casual', 'wat yrs were the open air nuke tests that made the c14 spike',
     ['1945 to 1963', '1945', '1963'],
     [(TIM, 'During the era of widespread open-air nuclear tests, from 1945 to 1963, levels of radioactive carbon-14 in the atmosphere')]),
    ('casual', 'whats COPE mean in the byod vmware article',
     ['corporate-owned, personally enabled'],
     [(IW, 'the corporate-owned, personally enabled (COPE) model, in which the company owns devices')]),
    ('casual', 'which science journal ran fenicals anthracimycin paper',
     ['Angewandte Chemie'],
     [(MNT, 'According to a paper published in Angewandte Chemie, his team recently unearthed a new chemical compound from the sea')]),
    ('casual', 'how many regions w/ baby star jets have they found so far in glimpse 360',
     ['163', '163 regions'],
     [(JPL, 'So far, the researchers have identified 163 regions containing these jets in the Glimpse 360 data')]),
    ('casual', 'where does our solar system sit in the milky way acording to the jpl spitzer thing',
     ['Orion Spur', 'two-thirds of the way out'],
     [(JPL, "Our solar system is located about two-thirds of the way out from the Milky Way's center, in the Orion Spur")]),
    # paraphrase (few of the evidence sentence's words)
    ('paraphrase', 'Which painkiller given to injured patients has been tied, in observational work, to a lower chance of developing the disorder later on?',
     ['morphine'],
     [(LAT, 'trauma patients who receive morphine are less likely to develop PTSD')]),
    ('paraphrase', "Which New York specialist cautioned that taking away a fighter's fright could end up costing him his life?",
     ['Rachel Yehuda', 'Yehuda'],
     [(LAT, 'But Rachel Yehuda, a neuroscientist and PTSD expert at Mount Sinai School of Medicine in New York')]),
    ('paraphrase', 'Which handset was shown last year to be erasable back to its out-of-the-box state just by opening a link through its code scanner?',
     ['Samsung SIII', 'SIII'],
     [(FOR, 'a researcher showed that the Samsung SIII could be wiped and reverted to its factory settings by merely loading a link')]),
    ('paraphrase', "In which part of the brain's memory centre do most of the freshly made cells appear?",
     ['dentate gyrus'],
     [(TIM, 'The cells grow mostly in an area of the hippocampus known as the dentate gyrus')]),
    ('paraphrase', "What sort of virtual-machine monitor lets VMware's product keep a second, locally stored Android running on the handset?",
     ['Type 2 hypervisor', 'Type 2'],
     [(IW, 'Horizon Mobile, in contrast, stores the second OS locally and uses a Type 2 hypervisor to run the second instance.')]),
    ('paraphrase', 'In what year did the most recent antibiotic with a truly new chemical makeup come into use?',
     ['1993'],
     [(MNT, 'The last chemically-novel antibiotic was introduced in 1993.')]),
    ('paraphrase', 'What nickname does a Wisconsin astronomer give to the thinly starred stretch of the galaxy behind us?',
     ['flyover country'],
     [(JPL, 'We sometimes call this flyover country," said Barbara Whitney, an astronomer from the University of Wisconsin at Madison')]),
    ('paraphrase', 'What is the name of the volunteer effort in which ordinary people comb the survey pictures for bubbles?',
     ['The Milky Way Project', 'Milky Way Project'],
     [(JPL, 'this citizen science activity, called The Milky Way Project.')]),
    # numeric
    ('numeric', 'According to experts, what share of U.S. troops returning from Iraq and Afghanistan suffer from PTSD?',
     ['up to 20%', '20%'],
     [(LAT, 'Experts estimate that up to 20% of U.S. troops returning from Iraq and Afghanistan suffer from post-traumatic stress disorder')]),
    ('numeric', 'Roughly how many neurons does the adult hippocampus add each day, per the autopsy study?',
     ['about 700', '700 neurons per day'],
     [(TIM, 'in the hippocampus alone—at a rate of about 700 neurons per day.')]),
    ('numeric', 'What price does a perpetual VMware Horizon Mobile licence start at, per user?',
     ['$125 per user', '$125'],
     [(IW, 'VMware Horizon Mobile is available immediately with perpetual licensing starting at $125 per user.')]),
    ('numeric', 'How many hospitalizations in the US were related to MRSA infection in 2005, according to the CDC?',
     ['278,000'],
     [(MNT, 'And in 2005, 278,000 hospitalizations were related to MRSA infection.')]),
    ('numeric', 'How many degrees of the sky around the galactic center has Glimpse 360 already mapped?',
     ['130 degrees', '130'],
     [(JPL, 'Glimpse 360 already has mapped 130 degrees of the sky around the galactic center.')]),
    # metadata (only where the page prints it)
    ('metadata', "Who wrote TIME's article on what open-air nuclear tests tell us about the brain, and on what date?",
     ['Michael D. Lemonick', 'Lemonick', 'June 07, 2013'],
     [(TIM, 'By Michael D. LemonickJune 07, 20130')]),
    ('metadata', 'Who wrote the InformationWeek story "VMware Fights Android BYOD Headaches", and when was it published?',
     ['Michael Endler', 'May 15, 2013'],
     [(IW, 'Michael Endler | May 15, 2013 11:55 AM')]),
    ('metadata', 'Who wrote the Medical News Today article "Anthrax and MRSA antibiotic found in ocean", and what is its article date?',
     ['Marie Ellis', '19 Jul 2013'],
     [(MNT, 'Written by Marie Ellis\n\nCopyright: Medical News Today'),
      (MNT, 'Article Date: 19 Jul 2013 - 0:00 PDT')]),
]

# near misses: each names something one page discusses and asks for a detail
# that none of the six pages gives (grepped, see README-AL.md)
UNANSWERABLE = [
    'What is the name of the drug that the Emory researchers injected into the traumatized mice?',
    'how much does google glass cost for the explorer ppl',
    'Who was the neurosurgeon who operated on H.M. in 1953?',
    'Which Samsung phones will VMware add Horizon Mobile support for later in the year?',
    'which san diego biotech company helped fenical analyze anthracimycin',
    'How many volunteers have taken part in The Milky Way Project so far?',
]

KINDS = {'factoid': 6, 'why': 4, 'casual': 10, 'paraphrase': 8, 'numeric': 5, 'metadata': 3}
N_UNANSWERABLE = 6
TOTAL = sum(KINDS.values()) + N_UNANSWERABLE
PREFIX = 'f40al-'
BAD_CHARS = ('\u00a0', '\u2009', '\u200b', '\ufeff', '\ufffd')


def fold(s):
    return re.sub(r'\s+', ' ', s).strip().lower()


def blob_id(data):
    return hashlib.sha1(b'blob %d\0' % len(data) + data).hexdigest()


def build_docs(args):
    os.makedirs(os.path.join(HERE, 'src'), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'page-al'), exist_ok=True)
    tgz = None
    if args.npm_tgz:
        raw = open(args.npm_tgz, 'rb').read()
        assert hashlib.sha256(raw).hexdigest() == NPM_TGZ_SHA256, 'unexpected npm tarball'
        tgz = tarfile.open(fileobj=io.BytesIO(raw), mode='r:gz')
    for name, (path, blob) in PAGES.items():
        src = os.path.join(HERE, 'src', 'htmlparser-benchmark-' + path)
        if args.git_hpb:
            git = ['git', '--git-dir', args.git_hpb]
            got = subprocess.run(git + ['rev-parse', f'{COMMIT}:{FILES}{path}'], capture_output=True, text=True, check=True).stdout.strip()
            assert got == blob, (name, got, blob)
            data = subprocess.run(git + ['cat-file', 'blob', blob], capture_output=True, check=True).stdout
        elif tgz is not None:
            data = tgz.extractfile('package/' + FILES + path).read()
        else:
            src = os.path.join(args.src if os.path.isabs(args.src) else os.path.join(HERE, args.src), os.path.basename(src))
            data = open(src, 'rb').read()
        assert blob_id(data) == blob, (name, blob_id(data), blob)
        if args.git_hpb or tgz is not None:
            with open(src, 'wb') as f:
                f.write(data)
        txt = subprocess.run([sys.executable, SCRAPE, src], capture_output=True, check=True).stdout
        with open(os.path.join(HERE, 'page-al', name), 'wb') as f:
            f.write(txt)


def build_set():
    docs = {n: open(os.path.join(HERE, 'page-al', n), encoding='utf-8').read() for n in PAGES}
    lines, counts, n = [], Counter(), 0
    for kind, q, answers, ev in QUESTIONS:
        n += 1
        for doc, quote in ev:
            text = docs[doc]
            assert quote in text, (n, 'not an exact substring', quote)
            assert fold(text).count(fold(quote)) == 1, (n, 'not unique after folding', quote)
            assert 5 <= len(quote.split()) <= 25, (n, len(quote.split()), quote)
            assert not any(c in quote for c in BAD_CHARS), (n, 'nbsp, thin, zero-width, BOM or replacement char')
            assert any(fold(a) in fold(quote) for a in answers), (n, 'no answer in quote', quote)
        assert len({a.lower() for a in answers}) == len(answers), (n, 'duplicate answers')
        for a in answers:  # every answer string is in an evidence quote
            assert any(fold(a) in fold(qq) for _, qq in ev), (n, 'answer not in any quote', a)
        counts[kind] += 1
        lines.append({'id': f'{PREFIX}{n:02d}', 'question': q, 'kind': kind, 'answerable': True,
                      'answers': answers, 'evidence': [{'doc': d, 'quote': qq} for d, qq in ev]})
    for q in UNANSWERABLE:
        n += 1
        counts['unanswerable'] += 1
        lines.append({'id': f'{PREFIX}{n:02d}', 'question': q, 'answers': [], 'evidence': [],
                      'kind': 'unanswerable', 'answerable': False})
    want = dict(KINDS, unanswerable=N_UNANSWERABLE)
    assert dict(counts) == want, (dict(counts), want)
    assert n == TOTAL == 42
    assert len({l['question'] for l in lines}) == TOTAL
    with open(os.path.join(HERE, 'page-al.jsonl'), 'w', encoding='utf-8') as f:
        for l in lines:
            f.write(json.dumps(l, ensure_ascii=False) + '\n')
    per_doc = Counter(l['evidence'][0]['doc'] for l in lines if l['evidence'])
    print('page-al.jsonl', n, 'lines', dict(counts))
    print('answerable lines per page (first evidence):', dict(per_doc))


def main():
    ap = argparse.ArgumentParser()
    g = ap.add_mutually_exclusive_group()
    g.add_argument('--git-hpb', help='git dir of AndreasMadsen/htmlparser-benchmark')
    g.add_argument('--npm-tgz', help='htmlparser-benchmark-1.1.3.tgz from `npm pack htmlparser-benchmark@1.1.3`')
    g.add_argument('--src')
    ap.add_argument('--docs-only', action='store_true')
    args = ap.parse_args()
    if args.git_hpb or args.npm_tgz or args.src:
        build_docs(args)
    if not args.docs_only:
        build_set()


if __name__ == '__main__':
    main()
