package retrieval

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citebot/citebot/bot/text"
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
	minShare := map[string]float64{"000": 0.85, "001": 0.80, "002": 0.90, "003": 0.85, "004": 0.60}
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
		if share < minShare[name[:3]] {
			t.Errorf("%s: content share %.2f < %.2f", name, share, minShare[name[:3]])
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
func checkBlocks(t testing.TB, doc string, blocks []Block) {
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

func readSeeds(t testing.TB) []seedCase {
	t.Helper()
	f, err := os.Open("/work/shared/eval/seed-dev.jsonl")
	if err != nil {
		t.Skipf("no dev set: %v", err)
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

// TestClassifySeedEvidence checks that every evidence quote of the dev set
// lies inside content blocks (or, for metadata questions, inside the
// metadata spans), after white space normalisation.
func TestClassifySeedEvidence(t *testing.T) {
	docs := corpusDocs(t)
	for _, c := range readSeeds(t) {
		for _, ev := range c.Evidence {
			doc, ok := docs[ev.Doc]
			if !ok {
				t.Errorf("%s: no document %s", c.ID, ev.Doc)
				continue
			}
			blocks := classify(doc)
			start, end, found := findNormalized(doc, ev.Quote)
			if !found {
				t.Errorf("%s: quote not in %s: %q", c.ID, ev.Doc, ev.Quote)
				continue
			}
			var spans []text.Span
			if c.Kind == "metadata" {
				spans = detectMeta(doc, blocks).Spans
			} else {
				for _, b := range blocks {
					if b.Content {
						spans = append(spans, text.Span{Start: b.Start, End: b.End})
					}
				}
			}
			if !covers(doc, spans, start, end) {
				t.Errorf("%s: evidence in %s not in content: %q", c.ID, ev.Doc, ev.Quote)
			}
		}
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
