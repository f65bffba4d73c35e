#!/usr/bin/env python3
"""Rebuilds page-ar/ from the six saved pages (final47's tools/make_docs.py, page table changed): reads
each page from a directory of the benchmark's files/ extracted at COMMIT by tools/read_pack.py
(--files DIR; final48 ran no git command) or from src/ (default), checks its git blob id, saves a copy in src/ and
writes page-ar/<name>.txt with eval/testdata/scrape.py, unchanged.
    python3 tools/read_pack.py /work/.mirror/AndreasMadsen+htmlparser-benchmark/repo 3a017b39ef1e93d641fdecf3e1606db8e7a22dd8 /tmp/f48/files
    python3 tools/make_docs.py [--files /tmp/f48/files]"""
import hashlib, os, subprocess, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRAPE = os.environ.get('SCRAPE_PY', '/work/main/eval/testdata/scrape.py')
COMMIT = '3a017b39ef1e93d641fdecf3e1606db8e7a22dd8'
PAGES = {  # document -> (file under files/, git blob id)
    'guardian-citadel-botnet-takedown': ('8cbf3b144736ffc4adda5fe7105e7fd1413dcc1955110829d849a658aa722bea.html', '965952a746eeea3823a30bf2ebe2324c10466223'),
    'toi-iphone-india-sales-fall': ('908eb47dc8a2159a6247c21288cb8791d2704ea391c02ac61b5840894233a160.html', '633f02344602e9b14a98bc0bf7c4f30637485d4c'),
    'reuters-egypt-christians-after-mursi': ('22c4be85802e9602a344fc2cc704093362b9193523c6e35cfb7dc086c8ef8648.html', 'c40e30d19f04203c4b2be8a3a51a7638169695ab'),
    'bbc-australia-asylum-seekers-png': ('939cc2620225a0f63bbded1d2b6f3be00a18aae007951441dfae1413baa2f1d3.html', '8a13b0d5aaefd86b7ee3ffea3add6e36aabbd53b'),
    'nytimes-kerry-zaatari-refugee-camp': ('4776d064a7bbefb99bc5c7b928359bcc66cd6c11d03785e43e03087c0f9e5fcc.html', '85bc7c37da723eeb3eb90c81f9dd2f93e17197c3'),
    'guardian-tropical-storm-andrea-florida': ('3583db09d8fbe6ee207f0ed06e46b0ca39d7170829469b0ba353b83f0da10be7.html', 'd14dfc8a4d65bc6764891e36812f046ff08f02fd'),
}
files = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == '--files' else None
os.makedirs(os.path.join(HERE, 'src'), exist_ok=True); os.makedirs(os.path.join(HERE, 'page-ar'), exist_ok=True)
for name, (f, blob) in PAGES.items():
    src = os.path.join(HERE, 'src', 'htmlparser-benchmark-' + f)
    b = open(os.path.join(files, f) if files else src, 'rb').read()
    got = hashlib.sha1(b'blob %d\0' % len(b) + b).hexdigest()
    assert got == blob, (name, got)
    open(src, 'wb').write(b)
    txt = subprocess.run([sys.executable, SCRAPE, src], check=True, capture_output=True).stdout
    open(os.path.join(HERE, 'page-ar', name + '.txt'), 'wb').write(txt)
    print(name, len(b), 'bytes ->', len(txt), 'bytes')
