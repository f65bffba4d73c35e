#!/usr/bin/env python3
"""List htmlparser-benchmark pages not excluded by earlier sets' prefixes: title, url, size."""
import os, re, sys
src = sys.argv[1]; excl = set(open(sys.argv[2]).read().split())
for f in sorted(os.listdir(src)):
    if f[:10] in excl: continue
    b = open(os.path.join(src, f), 'rb').read()
    t = b.decode('utf-8', 'replace')
    m = re.search(r'<title[^>]*>(.*?)</title>', t, re.S | re.I)
    u = re.search(r'(?:og:url|rel="canonical")[^>]*?(?:content|href)="([^"]+)"', t, re.I)
    print(f[:10], len(b), (m.group(1).strip()[:70] if m else '-').replace('\n', ' '), '|', u.group(1)[:90] if u else '-')
