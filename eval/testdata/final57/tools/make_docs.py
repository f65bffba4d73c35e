#!/usr/bin/env python3
"""Rebuilds page-ba/ from the six saved pages (final56's tools/make_docs.py with final57's page table and
paths; final56's was final55's, final55's was final54's, final54's was final53's, final53's was final52's, itself final51's, changed by final52: split-aware names, and src/ keeps ONLY the original .html.gz
bytes; the decompressed HTML goes to /tmp/f57/html/, never into the set). Reads each page's .html.gz from a directory holding the benchmark's
tree at COMMIT as extracted by tools/read_pack.py (--files DIR; no git command is run) or from src/
(default), checks its git blob id, saves it byte for byte in src/ as wcxb-<split>-<id>.html.gz,
decompresses it to /tmp/f57/html/wcxb-<split>-<id>.html (the page as captured) and writes
page-ba/<name>.txt with eval/testdata/scrape.py, unchanged, run on that .html file.
    python3 tools/read_pack.py /work/.mirror/Murrough-Foley+web-content-extraction-benchmark/repo c039d5ee9f5a3a984a0e167e63aacd04e76e78a9 '' /tmp/f57/wceb
    python3 tools/make_docs.py [--files /tmp/f57/wceb]"""
import gzip, hashlib, os, subprocess, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRAPE = os.environ.get('SCRAPE_PY', '/work/main/eval/testdata/scrape.py')
TMP = os.environ.get('F57_TMP', '/tmp/f57/html')
COMMIT = 'c039d5ee9f5a3a984a0e167e63aacd04e76e78a9'
PAGES = {  # document -> (file in the benchmark, git blob id of the .html.gz)
    'winetastingsguide-wine-regions': ('dev/html/4693.html.gz', '4aea4f29a388faa49d2b5cdc1c6dfa72807b6782'),
    'sewcanshe-beginner-sewing-machines': ('dev/html/4148.html.gz', '006366438e86e4375ce893d580f35a9da5b29e8c'),
    'bossley-thoughts-on-zig': ('dev/html/0414.html.gz', 'af7ebcc4657b9b7c6c5475b5f651be6899bd85c6'),
    'buzzsprout-podcast-equipment-guide': ('dev/html/4665.html.gz', 'f072f28c63ea5144d8a4a774254cf4546e221f14'),
    'monkeywrench-california-plumbing-codes': ('dev/html/0218.html.gz', '27c90ef0270421ee39fdbb889bfdebd54295d083'),
    'smcm-negotiate-salary-benefits': ('dev/html/4572.html.gz', 'c4b502e2f6141f4c4f752a5413655144ee2f383e'),
}
def base(f):  # 'dev/html/4693.html.gz' -> 'wcxb-dev-4693'
    return 'wcxb-%s-%s' % (f.split('/')[0], os.path.basename(f)[:-len('.html.gz')])
if __name__ == '__main__':
    files = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == '--files' else None
    for d in (os.path.join(HERE, 'src'), os.path.join(HERE, 'page-ba'), TMP): os.makedirs(d, exist_ok=True)
    for name, (f, blob) in PAGES.items():
        gz = os.path.join(HERE, 'src', base(f) + '.html.gz')
        b = open(os.path.join(files, f) if files else gz, 'rb').read()
        got = hashlib.sha1(b'blob %d\0' % len(b) + b).hexdigest()
        assert got == blob, (name, got)
        if files: open(gz, 'wb').write(b)
        html = os.path.join(TMP, base(f) + '.html')
        open(html, 'wb').write(gzip.decompress(b))
        txt = subprocess.run([sys.executable, SCRAPE, html], check=True, capture_output=True).stdout
        open(os.path.join(HERE, 'page-ba', name + '.txt'), 'wb').write(txt)
        print(name, len(b), 'bytes gz ->', os.path.getsize(html), 'bytes html ->', len(txt), 'bytes,', len(txt.decode('utf-8').split()), 'words')
