#!/usr/bin/env python3
"""Rebuilds page-aw/ from the six saved pages (final52's tools/make_docs.py with final53's page table and
paths; itself final51's, changed by final52: split-aware names, and src/ keeps ONLY the original .html.gz
bytes; the decompressed HTML goes to /tmp/f53/html/, never into the set). Reads each page's .html.gz from a directory holding the benchmark's
tree at COMMIT as extracted by tools/read_pack.py (--files DIR; no git command is run) or from src/
(default), checks its git blob id, saves it byte for byte in src/ as wcxb-<split>-<id>.html.gz,
decompresses it to /tmp/f53/html/wcxb-<split>-<id>.html (the page as captured) and writes
page-aw/<name>.txt with eval/testdata/scrape.py, unchanged, run on that .html file.
    python3 tools/read_pack.py /work/.mirror/Murrough-Foley+web-content-extraction-benchmark/repo c039d5ee9f5a3a984a0e167e63aacd04e76e78a9 '' /tmp/f53/wceb
    python3 tools/make_docs.py [--files /tmp/f53/wceb]"""
import gzip, hashlib, os, subprocess, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRAPE = os.environ.get('SCRAPE_PY', '/work/main/eval/testdata/scrape.py')
TMP = os.environ.get('F53_TMP', '/tmp/f53/html')
COMMIT = 'c039d5ee9f5a3a984a0e167e63aacd04e76e78a9'
PAGES = {  # document -> (file in the benchmark, git blob id of the .html.gz)
    'hechinger-tutoring-results-sobering': ('dev/html/0174.html.gz', '76de1843430f268fe69ec45d54571f6a8e90620d'),
    'quanta-year-in-mathematics-2025': ('dev/html/0428.html.gz', '0ec553fdd38d1cc6bc4a8864b8a2d8863657240a'),
    'npr-meditation-lexapro-anxiety': ('dev/html/4560.html.gz', '2487c8b1aa67de953c576f97aebbabca3f6697b3'),
    'filmmaker-us-in-progress-2025': ('dev/html/0405.html.gz', 'f1571873a3c03c4c24b5403e49e37b79d8db78c7'),
    'houstonia-new-restaurants-december-2025': ('dev/html/0140.html.gz', 'beb944b793973d1119343f38e073cc9957d58f6d'),
    'businessweekly-human-ai-co-creation': ('dev/html/0456.html.gz', 'a4b9765c25f98687dd86971d7e782a7eedd5bc32'),
}
def base(f):  # 'dev/html/0174.html.gz' -> 'wcxb-dev-0174'
    return 'wcxb-%s-%s' % (f.split('/')[0], os.path.basename(f)[:-len('.html.gz')])
if __name__ == '__main__':
    files = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == '--files' else None
    for d in (os.path.join(HERE, 'src'), os.path.join(HERE, 'page-aw'), TMP): os.makedirs(d, exist_ok=True)
    for name, (f, blob) in PAGES.items():
        gz = os.path.join(HERE, 'src', base(f) + '.html.gz')
        b = open(os.path.join(files, f) if files else gz, 'rb').read()
        got = hashlib.sha1(b'blob %d\0' % len(b) + b).hexdigest()
        assert got == blob, (name, got)
        if files: open(gz, 'wb').write(b)
        html = os.path.join(TMP, base(f) + '.html')
        open(html, 'wb').write(gzip.decompress(b))
        txt = subprocess.run([sys.executable, SCRAPE, html], check=True, capture_output=True).stdout
        open(os.path.join(HERE, 'page-aw', name + '.txt'), 'wb').write(txt)
        print(name, len(b), 'bytes gz ->', os.path.getsize(html), 'bytes html ->', len(txt), 'bytes,', len(txt.decode('utf-8').split()), 'words')
