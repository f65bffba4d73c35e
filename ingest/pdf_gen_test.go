package ingest

import (
	"bytes"
	"fmt"
)

// textPage returns a content stream that shows text at the top of a page.
func textPage(text string) []byte {
	return []byte("BT\n/F1 11 Tf\n72 720 Td\n(" + text + ") Tj\nET\n")
}

// makeObjStmPDF is makePDF in PDF 1.5 form: the font, whose dictionary is
// font with its widths in object 4, is kept with them in an object
// stream, and the cross-reference table is a stream.
func makeObjStmPDF(font string, pages ...[]byte) []byte {
	return objStmPDF(font, 2, "", pages...)
}

// objStmPDF is makeObjStmPDF with n objects listed in the object stream's
// header (of its two) and extra in its dictionary, where "%[1]d" is the
// stream's object number.
func objStmPDF(font string, listed int, extra string, pages ...[]byte) []byte {
	objs := []string{"<< /Type /Catalog /Pages 2 0 R >>", "", font, "[" + string(bytes.Repeat([]byte("500 "), 95)) + "]"}
	var kids []byte
	for _, content := range pages {
		objs = append(objs, fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content))
		objs = append(objs, fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>", len(objs)))
		kids = fmt.Appendf(kids, "%d 0 R ", len(objs))
	}
	objs[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", kids, len(pages))
	// objects 3 and 4 in the object stream, object n+1; the
	// cross-reference stream is object n+2
	n := len(objs)
	head := fmt.Sprintf("3 0 4 %d ", len(objs[2])+1)
	inStm := head + objs[2] + "\n" + objs[3]
	if extra != "" {
		extra = " " + fmt.Sprintf(extra, n+1)
	}
	objs = append(objs, fmt.Sprintf("<< /Type /ObjStm /N %d /First %d /Length %d%s >>\nstream\n%s\nendstream", listed, len(head), len(inStm), extra, inStm))
	out := []byte("%PDF-1.5\n")
	offsets := make([]int, len(objs))
	for i, body := range objs {
		if i == 2 || i == 3 {
			continue
		}
		offsets[i] = len(out)
		out = fmt.Appendf(out, "%d 0 obj\n%s\nendobj\n", i+1, body)
	}
	xref := len(out)
	var entries []byte
	entry := func(typ byte, field2 int, field3 uint16) {
		entries = append(entries, typ, byte(field2>>24), byte(field2>>16), byte(field2>>8), byte(field2), byte(field3>>8), byte(field3))
	}
	entry(0, 0, 0xffff)
	for i, off := range offsets {
		if i == 2 || i == 3 {
			entry(2, n+1, uint16(i-2))
		} else {
			entry(1, off, 0)
		}
	}
	entry(1, xref, 0)
	out = fmt.Appendf(out, "%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n%s\nendstream\nendobj\n", n+2, n+3, len(entries), entries)
	return fmt.Appendf(out, "startxref\n%d\n%%%%EOF\n", xref)
}

// selfStoredObjStm returns data, made by makeObjStmPDF with one page,
// with the cross-reference entry of its object stream (object 7) saying
// that the stream is kept in itself.
func selfStoredObjStm(data []byte) []byte {
	const stm = 7
	data = bytes.Clone(data)
	i := bytes.Index(data, []byte("/Type /XRef"))
	i += bytes.Index(data[i:], []byte("stream\n")) + len("stream\n")
	copy(data[i+7*stm:i+7*stm+7], []byte{2, 0, 0, 0, stm, 0, 0}) // entries are 1+4+2 bytes
	return data
}
