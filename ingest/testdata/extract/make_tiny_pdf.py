#!/usr/bin/env python3
"""Writes tiny.pdf and notext.pdf: small hand-made PDFs for extract_test.go.

Run once by hand (python3 make_tiny_pdf.py); the outputs are committed and
the tests never run this script. Helvetica with an explicit /Widths table
(every glyph 500/1000 em) so that glyph positions are known.
"""


def pdf(pages):
    """pages: list of content-stream strings. Returns the PDF bytes."""
    objs = []  # object bodies, object n is objs[n-1]
    objs.append("<< /Type /Catalog /Pages 2 0 R >>")
    kids_at = len(objs)
    objs.append(None)  # pages, filled below
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 32 /LastChar 126 "
                "/Widths [" + " ".join(["500"] * 95) + "] >>")
    font = len(objs)
    kids = []
    for content in pages:
        data = content.encode("latin-1")
        objs.append("<< /Length %d >>\nstream\n%s\nendstream" % (len(data), content))
        stream = len(objs)
        objs.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                    "/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (font, stream))
        kids.append(len(objs))
    objs[kids_at] = "<< /Type /Pages /Kids [%s] /Count %d >>" % (
        " ".join("%d 0 R" % k for k in kids), len(kids))
    out = b"%PDF-1.4\n"
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, body)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for off in offsets:
        out += ("%010d 00000 n \n" % off).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)).encode()
    return out


page1 = """BT
/F1 18 Tf
72 720 Td
(A Tiny Test Document) Tj
/F1 11 Tf
0 -30 Td
(The quick brown fox jumps over the lazy dog near the) Tj
0 -13 Td
(river bank, and the dog does not mind at all.) Tj
0 -30 Td
[(Water was) -600 (found on the moon in 2021.)] TJ
ET"""
page2 = """BT
/F1 11 Tf
72 720 Td
(Page two has one more sentence.) Tj
ET"""
drawing = """0 0 1 rg
100 100 200 200 re
f"""

with open("tiny.pdf", "wb") as f:
    f.write(pdf([page1, page2]))
with open("notext.pdf", "wb") as f:
    f.write(pdf([drawing]))
