package text

import (
	"strings"
	"testing"
)

// TestUnchatter: chatter goes, and words that only look like chatter
// (names, titles, the topic of the question) stay.
func TestUnchatter(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"hey bot, when did Musharraf visit Moscow? thanks!", "when did Musharraf visit Moscow?"},
		{"Hi all, does anyone know who wrote the op-ed?", "who wrote the op-ed?"},
		{"can you tell me how many helicopters pak got pls", "how many helicopters pak got"},
		{"how much did the bridge cost pls?", "how much did the bridge cost?"},
		{"when did the talks start thx?", "when did the talks start?"},
		{"<@123456> @everyone what is CPEC", "what is CPEC"},
		{"ok so what did the protocol cover? thx a lot", "what did the protocol cover?"},
		{"Could you please tell me about the SCO summit?", "the SCO summit?"},
		{"I'm curious whether Russia sold jets to Pakistan", "Russia sold jets to Pakistan"},
		{"quick question: when was the deal signed?", "when was the deal signed?"},
		// nothing to strip, or nothing but chatter
		{"When did Musharraf visit Moscow?", "When did Musharraf visit Moscow?"},
		{"Why did Pakistan thank Russia?", "Why did Pakistan thank Russia?"},
		{"So what?", "what?"},
		{"thanks!", "thanks!"},
		{"hey", "hey"},
		{"Which way did the Hi-5 go?", "Which way did the Hi-5 go?"},
		{"hey @citebot what year was the treaty signed?", "what year was the treaty signed?"},
		{"Hello, I’d like to know when the deal was signed", "when the deal was signed"},
		{"Kindly tell me when the deal was signed, thanks?", "when the deal was signed?"},
		{"could you please check when the deal was signed", "could you check when the deal was signed"},
		{"Hi! What's the deal? Thanks!!", "What's the deal?"},
		// chatter words that are part of the question
		{"Hi-Fi systems: who made the first one?", "Hi-Fi systems: who made the first one?"},
		{"So-and-so said what?", "So-and-so said what?"},
		{"Hey Jude was written by whom?", "Hey Jude was written by whom?"},
		{"OK Computer was released when?", "OK Computer was released when?"},
		{"Why do people say thanks?", "Why do people say thanks?"},
		{"How do you say please in French?", "How do you say please in French?"},
		{"Who sang Please Please Me?", "Who sang Please Please Me?"},
		{"Who sang Thank You", "Who sang Thank You"},
		{"What is haha?", "What is haha?"},
		{"Who is @elonmusk?", "Who is @elonmusk?"},
		{"mail me at a@here.com", "mail me at a@here.com"},
		{"", ""},
		{"  ", ""},
	} {
		if got := Unchatter(c.in); got != c.want {
			t.Errorf("Unchatter(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestUnchatterLinear: many layers of chatter take linear time; only the
// first few are peeled off.
func TestUnchatterLinear(t *testing.T) {
	q := strings.Repeat("so ", 600) + "what is CPEC?"
	if got := Unchatter(q); !strings.HasSuffix(got, "so what is CPEC?") || len(got) > len(q)-chatterLayers*len("so ") {
		t.Errorf("Unchatter(so so ... what is CPEC?) = %q", got)
	}
}

func TestThanks(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"thx!", true},
		{"ok thank you", true},
		{"thanks, what about the dam?", true},
		{"Cheers", true},
		{"who paid for the dam?", false},
		{"the thankless task", false},
		{"ty 🙏", true},
		{"", false},
	}
	for _, tt := range tests {
		if got := Thanks(tt.q); got != tt.want {
			t.Errorf("Thanks(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
