#!/usr/bin/env python3
"""Rebuilds page-be/ from the six saved pages (final60's tools/make_docs.py with final61's page table and
paths; final60's was final59's, final59's was final58's, final58's was final57's, final57's was final56's, final56's was final55's, final55's was final54's, final54's was final53's, final53's was final52's, itself final51's, changed by final52: split-aware names, and src/ keeps ONLY the original .html.gz
bytes; the decompressed HTML goes to /tmp/f61/html/, never into the set). Reads each page's .html.gz from a directory holding the benchmark's
tree at COMMIT as extracted by tools/read_pack.py (--files DIR; no git command is run) or from src/
(default), checks its git blob id, saves it byte for byte in src/ as wcxb-<split>-<id>.html.gz,
decompresses it to /tmp/f61/html/wcxb-<split>-<id>.html (the page as captured) and writes
page-be/<name>.txt with eval/testdata/scrape.py, unchanged, run on that .html file.
    python3 tools/read_pack.py /work/.mirror/Murrough-Foley+web-content-extraction-benchmark/repo c039d5ee9f5a3a984a0e167e63aacd04e76e78a9 '' /tmp/f61/wceb
    python3 tools/make_docs.py [--files /tmp/f61/wceb]"""
import gzip, hashlib, os, subprocess, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRAPE = os.environ.get('SCRAPE_PY', '/work/main/eval/testdata/scrape.py')
TMP = os.environ.get('F61_TMP', '/tmp/f61/html')
COMMIT = 'c039d5ee9f5a3a984a0e167e63aacd04e76e78a9'
PAGES = {  # document -> (file in the benchmark, git blob id of the .html.gz)
    'reviewed-best-major-appliances-2025': ('dev/html/0010.html.gz', '8e4af27e562bed50fa1c83445cc841e828f9ee0f'),
    'venteur-top-health-insurance-companies': ('dev/html/0089.html.gz', 'ad9d48936d3e4aa7582123a3a296c7a2564e9894'),
    'fieldedge-electrician-tools': ('dev/html/0068.html.gz', '9f385f3e61dee18a72a0c9af84c9a7fefce0be78'),
    'booking-tech-conferences-2026': ('dev/html/4363.html.gz', '205d2fb8192d78c5f106ac385445c20e4cc3ba88'),
    'goodtrade-organic-meal-delivery': ('dev/html/4883.html.gz', '46f452be8c47a3e2cf5dc5c6f7218cb637c3b08a'),
    'vrainteriors-furniture-styles': ('dev/html/0217.html.gz', 'cf95d875d5433cf479144d39bd033ab3d3bd5e9a'),
}
def base(f):  # 'dev/html/0010.html.gz' -> 'wcxb-dev-0010'
    return 'wcxb-%s-%s' % (f.split('/')[0], os.path.basename(f)[:-len('.html.gz')])
if __name__ == '__main__':
    files = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == '--files' else None
    for d in (os.path.join(HERE, 'src'), os.path.join(HERE, 'page-be'), TMP): os.makedirs(d, exist_ok=True)
    for name, (f, blob) in PAGES.items():
        gz = os.path.join(HERE, 'src', base(f) + '.html.gz')
        b = open(os.path.join(files, f) if files else gz, 'rb').read()
        got = hashlib.sha1(b'blob %d\0' % len(b) + b).hexdigest()
        assert got == blob, (name, got)
        if files: open(gz, 'wb').write(b)
        html = os.path.join(TMP, base(f) + '.html')
        open(html, 'wb').write(gzip.decompress(b))
        txt = subprocess.run([sys.executable, SCRAPE, html], check=True, capture_output=True).stdout
        open(os.path.join(HERE, 'page-be', name + '.txt'), 'wb').write(txt)
        print(name, len(b), 'bytes gz ->', os.path.getsize(html), 'bytes html ->', len(txt), 'bytes,', len(txt.decode('utf-8').split()), 'words')
