#!/usr/bin/env python3
"""Checks page-ba.jsonl (final56's tools/check_f56az.py, page table and probes changed; itself final55's check_f55ay.py, final54's check_f54ax.py, final53's check_f53aw.py, final52's check_f52av.py, final51's check_f51au.py, final50's check_f50at.py, final49's check_f49as.py, final48's, final47's and final46's): runs
eval/testdata/checkset.py on it, then independently checks ids, the answerable flags, kind counts,
that every evidence quote is an EXACT byte substring of its document (no folding) occurring once,
that no quote holds U+00A0/U+2009/U+200B/U+202F/U+FEFF/U+FFFD (final55), that at least one answer occurs (case-folded) in a quote of its line, that every quote occurs (folded)
in the visible text of the ORIGINAL HTML page (src/wcxb-<split>-<id>.html.gz, decompressed in memory;
final52–final57 keep no decompressed copy) (tags stripped with a minimal html.parser; script/style/head dropped),
so the quotes do not depend on scrape.py alone, and that no document matches the probes written for the
unanswerable lines (regular expressions for the missing detail, see PROBES). Prints only counts and problems.
    python3 tools/check_f57ba.py"""
import gzip, json, os, re, subprocess, sys
from collections import Counter
from html.parser import HTMLParser
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = {'winetastingsguide-wine-regions.txt': 'dev-4693', 'sewcanshe-beginner-sewing-machines.txt': 'dev-4148',
       'bossley-thoughts-on-zig.txt': 'dev-0414', 'buzzsprout-podcast-equipment-guide.txt': 'dev-4665',
       'monkeywrench-california-plumbing-codes.txt': 'dev-0218', 'smcm-negotiate-salary-benefits.txt': 'dev-4572'}
_STATES = (r'(Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|'
           r'Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|'
           r'New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|'
           r'Virginia|Washington|West Virginia|Wisconsin|Wyoming|NYC|Philadelphia|San Francisco|Chicago|Puerto Rico)')
