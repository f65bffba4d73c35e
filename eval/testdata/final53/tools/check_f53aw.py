#!/usr/bin/env python3
"""Checks page-aw.jsonl (final52's tools/check_f52av.py, page table and probes changed; itself final51's check_f51au.py, final50's check_f50at.py, final49's check_f49as.py, final48's, final47's and final46's): runs
eval/testdata/checkset.py on it, then independently checks ids, the answerable flags, kind counts,
that every evidence quote is an EXACT byte substring of its document (no folding) occurring once,
that at least one answer occurs (case-folded) in a quote of its line, that every quote occurs (folded)
in the visible text of the ORIGINAL HTML page (src/wcxb-<split>-<id>.html.gz, decompressed in memory;
final52 and final53 keep no decompressed copy) (tags stripped with a minimal html.parser; script/style/head dropped),
so the quotes do not depend on scrape.py alone, and that no document matches the probes written for the
unanswerable lines (regular expressions for the missing detail, see PROBES). Prints only counts and problems.
    python3 tools/check_f53aw.py"""
import gzip, json, os, re, subprocess, sys
from collections import Counter
from html.parser import HTMLParser
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = {'hechinger-tutoring-results-sobering.txt': 'dev-0174', 'quanta-year-in-mathematics-2025.txt': 'dev-0428',
       'npr-meditation-lexapro-anxiety.txt': 'dev-4560', 'filmmaker-us-in-progress-2025.txt': 'dev-0405',
       'houstonia-new-restaurants-december-2025.txt': 'dev-0140', 'businessweekly-human-ai-co-creation.txt': 'dev-0456'}
