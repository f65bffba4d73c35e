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
		{"whats the ferry strike about", "the ferry strike", true}, // as typed in a chat
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
		// an account of a topic, as asked in a chat
		{"tell me about the ferry strike", "the ferry strike", true},
		{"hey bot, can you tell me about the toll increase? thx", "the toll increase", true},
		{"i'm curious about the bridge", "the bridge", true},
		{"tell me more about the dam", "the dam", true},
		{"tell me everything about ferry fares", "ferry fares", true},
		{"what do you know about the heatwave?", "the heatwave", true},
		{"what can u tell me about the mayor's plan", "the mayor's plan", true},
		{"any info on the bridge tolls?", "the bridge tolls", true},
		{"do you have anything on flooding", "flooding", true},
		{"is there anything about flooding?", "flooding", true},
		{"fill me in on the ferry strike", "the ferry strike", true},
		{"give me 3 key facts about the dam", "the dam", true},
		{"what are the main takeaways from the heatwave report", "the heatwave report", true},
		{"highlights of the council meeting", "the council meeting", true},
		{"what's the deal with the bridge tolls?", "the bridge tolls", true},
		{"whats going on with the ferry strike", "the ferry strike", true},
		{"what is the latest on the dam", "the dam", true},
		{"what's the deal?", "", false},
		{"tell me about when the ferry stopped", "", false}, // a question
		{"can you tell me how the toll works", "", false},
		{"what do you know?", "", false},
		{"what did the mayor know about the dam?", "", false},
	}
	for _, tt := range tests {
		got, ok := SummaryOf(tt.q)
		if got != tt.want || ok != tt.ok {
			t.Errorf("SummaryOf(%q) = %q, %v; want %q, %v", tt.q, got, ok, tt.want, tt.ok)
		}
	}
}

func TestPoints(t *testing.T) {
	tests := map[string]int{
		"give me 5 key facts about the dam":         5,
		"what are the three main takeaways":         3,
		"summarize the strike in 4 bullet points":   4,
		"10 things about the ferry":                 10,
		"give me an overview of the strike":         0,
		"what were the 3 bridges built in 1990?":    0,
		"the two points the mayor made about tolls": 2,
	}
	for q, want := range tests {
		if got := ReadMessage(q).Points(); got != want {
			t.Errorf("Points(%q) = %d, want %d", q, got, want)
		}
	}
}

func TestSummaryIn(t *testing.T) {
	tests := []struct{ q, where, topic string }{
		{"what does the malik article say about defence?", "the malik article", "defence"},
		{"hey, what did npr say about binge-watching", "npr", "binge-watching"},
		{"what do the articles say about flooding?", "the articles", "flooding"},
		{"what did the mayor say about the dam", "the mayor", "the dam"},
		{"what is the dam?", "", ""},
		{"summarize the dam", "", ""},
	}
	for _, tt := range tests {
		where, topic := ReadMessage(tt.q).SummaryIn()
		if where != tt.where || topic != tt.topic {
			t.Errorf("SummaryIn(%q) = %q, %q; want %q, %q", tt.q, where, topic, tt.where, tt.topic)
		}
	}
}
