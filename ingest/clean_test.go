package ingest

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/citebot/citebot/text"
)

// corpusDocs reads the default corpus: file name → text.
func corpusDocs(t testing.TB) map[string]string {
	t.Helper()
	paths, err := filepath.Glob("../corpus/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("corpus: %v (%d files)", err, len(paths))
	}
	docs := map[string]string{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		docs[filepath.Base(p)] = string(b)
	}
	return docs
}

func TestClassifyCorpus(t *testing.T) {
	// Content share of each file's block bytes: the articles are most of
	// each page, but not all of it.
	minShare := map[string]float64{"000": 0.90, "001": 0.90, "002": 0.97, "003": 0.93, "004": 0.80}
	maxShare := map[string]float64{"000": 0.96, "001": 0.96, "002": 1.00, "003": 0.99, "004": 0.90}
	for name, doc := range corpusDocs(t) {
		blocks := classify(doc)
		checkBlocks(t, doc, blocks)
		kept, all := 0, 0
		for _, b := range blocks {
			all += b.End - b.Start
			if b.Content {
				kept += b.End - b.Start
				continue
			}
			t.Logf("%s drop %-22s %q", name[:3], b.Reason, short(doc[b.Start:b.End]))
		}
		share := float64(kept) / float64(all)
		t.Logf("%s content %.0f%% of %d block bytes", name[:3], 100*share, all)
		if lo, hi := minShare[name[:3]], maxShare[name[:3]]; share < lo || share > hi {
			t.Errorf("%s: content share %.2f not in [%.2f, %.2f]", name, share, lo, hi)
		}
	}
}

func short(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 70 {
		return string(r[:67]) + "..."
	}
	return s
}

// checkBlocks checks the contract of classify's result.
func checkBlocks(t testing.TB, doc string, blocks []block) {
	t.Helper()
	prev := 0
	for i, b := range blocks {
		if b.Start < prev || b.End <= b.Start || b.End > len(doc) {
			t.Fatalf("block %d [%d,%d) out of order or bounds (prev end %d, len %d)", i, b.Start, b.End, prev, len(doc))
		}
		if b.Content != (b.Reason == "") {
			t.Fatalf("block %d: content %v with reason %q", i, b.Content, b.Reason)
		}
		prev = b.End
	}
}

// seedCase is a line of the dev question set.
type seedCase struct {
	ID       string `json:"id"`
	Kind     string `json:"kind"`
	Evidence []struct {
		Doc   string `json:"doc"`
		Quote string `json:"quote"`
	} `json:"evidence"`
}

func readSeeds(t testing.TB, path string) []seedCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("no question set: %v", err)
	}
	defer f.Close()
	var out []seedCase
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var c seedCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		out = append(out, c)
	}
	return out
}

// TestClassifySeedEvidence checks that every evidence quote of the
// question sets lies inside content blocks (or, for metadata questions,
// inside content or the metadata spans), after white space normalisation.
func TestClassifySeedEvidence(t *testing.T) {
	sets := []struct{ questions, dir string }{
		{"../eval/testdata/dev/seed-dev.jsonl", "../corpus"},
		{"../eval/testdata/extra-seed-corpus.jsonl", "../corpus"},
		{"../eval/testdata/encyclopedia.jsonl", "../eval/testdata/encyclopedia"},
	}
	for _, set := range sets {
		t.Run(filepath.Base(set.questions), func(t *testing.T) {
			for _, c := range readSeeds(t, set.questions) {
				for _, ev := range c.Evidence {
					checkEvidence(t, c, set.dir, ev.Doc, ev.Quote)
				}
			}
		})
	}
}

func checkEvidence(t *testing.T, c seedCase, dir, name, quote string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Errorf("%s: %v", c.ID, err)
		return
	}
	doc := string(b)
	start, end, found := findNormalized(doc, quote)
	if !found {
		t.Errorf("%s: quote not in %s: %q", c.ID, name, quote)
		return
	}
	blocks := classify(doc)
	var spans []text.Span
	for _, b := range blocks {
		if b.Content {
			spans = append(spans, text.Span{Start: b.Start, End: b.End})
		}
	}
	if c.Kind == "metadata" {
		spans = uniqueSpans(append(spans, detectMeta(doc, blocks).Spans...))
	}
	if !covers(doc, spans, start, end) {
		t.Errorf("%s: evidence in %s not in content: %q", c.ID, name, quote)
	}
}

// findNormalized finds quote in doc comparing runs of white space (and
// non-breaking spaces) as one space, and returns its byte range in doc.
func findNormalized(doc, quote string) (int, int, bool) {
	var b strings.Builder
	var offs []int // offs[i] is the doc offset of byte i of the normalised text
	space := false
	for i, r := range doc {
		if r == ' ' || r == '\u00a0' || r == '\n' || r == '\t' || r == '\r' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
			offs = append(offs, i)
		}
		space = false
		n := b.Len()
		b.WriteRune(r)
		for k := n; k < b.Len(); k++ {
			offs = append(offs, i+(k-n))
		}
	}
	q := strings.Join(strings.Fields(strings.ReplaceAll(quote, "\u00a0", " ")), " ")
	k := strings.Index(b.String(), q)
	if k < 0 || q == "" {
		return 0, 0, false
	}
	return offs[k], offs[k+len(q)-1] + 1, true
}

