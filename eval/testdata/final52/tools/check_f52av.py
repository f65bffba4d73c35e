#!/usr/bin/env python3
"""Checks page-av.jsonl (final51's tools/check_f51au.py, page table, source handling and probes changed; itself final50's check_f50at.py, final49's check_f49as.py, final48's, final47's and final46's): runs
eval/testdata/checkset.py on it, then independently checks ids, the answerable flags, kind counts,
that every evidence quote is an EXACT byte substring of its document (no folding) occurring once,
that at least one answer occurs (case-folded) in a quote of its line, that every quote occurs (folded)
in the visible text of the ORIGINAL HTML page (src/wcxb-<split>-<id>.html.gz, decompressed in memory;
final52 keeps no decompressed copy) (tags stripped with a minimal html.parser; script/style/head dropped),
so the quotes do not depend on scrape.py alone, and that no document matches the probes written for the
unanswerable lines (regular expressions for the missing detail, see PROBES). Prints only counts and problems.
    python3 tools/check_f52av.py"""
import gzip, json, os, re, subprocess, sys
from collections import Counter
from html.parser import HTMLParser
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = {'travelandleisure-aarp-best-places-to-retire-2026.txt': 'test-5216', 'revolt-music-festivals-2026.txt': 'test-5225',
       'bookriot-december-2025-book-clubs.txt': 'test-5330', 'wral-volunteer-triangle-raleigh.txt': 'test-5350',
       'thespruce-minimalist-decluttering-rules.txt': 'test-5613', 'webpronews-ai-coding-agents-minesweeper.txt': 'dev-0387'}
