#!/usr/bin/env python3
"""Checks page-au.jsonl (final50's tools/check_f50at.py, page table, source file names and probes changed; itself final49's check_f49as.py, final48's check_f48ar.py, final47's and final46's): runs
eval/testdata/checkset.py on it, then independently checks ids, the answerable flags, kind counts,
that every evidence quote is an EXACT byte substring of its document (no folding) occurring once,
that at least one answer occurs (case-folded) in a quote of its line, that every quote occurs (folded)
in the visible text of the ORIGINAL HTML page in src/ (the decompressed wcxb-dev-<id>.html) (tags stripped with a minimal html.parser;
script/style/head dropped), so the quotes do not depend on scrape.py alone, and that no document
matches the probes written for the unanswerable lines (regular expressions for the missing detail,
see PROBES). Prints only counts and problems.
    python3 tools/check_f51au.py"""
import json, os, re, subprocess, sys
from collections import Counter
from html.parser import HTMLParser
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = {'restaurantbusiness-paris-baguette-expansion.txt': '0153', 'securityweek-cyber-ma-october-2025.txt': '0078',
       'natgeo-intermittent-fasting-evidence.txt': '4530', 'echolive-evergreens-for-the-garden.txt': '0399',
       'newsweek-rotten-tomatoes-best-films-2025.txt': '0401', 'creativeboom-december-2025-typefaces.txt': '0413'}
