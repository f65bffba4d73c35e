#!/usr/bin/env python3
"""Rebuilds page-ap/ from the six saved pages (final45's tools/make_docs.py, page table changed): reads
each page from a directory of the benchmark's files/ extracted at COMMIT by tools/read_pack.py
(--files DIR; final46 ran no git command) or from src/ (default), checks its git blob id, saves a copy in src/ and
writes page-ap/<name>.txt with eval/testdata/scrape.py, unchanged.
    python3 tools/read_pack.py /work/.mirror/AndreasMadsen+htmlparser-benchmark/repo 3a017b39ef1e93d641fdecf3e1606db8e7a22dd8 /tmp/f46/files
    python3 tools/make_docs.py [--files /tmp/f46/files]"""
import hashlib, os, subprocess, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRAPE = os.environ.get('SCRAPE_PY', '/work/main/eval/testdata/scrape.py')
COMMIT = '3a017b39ef1e93d641fdecf3e1606db8e7a22dd8'
PAGES = {  # document -> (file under files/, git blob id)
    'sltrib-cassini-wave-at-saturn': ('dd5c70a6e7b341e46ef81eb0ebf62abfa585fd32eb0c9a225bccf3ff3bd1305a.html', '34b91dd796b858eda24f2cd233fce352d8144078'),
    'mmajunkie-caraway-ufc159-bonus': ('ee6efdabfcca5663e00309b195208a299af4608381fd1ac8478a9e194cce4723.html', 'b571542cb1fc818f5554a083aacc897de093c3ef'),
    'usnews-cancer-bankruptcy-study': ('c064d58e866d1582814bf623d471441ce9886a6e960041424bbd851facc3aa10.html', '92e8e45501b5730aec8f644cb1de09e16f8974b7'),
    'thenews-germany-flood-peak': ('173cb8504d91bed86832e087316c2b1febe3e7e76f478f5a401c9ae4fc4641fb.html', '87230c8726426016dab5904f5822779f5d7ec119'),
    'bloomberg-apple-iphone-trade-in': ('36325f8d21a22c77ef11b4039035b6d94f842a841904a483c472b54bb29a7445.html', 'fb6358666ef37408d653a379e496d6c94e042d64'),
    'abcnews-gay-cure-app-removed': ('83940e658ca7dcf165fdd1dbddf0dae4acf6306d313a68037165f8ca71eecd0d.html', '9bebafcf6f8153e0b7e80432c41bdea60557b81a'),
}
files = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == '--files' else None
os.makedirs(os.path.join(HERE, 'src'), exist_ok=True); os.makedirs(os.path.join(HERE, 'page-ap'), exist_ok=True)
for name, (f, blob) in PAGES.items():
    src = os.path.join(HERE, 'src', 'htmlparser-benchmark-' + f)
    b = open(os.path.join(files, f) if files else src, 'rb').read()
    got = hashlib.sha1(b'blob %d\0' % len(b) + b).hexdigest()
    assert got == blob, (name, got)
    open(src, 'wb').write(b)
    txt = subprocess.run([sys.executable, SCRAPE, src], check=True, capture_output=True).stdout
    open(os.path.join(HERE, 'page-ap', name + '.txt'), 'wb').write(txt)
    print(name, len(b), 'bytes ->', len(txt), 'bytes')
