#!/usr/bin/env python3
"""Rebuilds page-au/ from the six saved pages (final50's tools/make_docs.py, adapted by final51 to the
WCXB benchmark, whose pages are stored gzip-compressed): reads each page's .html.gz from a directory
holding the benchmark's tree at COMMIT as extracted by tools/read_pack.py (--files DIR; final51 ran no
git command) or from src/ (default), checks its git blob id, saves it byte for byte in src/ as
wcxb-dev-<id>.html.gz, saves its decompressed HTML (the page as captured) as src/wcxb-dev-<id>.html,
and writes page-au/<name>.txt with eval/testdata/scrape.py, unchanged, run on that .html file.
    python3 tools/read_pack.py /work/.mirror/Murrough-Foley+web-content-extraction-benchmark/repo c039d5ee9f5a3a984a0e167e63aacd04e76e78a9 '' /tmp/f51/wceb
    python3 tools/make_docs.py [--files /tmp/f51/wceb]"""
import gzip, hashlib, os, subprocess, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRAPE = os.environ.get('SCRAPE_PY', '/work/main/eval/testdata/scrape.py')
COMMIT = 'c039d5ee9f5a3a984a0e167e63aacd04e76e78a9'
PAGES = {  # document -> (file in the benchmark, git blob id of the .html.gz)
    'restaurantbusiness-paris-baguette-expansion': ('dev/html/0153.html.gz', '3b7a60bbe4ee4360d1f3e101efb9e5710635c74a'),
    'securityweek-cyber-ma-october-2025': ('dev/html/0078.html.gz', '73d4449bdd5500d13089e226c6ab1a2e29fa2c61'),
    'natgeo-intermittent-fasting-evidence': ('dev/html/4530.html.gz', 'a9942672a6bebeb125b8cd360e765ee744ebb378'),
    'echolive-evergreens-for-the-garden': ('dev/html/0399.html.gz', '0b7d70844cdbd1efa6793f200a7cc0d71727db81'),
    'newsweek-rotten-tomatoes-best-films-2025': ('dev/html/0401.html.gz', '2336d2cafc40820d656919c1d4ffe5464f051432'),
    'creativeboom-december-2025-typefaces': ('dev/html/0413.html.gz', 'cf893c8dae6c7a96e8da2ee5c94d5bfb87c886fc'),
}
files = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == '--files' else None
os.makedirs(os.path.join(HERE, 'src'), exist_ok=True); os.makedirs(os.path.join(HERE, 'page-au'), exist_ok=True)
for name, (f, blob) in PAGES.items():
    base = 'wcxb-dev-' + os.path.basename(f)[:-len('.html.gz')]
    gz = os.path.join(HERE, 'src', base + '.html.gz')
    b = open(os.path.join(files, f) if files else gz, 'rb').read()
    got = hashlib.sha1(b'blob %d\0' % len(b) + b).hexdigest()
    assert got == blob, (name, got)
    open(gz, 'wb').write(b)
    html = os.path.join(HERE, 'src', base + '.html')
    open(html, 'wb').write(gzip.decompress(b))
    txt = subprocess.run([sys.executable, SCRAPE, html], check=True, capture_output=True).stdout
    open(os.path.join(HERE, 'page-au', name + '.txt'), 'wb').write(txt)
    print(name, len(b), 'bytes gz ->', os.path.getsize(html), 'bytes html ->', len(txt), 'bytes,', len(txt.decode('utf-8').split()), 'words')
