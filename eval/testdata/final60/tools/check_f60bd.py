#!/usr/bin/env python3
"""Checks page-bd.jsonl (final59's tools/check_f59bc.py, page table and probes changed; itself final58's check_f58bb.py, final57's check_f57ba.py, final56's check_f56az.py, final55's check_f55ay.py, final54's check_f54ax.py, final53's check_f53aw.py, final52's check_f52av.py, final51's check_f51au.py, final50's check_f50at.py, final49's check_f49as.py, final48's, final47's and final46's): runs
eval/testdata/checkset.py on it, then independently checks ids, the answerable flags, kind counts,
that every evidence quote is an EXACT byte substring of its document (no folding) occurring once,
that no quote holds U+00A0/U+2009/U+200B/U+202F/U+FEFF/U+FFFD (final55) or U+2011 (final58), that at least one answer occurs (case-folded) in a quote of its line, that every quote occurs (folded)
in the visible text of the ORIGINAL HTML page (src/wcxb-<split>-<id>.html.gz, decompressed in memory;
final52–final60 keep no decompressed copy) (tags stripped with a minimal html.parser; script/style/head dropped),
so the quotes do not depend on scrape.py alone, and that no document matches the probes written for the
unanswerable lines (regular expressions for the missing detail, see PROBES). Prints only counts and problems.
    python3 tools/check_f60bd.py"""
import gzip, json, os, re, subprocess, sys
from collections import Counter
from html.parser import HTMLParser
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = {'spinemd-office-chairs-back-pain.txt': 'dev-4796', 'pcworld-live-tv-streaming-services.txt': 'dev-0212',
       'slate-cleaning-prices-san-diego.txt': 'dev-0158', 'papertrails-pto-best-practices.txt': 'dev-0294',
       'ign-lightweight-gaming-mice.txt': 'dev-4825', 'pluralsight-aws-azure-gcp.txt': 'dev-0059'}
