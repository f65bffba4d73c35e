package asked

import "testing"

func TestAsksSource(t *testing.T) {
	tests := map[string]bool{
		"source?":                           true,
		"sources pls":                       true,
		"what's your source":                true,
		"link?":                             true,
		"which article is that from?":       true,
		"where did u get that":              true,
		"where's that from":                 true,
		"who wrote that?":                   true,
		"says who?":                         true,
		"hey bot, source for that? thx":     true,
		"ok but which doc is it from":       true,
		"what is the source of the Nile?":   false,
		"who wrote the report?":             false,
		"which sources mention the dam?":    false,
		"what are the sources":              true, // of that answer, after one
		"where does the pipeline come from": false,
	}
	for q, want := range tests {
		if got := ReadMessage(q).AsksSource(); got != want {
			t.Errorf("AsksSource(%q) = %v, want %v", q, got, want)
		}
	}
}
