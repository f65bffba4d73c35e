package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestControlSequencesAreVisible: a document that carries terminal control
// sequences (clipboard write, clear screen, hidden text) cannot drive the
// terminal through any command's output; JSON keeps their meaning.
func TestControlSequencesAreVisible(t *testing.T) {
	dir := t.TempDir()
	doc := "The harbour bridge was built in 1932 by the city council.\x1b]52;c;aGFja2Vk\x07 It was painted red\x1b[2J in 1950.\x1b[8m The tolls ended in 1961.\u009b31m\n"
	if err := os.WriteFile(filepath.Join(dir, "bridge.txt"), []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	data := t.TempDir()
	for _, args := range [][]string{
		{"ask", "--corpus", dir, "When was the harbour bridge built?"},
		{"ask", "--corpus", dir, "When was it painted red?"},
		{"search", "--corpus", dir, "bridge painted tolls"},
		{"cite", "--corpus", dir, "bridge#1"},
	} {
		r := runCLI(t, data, "", nil, args...)
		if r.code != 0 {
			t.Fatalf("%v: exit %d: %s", args, r.code, r.stderr)
		}
		if i := strings.IndexFunc(r.stdout+r.stderr, isControl); i >= 0 {
			t.Errorf("%v: output carries a control character:\n%q", args, r.stdout)
		}
		if !strings.Contains(r.stdout, `\u001b`) {
			t.Errorf("%v: the escape is not shown:\n%s", args, r.stdout)
		}
	}
	r := runCLI(t, data, "", nil, "ask", "--json", "--corpus", dir, "When was it painted red?")
	var a struct{ Passages []struct{ Text string } }
	if err := json.Unmarshal([]byte(r.stdout), &a); err != nil {
		t.Fatalf("JSON output: %v\n%s", err, r.stdout)
	}
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "\x1b[2J") || !strings.Contains(a.Passages[0].Text, "\u009b") {
		t.Errorf("JSON must carry the document's text as it is (escaped): %q", a.Passages)
	}
}

func TestVisibleWriterSplitRunes(t *testing.T) {
	var b strings.Builder
	w := &visibleWriter{w: &b}
	in := "a\u009bb\x1bc é\n\t"
	for i := range len(in) { // one byte at a time: C1 characters are split
		if _, err := w.Write([]byte{in[i]}); err != nil {
			t.Fatal(err)
		}
	}
	if want := `a\u009bb\u001bc é` + "\n\t"; b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}
