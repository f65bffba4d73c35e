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
	}
	for _, tt := range tests {
		got, ok := SummaryOf(tt.q)
		if got != tt.want || ok != tt.ok {
			t.Errorf("SummaryOf(%q) = %q, %v; want %q, %v", tt.q, got, ok, tt.want, tt.ok)
		}
	}
}
