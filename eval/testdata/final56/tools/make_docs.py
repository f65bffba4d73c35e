#!/usr/bin/env python3
"""Rebuilds page-az/ from the six saved pages (final55's tools/make_docs.py with final56's page table and
paths; final55's was final54's, final54's was final53's, final53's was final52's, itself final51's, changed by final52: split-aware names, and src/ keeps ONLY the original .html.gz
bytes; the decompressed HTML goes to /tmp/f56/html/, never into the set). Reads each page's .html.gz from a directory holding the benchmark's
tree at COMMIT as extracted by tools/read_pack.py (--files DIR; no git command is run) or from src/
(default), checks its git blob id, saves it byte for byte in src/ as wcxb-<split>-<id>.html.gz,
decompresses it to /tmp/f56/html/wcxb-<split>-<id>.html (the page as captured) and writes
page-az/<name>.txt with eval/testdata/scrape.py, unchanged, run on that .html file.
    python3 tools/read_pack.py /work/.mirror/Murrough-Foley+web-content-extraction-benchmark/repo c039d5ee9f5a3a984a0e167e63aacd04e76e78a9 '' /tmp/f56/wceb
    python3 tools/make_docs.py [--files /tmp/f56/wceb]"""
import gzip, hashlib, os, subprocess, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRAPE = os.environ.get('SCRAPE_PY', '/work/main/eval/testdata/scrape.py')
TMP = os.environ.get('F56_TMP', '/tmp/f56/html')
COMMIT = 'c039d5ee9f5a3a984a0e167e63aacd04e76e78a9'
PAGES = {  # document -> (file in the benchmark, git blob id of the .html.gz)
    'pierce-self-host-postgres': ('dev/html/0436.html.gz', 'df0cde8c10419a69f69ee96102ebcfcf7409807b'),
    'cfpb-guide-to-filing-taxes-2025': ('dev/html/0179.html.gz', '155c9b54649d2de6d68c8d40aaea14f61f00b3ad'),
    'tabacchi-landscape-composition-techniques': ('dev/html/4170.html.gz', '1799f730a2be1da11661d1209b679e179c90a856'),
    'playfulvoid-carved-in-stone-review': ('dev/html/0418.html.gz', '52a8a0143f25084df0689dcd5da6e20e6e14c539'),
    'marquardt-beginner-backpacking-checklist': ('dev/html/4696.html.gz', '1cbf667b9246e13a5ea841291becef212e932393'),
    'mises-nagel-on-reason': ('dev/html/0458.html.gz', '6536c5c3896f1d15e0cfe9e6c6700c33e5ef2a01'),
}
def base(f):  # 'dev/html/0436.html.gz' -> 'wcxb-dev-0436'
    return 'wcxb-%s-%s' % (f.split('/')[0], os.path.basename(f)[:-len('.html.gz')])
if __name__ == '__main__':
    files = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == '--files' else None
    for d in (os.path.join(HERE, 'src'), os.path.join(HERE, 'page-az'), TMP): os.makedirs(d, exist_ok=True)
    for name, (f, blob) in PAGES.items():
        gz = os.path.join(HERE, 'src', base(f) + '.html.gz')
        b = open(os.path.join(files, f) if files else gz, 'rb').read()
        got = hashlib.sha1(b'blob %d\0' % len(b) + b).hexdigest()
        assert got == blob, (name, got)
        if files: open(gz, 'wb').write(b)
        html = os.path.join(TMP, base(f) + '.html')
        open(html, 'wb').write(gzip.decompress(b))
        txt = subprocess.run([sys.executable, SCRAPE, html], check=True, capture_output=True).stdout
        open(os.path.join(HERE, 'page-az', name + '.txt'), 'wb').write(txt)
        print(name, len(b), 'bytes gz ->', os.path.getsize(html), 'bytes html ->', len(txt), 'bytes,', len(txt.decode('utf-8').split()), 'words')
