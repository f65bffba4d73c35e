#!/usr/bin/env python3
"""Rebuilds page-at/ from the six saved pages (final49's tools/make_docs.py, page table changed; itself final48's): reads
each page from a directory of the benchmark's files/ extracted at COMMIT by tools/read_pack.py
(--files DIR; final50 ran no git command) or from src/ (default), checks its git blob id, saves a copy in src/ and
writes page-at/<name>.txt with eval/testdata/scrape.py, unchanged.
    python3 tools/read_pack.py /work/.mirror/AndreasMadsen+htmlparser-benchmark/repo 3a017b39ef1e93d641fdecf3e1606db8e7a22dd8 /tmp/f50/files
    python3 tools/make_docs.py [--files /tmp/f50/files]"""
import hashlib, os, subprocess, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRAPE = os.environ.get('SCRAPE_PY', '/work/main/eval/testdata/scrape.py')
COMMIT = '3a017b39ef1e93d641fdecf3e1606db8e7a22dd8'
PAGES = {  # document -> (file under files/, git blob id)
    'motherjones-stalagmites-climate-records': ('e4110881d8aa93c8cc5537e5e4dac2f52bfc797c4fee39dd8db92ac8fddd464e.html', 'c7c7b83b913073e7a39165ed3c54f70f3bb34ed1'),
    'medpagetoday-smoke-free-hotel-rooms': ('0227809b88a4c7a53db0c418d1a6182343c0b22b9122148baaa93d0a58856931.html', 'acd38c3cd6da2e4823d3d6ddcc33135e6c8204f6'),
    'webmd-fda-panel-avandia-restrictions': ('5f081a0a9d1a1ce3b0e53603ecd8bde78947841c8fd1ff3c36efa95ee84681f6.html', '615cd570c3975c13245821c4bf6e878f6ace2e05'),
    'washingtonpost-ap-curiosity-mars-air': ('8c1a780dec8c1a5ea0344514524f53b2b580ce87083e0a756ade3d83627d5653.html', '371cb66dc3327f930f816e1728e64d9f7862ed01'),
    'bloomberg-erdogan-defies-protesters': ('c34f3cea1bdcd61b261efe1e240c28119e51b511d948522a7b67f2dfb516b2af.html', '27af22bdd1107f63470eb8334612a0b07ef8ecc7'),
    'ibtimes-47-tucanae-cosmic-dance': ('88fe82fbfd668b94e6d002e15c9df8de1d957bd1ec77cc67869cadd2498e5d02.html', 'c1f0abc5dae06aca66385a3fb95f1b9aaba5a19d'),
}
files = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == '--files' else None
os.makedirs(os.path.join(HERE, 'src'), exist_ok=True); os.makedirs(os.path.join(HERE, 'page-at'), exist_ok=True)
for name, (f, blob) in PAGES.items():
    src = os.path.join(HERE, 'src', 'htmlparser-benchmark-' + f)
    b = open(os.path.join(files, f) if files else src, 'rb').read()
    got = hashlib.sha1(b'blob %d\0' % len(b) + b).hexdigest()
    assert got == blob, (name, got)
    open(src, 'wb').write(b)
    txt = subprocess.run([sys.executable, SCRAPE, src], check=True, capture_output=True).stdout
    open(os.path.join(HERE, 'page-at', name + '.txt'), 'wb').write(txt)
    print(name, len(b), 'bytes ->', len(txt), 'bytes')
