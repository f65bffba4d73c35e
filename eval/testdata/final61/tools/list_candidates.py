#!/usr/bin/env python3
"""Lists the WCXB benchmark's "article" pages (final51; replaces final50's list_candidates.py, which listed
htmlparser-benchmark pages): for each, split, id, domain, the words of its scrape.py text (whitespace-separated,
str.split, noise included), and title, author, date and URL from its ground-truth JSON. Reads the tree extracted
by tools/read_pack.py; scrapes into a temporary directory (nothing kept).
    python3 tools/list_candidates.py /tmp/f61/wceb [MIN MAX] > /tmp/f61/candidates.tsv
(final52: copied unchanged apart from this path; final53, final54, final55, final56, final57, final58, final59, final60 and final61 likewise, run with 1200 3000.)"""
import gzip, json, os, subprocess, sys, tempfile
root = sys.argv[1]; lo, hi = (int(sys.argv[2]), int(sys.argv[3])) if len(sys.argv) > 3 else (0, 10 ** 9)
SCRAPE = '/work/main/eval/testdata/scrape.py'
meta = json.load(open(os.path.join(root, 'metadata.json')))['files']
with tempfile.TemporaryDirectory() as tmp:
    for fid, v in sorted(meta.items()):
        if v['page_type'] != 'article': continue
        hp = os.path.join(tmp, fid + '.html')
        open(hp, 'wb').write(gzip.open(os.path.join(root, v['split'], 'html', fid + '.html.gz')).read())
        words = len(subprocess.run([sys.executable, SCRAPE, hp], capture_output=True, check=True).stdout.decode('utf-8', 'replace').split())
        if not lo <= words <= hi: continue
        g = json.load(open(os.path.join(root, v['split'], 'ground-truth', fid + '.json'))); gt = g.get('ground_truth') or {}
        print('\t'.join(str(x) for x in (v['split'], fid, v['domain'], words, (gt.get('title') or '')[:90], gt.get('author'), gt.get('publish_date'), g.get('url'))))
