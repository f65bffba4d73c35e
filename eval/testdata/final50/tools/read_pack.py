#!/usr/bin/env python3
"""Minimal read-only git pack reader used instead of the git binary (final45): extracts files/<name>
of COMMIT from a bare git dir into OUTDIR, checking every blob id.
    python3 tools/read_pack.py /work/.mirror/AndreasMadsen+htmlparser-benchmark/repo COMMIT OUTDIR"""
import os, struct, sys, zlib, hashlib
gd, commit, out = sys.argv[1:4]
pd = os.path.join(gd, 'objects', 'pack')
idx = [f for f in os.listdir(pd) if f.endswith('.idx')][0]
I = open(os.path.join(pd, idx), 'rb').read(); P = open(os.path.join(pd, idx[:-4] + '.pack'), 'rb').read()
assert I[:4] == b'\xfftOc'
n = struct.unpack('>I', I[8 + 255 * 4:8 + 256 * 4])[0]
shas = [I[1032 + 20 * i:1052 + 20 * i] for i in range(n)]
o32 = 1032 + 20 * n + 4 * n; o64 = o32 + 4 * n
offs = {}
for i in range(n):
    v = struct.unpack('>I', I[o32 + 4 * i:o32 + 4 * i + 4])[0]
    if v & 0x80000000: v = struct.unpack('>Q', I[o64 + 8 * (v & 0x7fffffff):o64 + 8 * (v & 0x7fffffff) + 8])[0]
    offs[shas[i].hex()] = v
def inflate(pos):
    d = zlib.decompressobj(); return d.decompress(P[pos:]) + d.flush()
def apply(base, delta):
    i = 0
    def varint():
        nonlocal i; r = s = 0
        while True:
            c = delta[i]; i += 1; r |= (c & 0x7f) << s; s += 7
            if not c & 0x80: return r
    varint(); varint(); outb = bytearray()
    while i < len(delta):
        c = delta[i]; i += 1
        if c & 0x80:
            off = sz = 0
            for k in range(4):
                if c & (1 << k): off |= delta[i] << (8 * k); i += 1
            for k in range(3):
                if c & (0x10 << k): sz |= delta[i] << (8 * k); i += 1
            outb += base[off:off + (sz or 0x10000)]
        else: outb += delta[i:i + c]; i += c
    return bytes(outb)
cache = {}
def obj_at(pos):
    if pos in cache: return cache[pos]
    c = P[pos]; t = (c >> 4) & 7; p = pos + 1
    while c & 0x80: c = P[p]; p += 1
    if t == 6:
        c = P[p]; p += 1; bo = c & 0x7f
        while c & 0x80: c = P[p]; p += 1; bo = ((bo + 1) << 7) | (c & 0x7f)
        bt, bb = obj_at(pos - bo); r = (bt, apply(bb, inflate(p)))
    elif t == 7:
        bt, bb = obj_at(offs[P[p:p + 20].hex()]); r = (bt, apply(bb, inflate(p + 20)))
    else: r = (t, inflate(p))
    cache[pos] = r; return r
def get(sha): return obj_at(offs[sha])
def tree(b):
    i, e = 0, {}
    while i < len(b):
        sp = b.index(b' ', i); nu = b.index(b'\0', sp); e[b[sp + 1:nu].decode()] = b[nu + 1:nu + 21].hex(); i = nu + 21
    return e
t, c = get(commit); assert t == 1
root = tree(get(c.split(b'\n')[0].split()[1].decode())[1])
files = tree(get(root['files'])[1])
os.makedirs(out, exist_ok=True)
for name, sha in files.items():
    t, b = get(sha)
    assert hashlib.sha1(b'blob %d\0' % len(b) + b).hexdigest() == sha
    open(os.path.join(out, name), 'wb').write(b)
print(len(files), 'files extracted, blob ids verified')
