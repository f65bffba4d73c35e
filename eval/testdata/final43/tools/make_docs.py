#!/usr/bin/env python3
"""Rebuilds page-am/ from the six saved pages: reads each page from an
AndreasMadsen/htmlparser-benchmark git dir at COMMIT (--git-hpb DIR) or from src/ (default), checks
its git blob id, saves a copy in src/ and writes page-am/<name>.txt with eval/testdata/scrape.py,
unchanged.
    python3 tools/make_docs.py [--git-hpb /work/.mirror/AndreasMadsen+htmlparser-benchmark/repo]"""
import hashlib, os, subprocess, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRAPE = os.environ.get('SCRAPE_PY', '/work/main/eval/testdata/scrape.py')
COMMIT = '3a017b39ef1e93d641fdecf3e1606db8e7a22dd8'
PAGES = {  # document -> (file under files/, git blob id)
    'bbc-dinosaur-teeth-diplodocus': ('204684f64a91cc679d1d4f29cd1be674e417f8fe7c68295b9a5bf0f69b85d4d4.html', '3e4b7c1086bef0d3a7bbb4bb7ead8259923578ee'),
    'bbc-lizard-king-barbaturex': ('d57c1a6989d0075d551168500f36da6309c2f5eeac2ae57406694a2e41dfda33.html', '2e251c2e88c0519d1d5688dda69eaaee13040ca1'),
    'usatoday-parmitano-helmet-leak': ('1a2c2f9fe410c836bb94e85c85625dbe8174f6e57f0b0316644cefd30979f096.html', 'c1fae8bd4e53dbab8be81957d6afc21d0b5d16db'),
    'bbc-cancer-research-genegame': ('e7c052db325e177a43b3792b9131cbc50a67457dcfbdde5862fb7ec256d8ea27.html', '56c869864cbc3216d127c179edfe3b8f8b74bd05'),
    'nytimes-zimmer-pandoravirus': ('c076ffd4477b920e15df1c5efaa1b93badba9b270c0c1836ff02f2cf9c97367c.html', '4206ea55cafe7a8ef3e34ce451b07aafad462e58'),
    'wired-stretchy-gold-conductor': ('3008c1b0145d310c035a1ada591f11a8bf7f87d0fba16e57f20d34022bb52c9e.html', 'c7a3c0cb30caf1fd4433df1f3aae01c875af8b9e'),
}
git = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == '--git-hpb' else None
os.makedirs(os.path.join(HERE, 'src'), exist_ok=True); os.makedirs(os.path.join(HERE, 'page-am'), exist_ok=True)
for name, (f, blob) in PAGES.items():
    src = os.path.join(HERE, 'src', 'htmlparser-benchmark-' + f)
    b = subprocess.run(['git', '--git-dir', git, 'show', f'{COMMIT}:files/{f}'], check=True, capture_output=True).stdout if git else open(src, 'rb').read()
    got = hashlib.sha1(b'blob %d\0' % len(b) + b).hexdigest()
    assert got == blob, (name, got)
    open(src, 'wb').write(b)
    txt = subprocess.run([sys.executable, SCRAPE, src], check=True, capture_output=True).stdout
    open(os.path.join(HERE, 'page-am', name + '.txt'), 'wb').write(txt)
    print(name, len(b), 'bytes ->', len(txt), 'bytes')
