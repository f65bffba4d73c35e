#!/usr/bin/env python3
"""Minimal read-only git pack reader used instead of the git binary (final45's tools/read_pack.py,
generalised by final51 to any folder of the tree and nested trees): extracts every file under PREFIX
of COMMIT from a bare git dir into OUTDIR (keeping the relative paths), checking every blob id, and
prints one line per file: blob id, size, path (MISSING for a blob absent from a partial clone). Also prints the
commit's header lines. Reads each pack through a memoryview and inflates 64 KiB at a time (slicing the whole pack
per object was far too slow on WCXB's 153 MB pack).
    python3 tools/read_pack.py /work/.mirror/Murrough-Foley+web-content-extraction-benchmark/repo \
        c039d5ee9f5a3a984a0e167e63aacd04e76e78a9 '' /tmp/f61/wceb
(final52: copied from final51 unchanged apart from this path; final53–final61 likewise.)"""
import os, struct, sys, zlib, hashlib
gd, commit, prefix, out = sys.argv[1:5]
pd = os.path.join(gd, 'objects', 'pack')
offs, packs = {}, []
for idx in sorted(f for f in os.listdir(pd) if f.endswith('.idx')):
    I = open(os.path.join(pd, idx), 'rb').read(); P = open(os.path.join(pd, idx[:-4] + '.pack'), 'rb').read()
    assert I[:4] == b'\xfftOc'
    n = struct.unpack('>I', I[8 + 255 * 4:8 + 256 * 4])[0]
    shas = [I[1032 + 20 * i:1052 + 20 * i] for i in range(n)]
    o32 = 1032 + 20 * n + 4 * n; o64 = o32 + 4 * n
    for i in range(n):
        v = struct.unpack('>I', I[o32 + 4 * i:o32 + 4 * i + 4])[0]
        if v & 0x80000000: v = struct.unpack('>Q', I[o64 + 8 * (v & 0x7fffffff):o64 + 8 * (v & 0x7fffffff) + 8])[0]
        offs[shas[i].hex()] = (len(packs), v)
    packs.append(memoryview(P))
def inflate(P, pos):
    d = zlib.decompressobj(); out = []
    while not d.eof:  # feed 64 KiB at a time: never copy the rest of the pack
        out.append(d.decompress(P[pos:pos + 65536])); pos += 65536
        if pos >= len(P) and not d.eof: raise ValueError('truncated object')
    return b''.join(out)
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
def obj_at(pk, pos):
    if (pk, pos) in cache: return cache[(pk, pos)]
    P = packs[pk]
    c = P[pos]; t = (c >> 4) & 7; p = pos + 1
    while c & 0x80: c = P[p]; p += 1
    if t == 6:
        c = P[p]; p += 1; bo = c & 0x7f
        while c & 0x80: c = P[p]; p += 1; bo = ((bo + 1) << 7) | (c & 0x7f)
        bt, bb = obj_at(pk, pos - bo); r = (bt, apply(bb, inflate(P, p)))
    elif t == 7:
        bt, bb = get(bytes(P[p:p + 20]).hex()); r = (bt, apply(bb, inflate(P, p + 20)))
    else: r = (t, inflate(P, p))
    if len(cache) > 4000: cache.clear()
    cache[(pk, pos)] = r; return r
def get(sha): return obj_at(*offs[sha])
def tree(b):
    i, e = 0, {}
    while i < len(b):
        sp = b.index(b' ', i); nu = b.index(b'\0', sp)
        e[b[sp + 1:nu].decode()] = (b[i:sp].decode(), b[nu + 1:nu + 21].hex()); i = nu + 21
    return e
t, c = get(commit); assert t == 1
head = c.split(b'\n\n')[0].decode()
print('\n'.join('# ' + l for l in head.split('\n') if not l.startswith((' ', 'gpgsig'))))
def walk(sha, path):
    for name, (mode, s) in sorted(tree(get(sha)[1]).items()):
        p = path + '/' + name if path else name
        if mode == '40000': walk(s, p)
        elif p.startswith(prefix):
            if s not in offs: print('MISSING', s, p); continue
            t, b = get(s)
            assert hashlib.sha1(b'blob %d\0' % len(b) + b).hexdigest() == s, p
            dst = os.path.join(out, p); os.makedirs(os.path.dirname(dst), exist_ok=True)
            open(dst, 'wb').write(b); print(s, len(b), p)
walk(c.split(b'\n')[0].split()[1].decode(), '')
