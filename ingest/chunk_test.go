package ingest

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"
)

// proseSeed is two paragraphs of prose under a title.
const proseSeed = "A report on x\n\n" +
	"The x committee met for session 1 in the spring of 1990 and agreed on several measures. " +
	"Members of the x group discussed the budget, the schedule and the staff needed for the work.\n\n" +
	"They noted that progress on x had been steady since the previous meeting.\n"

func FuzzChunks(f *testing.F) {
	for _, s := range []string{proseSeed, "Title\n\nBy Someone\n\nOne. Two. Three.", "a\u00a0b. \n\n\n", "\xff\xfe", "",
		strings.Repeat("x", 5000), strings.Repeat("word ", 2000), strings.Repeat("é", 1500) + ". Next.", "A." + strings.Repeat(" ", 4000) + "B."} {
		f.Add(s) // long runs: one huge word, one huge sentence, runes, white space
	}
	f.Fuzz(func(t *testing.T, doc string) {
		blocks := classify(doc)
		meta := detectMeta(doc, blocks)
		last := -1
		for _, p := range makeChunks(context.Background(), doc, blocks, meta) {
			if p.Start < 0 || p.End > len(doc) || p.Start >= p.End || p.Start < last {
				t.Fatalf("bad piece %+v (after %d) in %q", p, last, doc)
			}
			if p.End-p.Start > chunkMax {
				t.Fatalf("piece %+v is %d bytes, over chunkMax %d", p, p.End-p.Start, chunkMax)
			}
			last = p.Start
		}
	})
}

// TestLongSentenceChunks checks that a sentence longer than a chunk is cut
// into chunks no longer than chunkTarget, at spaces or, in a word longer
// than a chunk, at rune boundaries, that white space between sentences
// does not make a chunk longer than chunkMax, and that every byte of the
// text is in some chunk.
func TestLongSentenceChunks(t *testing.T) {
	words := strings.Repeat("lorem ipsum dolor sit amet ", 1000)                 // 27 kB, one sentence
	word := strings.Repeat("a", 3000) + strings.Repeat("é", 2000) + "z" + " end" // one 7 kB word
	gap := strings.Repeat(" ", 3000)
	sentence := func(n int) string { return "Alpha" + strings.Repeat(" beta", (n-6)/5) + ". " }
	for name, tt := range map[string]struct {
		doc   string
		limit int
	}{
		"words":   {"Title\n\n" + words + "end.\n", chunkTarget},
		"word":    {"Title\n\n" + word + ".\n", chunkTarget},
		"gap":     {"Title\n\n" + sentence(100) + gap + sentence(100), chunkMax},
		"overlap": {"Title\n\n" + sentence(400) + sentence(200) + gap + sentence(600), chunkMax},
	} {
		doc := tt.doc
		d, err := Parse(File{Path: name + ".txt", Data: []byte(doc)})
		if err != nil {
			t.Fatal(err)
		}
		covered := 0 // bytes before it are in a chunk or white space
		for _, c := range d.Chunks {
			s := d.Text[c.Start:c.End]
			if len(s) > tt.limit || !utf8.ValidString(s) || strings.TrimSpace(s) != s {
				t.Fatalf("%s: chunk %d-%d of %d bytes: %.40q", name, c.Start, c.End, len(s), s)
			}
			if strings.TrimSpace(d.Text[covered:max(covered, c.Start)]) != "" {
				t.Fatalf("%s: text %d-%d is in no chunk", name, covered, c.Start)
			}
			covered = max(covered, c.End)
		}
		if strings.TrimSpace(d.Text[covered:]) != "" {
			t.Fatalf("%s: text after %d is in no chunk", name, covered)
		}
		for _, c := range d.Chunks {
			if name == "words" && (!isSpaceAt(d.Text, c.Start-1) || !isSpaceAt(d.Text, c.End)) {
				t.Fatalf("words: chunk %d-%d cuts a word", c.Start, c.End)
			}
		}
	}
}

// isSpaceAt reports whether s[i] is white space or i is outside s.
func isSpaceAt(s string, i int) bool {
	return i < 0 || i >= len(s) || strings.IndexByte(" \n", s[i]) >= 0
}

// TestMarkdownCodeChunks checks that fenced code is chunked with the
// sentence that introduces it, and that every line of it with words is
// in a chunk, even one that repeats another or looks like page furniture.
func TestMarkdownCodeChunks(t *testing.T) {
	doc := "# Skiff\n\nSkiff is a small store.\n\n## Install\n\nInstall it with:\n\n```sh\n$ go get example.com/skiff\n```\n\n" +
		"## Usage\n\nOpen a database with:\n\n```go\nimport (\n\t\"log\"\n)\n\ndb, err := skiff.Open(\"my.db\")\nif err != nil {\n\tlog.Fatal(err)\n}\n" +
		"tx, err := db.Begin()\nif err != nil {\n\tlog.Fatal(err)\n}\n```\n\nClose it when done.\n"
	d, err := Parse(File{Path: "skiff.md", Data: []byte(doc)})
	if err != nil {
		t.Fatal(err)
	}
	inChunk := func(a, b string) bool { // some chunk holds a and b
		for _, c := range d.Chunks {
			if s := d.Text[c.Start:c.End]; strings.Contains(s, a) && strings.Contains(s, b) {
				return true
			}
		}
		return false
	}
	for _, tc := range [][2]string{{"Install it with:", "go get example.com/skiff"}, {"Open a database with:", "skiff.Open"}} {
		if !inChunk(tc[0], tc[1]) {
			t.Errorf("no chunk holds %q with %q", tc[0], tc[1])
		}
	}
	for off := 0; off < len(doc); {
		line, _, _ := strings.Cut(doc[off:], "\n")
		if l := strings.TrimSpace(line); strings.ContainsAny(l, "abcdefghijklmnopqrstuvwxyz") && !strings.HasPrefix(l, "```") {
			covered := false
			for _, c := range d.Chunks {
				covered = covered || c.Start <= off && off+len(line) <= c.End
			}
			if !covered {
				t.Errorf("line %q is in no chunk", l)
			}
		}
		off += len(line) + 1
	}
}
