package bot

import (
	"strings"
	"testing"

	"github.com/citebot/citebot"
)

func TestDescribed(t *testing.T) {
	srcs := []citebot.Source{
		{ID: "bbc", Path: "bbc-free-schools.txt", Title: "Government sets out how to establish free schools", Publisher: "BBC News"},
		{ID: "airbnb", Path: "fastcompany-airbnb-most-innovative.txt", Title: "For turning spare rooms into the world's hottest hotel chain"},
		{ID: "afghans", Path: "huffingtonpost-afghans-losing-hope.txt", Title: "Afghans Losing Hope After 8 Years Of War"},
		{ID: "bbc2", Path: "bbc-weather.txt", Title: "Heatwave warning for the south"},
	}
	tests := []struct {
		target, want string // want: the document's ID, "" for none
		topic        string
	}{
		{"the airbnb article", "airbnb", "airbnb"},
		{"that Airbnb story", "airbnb", "Airbnb"},
		{"the huffington post article", "afghans", "huffington post"},
		{"the free schools piece", "bbc", "free schools"},
		{"the bbc heatwave report", "bbc2", "bbc heatwave"},
		{"the bbc article", "", "bbc"}, // two documents
		{"the pipeline article", "", "pipeline"},
		{"the article", "", "the article"},
		{"airbnb", "", "airbnb"},
	}
	for _, tt := range tests {
		got, ok := described(srcs, tt.target)
		if got.ID != tt.want || ok != (tt.want != "") {
			t.Errorf("described(%q) = %q, %v; want %q", tt.target, got.ID, ok, tt.want)
		}
		if got := topicOf(tt.target); got != tt.topic {
			t.Errorf("topicOf(%q) = %q, want %q", tt.target, got, tt.topic)
		}
	}
}

// TestQualifiedTitles: a title's qualifier (a sense in parentheses, a
// dotted abbreviation of the kind of body) is cut for a definition
// question's match; a title without one is left out, and so is one that
// is a qualifier alone.
func TestQualifiedTitles(t *testing.T) {
	srcs := []citebot.Source{
		{ID: "raith", Title: "Raith Rovers F.C."},
		{ID: "the", Title: "The Atlas (newspaper)"},
		{ID: "acme", Title: "Acme Inc."},
		{ID: "albedo", Title: "Albedo"},
		{ID: "paren", Title: "(untitled)"},
	}
	var got []string
	for _, s := range qualifiedTitles(srcs) {
		got = append(got, s.ID+":"+s.Title)
	}
	if want := "raith:Raith Rovers|the:The Atlas|acme:Acme"; strings.Join(got, "|") != want {
		t.Errorf("qualifiedTitles = %q, want %q", strings.Join(got, "|"), want)
	}
}