# unanswerable id -> patterns that would signal the page gives the missing detail
PROBES = {  # case-sensitive unless a pattern starts with (?i); [^.\n] keeps a match inside one sentence, [^\n] inside one paragraph
    'f51au-31': [r'\b[A-Z][a-z]+(?: [A-Z][a-z]+)?, (Texas|TX|Tex\.)', r'(?i)\b(facility|plant|factory|bakery|manufactur\w*)\b[^.\n]{0,100}\b(Burleson|Dallas|Houston|Austin|San Antonio|Fort Worth|Plano|Irving|Arlington|El Paso|Frisco|McKinney|Denton|Waco|Lubbock|Garland|Lewisville|Allen)\b',
                 r'(?i)\b(Burleson|Dallas|Houston|Austin|San Antonio|Fort Worth|Plano|Irving|Arlington|El Paso|Frisco|McKinney|Denton|Waco|Lubbock|Garland|Lewisville|Allen)\b[^.\n]{0,100}\b(facility|plant|factory|manufactur\w*)\b', r'(?i)\b(in|near) the (city|town) of\b', r'(?i)\bTexas\b[^.\n]{0,30}\b(city|town|suburb)\b'],
    'f51au-32': [r'(?i)\b(fiscal|FY)\s*2025\b', r'(?i)\b2025\b[^.\n]{0,60}\bsales\b[^.\n]{0,40}\$\s?\d', r'(?i)\bsales\b[^.\n]{0,40}\$\s?\d[^.\n]{0,60}\b(2025|this year)\b', r'(?i)\bsystem-?wide sales\b',
                 r'(?i)\b(sales|revenue)\b[^.\n]{0,40}\b(this year|in 2025|for 2025)\b[^.\n]{0,40}\$\s?\d', r'(?i)\bexpect\w*\b[^.\n]{0,40}\b(sales|revenue)\b[^.\n]{0,40}\$\s?\d'],
    'f51au-33': [r'(?i)\bStytch\b[^\n]{0,300}(\$|£|€|USD)\s?\d', r'(?i)(\$|£|€)\s?\d[^.\n]{0,80}\bStytch\b', r'(?i)\b(Twilio|Stytch)\b[^\n]{0,300}\b\d[\d.,]*\s*(million|billion)\b',
                 r'(?i)\b(Twilio|Stytch)\b[^\n]{0,300}\b(undisclosed|not disclosed|did not disclose|terms)\b'],
    'f51au-34': [r'(?i)\b(Veeam|Securiti)\b[^\n]{0,400}\b(expected to (close|complete)|close (in|by)|closing|to be completed|complete (in|by)|completion)\b',
                 r'(?i)\b(Veeam|Securiti)\b[^\n]{0,400}\b(first|second|third|fourth) (quarter|half)\b', r'(?i)\b(Veeam|Securiti)\b[^\n]{0,400}\b(Q[1-4]|H[12]|by the end of|early|late|mid-?)\s*(20\d\d|next year|this year)\b',
                 r'(?i)\b(Veeam|Securiti)\b[^\n]{0,400}\b(January|February|March|April|May|June|July|August|September|October|November|December)\b'],
    'f51au-35': [r'(?i)\b(\d[\d,]*|[a-z]+ty(-[a-z]+)?|[a-z]+teen|hundred|dozens?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ](\w+ )?(participants|adults|people|volunteers|subjects|patients|men and women)\b[^.\n]{0,120}\b(Sydney|trial|study)\b',
                 r'(?i)\b(Sydney|trial)\b[^.\n]{0,160}\b\d[\d,]*\s+(\w+ )?(participants|adults|people|volunteers|subjects|patients)\b', r'(?i)\b(enrolled|recruited|randomi[sz]ed)\b', r'\bn\s*=\s*\d+', r'(?i)\b(sample|group|cohort) of \d'],
    'f51au-36': [r'(?i)\bjournal\b', r'\b(JAMA|Lancet|BMJ|Cell Metabolism|New England Journal|NEJM|Annals of [A-Z]\w+|Obesity Reviews|Nutrients|Nature Medicine|PLOS|PLoS|Science Advances|eClinicalMedicine)\b',
                 r'\b[Pp]ublished (in|by) (the )?[A-Z]', r'(?i)\bappear(s|ed)? in (the )?\w+'],
    'f51au-37': [r'\bLaurus\b', r'(?i)\bnobilis\b', r'(?i)\b(latin|botanical|scientific) name\b', r'(?i)\bbay laurel \([A-Z]'],
    'f51au-38': [r'\bShula \(', r'(?i)\bChardy\b', r'(?i)\b(plays|played|stars as|starring|cast as)\b[^.\n]{0,40}\bShula\b', r'(?i)\bShula\b[^.\n]{0,60}\b(played by|portrayed by|actress)\b', r'(?i)\bactress\b[^.\n]{0,80}\bShula\b'],
    'f51au-39': [r'(?i)\b\d+[- ]minutes?\b', r'(?i)\b\d+\s*mins?\b(?! read)', r'(?i)\brun(ning)?[- ]?time\b', r'(?i)\b\d+\s*h(ours?|rs?)?\s*\d+\s*m(in(utes)?)?\b', r'(?i)\b(an|one|two) hours?\b[^.\n]{0,40}\b(film|documentary|long)\b'],
    'f51au-40': [r'(?i)\b(Aegis|typefaces?|fonts?|licen[cs]es?|famil(y|ies)|styles?|weights?)\b[^.\n]{0,80}(\$|£|€|USD|EUR|GBP)\s?\d', r'(?i)(\$|£|€)\s?\d[^.\n]{0,80}\b(Aegis|typefaces?|fonts?|licen[cs]es?)\b',
                 r'(?i)\b(priced at|costs?|pricing|retails? for|sells? for)\b[^.\n]{0,60}\b(Aegis|fonts?|typefaces?|licen[cs]es?|family)\b', r'(?i)\b(Aegis|fonts?|typefaces?|family)\b[^.\n]{0,60}\b(priced at|costs?|pricing|retails? for|sells? for|free)\b', r'(?i)\bfree (download|font|for personal)\b'],
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
    p = Strip(); p.feed(open(os.path.join(HERE, 'src', 'wcxb-dev-%s.html' % pre), encoding='utf-8', errors='replace').read()); p.close()
    vis[doc] = fold(''.join(p.out))
    docs[doc] = open(os.path.join(HERE, 'page-au', doc), 'rb').read()
errs = 0
lines = [json.loads(l) for l in open(os.path.join(HERE, 'page-au.jsonl'), encoding='utf-8')]
for i, o in enumerate(lines, 1):
    if o['id'] != f'f51au-{i:02d}': print('bad id', o['id']); errs += 1
    if o['answerable'] != bool(o['answers']): print('bad flag', o['id']); errs += 1
    if (o['kind'] == 'unanswerable') != (not o['answers']): print('bad kind/answers', o['id']); errs += 1
    for e in o.get('evidence', []):
        qb = e['quote'].encode('utf-8')
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
r = subprocess.run([sys.executable, '/work/main/eval/testdata/checkset.py', os.path.join(HERE, 'page-au.jsonl'),
                    os.path.join(HERE, 'page-au')], capture_output=True, text=True)
print(r.stdout + r.stderr, end='')
sys.exit(1 if errs or r.returncode else 0)