// covers reports whether [start,end) of doc lies within spans, allowing
// only white space between consecutive spans.
func covers(doc string, spans []text.Span, start, end int) bool {
	pos := start
	for _, sp := range spans {
		if sp.End <= pos || sp.Start > pos && strings.TrimSpace(strings.ReplaceAll(doc[pos:sp.Start], "\u00a0", " ")) != "" {
			continue
		}
		if sp.Start <= pos || strings.TrimSpace(strings.ReplaceAll(doc[pos:sp.Start], "\u00a0", " ")) == "" {
			pos = max(pos, sp.End)
			if pos >= end {
				return true
			}
		}
	}
	return false
}

func FuzzClassify(f *testing.F) {
	f.Add("")
	f.Add("Title\n\nBy\n\n" + para1 + "\n\nLeave a Reply\n")
	f.Add("a\u00a0\n\u00a0\n# x\n```\n\n• Home | News\n4 hours ago\n")
	f.Add(para1 + "\n\nShare\nRecent Posts\n" + para2 + "\n\xff\xfe\x00")
	f.Add("Author: Jane Roe\nPublished in Daily Planet, March 17th 2019.\nSource: X\n*Jane Roe is a PhD student.")
	for _, name := range []string{"blog.txt", "notes.md", "encyclopedia.txt"} {
		if b, err := os.ReadFile(filepath.Join("testdata/clean", name)); err == nil {
			f.Add(string(b))
		}
	}
	f.Fuzz(func(t *testing.T, doc string) {
		blocks := classify(doc)
		checkBlocks(t, doc, blocks)
		m := detectMeta(doc, blocks)
		prev := -1
		for _, sp := range m.Spans {
			if sp.Start <= prev || sp.End <= sp.Start || sp.End > len(doc) {
				t.Fatalf("meta span %v out of order or bounds", sp)
			}
			prev = sp.Start
		}
	})
}

// TestClassifyFixtures runs the classifier and metadata detection on whole
// documents of other shapes than the default corpus.
func TestClassifyFixtures(t *testing.T) {
	tests := []struct {
		file       string
		keep, drop []string
		meta       Meta
	}{
		{
			file: "blog.txt",
			keep: []string{"The Best Carbonara in Rome", "We spent our last evening", "The secret, he told us",
				"Where to find it", "The trattoria is open"},
			drop: []string{"Skip to content", "Home", "Contact", "Tags: travel", "Share this:", "Twitter", "Related",
				"Pizza al taglio", "3 thoughts on", "John says:", "I loved this place", "Reply", "Leave a Reply", "© 2015"},
			meta: Meta{Title: "The Best Carbonara in Rome", Author: "Mary Smith", Date: "June 3, 2015", ISODate: "2015-06-03"},
		},
		{
			file: "notes.md",
			keep: []string{"# Release checklist", "Notes for cutting", "- run the full test suite", "go test ./...", "Announce the release"},
			meta: Meta{Title: "Release checklist"},
		},
		{
			file: "encyclopedia.txt",
			keep: []string{"Lake Baikal", "Lake Baikal is a rift lake", "Geography", "At 1,642 metres", "Wildlife", "Baikal is home"},
			drop: []string{"See also", "List of lakes by depth", "References", "1. ^", "External links", "Official website"},
			meta: Meta{Title: "Lake Baikal"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata/clean", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			doc := string(b)
			blocks := classify(doc)
			checkBlocks(t, doc, blocks)
			for _, sub := range append(append([]string{}, tt.keep...), tt.drop...) {
				b, ok := blockWith(doc, blocks, sub)
				if want := !contains(tt.drop, sub); !ok || b.Content != want {
					t.Errorf("%q: content %v (%q), want %v", sub, b.Content, b.Reason, want)
				}
			}
			m := detectMeta(doc, blocks)
			m.Spans = nil
			if !reflect.DeepEqual(m, tt.meta) {
				t.Errorf("meta %+v, want %+v", m, tt.meta)
			}
		})
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestClassifyRepeatedSentence: a sentence that a manual says again in
// each of its sections keeps its first occurrence; the others are
// duplicates. A caption shown twice, which ends no sentence, is not kept
// at all (TestClassifySnippets).
func TestClassifyRepeatedSentence(t *testing.T) {
	rep := "To stop at the first error, pass the option that makes the walk fail on errors to the function."
	doc := para1 + "\n\n" + rep + "\n\n" + para2 + "\n\n" + rep + "\n\n" + para3 + "\n"
	var reasons []string
	for _, b := range classify(doc) {
		if doc[b.Start:b.End] == rep {
			reasons = append(reasons, b.Reason)
		}
	}
	if want := []string{"", "duplicate"}; !slices.Equal(reasons, want) {
		t.Errorf("reasons of the repeated sentence = %q, want %q", reasons, want)
	}
}
