#!/usr/bin/env python3
"""Checks page-be.jsonl (final60's tools/check_f60bd.py, page table and probes changed; itself final59's check_f59bc.py, final58's check_f58bb.py, final57's check_f57ba.py, final56's check_f56az.py, final55's check_f55ay.py, final54's check_f54ax.py, final53's check_f53aw.py, final52's check_f52av.py, final51's check_f51au.py, final50's check_f50at.py, final49's check_f49as.py, final48's, final47's and final46's): runs
eval/testdata/checkset.py on it, then independently checks ids, the answerable flags, kind counts,
that every evidence quote is an EXACT byte substring of its document (no folding) occurring once,
that no quote holds U+00A0/U+2009/U+200B/U+202F/U+FEFF/U+FFFD (final55), U+2011 (final58) or U+200D/U+2028/U+2029 (final61), that at least one answer occurs (case-folded) in a quote of its line, that every quote occurs (folded)
in the visible text of the ORIGINAL HTML page (src/wcxb-<split>-<id>.html.gz, decompressed in memory;
final52–final61 keep no decompressed copy) (tags stripped with a minimal html.parser; script/style/head dropped),
so the quotes do not depend on scrape.py alone, and that no document matches the probes written for the
unanswerable lines (regular expressions for the missing detail, see PROBES). Prints only counts and problems.
    python3 tools/check_f61be.py"""
import gzip, json, os, re, subprocess, sys
from collections import Counter
from html.parser import HTMLParser
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = {'venteur-top-health-insurance-companies.txt': 'dev-0089', 'reviewed-best-major-appliances-2025.txt': 'dev-0010',
       'fieldedge-electrician-tools.txt': 'dev-0068', 'booking-tech-conferences-2026.txt': 'dev-4363',
       'goodtrade-organic-meal-delivery.txt': 'dev-4883', 'vrainteriors-furniture-styles.txt': 'dev-0217'}
