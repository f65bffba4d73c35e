#!/usr/bin/env python3
"""Rebuilds page-bc/ from the six saved pages (final58's tools/make_docs.py with final59's page table and
paths; final58's was final57's, final57's was final56's, final56's was final55's, final55's was final54's, final54's was final53's, final53's was final52's, itself final51's, changed by final52: split-aware names, and src/ keeps ONLY the original .html.gz
bytes; the decompressed HTML goes to /tmp/f59/html/, never into the set). Reads each page's .html.gz from a directory holding the benchmark's
tree at COMMIT as extracted by tools/read_pack.py (--files DIR; no git command is run) or from src/
(default), checks its git blob id, saves it byte for byte in src/ as wcxb-<split>-<id>.html.gz,
decompresses it to /tmp/f59/html/wcxb-<split>-<id>.html (the page as captured) and writes
page-bc/<name>.txt with eval/testdata/scrape.py, unchanged, run on that .html file.
    python3 tools/read_pack.py /work/.mirror/Murrough-Foley+web-content-extraction-benchmark/repo c039d5ee9f5a3a984a0e167e63aacd04e76e78a9 '' /tmp/f59/wceb
    python3 tools/make_docs.py [--files /tmp/f59/wceb]"""
import gzip, hashlib, os, subprocess, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRAPE = os.environ.get('SCRAPE_PY', '/work/main/eval/testdata/scrape.py')
TMP = os.environ.get('F59_TMP', '/tmp/f59/html')
COMMIT = 'c039d5ee9f5a3a984a0e167e63aacd04e76e78a9'
PAGES = {  # document -> (file in the benchmark, git blob id of the .html.gz)
    'block-renovation-phases-timelines': ('dev/html/0366.html.gz', '99f2299046719292a25c5ab500e87450000da63d'),
    'wellrive-booking-moving-company': ('dev/html/0060.html.gz', 'ea12c7bbd32eb83b75686e7e7baf2560fbbb1e65'),
    'breaddad-best-bread-machines': ('dev/html/4161.html.gz', '3ba59d0da1343768ea3f6d494d624c6a86c45841'),
    'kneib-oral-hygiene-products': ('dev/html/0142.html.gz', '1512946aa7eb4f7d5155ce6d5cc9ad4997aa4339'),
    'smithhanley-actuary-consulting-insurance': ('dev/html/0373.html.gz', 'c7073f79cf1407a5af6e8a96c5d50cf64692aa65'),
    'ecoflow-laptop-desktop-watts': ('dev/html/0093.html.gz', '6f7c9119272c1fb290d71d63c3947991b7a1ffd5'),
}
def base(f):  # 'dev/html/0366.html.gz' -> 'wcxb-dev-0366'
    return 'wcxb-%s-%s' % (f.split('/')[0], os.path.basename(f)[:-len('.html.gz')])
if __name__ == '__main__':
    files = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == '--files' else None
    for d in (os.path.join(HERE, 'src'), os.path.join(HERE, 'page-bc'), TMP): os.makedirs(d, exist_ok=True)
    for name, (f, blob) in PAGES.items():
        gz = os.path.join(HERE, 'src', base(f) + '.html.gz')
        b = open(os.path.join(files, f) if files else gz, 'rb').read()
        got = hashlib.sha1(b'blob %d\0' % len(b) + b).hexdigest()
        assert got == blob, (name, got)
        if files: open(gz, 'wb').write(b)
        html = os.path.join(TMP, base(f) + '.html')
        open(html, 'wb').write(gzip.decompress(b))
        txt = subprocess.run([sys.executable, SCRAPE, html], check=True, capture_output=True).stdout
        open(os.path.join(HERE, 'page-bc', name + '.txt'), 'wb').write(txt)
        print(name, len(b), 'bytes gz ->', os.path.getsize(html), 'bytes html ->', len(txt), 'bytes,', len(txt.decode('utf-8').split()), 'words')
