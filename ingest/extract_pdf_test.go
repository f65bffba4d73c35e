package ingest

import (
	"bytes"
	"errors"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestPDFBombIsRefused checks that PDFs whose small compressed pages hold
// megabytes of text are refused before their pages are read, without
// allocating much more than the decompression needs.
func TestPDFBombIsRefused(t *testing.T) {
	pages := func(n, size int) [][]byte {
		var ps [][]byte
		for range n {
			ps = append(ps, textPage(strings.Repeat("word ", size/5)))
		}
		return ps
	}
	for _, tt := range []struct {
		name    string
		pdf     []byte
		want    error
		message string
	}{
		{"one 4 MB page", makePDF(pages(1, 4<<20)...), ErrTooComplex, "PDF too complex (page 1 has over 1 MB of content)"},
		{"5 pages of 600 kB", makePDF(pages(5, 600<<10)...), ErrTooComplex, "PDF too complex (its content inflates over 100-fold)"},
		{"5001 pages", makePDF(pages(5001, 10)...), ErrTooLarge, "PDF too large (5001 pages > 5000)"},
	} {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		_, err := extract("bomb.pdf", tt.pdf)
		runtime.ReadMemStats(&after)
		if !errors.Is(err, tt.want) || err.Error() != tt.message {
			t.Errorf("%s: err %v, want %q", tt.name, err, tt.message)
		}
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 64<<20 {
			t.Errorf("%s: %d MB allocated", tt.name, alloc>>20)
		}
	}
}

func TestPDFCompressed(t *testing.T) {
	got, err := extractText("small.pdf", makePDF(textPage("Hello there."), textPage("A second page.")))
	if want := "Hello there.\n\nA second page.\n"; err != nil || got != want {
		t.Errorf("text %q, err %v; want %q", got, err, want)
	}
}

// TestPDFObjectStream checks that a PDF whose font is kept in an object
// stream reads right and without inflating the stream again for each
// glyph's width (the patch to third_party/pdf's resolve): 40 pages of 2000
// glyphs allocated gigabytes before.
func TestPDFObjectStream(t *testing.T) {
	const font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 32 /LastChar 126 /Widths 4 0 R >>"
	got, err := extractText("small.pdf", makeObjStmPDF(font, textPage("Hello there."), textPage("A second page.")))
	if want := "Hello there.\n\nA second page.\n"; err != nil || got != want {
		t.Fatalf("text %q, err %v; want %q", got, err, want)
	}
	var pages [][]byte
	for range 40 {
		pages = append(pages, textPage(strings.Repeat("word ", 400)))
	}
	data := makeObjStmPDF(font, pages...)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err = extract("long.pdf", data)
	runtime.ReadMemStats(&after)
	if alloc := after.TotalAlloc - before.TotalAlloc; err != nil || alloc > 64<<20 {
		t.Errorf("err %v, %d MB allocated", err, alloc>>20)
	}
}

// TestPDFTJEndIsNoGlyph checks that the end of a TJ array is no glyph of
// the font: TeX's fonts encode byte 10 as Omega, and every line of a TeX
// manual ended with "Ω".
func TestPDFTJEndIsNoGlyph(t *testing.T) {
	const font = "<< /Type /Font /Subtype /Type1 /BaseFont /CMR10 /FirstChar 10 /LastChar 126 /Widths 4 0 R /Encoding << /Type /Encoding /Differences [10 /Omega] >> >>"
	page := []byte("BT\n/F1 11 Tf\n72 720 Td\n[(The library) -333 (returns.)] TJ\n0 -13 Td\n[(A second line.)] TJ\nET\n")
	got, err := extractText("tex.pdf", makeObjStmPDF(font, page))
	if want := "The library returns. A second line.\n"; err != nil || got != want {
		t.Errorf("text %q, err %v; want %q", got, err, want)
	}
}

// linesPage returns a content stream that shows each line 13 points below
// the one before.
func linesPage(lines ...string) []byte {
	s := "BT\n/F1 11 Tf\n72 720 Td\n"
	for i, l := range lines {
		if i > 0 {
			s += "0 -13 Td\n"
		}
		s += "(" + l + ") Tj\n"
	}
	return []byte(s + "ET\n")
}

// TestPDFHyphenation checks that a word broken across lines by a hyphen is
// joined without it, unless the document writes it with a hyphen.
func TestPDFHyphenation(t *testing.T) {
	got, err := extractText("hyph.pdf", makePDF(linesPage(
		"The informa-", "tion is stored little-", "endian, as little-endian words in the",
		"state-of-the-", "art way. It is a TCP-", "IP thing, and non-", "zero.")))
	want := "The information is stored little-endian, as little-endian words in the state-of-the-art way. It is a TCP-IP thing, and nonzero.\n"
	if err != nil || got != want {
		t.Errorf("text\n%q, err %v; want\n%q", got, err, want)
	}
}

// furnishedPage returns a content stream with a running head at the top,
// paragraphs of one line 40 points apart, and a page number at the foot.
func furnishedPage(head, foot string, paras ...string) []byte {
	s := "BT\n/F1 11 Tf\n72 760 Td\n(" + head + ") Tj\n"
	for _, p := range paras {
		s += "0 -40 Td\n(" + p + ") Tj\n"
	}
	return []byte(s + "ET\nBT\n/F1 11 Tf\n300 40 Td\n(" + foot + ") Tj\nET\n")
}

// TestPDFFurniture checks that page numbers, running heads and the
// entries of a table of contents are left out of a PDF's text, that the
// title page keeps its title, and that a sentence cut by a page break is
// one paragraph again.
func TestPDFFurniture(t *testing.T) {
	got, err := extractText("manual.pdf", makePDF(
		furnishedPage("The Frob Manual", "i", "Contents", "1 Introduction . . . . . . . . 2", "2 Frobbing : : : : : : : : : : 3"),
		furnishedPage("The Frob Manual", "1", "Introduction", "Frobbing is the art of"),
		furnishedPage("The Frob Manual", "2", "turning knobs.", "It is old."),
		furnishedPage("The Frob Manual", "3", "Frobbing", "The 2 knobs."),
	))
	want := "The Frob Manual\n\nContents\n\nIntroduction\n\nFrobbing is the art of turning knobs.\n\nIt is old.\n\nFrobbing\n\nThe 2 knobs.\n"
	if err != nil || got != want {
		t.Errorf("text\n%q, err %v; want\n%q", got, err, want)
	}
}

// TestPDFChapterHeads checks that running heads that name the chapter and
// end with the page's number are left out even though their words change
// from chapter to chapter, while a chapter's heading that starts with its
// number stays.
func TestPDFChapterHeads(t *testing.T) {
	got, err := extractText("manual.pdf", makePDF(
		furnishedPage("The Frob Manual", "", "Frobbing explained for everyone."),
		furnishedPage("1 Knobs", "", "Knobs turn."),
		furnishedPage("Chapter 1: Knobs 2", "", "They turn both ways."),
		furnishedPage("Chapter 2: Levers 3", "", "Levers move up."),
		furnishedPage("Chapter 2: Levers 4", "", "And down."),
	))
	want := "The Frob Manual\n\nFrobbing explained for everyone.\n\n1 Knobs\n\nKnobs turn.\n\nThey turn both ways.\n\nLevers move up.\n\nAnd down.\n"
	if err != nil || got != want {
		t.Errorf("text\n%q, err %v; want\n%q", got, err, want)
	}
}

// TestPDFTitle checks that the title of a PDF is the paragraph of the
// largest type on its first page, not the line nearest above its body.
func TestPDFTitle(t *testing.T) {
	page := []byte("BT\n/F1 24 Tf\n72 720 Td\n(Frob Manual) Tj\nET\nBT\n/F1 11 Tf\n72 660 Td\n(For the Frob Library version 3) Tj\n" +
		"0 -40 Td\n(This manual is for the Frob library version 3.4, a low-level library that turns the knobs of many kinds of machines. Originally written 2001 by Jane Roe, updated 2017. This manual is placed in the public domain.) Tj\nET\n")
	d, err := Parse(File{Path: "frob.pdf", Data: makePDF(page)})
	if err != nil {
		t.Fatal(err)
	}
	if d.Meta.Title != "Frob Manual" || len(d.Meta.Spans) == 0 || d.Text[d.Meta.Spans[0].Start:d.Meta.Spans[0].End] != d.Meta.Title {
		t.Errorf("meta %+v", d.Meta)
	}
}

// TestPDFAccentsAndLigatures checks that a spacing accent drawn over the
// letter after it is combined with the letter, and that a ligature glyph
// is written as its letters.
func TestPDFAccentsAndLigatures(t *testing.T) {
	const font = "<< /Type /Font /Subtype /Type1 /BaseFont /CMR10 /FirstChar 32 /LastChar 126 /Widths 4 0 R /Encoding << /Type /Encoding /Differences [34 /dieresis /fi] >> >>"
	page := []byte("BT\n/F1 11 Tf\n72 720 Td\n[(By M\") 500 (oller, the con#g \"les.)] TJ\nET\n")
	got, err := extractText("tex.pdf", makeObjStmPDF(font, page))
	if want := "By Möller, the config ¨les.\n"; err != nil || got != want {
		t.Errorf("text %q, err %v; want %q", got, err, want)
	}
}

// TestPDFYearIsNoPageNumber checks that a year on a line of its own, as a
// report's cover has it under the title, is kept: a page number is a
// number that is no year.
func TestPDFYearIsNoPageNumber(t *testing.T) {
	got, err := extractText("report.pdf", makePDF(
		[]byte("BT\n/F1 24 Tf\n72 720 Td\n(Annual Report) Tj\nET\nBT\n/F1 11 Tf\n72 660 Td\n(2023) Tj\nET\n"),
		furnishedPage("Annual Report", "1", "The harbour took in more ships than in any year before."),
	))
	want := "Annual Report\n\n2023\n\nAnnual Report\n\nThe harbour took in more ships than in any year before.\n"
	if err != nil || got != want {
		t.Errorf("text\n%q, err %v; want\n%q", got, err, want)
	}
}

// TestPDFCycles checks that an object stream that extends itself, and
// lacks an object the cross-reference table puts in it, an object stream
// kept in itself, a page tree that lists itself among its kids, a page
// that is its own parent and a hex string that a page's content ends in
// are malformed PDFs, not readers that search them for ever or overflow
// their stack (a fatal error, which no recover catches).
func TestPDFCycles(t *testing.T) {
	const font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 32 /LastChar 126 /Widths 4 0 R >>"
	selfKid := bytes.Replace(makePDF(textPage("Hello there.")), []byte("/Kids [5 0 R ]"), []byte("/Kids [2 0 R ]"), 1)
	// the page (object 5) is its own parent, and its resources are
	// misspelt: they are looked for up the tree
	selfParent := bytes.Replace(makePDF(textPage("Hello there.")), []byte("/Parent 2 0 R /MediaBox [0 0 612 792] /Resources"),
		[]byte("/Parent 5 0 R /MediaBox [0 0 612 792] /Resourcez"), 1)
	for name, data := range map[string][]byte{
		"object stream extending itself": objStmPDF(font, 1, "/Extends %[1]d 0 R", textPage("Hello there.")),
		"page tree among its kids":       selfKid,
		"page its own parent":            selfParent,
		"object stream kept in itself":   selfStoredObjStm(makeObjStmPDF(font, textPage("Hello there."))),
		"hex string cut by a page's end": makePDF([]byte("BT\n/F1 11 Tf\n72 720 Td\n<48656c")),
	} {
		done := make(chan error, 1)
		go func() {
			_, err := extract("cycle.pdf", data)
			done <- err
		}()
		select {
		case err := <-done:
			if !errors.Is(err, ErrMalformed) {
				t.Errorf("%s: err %v, want ErrMalformed", name, err)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: still reading after 10 s", name)
		}
	}
}

// TestPDFCompositeFont checks that the glyphs of a composite font (Type0,
// two-byte codes, its widths in its descendant font's W array) move the
// text on by their widths: a word shown in two pieces, the second placed
// where the first ends, is one word ("st ats" before), and a space the
// font shows is one space.
func TestPDFCompositeFont(t *testing.T) {
	page := "BT\n/F2 10 Tf\n72 720 Td\n" + utf16Codes("St") + " Tj\n10 0 Td\n" + utf16Codes("ats are kept") + " Tj\n" +
		"62.5 0 Td\n" + utf16Codes("weekly.") + " Tj\nET\n"
	got, err := extractText("cid.pdf", makePDF([]byte(page)))
	if want := "Stats are kept weekly.\n"; err != nil || got != want {
		t.Errorf("text %q, err %v; want %q", got, err, want)
	}
}

// TestPDFShownStrings checks that where one array of strings shown (TJ)
// ends and the next begins is not a space: only the glyphs' positions say
// where a word ends, so a comma shown on its own after a word in another
// font (a literal in DocBook's PDFs) stays with the word.
func TestPDFShownStrings(t *testing.T) {
	page := "BT\n/F1 10 Tf\n72 720 Td\n[(The)] TJ\n/F2 10 Tf\n[" + utf16Codes(" magic") + "] TJ\n/F1 10 Tf\n[(,)] TJ\n/F2 10 Tf\n[" +
		utf16Codes(" glob") + "] TJ\n/F1 10 Tf\n[( and r) 20 (oot)] TJ\n[( elements are gone.)] TJ\nET\n"
	got, err := extractText("shown.pdf", makePDF([]byte(page)))
	if want := "The magic, glob and root elements are gone.\n"; err != nil || got != want {
		t.Errorf("text %q, err %v; want %q", got, err, want)
	}
}