# unanswerable id -> patterns that would signal the page gives the missing detail
PROBES = {  # case-sensitive unless a pattern starts with (?i); [^.\n] keeps a match inside one sentence, [^\n] inside one paragraph
    'f57ba-31': [r'(?i)\bMerlot\b[^.\n]{0,80}\b\d{1,3}(\.\d+)?\s?(%|percent)', r'(?i)\b\d{1,3}(\.\d+)?\s?(%|percent)[^.\n]{0,80}\bMerlot\b',
                 r'(?i)\bright[- ]bank\b[^.\n]{0,120}\d', r'(?i)\b(St\.?-?\s?Emill?ion|Pomerol)\b[^.\n]{0,120}\d'],
    'f57ba-32': [r'(?i)\b(Bordeaux|Pauillac|Margaux|Graves|Pomerol|St\.?-?\s?Emill?ion|St\.?-?\s?(Estephe|Julien)|Sauternes|claret|vintages?)\b[^\n]{0,200}(?<![-\d])\b(1[89]\d\d|20[0-2]\d)\b',
                 r'(?i)(?<![-\d])\b(1[89]\d\d|20[0-2]\d)\b[^\n]{0,120}\b(Bordeaux|Pauillac|Margaux|Graves|Pomerol|Emill?ion|Sauternes|claret|vintages?)\b', r'(?i)\bBordeaux\b[^\n]{0,300}\b(vintages?|years?)\b',
                 r'(?i)\b(best|great|top|outstanding|exceptional|legendary|classic)\s+(vintages?|years?)\b'],
    'f57ba-33': [r'(?i)\b(CS7000X|Brother)\b[^\n]{0,300}\$\s?\d', r'(?i)\$\s?\d[^\n]{0,300}\b(CS7000X|sewing machines?)\b',
                 r'(?i)\b(costs?|priced|retails?|sells?)\b[^.\n]{0,40}\b(under|about|around|less than|only)\s+\$?\d', r'(?i)\b\d[\d,.]*\s?(USD|dollars)\b'],
    'f57ba-34': [r'(?i)\b(Zig\s+)?v?1\.0\b', r'(?i)\bstable release\b[^.\n]{0,80}\b(20\d\d|next year|soon|expected|scheduled|planned)\b',
                 r'(?i)\b(roadmap|expected (to|in)|scheduled for|slated for|planned for)\b', r'(?i)\bZig\b[^.\n]{0,80}\b20(2[6-9]|3\d)\b'],
    'f57ba-35': [r'(?i)\bZig\s+v?0\.\d+', r'\b0\.(?!13\.0)\d+\.\d+\b', r'(?i)\b(using|on|running|with|installed)\s+(Zig\s+)?v?0\.\d+', r'(?i)\bversion\s+v?\d'],
    'f57ba-36': [r'(?i)\bE(a)?rthworks\b[^\n]{0,300}\$\s?\d', r'(?i)\bETHOS\b[^\n]{0,300}\$\s?\d', r'(?i)\$\s?\d[^\n]{0,200}\bETHOS\b',
                 r'(?i)\bETHOS\b[^.\n]{0,80}\b(costs?|priced|retails?|\d{3,4}\s?(USD|dollars))\b', r'(?i)\bsplurge\b[^\n]{0,100}\d'],
    'f57ba-37': [r'(?i)\b(Audacity|Audition|GarageBand|Descript|Hindenburg|Reaper|Logic Pro|Pro Tools|Riverside|Zencastr|SquadCast|Alitu|Ferrite|Adobe|Auphonic)\b',
                 r'\b[Ee]dit(s|ing)?\b[^.\n]{0,60}\b(in|with|using)\s+[A-Z][a-z]+', r'(?i)\b(I|we)\s+(edit|use)\b[^.\n]{0,40}\bto edit\b'],
    'f57ba-38': [r'(?i)\bgpm\b', r'(?i)\bgallons?\b', r'(?i)\b\d+(\.\d+)?\s?(gpm|gpf|gallons|liters|litres|L/min)\b', r'(?i)\bshower\s?heads?\b[^.\n]{0,100}\d'],
    'f57ba-39': [r'(?i)\brebates?\b[^\n]{0,200}(\$\s?\d|\d+\s?(%|percent|dollars))', r'(?i)\$\s?\d[^\n]{0,200}\brebates?\b', r'(?i)\bincentives?\b[^.\n]{0,100}\d',
                 r'(?i)\b(LADWP|SoCal ?Gas|SoCalREN|TECH Clean California|Switch Is On|Edison)\b'],
    'f57ba-40': [r'(?i)\bsalary history\b[^\n]{0,300}\b' + _STATES + r'\b', r'(?i)\b' + _STATES + r'\b[^\n]{0,300}\bsalary history\b',
                 r'(?i)\bban(s|ned|ning)?\b[^.\n]{0,120}\b' + _STATES + r'\b', r'(?i)\bban(s|ned|ning)?\b[^.\n]{0,60}\bsalary history\b[^.\n]{0,80}\b(in|including|such as|like)\b'],
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
    docs[doc] = open(os.path.join(HERE, 'page-ba', doc), 'rb').read()
errs = 0
lines = [json.loads(l) for l in open(os.path.join(HERE, 'page-ba.jsonl'), encoding='utf-8')]
for i, o in enumerate(lines, 1):
    if o['id'] != f'f57ba-{i:02d}': print('bad id', o['id']); errs += 1
    if o['answerable'] != bool(o['answers']): print('bad flag', o['id']); errs += 1
    if (o['kind'] == 'unanswerable') != (not o['answers']): print('bad kind/answers', o['id']); errs += 1
    for e in o.get('evidence', []):
        qb = e['quote'].encode('utf-8')
        if any(c in e['quote'] for c in '\u00a0\u2009\u200b\u202f\ufeff\ufffd'): print('bad character in quote', o['id']); errs += 1  # final55
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
r = subprocess.run([sys.executable, '/work/main/eval/testdata/checkset.py', os.path.join(HERE, 'page-ba.jsonl'),
                    os.path.join(HERE, 'page-ba')], capture_output=True, text=True)
print(r.stdout + r.stderr, end='')
sys.exit(1 if errs or r.returncode else 0)
