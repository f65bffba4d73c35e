#!/usr/bin/env python3
"""Rebuilds page-aq/ from the six saved pages (final46's tools/make_docs.py, page table changed): reads
each page from a directory of the benchmark's files/ extracted at COMMIT by tools/read_pack.py
(--files DIR; final47 ran no git command) or from src/ (default), checks its git blob id, saves a copy in src/ and
writes page-aq/<name>.txt with eval/testdata/scrape.py, unchanged.
    python3 tools/read_pack.py /work/.mirror/AndreasMadsen+htmlparser-benchmark/repo 3a017b39ef1e93d641fdecf3e1606db8e7a22dd8 /tmp/f47/files
    python3 tools/make_docs.py [--files /tmp/f47/files]"""
import hashlib, os, subprocess, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRAPE = os.environ.get('SCRAPE_PY', '/work/main/eval/testdata/scrape.py')
COMMIT = '3a017b39ef1e93d641fdecf3e1606db8e7a22dd8'
PAGES = {  # document -> (file under files/, git blob id)
    'cbsnews-obama-xi-sunnylands-summit': ('44b21071ae6feede3c36d2ab032cd422eb0c6a0fdfe4da79531931ad93dd4940.html', 'a1a736f287bf87389904dcaf8d733f1b5d887a02'),
    'jpost-nakba-day-protests': ('b41b3c1a01fae3feb1eff41a369be869b7c6a0285012c9f38c8228ed89a8555e.html', '8984f67ad51e1c806c2e92c47bb3d8e8f048e24b'),
    'pcmag-tech-firms-transparency-letter': ('d7db375a590e371cc96b6a763131fa5392e5500e4d44c7c275092943aa38d9a5.html', '2c87693c18fe4945124013d8520746950dd3054c'),
    'sbnation-spurs-sympathetic-finals': ('71cb773c42c94b75d41c059a27dd10b763443a71dbb6dd202402843de8a5e331.html', 'ca2f52766d3400518eb784b54e04148ed5244740'),
    'mlb-first-year-draft-preview': ('e59c8117a6e0002ffe00121307cff1af9a7abefc09c926b974e7af29c9a99765.html', '8e12a7b5b902949002177a526749f7e02427f5fc'),
    'foxsports-josh-brent-retires': ('a3ff07209a146af240823f597b99998b84c9475ebebdb4d923c6d982243ffd68.html', '34bc137139e31d6518420865e0b76df3e7223990'),
}
files = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == '--files' else None
os.makedirs(os.path.join(HERE, 'src'), exist_ok=True); os.makedirs(os.path.join(HERE, 'page-aq'), exist_ok=True)
for name, (f, blob) in PAGES.items():
    src = os.path.join(HERE, 'src', 'htmlparser-benchmark-' + f)
    b = open(os.path.join(files, f) if files else src, 'rb').read()
    got = hashlib.sha1(b'blob %d\0' % len(b) + b).hexdigest()
    assert got == blob, (name, got)
    open(src, 'wb').write(b)
    txt = subprocess.run([sys.executable, SCRAPE, src], check=True, capture_output=True).stdout
    open(os.path.join(HERE, 'page-aq', name + '.txt'), 'wb').write(txt)
    print(name, len(b), 'bytes ->', len(txt), 'bytes')
