package asked

import "testing"

func TestDocumentsAbout(t *testing.T) {
	tests := []struct {
		q, want string
		ok      bool
	}{
		{"which articles mention the ferry strike?", "the ferry strike", true},
		{"how many docs talk about flooding", "flooding", true},
		{"What source covers the toll increase?", "the toll increase", true},
		{"which of the documents discuss the dam", "the dam", true},
		{"hey bot, do any of the articles mention the mayor? thx", "the mayor", true},
		{"does any article say anything about ferry fares", "ferry fares", true},
		{"in which article is the heatwave mentioned?", "the heatwave", true},
		{"which document actually mentions “Old Ferries”?", "Old Ferries", true},
		{"which articles mention google", "google", true}, // words that could ask about the bot
		{"which sources talk about chatgpt?", "chatgpt", true},
		{"which article was published first?", "", false},
		{"who wrote the article about the dam?", "", false},
		{"which reporter mentioned the dam?", "", false},
		{"what did the article say?", "", false},
	}
	for _, tt := range tests {
		m := ReadMessage(tt.q)
		got, ok := m.DocumentsAbout()
		if got != tt.want || ok != tt.ok {
			t.Errorf("DocumentsAbout(%q) = %q, %v; want %q, %v", tt.q, got, ok, tt.want, tt.ok)
		}
		if ok && m.Meta() != MetaNone {
			t.Errorf("%q: Meta() = %v; want MetaNone: it asks the documents", tt.q, m.Meta())
		}
	}
}
