package ingest

import (
	"bytes"
	"compress/zlib"
	"fmt"
)

// makePDF returns a PDF whose pages have the given content streams,
// compressed with FlateDecode, in Helvetica with every glyph 500/1000 em
// wide (see testdata/extract/make_tiny_pdf.py for the uncompressed form).
func makePDF(pages ...[]byte) []byte {
	objs := []string{"<< /Type /Catalog /Pages 2 0 R >>", "", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 32 /LastChar 126 /Widths [" +
		string(bytes.Repeat([]byte("500 "), 95)) + "] >>"}
	var kids []byte
	var z bytes.Buffer
	w, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
	for _, content := range pages {
		z.Reset()
		w.Reset(&z)
		w.Write(content)
		w.Close()
		objs = append(objs, fmt.Sprintf("<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream", z.Len(), z.Bytes()))
		objs = append(objs, fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>", len(objs)))
		kids = fmt.Appendf(kids, "%d 0 R ", len(objs))
	}
	objs[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", kids, len(pages))
	out := []byte("%PDF-1.4\n")
	var offsets []int
	for i, body := range objs {
		offsets = append(offsets, len(out))
		out = fmt.Appendf(out, "%d 0 obj\n%s\nendobj\n", i+1, body)
	}
	xref := len(out)
	out = fmt.Appendf(out, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		out = fmt.Appendf(out, "%010d 00000 n \n", off)
	}
	return fmt.Appendf(out, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
}

// textPage returns a content stream that shows text at the top of a page.
func textPage(text string) []byte {
	return []byte("BT\n/F1 11 Tf\n72 720 Td\n(" + text + ") Tj\nET\n")
}
