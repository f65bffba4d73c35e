import json, glob, re, os
root='/work/main/eval/testdata'; C='/work/main/corpus/'
answers=[]
for p in glob.glob(root+'/**/*.jsonl', recursive=True):
    corpusfile = 'corpus' in os.path.basename(p) or '/dev/' in p
    for line in open(p, encoding='utf-8'):
        try: o=json.loads(line)
        except ValueError: continue
        docs=[e.get('doc','') for e in o.get('evidence',[])]
        if corpusfile or any(re.match(r'00[0-4]_',d) for d in docs):
            answers.append(' | '.join(o.get('answers',[])).lower())
for f in sorted(os.listdir(C)):
    if not f.endswith('.txt'): continue
    t=open(C+f,encoding='utf-8').read()
    for m in re.finditer(r'\b(\d[\d,.]*|one|two|three|four|five|six|sixteen|hundred)\b', t, flags=re.I):
        n=m.group(0).rstrip('.,')
        ctx=t[max(0,m.start()-50):m.end()+30].replace('\n',' ')
        c=sum(1 for a in answers if re.search(r'(?<![\d])'+re.escape(n.lower())+r'(?![\d])', a))
        print(f'{f[:3]} {c:3d} {n:>10} | {ctx}')
