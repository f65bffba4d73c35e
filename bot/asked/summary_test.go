package asked

import "testing"

func TestSummaryOf(t *testing.T) {
	tests := []struct {
		q, want string
		ok      bool
	}{
		{"summarize “Old Ferries”", "Old Ferries", true},
		{"hey can you summarise the article 'Old Ferries' pls", "Old Ferries", true},
		{"tldr of the post Old Ferries?", "Old Ferries", true},
		{"give me a quick summary of Old Ferries", "Old Ferries", true},
		{"what is “Old Ferries” about?", "Old Ferries", true},
		{"When did the ferry stop?", "", false},
		{"what is the ferry?", "", false},
		{"give me an overview of the ferry strike", "the ferry strike", true},
		{"can i get a quick rundown on the bridge tolls?", "the bridge tolls", true},
		{"what do the articles say about flooding?", "flooding", true},
		{"what did they say about the dam", "the dam", true},
		{"explain the toll increase", "the toll increase", true},
		{"summarize the article on the heatwave", "the heatwave", true},
		{"can u summarize the post about ferry fares", "ferry fares", true},
		{"summarize the article On Ferries", "On Ferries", true}, // a title
		{"pls describe the new bridge", "the new bridge", true},
		{"explain why the ferry stopped", "", false},
		{"describe how the toll works", "", false},
		{"what did the mayor say about the dam?", "", false}, // a person's words, not the documents'
		{"what does the gdpr article say about storage?", "", false},
	}
	for _, tt := range tests {
		got, ok := SummaryOf(tt.q)
		if got != tt.want || ok != tt.ok {
			t.Errorf("SummaryOf(%q) = %q, %v; want %q, %v", tt.q, got, ok, tt.want, tt.ok)
		}
	}
}
