#!/usr/bin/env python3
"""Rebuilds page-ay/ from the six saved pages (final54's tools/make_docs.py with final55's page table and
paths; final54's was final53's, final53's was final52's, itself final51's, changed by final52: split-aware names, and src/ keeps ONLY the original .html.gz
bytes; the decompressed HTML goes to /tmp/f55/html/, never into the set). Reads each page's .html.gz from a directory holding the benchmark's
tree at COMMIT as extracted by tools/read_pack.py (--files DIR; no git command is run) or from src/
(default), checks its git blob id, saves it byte for byte in src/ as wcxb-<split>-<id>.html.gz,
decompresses it to /tmp/f55/html/wcxb-<split>-<id>.html (the page as captured) and writes
page-ay/<name>.txt with eval/testdata/scrape.py, unchanged, run on that .html file.
    python3 tools/read_pack.py /work/.mirror/Murrough-Foley+web-content-extraction-benchmark/repo c039d5ee9f5a3a984a0e167e63aacd04e76e78a9 '' /tmp/f55/wceb
    python3 tools/make_docs.py [--files /tmp/f55/wceb]"""
import gzip, hashlib, os, subprocess, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRAPE = os.environ.get('SCRAPE_PY', '/work/main/eval/testdata/scrape.py')
TMP = os.environ.get('F55_TMP', '/tmp/f55/html')
COMMIT = 'c039d5ee9f5a3a984a0e167e63aacd04e76e78a9'
PAGES = {  # document -> (file in the benchmark, git blob id of the .html.gz)
    'ucdavis-helping-children-sleep': ('dev/html/4180.html.gz', 'b84b1be15afb43197f491bd0f689f3f7a6def67d'),
    'nca-history-of-coffee': ('dev/html/4039.html.gz', 'f9e356672db8d0660a6f328e41ed0706faddd509'),
    'github-actions-pricing-changes-2026': ('dev/html/0410.html.gz', 'bc0417ffe9048e887ca9c1d7a221423a009becdf'),
    'fermyon-startup-lessons-25-years': ('dev/html/4459.html.gz', '620c17139ee1c9607103b020bbd17a0d54b44eee'),
    'globaltraveler-top-rental-car-companies-2025': ('dev/html/0331.html.gz', '6b4d832cdac46f0811161938b69abede94effbc3'),
    'petmd-puppy-training-guide': ('dev/html/4594.html.gz', '7505047e53010398eb56ad68ea97eff28b80f895'),
}
def base(f):  # 'dev/html/4180.html.gz' -> 'wcxb-dev-4180'
    return 'wcxb-%s-%s' % (f.split('/')[0], os.path.basename(f)[:-len('.html.gz')])
if __name__ == '__main__':
    files = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == '--files' else None
    for d in (os.path.join(HERE, 'src'), os.path.join(HERE, 'page-ay'), TMP): os.makedirs(d, exist_ok=True)
    for name, (f, blob) in PAGES.items():
        gz = os.path.join(HERE, 'src', base(f) + '.html.gz')
        b = open(os.path.join(files, f) if files else gz, 'rb').read()
        got = hashlib.sha1(b'blob %d\0' % len(b) + b).hexdigest()
        assert got == blob, (name, got)
        if files: open(gz, 'wb').write(b)
        html = os.path.join(TMP, base(f) + '.html')
        open(html, 'wb').write(gzip.decompress(b))
        txt = subprocess.run([sys.executable, SCRAPE, html], check=True, capture_output=True).stdout
        open(os.path.join(HERE, 'page-ay', name + '.txt'), 'wb').write(txt)
        print(name, len(b), 'bytes gz ->', os.path.getsize(html), 'bytes html ->', len(txt), 'bytes,', len(txt.decode('utf-8').split()), 'words')
