package ingest

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/citebot/citebot/text"
)

// metaOf classifies doc and detects its metadata, checking the spans'
// contract: in order, within doc, no duplicates, each a whole trimmed line.
func metaOf(t *testing.T, doc string) Meta {
	t.Helper()
	m := detectMeta(doc, classify(doc))
	prev := -1
	for _, sp := range m.Spans {
		if sp.Start <= prev || sp.End <= sp.Start || sp.End > len(doc) {
			t.Fatalf("span %v out of order or bounds", sp)
		}
		line := doc[sp.Start:sp.End]
		if strings.Contains(line, "\n") || strings.TrimSpace(line) != line {
			t.Fatalf("span %v is not a trimmed line: %q", sp, line)
		}
		prev = sp.Start
	}
	return m
}

// metaCase is a document and the metadata detectMeta should read of it.
type metaCase struct {
	name string
	doc  string
	want Meta // Spans are checked by metaOf; here only the fields
}

// runMetaCases checks each case's fields in a subtest.
func runMetaCases(t *testing.T, tests []metaCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := metaOf(t, tt.doc)
			got.Spans = nil
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

// TestNearWords: a headline said otherwise shares most of its words with
// the page's name; a teaser on a like subject shares a few.
func TestNearWords(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"An Ode to the Rosetta Spacecraft as It Flings Itself Into a Comet", "The Rosetta Spacecraft Ends Its Mission as It Flings Itself Into a Comet", true},
		{"Lunar Probe Finds Water on the Moon at Last", "Water Found on the Moon by a Lunar Probe", true},
		{"Mars Probe Finds Ice Near Its Pole", "Water Found on the Moon by a Lunar Probe", false},
		{"Water on the Moon", "Water on the Moon at Last", false},                           // two words: too few to tell
		{"Moon, Moon, Moon Landing", "Moon Landing Plans for the Next Decade Ahead", false}, // a word said thrice is shared once
	}
	for _, tt := range tests {
		if got := nearWords(tt.a, tt.b); got != tt.want {
			t.Errorf("nearWords(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestCreditLine(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Image by Getty Images", true},
		{"Photo: Reuters", true},
		{"ESA/ATG", true},
		{"(Scott Heins/Gothamist)", true},
		{"Evan Mitsui/CBC", true},
		{"and/or", false}, // capitals only: a credit names
		{"(ESA/ATG", false},
		{"REUTERS/Kevin Lamarque", true},
		{"Israel/Palestine Talks Resume", false},
		{"Photo courtesy of NASA", true},
		{"Photos: Floods Sweep the Valley", false},
		{"Images of the Valley in Spring", false},
		{"The Rivers of the Valley in Spring", false},
	}
	for _, tt := range tests {
		if got := photoCredit(tt.s); got != tt.want {
			t.Errorf("photoCredit(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// nav returns n lines of a site's navigation menu, each a block.
func nav(n int) string {
	words := []string{"News", "Sport", "Weather", "Culture", "Travel", "Science", "Opinion", "Video"}
	var b strings.Builder
	for i := range n {
		b.WriteString(words[i%len(words)] + "\n\n")
	}
	return b.String()
}

func TestMetaSpansCoverFields(t *testing.T) {
	doc := "Water on the Moon\n\nAuthor: Jane Roe\n\n" + para1 + "\n\nPublished in Daily Planet, March 17th 2019.\n"
	m := metaOf(t, doc)
	want := []string{"Water on the Moon", "Author: Jane Roe", "Published in Daily Planet, March 17th 2019."}
	if len(m.Spans) != len(want) {
		t.Fatalf("spans %v, want %d", m.Spans, len(want))
	}
	for i, sp := range m.Spans {
		if got := doc[sp.Start:sp.End]; got != want[i] {
			t.Errorf("span %d = %q, want %q", i, got, want[i])
		}
	}
}

func TestMetaCorpus(t *testing.T) {
	docs := corpusDocs(t)
	tests := []struct {
		prefix string
		want   Meta
	}{
		{"000", Meta{Title: "Russia – Pakistan: the Way is Open for New Projects", Publisher: "Strategic Culture Foundation"}},
		{"001", Meta{Title: "Pakistan-Russia relations warm up", Author: "Abdus Sattar Ghazali", Date: "October 8, 2012",
			ISODate: "2012-10-08", Publisher: "American Institute of International Studies (AIIS)"}},
		{"002", Meta{Title: "Pakistan-Russo Détente In New Epoch – OpEd", Author: "Rana Danish Nisar"}},
		{"003", Meta{Title: "Pakistan and Russia seek enhanced cooperation", Author: "Serge Desilva Ranasinghe",
			Date: "March 24, 2012", ISODate: "2012-03-24", Publisher: "Future Directions International"}},
		{"004", Meta{Title: "Managing Pakistan-Russia relations", Author: "Haris Bilal Malik", Date: "March 17th 2019",
			ISODate: "2019-03-17", Publisher: "Daily Times"}},
	}
	for _, tt := range tests {
		for name, doc := range docs {
			if !strings.HasPrefix(name, tt.prefix) {
				continue
			}
			got := metaOf(t, doc)
			for _, sp := range got.Spans {
				t.Logf("%s span %q", tt.prefix, short(doc[sp.Start:sp.End]))
			}
			got.Spans = nil
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("%s:\ngot  %+v\nwant %+v", tt.prefix, got, tt.want)
			}
		}
	}
}

// TestMetaDeclared: a page's declared title (its first line) is the title
// when the headline above the body names a section instead, or when no
// line reads as a title; a headline that holds the declared title stays.
func TestMetaDeclared(t *testing.T) {
	body := "\n\n" + para1 + "\n\n" + para2 + "\n"
	for _, tt := range []struct{ declared, doc, want string }{
		{"Valgrind FAQ", "Valgrind FAQ\n\n1. Background\n\n1.2. Where does the name come from?" + body, "Valgrind FAQ"},
		{"The Basics", "The Basics\n\n2.1 The Basics" + body, "2.1 The Basics"},
		{"zlib usage example", "zlib usage example" + body, "zlib usage example"},
		{"", "Water on the Moon\n\n1. Background" + body, "1. Background"},
	} {
		declared := Meta{Title: tt.declared}
		if tt.declared != "" {
			declared.Spans = []text.Span{{Start: 0, End: len(tt.declared)}}
		}
		m := detectMetaDeclared(tt.doc, classify(tt.doc), declared)
		if m.Title != tt.want || len(m.Spans) == 0 || !strings.Contains(tt.doc[m.Spans[0].Start:m.Spans[0].End], m.Title) {
			t.Errorf("declared %q: meta %+v, want title %q", tt.declared, m, tt.want)
		}
	}
}

// TestMetaOfSavedPages reads the byline of saved web pages whose forms the
// synthetic cases leave out: a credit closing the article ("Written by
// Marie Ellis") above references and a readers' forum whose long notices
// keep it out of the page's tail, and a byline with its date and comment
// count run into the name over the page's buttons ("Read Later"), and a
// staff byline above the headline over a row of buttons.
func TestMetaOfSavedPages(t *testing.T) {
	for _, tt := range []struct{ path, author string }{
		{"../eval/testdata/final40/page-al/mnt-anthracimycin-ocean-antibiotic.txt", "Marie Ellis"},
		{"../eval/testdata/final40/page-al/time-nuclear-tests-brain-neurons.txt", "Michael D. Lemonick"},
		{"../eval/testdata/final40/page-al/forbes-google-glass-qr-photobomb.txt", "Andy Greenberg"},
	} {
		data, err := os.ReadFile(tt.path)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Parse(File{Path: tt.path, Data: data})
		if err != nil {
			t.Fatal(err)
		}
		if doc.Meta.Author != tt.author {
			t.Errorf("%s: author %q, want %q", tt.path, doc.Meta.Author, tt.author)
		}
	}
}
