package bot

import (
	"maps"
	"slices"
	"testing"

	"github.com/citebot/citebot"
)

// TestNamedDocs checks which documents a question names, and what is left
// of it without their names.
func TestNamedDocs(t *testing.T) {
	srcs := []citebot.Source{
		{Path: "GPL-3.txt"}, {Path: "LGPL-2.1.txt"}, {Path: "MPL-2.0.txt"}, {Path: "Apache-2.0.txt"},
		{Path: "licenses/Artistic.txt"}, {Path: "CC0-1.0.txt"},
		{Path: "fsnotify-README.md"}, {Path: "go_mem.html", Title: "The Go Memory Model"},
		{Path: "university-of-nevada-reno-arboretum.txt"},
		{Path: "001_2c5c9944de878b35.txt", Author: "Abdus Sattar Ghazali", Title: "Pakistan-Russia relations warm up"},
		{Path: "obama-interview.txt", Title: "Obama speaks to the BBC", Publisher: "BBC News"},
		{Path: "obama-gun-laws.txt", Publisher: "Daily Star"},
		{Path: "reuters-one.txt", Author: "Jane Smithers"}, {Path: "reuters-two.txt", Author: "Tom Smithers"},
		{Path: "notes/2.30.0.txt"}, {Path: "notes/2.3.0.txt"}, {Path: "notes/2.31.1.txt"},
	}
	for _, tt := range []struct {
		q     string
		named []string // paths, sorted; none when nil
		rest  string
	}{
		{"does gpl3 let me sublicense the code", []string{"GPL-3.txt"}, "does let me sublicense the code"},
		{"under GPLv3, can I charge for copies?", []string{"GPL-3.txt"}, "under , can I charge for copies?"},
		{"GPL 3 or LGPL 2.1: which lets me link?", []string{"GPL-3.txt", "LGPL-2.1.txt"}, "or : which lets me link?"},
		{"mpl2 q: which court hears a case", []string{"MPL-2.0.txt"}, "q: which court hears a case"},
		{"what does the apache 2.0 say about patents", []string{"Apache-2.0.txt"}, "what does the say about patents"},
		{"Under the Artistic License, may I sell it?", []string{"licenses/Artistic.txt"}, "Under the License, may I sell it?"},
		{"cc0: do i keep my patents", []string{"CC0-1.0.txt"}, ": do i keep my patents"},
		{"which go version does fsnotify need", []string{"fsnotify-README.md"}, "which go version does need"},
		{"per Ghazali, why did ties warm up?", []string{"001_2c5c9944de878b35.txt"}, "per , why did ties warm up?"},
		{"what did the daily star report", []string{"obama-gun-laws.txt"}, "what did the report"},
		{"gpl-3.0 patents?", []string{"GPL-3.txt"}, "patents?"},
		{"in git 2.30, what does --force-if-includes do", []string{"notes/2.30.0.txt"}, "in git , what does --force-if-includes do"},
		{"what came in v2.3.0 and 2.31.1", []string{"notes/2.3.0.txt", "notes/2.31.1.txt"}, "what came in and"},
		// the first word of a file's name when it is an English word and
		// words follow; a file's words in part; a title's words; a
		// surname two authors share; a bare version
		{"what does the go memory model promise", nil, ""},
		{"which university of nevada arboretum trees", nil, ""},
		{"what did obama say to the bbc", nil, ""},
		{"what did Smithers report", nil, ""},
		{"what changed in version 2.0", nil, ""},
		{"what changed in 2.31", nil, ""},
	} {
		named, rest := namedDocs(tt.q, srcs, docKeys(srcs))
		got := slices.Sorted(maps.Keys(named))
		if !slices.Equal(got, tt.named) || named != nil && rest != tt.rest {
			t.Errorf("%q: named %v, rest %q; want %v, %q", tt.q, got, rest, tt.named, tt.rest)
		}
	}
	if named, _ := namedDocs("does gpl3 let me sublicense", srcs[:1], docKeys(srcs[:1])); named != nil {
		t.Errorf("a corpus of one document: named %v; want none", named)
	}
}

// TestDocKeyCache checks that the keys are made again when a document's
// name changes, and kept while the names stay the same.
func TestDocKeyCache(t *testing.T) {
	var c docKeyCache
	srcs := []citebot.Source{{Path: "GPL-3.txt"}, {Path: "MPL-2.0.txt"}}
	first := c.of(srcs)
	if _, ok := first["gpl3"]; !ok {
		t.Fatalf("keys %v lack gpl3", first)
	}
	again := c.of(slices.Clone(srcs))
	again["probe"] = 1 // the same map is returned while the names stay
	if _, ok := first["probe"]; !ok {
		t.Errorf("keys were made again for the same names")
	}
	renamed := c.of([]citebot.Source{{Path: "GPL-2.txt"}, {Path: "MPL-2.0.txt"}})
	if _, ok := renamed["gpl3"]; ok {
		t.Errorf("keys %v still name GPL-3.txt after its rename", renamed)
	}
	if _, ok := renamed["gpl2"]; !ok {
		t.Errorf("keys %v lack gpl2", renamed)
	}
}
