#!/usr/bin/env python3
"""Rebuilds page-an/ from the six saved pages (final43's tools/make_docs.py, adapted): reads each page
from an AndreasMadsen/htmlparser-benchmark git dir at COMMIT (--git-hpb DIR) or from src/ (default),
checks its git blob id, saves a copy in src/ and writes page-an/<name>.txt with
eval/testdata/scrape.py, unchanged.
    python3 tools/make_docs.py [--git-hpb /work/.mirror/AndreasMadsen+htmlparser-benchmark/repo]"""
import hashlib, os, subprocess, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRAPE = os.environ.get('SCRAPE_PY', '/work/main/eval/testdata/scrape.py')
COMMIT = '3a017b39ef1e93d641fdecf3e1606db8e7a22dd8'
PAGES = {  # document -> (file under files/, git blob id)
    'reuters-unicef-malnutrition-stunting': ('039c4b966d1f2a0c589ac0aad211fe65500ad1cb58c7f45b34251db7056803ec.html', 'f8fef303f9061aef9987bc378ff7294846be334c'),
    'houstonchronicle-ap-lima-black-pallbearers': ('42b43887c6dd91353249924745e030eac3a6d818966d91c67b406431ff9bdf05.html', 'f45ffb5e5b754b50a8bcfb2124ee9016896e438b'),
    'cbc-aglukkaq-arctic-council-chair': ('090638153c72af750a39fb8dedebfddfa52f00b73ee034de4444f105d8daa80d.html', '0e30d08a3aecb30b353cfc02652c993e239b85d1'),
    'sciencenow-gut-microbes-jewel-wasps': ('469b0194ef7f191146fa44e8fbd8915dabecf45b05a58dad19f781f24eb437b3.html', 'b07902547cff453009ca6b3153d6cb527d24ec0e'),
    'latimes-everest-glaciers-shrinking': ('40d4e50472a8f0d30d68613051be510ed098087679df7e0e564d6dd32152d679.html', '76e5d638652eb03f70c781ded9c0dd8cb501a3f3'),
    'smh-archicebus-oldest-primate': ('0873e7508224014b9df7e0c599b2eb33ebb733af7bc23fb11114ad5cf0e1ecfd.html', 'e097a897ad2da89943c99a32b309452f2a0d2b9f'),
}
git = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == '--git-hpb' else None
os.makedirs(os.path.join(HERE, 'src'), exist_ok=True); os.makedirs(os.path.join(HERE, 'page-an'), exist_ok=True)
for name, (f, blob) in PAGES.items():
    src = os.path.join(HERE, 'src', 'htmlparser-benchmark-' + f)
    b = subprocess.run(['git', '--git-dir', git, 'show', f'{COMMIT}:files/{f}'], check=True, capture_output=True).stdout if git else open(src, 'rb').read()
    got = hashlib.sha1(b'blob %d\0' % len(b) + b).hexdigest()
    assert got == blob, (name, got)
    open(src, 'wb').write(b)
    txt = subprocess.run([sys.executable, SCRAPE, src], check=True, capture_output=True).stdout
    open(os.path.join(HERE, 'page-an', name + '.txt'), 'wb').write(txt)
    print(name, len(b), 'bytes ->', len(txt), 'bytes')
