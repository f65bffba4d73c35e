#!/usr/bin/env python3
"""Rebuilds page-ax/ from the six saved pages (final53's tools/make_docs.py with final54's page table and
paths; final53's was final52's, itself final51's, changed by final52: split-aware names, and src/ keeps ONLY the original .html.gz
bytes; the decompressed HTML goes to /tmp/f54/html/, never into the set). Reads each page's .html.gz from a directory holding the benchmark's
tree at COMMIT as extracted by tools/read_pack.py (--files DIR; no git command is run) or from src/
(default), checks its git blob id, saves it byte for byte in src/ as wcxb-<split>-<id>.html.gz,
decompresses it to /tmp/f54/html/wcxb-<split>-<id>.html (the page as captured) and writes
page-ax/<name>.txt with eval/testdata/scrape.py, unchanged, run on that .html file.
    python3 tools/read_pack.py /work/.mirror/Murrough-Foley+web-content-extraction-benchmark/repo c039d5ee9f5a3a984a0e167e63aacd04e76e78a9 '' /tmp/f54/wceb
    python3 tools/make_docs.py [--files /tmp/f54/wceb]"""
import gzip, hashlib, os, subprocess, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRAPE = os.environ.get('SCRAPE_PY', '/work/main/eval/testdata/scrape.py')
TMP = os.environ.get('F54_TMP', '/tmp/f54/html')
COMMIT = 'c039d5ee9f5a3a984a0e167e63aacd04e76e78a9'
PAGES = {  # document -> (file in the benchmark, git blob id of the .html.gz)
    'nsf-climate-change-startups-solutions': ('dev/html/4515.html.gz', '32e340267b8cb2316cbbfc092b9932f8941fd588'),
    'outside-couch-to-marathon-plan': ('dev/html/4115.html.gz', '1013ab0490c8721a43dd932261c1f6443746bad9'),
    'dtphx-23-new-businesses-downtown-phoenix': ('dev/html/0898.html.gz', 'bab508ba6c18e1f058dd876cbc691d298ed83d9a'),
    'elliptic-crypto-regulation-2025-review': ('dev/html/4151.html.gz', 'e8100e259a01e20981a979ea1f0d2a9cea861225'),
    'movieweb-best-anime-2025': ('dev/html/0417.html.gz', '66bfcad41a0ebb11b844360013d79e28d90388be'),
    'googledesign-making-google-sans-flex': ('dev/html/0432.html.gz', '1325d2e9cb64b77d32712c186d6e5db6343cd47d'),
}
def base(f):  # 'dev/html/4515.html.gz' -> 'wcxb-dev-4515'
    return 'wcxb-%s-%s' % (f.split('/')[0], os.path.basename(f)[:-len('.html.gz')])
if __name__ == '__main__':
    files = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == '--files' else None
    for d in (os.path.join(HERE, 'src'), os.path.join(HERE, 'page-ax'), TMP): os.makedirs(d, exist_ok=True)
    for name, (f, blob) in PAGES.items():
        gz = os.path.join(HERE, 'src', base(f) + '.html.gz')
        b = open(os.path.join(files, f) if files else gz, 'rb').read()
        got = hashlib.sha1(b'blob %d\0' % len(b) + b).hexdigest()
        assert got == blob, (name, got)
        if files: open(gz, 'wb').write(b)
        html = os.path.join(TMP, base(f) + '.html')
        open(html, 'wb').write(gzip.decompress(b))
        txt = subprocess.run([sys.executable, SCRAPE, html], check=True, capture_output=True).stdout
        open(os.path.join(HERE, 'page-ax', name + '.txt'), 'wb').write(txt)
        print(name, len(b), 'bytes gz ->', os.path.getsize(html), 'bytes html ->', len(txt), 'bytes,', len(txt.decode('utf-8').split()), 'words')
