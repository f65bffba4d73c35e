package ingest

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"strings"
)

// probePDF is the PDF that Fingerprint reads: a title page with a year
// under the title and a contents line, and three pages with a running
// head, page numbers, a word broken by a hyphen, a sentence cut by a
// page break, running feet that name their chapter before the page's
// number, and a note in a composite font shown in pieces.
var probePDF = makePDF(
	[]byte("BT\n/F1 24 Tf\n72 720 Td\n(Bridge Manual) Tj\nET\nBT\n/F1 11 Tf\n72 680 Td\n(2019) Tj\nET\nBT\n/F1 11 Tf\n72 640 Td\n(1 Piers . . . . . . . . 2) Tj\nET\n"),
	[]byte("BT\n/F1 11 Tf\n72 760 Td\n(Bridge Manual) Tj\n0 -40 Td\n(The first call reserves the piers; a second call with the same span returns without reserving them again, so it is safe to call it once for each informa-) Tj\n"+
		"0 -13 Td\n(tion of a river and) Tj\nET\nBT\n/F1 11 Tf\n72 60 Td\n(Chapter 1: Piers 1) Tj\nET\nBT\n/F1 11 Tf\n300 40 Td\n(1) Tj\nET\n"),
	[]byte("BT\n/F1 11 Tf\n72 760 Td\n(Bridge Manual) Tj\n0 -40 Td\n(its banks.) Tj\nET\nBT\n/F1 11 Tf\n72 60 Td\n(Chapter 1: Piers 2) Tj\nET\nBT\n/F1 11 Tf\n300 40 Td\n(2) Tj\nET\n"),
	[]byte("BT\n/F1 11 Tf\n72 760 Td\n(Bridge Manual) Tj\n0 -40 Td\n(Notes on the banks) Tj\nET\n"+
		"BT\n/F2 11 Tf\n72 680 Td\n["+utf16Codes("Sp")+"] TJ\n11 0 Td\n["+utf16Codes("ans of the valley")+"] TJ\n/F1 11 Tf\n[(, measured.)] TJ\nET\n"+
		"BT\n/F1 11 Tf\n72 60 Td\n(Chapter 2: Banks 3) Tj\nET\nBT\n/F1 11 Tf\n300 40 Td\n(3) Tj\nET\n"),
)

// makePDF returns a PDF whose pages have the given content streams,
// compressed with FlateDecode. Font F1 is Helvetica with every glyph
// 500/1000 em wide (see testdata/extract/make_tiny_pdf.py for the
// uncompressed form); F2 is a composite font (Type0, Identity-H) whose
// two-byte codes are the ASCII characters' code points, 500/1000 em wide
// and the space 250.
func makePDF(pages ...[]byte) []byte {
	objs := []string{"<< /Type /Catalog /Pages 2 0 R >>", "", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 32 /LastChar 126 /Widths [" +
		string(bytes.Repeat([]byte("500 "), 95)) + "] >>"}
	f2 := len(objs) + 2*len(pages) + 1 // the composite font's object, after the pages
	var kids []byte
	var z bytes.Buffer
	w, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
	for _, content := range pages {
		z.Reset()
		w.Reset(&z)
		w.Write(content)
		w.Close()
		objs = append(objs, fmt.Sprintf("<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream", z.Len(), z.Bytes()))
		objs = append(objs, fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>", f2, len(objs)))
		kids = fmt.Appendf(kids, "%d 0 R ", len(objs))
	}
	objs[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", kids, len(pages))
	objs = append(objs, fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /ProbeSans /Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>", f2+1, f2+2),
		"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ProbeSans /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 /W [32 [250]] >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(asciiCMap), asciiCMap))
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

// asciiCMap is the ToUnicode map of makePDF's composite font: each
// two-byte code from <0020> to <007E> is that code point.
const asciiCMap = `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CMapName /ProbeASCII def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
1 beginbfrange
<0020> <007E> <0020>
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end`

// utf16Codes returns s, ASCII, as the hex string of makePDF's composite
// font F2: a two-byte code per character.
func utf16Codes(s string) string {
	var b strings.Builder
	b.WriteByte('<')
	for _, r := range s {
		fmt.Fprintf(&b, "%04X", r)
	}
	return b.String() + ">"
}
