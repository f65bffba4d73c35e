#!/usr/bin/env python3
"""Rebuilds page-as/ from the six saved pages (final48's tools/make_docs.py, page table changed; itself final47's): reads
each page from a directory of the benchmark's files/ extracted at COMMIT by tools/read_pack.py
(--files DIR; final49 ran no git command) or from src/ (default), checks its git blob id, saves a copy in src/ and
writes page-as/<name>.txt with eval/testdata/scrape.py, unchanged.
    python3 tools/read_pack.py /work/.mirror/AndreasMadsen+htmlparser-benchmark/repo 3a017b39ef1e93d641fdecf3e1606db8e7a22dd8 /tmp/f49/files
    python3 tools/make_docs.py [--files /tmp/f49/files]"""
import hashlib, os, subprocess, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRAPE = os.environ.get('SCRAPE_PY', '/work/main/eval/testdata/scrape.py')
COMMIT = '3a017b39ef1e93d641fdecf3e1606db8e7a22dd8'
PAGES = {  # document -> (file under files/, git blob id)
    'nytimes-obama-moscow-trip-snowden': ('7e91eb56692c91312a3dc3e7b769a2916029ef3d9e431d056d5f548c0f771d16.html', 'a3a68434a8cc7936d2e56b613d345fe086f38f28'),
    'guardian-nokia-q2-lumia-results': ('8faa3156452fa9d0667617c406eb9b6458b48d7b8c36cf2bf804fba290b302f5.html', '478d58f30b0abda2f8a54b8c4bde800e647f5691'),
    'bbc-ariel-castro-first-court-appearance': ('ffca969d27266a5827a36880077783947778d444a953115acd262a161a0f29ca.html', '945cf6be515262ad9eada09c7cb52a1d312dda17'),
    'houstonchronicle-ap-kerry-west-bank-talks': ('4f454cb97e9b77d94c10ed8a6a35cd2eff1671de9d3d27852a38abd76a95be83.html', 'bd20f81c0067dc3fe4ae683d8ae83e5d2f1a2c36'),
    'cbsnews-82nd-airborne-chemical-weapons-drill': ('bfcf4f21f2345a0148db4f474d6ee3505f763471c4084770d2d1bfb316cdbff2.html', 'c02307da984051fb6d56096ca796c0f8e631629b'),
    'reuters-egypt-mansour-brotherhood-rallies': ('4bf8e536214f987f4a0bf6ca7d233619d30bde1e80a816c78d00358eb61e353c.html', '879af44aba6f970f16ce3621e1f07a134510ec48'),
}
files = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == '--files' else None
os.makedirs(os.path.join(HERE, 'src'), exist_ok=True); os.makedirs(os.path.join(HERE, 'page-as'), exist_ok=True)
for name, (f, blob) in PAGES.items():
    src = os.path.join(HERE, 'src', 'htmlparser-benchmark-' + f)
    b = open(os.path.join(files, f) if files else src, 'rb').read()
    got = hashlib.sha1(b'blob %d\0' % len(b) + b).hexdigest()
    assert got == blob, (name, got)
    open(src, 'wb').write(b)
    txt = subprocess.run([sys.executable, SCRAPE, src], check=True, capture_output=True).stdout
    open(os.path.join(HERE, 'page-as', name + '.txt'), 'wb').write(txt)
    print(name, len(b), 'bytes ->', len(txt), 'bytes')