# unanswerable id -> patterns that would signal the page gives the missing detail
PROBES = {  # case-sensitive unless a pattern starts with (?i); [^.\n] keeps a match inside one sentence, [^\n] inside one paragraph
    'f52av-31': [r'\bBoston\b[^\n]{0,120}\b(No\.|[Rr]ank(ed|s|ing)?|came in|placed|\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b',
                 r'(No\.\s*\d+|[Rr]anked|came in \w+|placed \w+)[^.\n]{0,80}\bBoston\b', r'(?i)\bBoston\b[^.\n]{0,40}\b(topped|rounded out|trailing|followed)\b'],
    'f52av-32': [r'(?i)\bMontgomery\b[^\n]{0,300}(\$\s?\d|housing costs?|\brent\b|mortgage|home price|median)', r'(?i)(\$\s?\d|housing costs?|home price)[^.\n]{0,160}\bMontgomery\b',
                 r'(?i)\bMaryland\b[^.\n]{0,120}(\$\s?\d|housing)'],
    'f52av-33': [r'(?i)\b(Jazz in the Gardens|tickets?|passes|admission|general admission|VIP|weekend pass)\b[^.\n]{0,100}(\$|USD|US\$)\s?\d', r'(\$)\s?\d[^.\n]{0,80}\b([Tt]ickets?|[Pp]ass(es)?|[Aa]dmission)\b',
                 r'(?i)\b(tickets?|passes|admission|festival)\b[^.\n]{0,60}\bpric(e|ed|es|ing)\b', r'(?i)\bpric(e|ed|es|ing)\b[^.\n]{0,60}\b(tickets?|passes|admission)\b', r'(?i)\b(cost|costs|starting at|start at|starts at)\b[^.\n]{0,40}\d', r'(?i)\bfree (admission|entry|tickets?)\b'],
    'f52av-34': [r'(?i)\bEau Claire\b', r'\bWisconsin\b', r'\bWI\b', r'\bWis\.', r'(?i)\bEaux Claires\b[^\n]{0,300}\b(held in|takes place in|in the (town|city) of|located in|hosted in|returns to|at the)\b',
                 r'(?i)\b(held in|takes place in|returns to|located in|hometown)\b[^.\n]{0,60}\bEaux Claires\b'],
    'f52av-35': [r"(?i)\bI[’']m re-?reading\s+(?!closer)\w", r'\b[Rr]e-?read(ing|s)?\b[^.\n]{0,40}\bby [A-Z][a-z]+', r'(?i)\bmy (re-?read|pick) (is|will be)\b',
                 r'Eclectix The Book Club\s*\n\s*\n?[^\n]{0,100} by [A-Z]', r'(?i)\b(Reid|Dawnsha\S*)\b[^\n]{0,300}\b(is re-?reading|will re-?read|chose|picked|selected)\b'],
    'f52av-36': [r'(?i)\bAll Access\b[^\n]{0,200}(\$|USD|US\$)\s?\d', r'(?i)\$\s?\d[^\n]{0,100}\bAll Access\b', r'(?i)\bAll Access\b[^.\n]{0,80}\b(per month|a month|/month|monthly|per year|a year|/year|annual(ly)?)\b',
                 r'(?i)\b(membership|subscription)\b[^.\n]{0,60}(\$|USD)\s?\d', r'(?i)\bAll Access\b[^.\n]{0,80}\bfee\b', r'(?i)\bAll Access\b[^.\n]{0,60}\b(costs?|priced?|for just|only \$)'],
    'f52av-37': [r'(?i)\bSPCA\b[^\n]{0,300}\b(ages?|aged|years? old|\d+ and (up|older)|at least \d+|minimum|older than|under \d+|teens?|adults? only|children|kids)\b',
                 r'(?i)\b(ages?|aged|years old|at least|minimum age)\s*(of\s*)?\d+[^.\n]{0,100}\bSPCA\b', r'(?i)\bSPCA\b[^\n]{0,300}\b1[0-9]\b'],
    'f52av-38': [r'(?i)\bMinimalista\b[^\n]{0,150}\b(19|20)\d\d\b', r'(?i)\b(19|20)\d\d\b[^.\n]{0,100}\bMinimalista\b', r'(?i)\bMinimalista\b[^.\n]{0,80}\b(published|released|came out|come out|debuted|bestsell\w*)\b',
                 r'(?i)\b(published|released)\b[^.\n]{0,60}\bMinimalista\b', r'(?i)\bGill\b[^.\n]{0,80}\b(published|released)\b[^.\n]{0,30}\b(19|20)\d\d\b'],
    'f52av-39': [r'(?i)\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a dozen|a few)\s+(items?|things|pieces|objects|possessions|belongings)\b[^.\n]{0,40}\b(a|per|each|every)\s+(day|week)\b',
                 r'(?i)\b(a|per|each|every) day\b', r'(?i)\bdaily\b[^.\n]{0,40}\b(declutter\w*|purge|toss|discard|items?|things|get rid|donat\w*)\b', r'(?i)\b(declutter\w*|purge|toss|discard|get rid of)\b[^.\n]{0,60}\bdaily\b', r'(?i)\b\d+[- ]items?\b', r'(?i)\b(\d+|one|two|three|five|ten)[- ]a[- ]day\b'],
    'f52av-40': [r'(?i)\b(Claude|Sonnet|Anthropic)\b[^.\n]{0,160}\b(scored|score[sd]?|rated|rating|points?|grade[sd]?|marks?)\b', r'(?i)\b(scored|score of|rated|graded)\b[^.\n]{0,80}\b(Claude|Sonnet|Anthropic)\b',
                 r'(?i)\b(Claude|Sonnet)\b[^.\n]{0,160}\b\d+(\.\d+)?\s*(%|percent|points?|/\s*10\b|out of)', r'(?i)\b\d+(\.\d+)?\s*/\s*(10|100)\b', r'(?i)\bout of (10|ten|100|five|5)\b'],
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
    docs[doc] = open(os.path.join(HERE, 'page-av', doc), 'rb').read()
errs = 0
lines = [json.loads(l) for l in open(os.path.join(HERE, 'page-av.jsonl'), encoding='utf-8')]
for i, o in enumerate(lines, 1):
    if o['id'] != f'f52av-{i:02d}': print('bad id', o['id']); errs += 1
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
r = subprocess.run([sys.executable, '/work/main/eval/testdata/checkset.py', os.path.join(HERE, 'page-av.jsonl'),
                    os.path.join(HERE, 'page-av')], capture_output=True, text=True)
print(r.stdout + r.stderr, end='')
sys.exit(1 if errs or r.returncode else 0)