# _MIN and _DOL are final59's helpers, kept by final60 and final61; final61's probes below do not use them
_MIN = r'(\d+|one|two|three|five|ten|fifteen|twenty|thirty|forty|forty-five|sixty)[\s-](minutes?|mins?|hours?|hrs?)'
_DOL = r'(\$\s?\d|\d[\d,]*\s?(dollars|USD)\b)'
# unanswerable id -> patterns that would signal the page gives the missing detail
PROBES = {  # case-sensitive unless a pattern starts with (?i); [^.\n] keeps a match inside one sentence, [^\n] inside one paragraph
    'f61be-31': [r'(?i)\b(UnitedHealth\w*|UHC)\b[^\n]{0,200}\$\s?\d[\d,.]*\s?(/|per |a )\s?(month|mo)\b',
                 r'(?i)\bpremiums?\b[^.\n]{0,100}\$\s?\d[\d,.]*\s?(/|per |a )\s?(month|mo)\b',
                 r'(?i)\$\s?\d[\d,.]*[^.\n]{0,60}\b(monthly|per month|a month)\b[^.\n]{0,60}\bpremiums?\b',
                 r'(?i)\b(average|typical|mean|median)\b[^.\n]{0,60}\bpremiums?\b[^.\n]{0,60}\$\s?\d',
                 r'(?i)\bmonthly premiums?\b'],
    'f61be-32': [r'(?i)\bHumana\b[^.\n]{0,150}(\b\d(\.\d)?[- ]stars?\b|\bstar ratings?\b|\brated\b|\bratings?\b)',
                 r'(?i)(\b\d(\.\d)?[- ]stars?\b|\bstar ratings?\b)[^.\n]{0,150}\bHumana\b'],
    'f61be-33': [r'(?i)\b(Bosch|SHP78CM5N)\b[^\n]{0,300}\$\s?\d', r'(?i)\$\s?\d[\d,.]*[^\n]{0,150}\b(Bosch|SHP78CM5N)\b',
                 r'(?i)\$\s?\d[\d,.]*\s+(from|at)\s+AJ Madison\b',
                 r'(?i)\b(Bosch|SHP78CM5N|dishwashers?)\b[^.\n]{0,100}\b(costs?|priced|retails?|sells?|runs?) (for|at|around|about)\b'],
    'f61be-34': [r'(?i)\b(PFQ97HSPVDS|combo|combination washer|all-in-one)\b[^\n]{0,200}\b\d+(\.\d+)?[\s-]?(hours?|hrs?|minutes?|mins?)\b',
                 r'(?i)\b\d+(\.\d+)?[\s-]?(hours?|hrs?|minutes?|mins?)\b[^\n]{0,150}\b(PFQ97HSPVDS|combo|combination washer|all-in-one)\b'],
    'f61be-35': [r'(?i)\bFieldEdge\b[^\n]{0,200}(\$\s?\d|\d+\s?(dollars|USD)\b)', r'(?i)\$\s?\d[\d,.]*[^\n]{0,150}\bFieldEdge\b',
                 r'(?i)\$\s?\d[\d,.]*\s?(/|per |a )\s?(user|tech|technician|seat|licen[cs]e)\b',
                 r'(?i)\b(subscriptions?|software|plans?)\b[^.\n]{0,100}\$\s?\d'],
    'f61be-36': [r'(?i)\bgloves?\b[^.\n]{0,150}(\bclass\s?(00|0|1|2|3|4)\b|\b\d[\d,]*\s?(V|volts?|kV)\b)',
                 r'(?i)(\bclass\s?(00|0|1|2|3|4)\b|\b\d[\d,]*\s?(V|volts?|kV)\b)[^.\n]{0,150}\bgloves?\b',
                 r'\b(ASTM|NFPA 70E|OSHA|ANSI)\b'],
    'f61be-37': [r'(?i)\b(VivaTech|Viva Tech(nology)?)\b[^\n]{0,300}\b\d[\d,]*\+?\s?(attendees|visitors|participants|people|delegates)\b',
                 r'(?i)\b\d[\d,]*\+?\s?(attendees|visitors|participants|people|delegates)\b[^\n]{0,150}\b(VivaTech|Viva Tech)\b',
                 r'(?i)\b(VivaTech|Viva Tech(nology)?)\b[^.\n]{0,150}\b(attracts?|draws?|welcomes?)\b'],
    'f61be-38': [r'(?i)\bWeb Summit\b[^\n]{0,400}\b(speakers?|keynotes?)\b[^.\n]{0,80}\b(include|including|are|will be|from)\b',
                 r'(?i)\b(2026|this year.s|upcoming)\b[^.\n]{0,60}\b(speakers?|keynotes?|line-?up)\b',
                 r'(?i)\b(will (speak|headline|keynote)|confirmed speakers?|headliners?)\b'],
    'f61be-39': [r'(?i)\b\d[\d,]*\s?-?\s?(calories|kcal|cals?)\b', r'(?i)\bcalories\b'],
    'f61be-40': [r'\b(Eames|Saarinen|Noguchi|Jacobsen|Wegner|Bertoia|Breuer|Aalto|Knoll|Herman Miller|George Nelson)\b',
                 r'(?i)\b(Mid-Century|MCM)\b[^\n]{0,300}\b(designed|created) by\b', r'(?i)\bdesigners? (like|such as|including)\b'],
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
    docs[doc] = open(os.path.join(HERE, 'page-be', doc), 'rb').read()
errs = 0
lines = [json.loads(l) for l in open(os.path.join(HERE, 'page-be.jsonl'), encoding='utf-8')]
for i, o in enumerate(lines, 1):
    if o['id'] != f'f61be-{i:02d}': print('bad id', o['id']); errs += 1
    if o['answerable'] != bool(o['answers']): print('bad flag', o['id']); errs += 1
    if (o['kind'] == 'unanswerable') != (not o['answers']): print('bad kind/answers', o['id']); errs += 1
    for e in o.get('evidence', []):
        qb = e['quote'].encode('utf-8')
        if any(c in e['quote'] for c in '\u00a0\u2009\u200b\u202f\ufeff\ufffd\u2011\u200d\u2028\u2029'): print('bad character in quote', o['id']); errs += 1  # final55; U+2011 final58; U+200D/U+2028/U+2029 final61
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
r = subprocess.run([sys.executable, '/work/main/eval/testdata/checkset.py', os.path.join(HERE, 'page-be.jsonl'),
                    os.path.join(HERE, 'page-be')], capture_output=True, text=True)
print(r.stdout + r.stderr, end='')
sys.exit(1 if errs or r.returncode else 0)
