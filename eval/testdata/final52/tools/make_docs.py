#!/usr/bin/env python3
"""Rebuilds page-av/ from the six saved pages (final51's tools/make_docs.py, changed by final52: page
table, split-aware names, and src/ keeps ONLY the original .html.gz bytes; the decompressed HTML goes to
/tmp/f52/html/, never into the set). Reads each page's .html.gz from a directory holding the benchmark's
tree at COMMIT as extracted by tools/read_pack.py (--files DIR; no git command is run) or from src/
(default), checks its git blob id, saves it byte for byte in src/ as wcxb-<split>-<id>.html.gz,
decompresses it to /tmp/f52/html/wcxb-<split>-<id>.html (the page as captured) and writes
page-av/<name>.txt with eval/testdata/scrape.py, unchanged, run on that .html file.
    python3 tools/read_pack.py /work/.mirror/Murrough-Foley+web-content-extraction-benchmark/repo c039d5ee9f5a3a984a0e167e63aacd04e76e78a9 '' /tmp/f52/wceb
    python3 tools/make_docs.py [--files /tmp/f52/wceb]"""
import gzip, hashlib, os, subprocess, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRAPE = os.environ.get('SCRAPE_PY', '/work/main/eval/testdata/scrape.py')
TMP = os.environ.get('F52_TMP', '/tmp/f52/html')
COMMIT = 'c039d5ee9f5a3a984a0e167e63aacd04e76e78a9'
PAGES = {  # document -> (file in the benchmark, git blob id of the .html.gz)
    'travelandleisure-aarp-best-places-to-retire-2026': ('test/html/5216.html.gz', '6a8cf83b24f026dade9aad7f688880c02180a82b'),
    'revolt-music-festivals-2026': ('test/html/5225.html.gz', 'dd46cc381dbf9a03fd0112da83aaa2ef4cb73487'),
    'bookriot-december-2025-book-clubs': ('test/html/5330.html.gz', 'ddb1f7ca3a8ae0012a20dc197dcdde8bba53a2f4'),
    'wral-volunteer-triangle-raleigh': ('test/html/5350.html.gz', '77520394047a9c647bbcfd52b4b293812eb49b22'),
    'thespruce-minimalist-decluttering-rules': ('test/html/5613.html.gz', '4d22ac4761358e3777e339ce8b305ef1e03aa2b9'),
    'webpronews-ai-coding-agents-minesweeper': ('dev/html/0387.html.gz', '1a80353ad798373818ee598c966f6eef1b95c8b7'),
}
def base(f):  # 'test/html/5216.html.gz' -> 'wcxb-test-5216'
    return 'wcxb-%s-%s' % (f.split('/')[0], os.path.basename(f)[:-len('.html.gz')])
if __name__ == '__main__':
    files = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == '--files' else None
    for d in (os.path.join(HERE, 'src'), os.path.join(HERE, 'page-av'), TMP): os.makedirs(d, exist_ok=True)
    for name, (f, blob) in PAGES.items():
        gz = os.path.join(HERE, 'src', base(f) + '.html.gz')
        b = open(os.path.join(files, f) if files else gz, 'rb').read()
        got = hashlib.sha1(b'blob %d\0' % len(b) + b).hexdigest()
        assert got == blob, (name, got)
        if files: open(gz, 'wb').write(b)
        html = os.path.join(TMP, base(f) + '.html')
        open(html, 'wb').write(gzip.decompress(b))
        txt = subprocess.run([sys.executable, SCRAPE, html], check=True, capture_output=True).stdout
        open(os.path.join(HERE, 'page-av', name + '.txt'), 'wb').write(txt)
        print(name, len(b), 'bytes gz ->', os.path.getsize(html), 'bytes html ->', len(txt), 'bytes,', len(txt.decode('utf-8').split()), 'words')
