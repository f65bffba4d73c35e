#!/usr/bin/env python3
"""Rebuilds page-ao/ from the six saved pages (final44's tools/make_docs.py, adapted): reads each page
from a directory of the benchmark's files/ extracted at COMMIT by tools/read_pack.py (--files DIR;
final45 ran no git command) or from src/ (default), checks its git blob id, saves a copy in src/ and
writes page-ao/<name>.txt with eval/testdata/scrape.py, unchanged.
    python3 tools/read_pack.py /work/.mirror/AndreasMadsen+htmlparser-benchmark/repo 3a017b39ef1e93d641fdecf3e1606db8e7a22dd8 /tmp/f45/files
    python3 tools/make_docs.py [--files /tmp/f45/files]"""
import hashlib, os, subprocess, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRAPE = os.environ.get('SCRAPE_PY', '/work/main/eval/testdata/scrape.py')
COMMIT = '3a017b39ef1e93d641fdecf3e1606db8e7a22dd8'
PAGES = {  # document -> (file under files/, git blob id)
    'nytimes-saratoga-race-course-150-years': ('e1e4dba652a78f4d1af52f5a7f4ac247c83070220a0e6fbad0bb26b6742dfcee.html', '5d1b739e0f89f6711d65958c5b757abe0649c1eb'),
    'guardian-afp-carbon-tax-ad-campaign': ('bf6c2f1cfb002f13675b39a62951eac42e7604409705e6c6a838285f6b6758ff.html', '23d827ca022400b64562f465a59fc25c41e964c9'),
    'expressnews-ap-marijuana-lab-testing': ('9f2031ee45a11919452ca2efbc3498672324cda5f76314d7ea10913f63cf3545.html', 'cd905ba1945c1f74f3dad95248b3594021fc26e5'),
    'scienceworldreport-tw-hydrae-snow-line': ('b6a33f826f7663ae51a43f4be87e9ba55962b2baa05dfef7355aeca91006779f.html', '4e8a3cce5b47a4d8a6eae1d4b32c33493c039689'),
    'sfgate-newborn-formula-breastfeeding-study': ('af85fcc561166d0c28caf2ed6765c36d604749e715d3dfa48f4b0b6d5dc2a2d4.html', 'cc3989458825e4a6ffcee7889ce5c00fed88839e'),
    'dailybeast-komen-3day-walk-cancellations': ('5c83c2d71f97e2b5a979f197fbae6773dee6844e28889ae66ccb8d7458a9c5bb.html', '6c994c5ba5faed7660bc359daa2e5226734d0c59'),
}
files = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == '--files' else None
os.makedirs(os.path.join(HERE, 'src'), exist_ok=True); os.makedirs(os.path.join(HERE, 'page-ao'), exist_ok=True)
for name, (f, blob) in PAGES.items():
    src = os.path.join(HERE, 'src', 'htmlparser-benchmark-' + f)
    b = open(os.path.join(files, f) if files else src, 'rb').read()
    got = hashlib.sha1(b'blob %d\0' % len(b) + b).hexdigest()
    assert got == blob, (name, got)
    open(src, 'wb').write(b)
    txt = subprocess.run([sys.executable, SCRAPE, src], check=True, capture_output=True).stdout
    open(os.path.join(HERE, 'page-ao', name + '.txt'), 'wb').write(txt)
    print(name, len(b), 'bytes ->', len(txt), 'bytes')