# unanswerable id -> patterns that would signal the page gives the missing detail
PROBES = {  # case-sensitive unless a pattern starts with (?i); [^.\n] keeps a match inside one sentence, [^\n] inside one paragraph
    'f53aw-31': [r'\b(Hong Wang|Joshua Zahl|Zahl)\b', r'Kakeya[^\n]{0,200}\b(by|from) [A-Z][a-z]+ [A-Z][a-z]+',
                 r'\b[A-Z][a-z]+ [A-Z][a-z]+( and [A-Z][a-z]+ [A-Z][a-z]+)? (proved|settled|solved|resolved|cracked)\b[^.\n]{0,80}\bKakeya',
                 r'(?i)Kakeya[^.\n]{0,100}\b(proof|proved|paper|solution) (by|from)\b', r'(?i)\bKakeya\b[^\n]{0,300}\b(he|she|they) (proved|settled|showed)\b'],
    'f53aw-32': [r'\b(Domokos|Alm[aá]di|Robert Dawson)\b', r'(?i)tetrahedr\w*[^\n]{0,200}\b(built|constructed|designed|made|discovered|found) by\b',
                 r'(?i)\b(led by|team of|team including|mathematicians? named)\b[^.\n]{0,80}\btetrahedr', r'(?i)\btetrahedr\w*[^.\n]{0,120}\b(led by|team of)\b',
                 r'[A-Z][a-z]+ and [A-Z][a-z]+[^.\n]{0,60}\b(built|constructed)\b[^.\n]{0,40}tetrahedr', r'(?i)\bmonostable\b'],
    'f53aw-33': [r'(?i)\b(MBSR|course|program|programme|class(es)?|training|enrol\w*|tuition)\b[^.\n]{0,80}(\$|USD|US\$)\s?\d', r'(\$)\s?\d[^.\n]{0,80}\b(MBSR|course|program|class|classes|training)\b',
                 r'(?i)\b(MBSR|course|program|classes)\b[^.\n]{0,60}\b(costs?|priced?|fee|tuition)\b', r'(?i)\b(costs?|fee|tuition|price)\b[^.\n]{0,60}\b(MBSR|course|program|classes)\b',
                 r'(?i)\bMBSR\b[^.\n]{0,60}\bfree\b', r'(?i)\b(insurance|insurers?)\b[^.\n]{0,60}\b(covers?|pays?|reimburs\w*)\b[^.\n]{0,40}\$'],
    'f53aw-34': [r'\b(Headspace|Calm app|Insight Timer|Ten Percent|Waking Up|Healthy Minds|Balance app|Unwinding Anxiety)\b', r'(?i)\bapp (called|named)\b',
                 r'\b(using|test(ing)?|study(ing)?) (the )?[A-Z]\w+ app\b', r'[A-Z][a-z]+ app\b', r'(?i)\bHoge\b[^\n]{0,200}\bapp\b[^.\n]{0,40}\b(called|named)\b'],
    'f53aw-35': [r'Ruby Road[^\n]{0,300}\((?!Stacy|Spike|Cemre|Bruce|Melissa|Blair|Katy|Shay)[A-Z][a-z]+ [A-Z]', r'(?i)Ruby Road[^\n]{0,300}\b(stars?|starring|starred|played by|plays|actress|lead role)\b',
                 r'(?i)\b(stars?|starring|actress)\b[^.\n]{0,80}Ruby Road', r'(?i)\belderly woman\b[^.\n]{0,40}\(', r'(?i)\b(Lugacy)\b[^\n]{0,300}\b(cast|casting|actress)\b'],
    'f53aw-36': [r'(?i)\b(Eculent|tasting menu|13-course)\b[^\n]{0,400}(\$|USD)\s?\d', r'(\$)\s?\d[^.\n]{0,80}\b(tasting|course|menu)\b',
                 r'(?i)\b(tasting menu|13-course)\b[^.\n]{0,60}\b(costs?|priced?|per person|runs)\b', r'(?i)\bper (person|guest|head)\b'],
    'f53aw-37': [r'(?i)\b(open|opens|hours|closes|closed)\b[^.\n]{0,40}\b\d{1,2}(:\d\d)?\s?(am|pm|a\.m\.|p\.m\.)', r'(?i)\b\d{1,2}(:\d\d)?\s?(am|pm|a\.m\.|p\.m\.)\s?(-|–|to)\s?\d',
                 r'(?i)\b(Saturday|Sunday|weekends?|Monday|Tuesday|Wednesday|Thursday|Friday|daily)\b[^.\n]{0,60}\b(open|hours|\d\s?(am|pm))', r'(?i)\bZaranda\b[^\n]{0,400}\b(hours|opens?|brunch|dinner service|lunch service)\b'],
    'f53aw-38': [r'(?i)\b\d[\d,]*\s+(participants|people|pairs|workers|employees|subjects|respondents|volunteers|individuals|dyads)\b',
                 r'(?i)\b(Cambridge|co-creation|GenAI|human-AI|Joon|Luan)\b[^.\n]{0,200}\b\d[\d,]*\s+(students|teams|managers|professionals)\b',
                 r'(?i)\b(participants|sample|pairs|dyads)\b[^.\n]{0,40}\b(of|totall?ing|numbering)\s+\d',
                 r'(?i)\b(one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]?(hundred|thousand)?\s+(participants|people|pairs|dyads)\b',
                 r'(?i)\bhundreds of (participants|people)\b', r'(?i)\b\d[\d,]*\s+[\w-]+\s+(pairs|dyads|participants|teams)\b'],
    'f53aw-39': [r'(?i)\bNashville\b[^.\n]{0,200}(\$|USD)\s?\d', r'(\$)\s?\d[^.\n]{0,120}\bNashville\b', r'(?i)\bNashville\b[^.\n]{0,100}\b(spent|spend|cost|budget|million|per student|per pupil)\b',
                 r'(?i)\bMetro Nashville\b', r'(?i)\bNashville\b[^\n]{0,300}\b(spent|spending|cost) (about |roughly |nearly )?\$'],
    'f53aw-40': [r'(?i)\bWashington, D\.?C\.?[^.\n]{0,200}\b\d[\d,]*\s+(students|children|kids|pupils)\b', r'(?i)\b\d[\d,]*\s+(students|children|kids|pupils)\b[^.\n]{0,100}\bWashington\b',
                 r'(?i)\b(D\.C\.|District)\b[^.\n]{0,80}\b(tutored|received tutoring)\b', r'(?i)\bD\.C\.[^.\n]{0,40}\b(served|reached)\b'],
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
    docs[doc] = open(os.path.join(HERE, 'page-aw', doc), 'rb').read()
errs = 0
lines = [json.loads(l) for l in open(os.path.join(HERE, 'page-aw.jsonl'), encoding='utf-8')]
for i, o in enumerate(lines, 1):
    if o['id'] != f'f53aw-{i:02d}': print('bad id', o['id']); errs += 1
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
r = subprocess.run([sys.executable, '/work/main/eval/testdata/checkset.py', os.path.join(HERE, 'page-aw.jsonl'),
                    os.path.join(HERE, 'page-aw')], capture_output=True, text=True)
print(r.stdout + r.stderr, end='')
sys.exit(1 if errs or r.returncode else 0)
