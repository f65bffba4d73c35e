#!/usr/bin/env python3
"""Rebuilds page-bb/ from the six saved pages (final57's tools/make_docs.py with final58's page table and
paths; final57's was final56's, final56's was final55's, final55's was final54's, final54's was final53's, final53's was final52's, itself final51's, changed by final52: split-aware names, and src/ keeps ONLY the original .html.gz
bytes; the decompressed HTML goes to /tmp/f58/html/, never into the set). Reads each page's .html.gz from a directory holding the benchmark's
tree at COMMIT as extracted by tools/read_pack.py (--files DIR; no git command is run) or from src/
(default), checks its git blob id, saves it byte for byte in src/ as wcxb-<split>-<id>.html.gz,
decompresses it to /tmp/f58/html/wcxb-<split>-<id>.html (the page as captured) and writes
page-bb/<name>.txt with eval/testdata/scrape.py, unchanged, run on that .html file.
    python3 tools/read_pack.py /work/.mirror/Murrough-Foley+web-content-extraction-benchmark/repo c039d5ee9f5a3a984a0e167e63aacd04e76e78a9 '' /tmp/f58/wceb
    python3 tools/make_docs.py [--files /tmp/f58/wceb]"""
import gzip, hashlib, os, subprocess, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRAPE = os.environ.get('SCRAPE_PY', '/work/main/eval/testdata/scrape.py')
TMP = os.environ.get('F58_TMP', '/tmp/f58/html')
COMMIT = 'c039d5ee9f5a3a984a0e167e63aacd04e76e78a9'
PAGES = {  # document -> (file in the benchmark, git blob id of the .html.gz)
    'iprimo-wedding-timeline-budget': ('dev/html/4592.html.gz', '8295e543c922d208d876d494c5d4c414cf97f2a2'),
    '3i-robot-vacuum-mapping': ('dev/html/4810.html.gz', '39a25d0e14a63794dbd71db0513599d6cf1af364'),
    'illinois-college-essay-tips': ('dev/html/4622.html.gz', 'c9a1f6a07d4b3ea60574db4c0503e274b24da38f'),
    'ecocult-affordable-sustainable-fashion': ('dev/html/4111.html.gz', '5212bdd1fc993cecfbe183f29b59078ed55b327e'),
    'instructables-how-to-make-furniture': ('dev/html/0122.html.gz', 'c3e5b64ab6d333f56cb1e1a2de873065ac093cf2'),
    'motleyfool-index-funds-guide': ('dev/html/4503.html.gz', '16a8e0fca8dc9c877470460a0631b217d9e407de'),
}
def base(f):  # 'dev/html/4592.html.gz' -> 'wcxb-dev-4592'
    return 'wcxb-%s-%s' % (f.split('/')[0], os.path.basename(f)[:-len('.html.gz')])
if __name__ == '__main__':
    files = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == '--files' else None
    for d in (os.path.join(HERE, 'src'), os.path.join(HERE, 'page-bb'), TMP): os.makedirs(d, exist_ok=True)
    for name, (f, blob) in PAGES.items():
        gz = os.path.join(HERE, 'src', base(f) + '.html.gz')
        b = open(os.path.join(files, f) if files else gz, 'rb').read()
        got = hashlib.sha1(b'blob %d\0' % len(b) + b).hexdigest()
        assert got == blob, (name, got)
        if files: open(gz, 'wb').write(b)
        html = os.path.join(TMP, base(f) + '.html')
        open(html, 'wb').write(gzip.decompress(b))
        txt = subprocess.run([sys.executable, SCRAPE, html], check=True, capture_output=True).stdout
        open(os.path.join(HERE, 'page-bb', name + '.txt'), 'wb').write(txt)
        print(name, len(b), 'bytes gz ->', os.path.getsize(html), 'bytes html ->', len(txt), 'bytes,', len(txt.decode('utf-8').split()), 'words')
