#!/usr/bin/env python3
"""Rebuilds page-bd/ from the six saved pages (final59's tools/make_docs.py with final60's page table and
paths; final59's was final58's, final58's was final57's, final57's was final56's, final56's was final55's, final55's was final54's, final54's was final53's, final53's was final52's, itself final51's, changed by final52: split-aware names, and src/ keeps ONLY the original .html.gz
bytes; the decompressed HTML goes to /tmp/f60/html/, never into the set). Reads each page's .html.gz from a directory holding the benchmark's
tree at COMMIT as extracted by tools/read_pack.py (--files DIR; no git command is run) or from src/
(default), checks its git blob id, saves it byte for byte in src/ as wcxb-<split>-<id>.html.gz,
decompresses it to /tmp/f60/html/wcxb-<split>-<id>.html (the page as captured) and writes
page-bd/<name>.txt with eval/testdata/scrape.py, unchanged, run on that .html file.
    python3 tools/read_pack.py /work/.mirror/Murrough-Foley+web-content-extraction-benchmark/repo c039d5ee9f5a3a984a0e167e63aacd04e76e78a9 '' /tmp/f60/wceb
    python3 tools/make_docs.py [--files /tmp/f60/wceb]"""
import gzip, hashlib, os, subprocess, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRAPE = os.environ.get('SCRAPE_PY', '/work/main/eval/testdata/scrape.py')
TMP = os.environ.get('F60_TMP', '/tmp/f60/html')
COMMIT = 'c039d5ee9f5a3a984a0e167e63aacd04e76e78a9'
PAGES = {  # document -> (file in the benchmark, git blob id of the .html.gz)
    'spinemd-office-chairs-back-pain': ('dev/html/4796.html.gz', '210a057689a3ad976b1fa6e4ddfb48712eec8dfd'),
    'pcworld-live-tv-streaming-services': ('dev/html/0212.html.gz', 'ad4b594d883cbbd767756f0579a139a14e12342e'),
    'slate-cleaning-prices-san-diego': ('dev/html/0158.html.gz', '46fef9fa49078249c5985fa1edbfedbddac103e7'),
    'papertrails-pto-best-practices': ('dev/html/0294.html.gz', '28fb43100379b4e1cef2f66c4bd971de1c2e9715'),
    'ign-lightweight-gaming-mice': ('dev/html/4825.html.gz', '9273003d174a223f2343cffc3d6da15975591b82'),
    'pluralsight-aws-azure-gcp': ('dev/html/0059.html.gz', 'f31c1a341af9c1dd27f870bd318bc10021edb477'),
}
def base(f):  # 'dev/html/4796.html.gz' -> 'wcxb-dev-4796'
    return 'wcxb-%s-%s' % (f.split('/')[0], os.path.basename(f)[:-len('.html.gz')])
if __name__ == '__main__':
    files = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == '--files' else None
    for d in (os.path.join(HERE, 'src'), os.path.join(HERE, 'page-bd'), TMP): os.makedirs(d, exist_ok=True)
    for name, (f, blob) in PAGES.items():
        gz = os.path.join(HERE, 'src', base(f) + '.html.gz')
        b = open(os.path.join(files, f) if files else gz, 'rb').read()
        got = hashlib.sha1(b'blob %d\0' % len(b) + b).hexdigest()
        assert got == blob, (name, got)
        if files: open(gz, 'wb').write(b)
        html = os.path.join(TMP, base(f) + '.html')
        open(html, 'wb').write(gzip.decompress(b))
        txt = subprocess.run([sys.executable, SCRAPE, html], check=True, capture_output=True).stdout
        open(os.path.join(HERE, 'page-bd', name + '.txt'), 'wb').write(txt)
        print(name, len(b), 'bytes gz ->', os.path.getsize(html), 'bytes html ->', len(txt), 'bytes,', len(txt.decode('utf-8').split()), 'words')