# _MIN and _DOL are final59's helpers, kept from the copy; final60's probes below do not use them
_MIN = r'(\d+|one|two|three|five|ten|fifteen|twenty|thirty|forty|forty-five|sixty)[\s-](minutes?|mins?|hours?|hrs?)'
_DOL = r'(\$\s?\d|\d[\d,]*\s?(dollars|USD)\b)'
# unanswerable id -> patterns that would signal the page gives the missing detail
PROBES = {  # case-sensitive unless a pattern starts with (?i); [^.\n] keeps a match inside one sentence, [^\n] inside one paragraph
    'f60bd-31': [r'(?i)\b(Sayl|Herman Miller)\b[^\n]{0,200}\$\s?\d', r'(?i)\$\s?\d[\d,.]*[^\n]{0,150}\b(Sayl|Herman Miller)\b',
                 r'(?i)\b(Sayl|Herman Miller|chairs?)\b[^.\n]{0,100}\b\d{2,}\s?(dollars|USD|bucks)\b',
                 r'(?i)\b(Sayl|chairs?)\b[^.\n]{0,100}\b(costs?|priced|retails?|sells?|runs?) (for|at|around|about)\b'],
    'f60bd-32': [r'(?i)\bdesks?\b[^.\n]{0,100}\b\d+(\.\d+)?\s?(inches|inch|in\b|cm|centimet\w*|")', r'(?i)\b\d+(\.\d+)?\s?(inches|inch|cm|centimet\w*)\b[^.\n]{0,100}\bdesks?\b',
                 r'(?i)\b(desk|work surface|table|keyboard)\s+height\b', r'(?i)\bheight of (your|the) (desk|work surface|table|keyboard)\b'],
    'f60bd-33': [r'(?i)\bSunday Ticket\b[^\n]{0,200}(\$\s?\d|\d+\s?(dollars|USD))', r'(?i)\$\s?\d[\d,.]*[^\n]{0,150}\bSunday Ticket\b', r'(?i)\bNFL\b[^.\n]{0,100}\$\s?\d'],
    'f60bd-34': [r'(?i)\bYouTube TV\b[^.\n]{0,120}\b(launch\w*|debut\w*|introduc\w*|arriv\w*|went live|started|began)\b',
                 r'(?i)\b(launch\w*|debut\w*|introduc\w*)\b[^.\n]{0,80}\bYouTube TV\b',
                 r'(?i)\bYouTube TV\b[^.\n]{0,120}\b(19|20)\d\d\b', r'(?i)\b(19|20)\d\d\b[^.\n]{0,80}\bYouTube TV\b'],
    'f60bd-35': [r'(?i)\bminimum wage\b[^.\n]{0,100}(\$\s?\d|\d+(\.\d+)?\s?(dollars|per hour|an hour|/h))', r'(?i)(\$\s?\d[\d.]*)[^.\n]{0,80}\bminimum wage\b',
                 r'(?i)\b(wage floor|minimum pay)\b[^.\n]{0,80}\d'],
    'f60bd-36': [r'(?i)\bcarpets?\b[^\n]{0,200}(\$\s?\d|\d+\s?(dollars|USD))', r'(?i)\$\s?\d[\d,.]*[^\n]{0,150}\bcarpets?\b', r'(?i)\bcarpets?\b[^.\n]{0,100}\bper (square|sq|room)\b'],
    'f60bd-37': [r'(?i)\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(paid\s+)?(holidays?|holiday days)\b',
                 r'(?i)\bholidays?\b[^.\n]{0,80}\b\d+\b', r'(?i)\b(federal|public|national|bank) holidays?\b'],
    'f60bd-38': [r'(?i)\b(roll\s?-?over|carry\s?-?over|carr(y|ied) (over|forward|into))\w*\b[^.\n]{0,120}\b\d+\s?(hours?|days?|weeks?|%)',
                 r'(?i)\b\d+\s?(hours?|days?|weeks?)\b[^.\n]{0,120}\b(roll\s?-?over|carry\s?-?over|carr(y|ied) (over|forward))',
                 r'(?i)\b(use[- ]it[- ]or[- ]lose[- ]it|cap(ped)? (at|of)|maximum (of|accrual))\b'],
    'f60bd-39': [r'(?i)\b(DeathAdder|Razer)\b[^\n]{0,300}\$\s?\d', r'(?i)\$\s?\d[\d,.]*[^\n]{0,150}\b(DeathAdder|Razer)\b',
                 r'(?i)\b(DeathAdder|Razer)\b[^.\n]{0,150}\b\d{2,}\s?(dollars|USD|bucks)\b',
                 r'(?i)\b(DeathAdder|Razer)\b[^.\n]{0,150}\b(costs?|priced|retails?|sells?) (for|at|around|about)\b'],
    'f60bd-40': [r'\d\s?%', r'(?i)\bper\s?cent\w*\b', r'(?i)\bmarket share\b', r'(?i)\bshare of (the )?(public )?(cloud )?market\b',
                 r'(?i)\b(one|a) (third|quarter|half) of the (public )?(cloud )?market\b'],
}
class Strip(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out = []; self.skip = 0
    def handle_starttag(self, t, a):
        if t in ('script', 'style', 'head', 'noscript'): self.skip += 1
        self.out.append(' ')
    def handle_endtag(self, t):
        if t in ('script', 'style', 'head', 'noscript') and self.skip: self.skip -= 1
        self.out.append(' ')
    def handle_data(self, d):
        if not self.skip: self.out.append(d)
def fold(s):
    s = s.replace('’', "'").replace('‘', "'").replace('“', '"').replace('”', '"').replace('\u00a0', ' ')
    return re.sub(r'\s+', ' ', s).strip().lower()
vis, docs = {}, {}
for doc, pre in SRC.items():
    p = Strip(); p.feed(gzip.decompress(open(os.path.join(HERE, 'src', 'wcxb-%s.html.gz' % pre), 'rb').read()).decode('utf-8', 'replace')); p.close()
    vis[doc] = fold(''.join(p.out))
    docs[doc] = open(os.path.join(HERE, 'page-bd', doc), 'rb').read()
errs = 0
lines = [json.loads(l) for l in open(os.path.join(HERE, 'page-bd.jsonl'), encoding='utf-8')]
for i, o in enumerate(lines, 1):
    if o['id'] != f'f60bd-{i:02d}': print('bad id', o['id']); errs += 1
    if o['answerable'] != bool(o['answers']): print('bad flag', o['id']); errs += 1
    if (o['kind'] == 'unanswerable') != (not o['answers']): print('bad kind/answers', o['id']); errs += 1
    for e in o.get('evidence', []):
        qb = e['quote'].encode('utf-8')
        if any(c in e['quote'] for c in '\u00a0\u2009\u200b\u202f\ufeff\ufffd\u2011'): print('bad character in quote', o['id']); errs += 1  # final55; U+2011 final58
        n = docs[e['doc']].count(qb)
        if n != 1: print(f'exact byte substring found {n} times', o['id']); errs += 1
        # compared with all white space removed: inline tags (<a>, <em>) may split words with a space
        if fold(e['quote']).replace(' ', '') not in vis[e['doc']].replace(' ', ''):
            print('not in visible HTML text', o['id']); errs += 1
    if o['answers'] and not any(a.lower() in e['quote'].lower() for a in o['answers'] for e in o['evidence']):
        print('no answer inside a quote', o['id']); errs += 1
    if not o['answers']:
        if o['id'] not in PROBES: print('no probes for', o['id']); errs += 1
        for pat in PROBES.get(o['id'], []):
            for doc, b in docs.items():
                for m in re.finditer(pat, b.decode('utf-8')):
                    print('probe hit', o['id'], doc, repr(m.group(0)[:80])); errs += 1
print('kinds:', dict(Counter(o['kind'] for o in lines)))
print('answerable per document (first quote):', dict(Counter(o['evidence'][0]['doc'] for o in lines if o['answers'])))
print('own checks, errors:', errs)
r = subprocess.run([sys.executable, '/work/main/eval/testdata/checkset.py', os.path.join(HERE, 'page-bd.jsonl'),
                    os.path.join(HERE, 'page-bd')], capture_output=True, text=True)
print(r.stdout + r.stderr, end='')
sys.exit(1 if errs or r.returncode else 0)
