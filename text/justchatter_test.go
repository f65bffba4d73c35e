package text

import "testing"

func TestJustChatter(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"hi", true},
		{"Hello there!", true},
		{"hey bot", true},
		{"<@123> hi", true}, // a mention and a greeting
		{"thanks!", true},   // thanks alone
		{"thank you so much", true},
		{"ty", true},
		{"ok", true},
		{"cool, got it", true},   // acknowledgements in a row
		{"got it, thanks", true}, // thanks after an acknowledgement
		{"bye!", true},
		{"👍", true}, // no letter
		{"   ", true},
		{"hi, who wrote it?", false},             // a question after the greeting
		{"Hey Jude was written by whom?", false}, // a greeting word that opens a name
		{"thanks, but when did he go?", false},
		{"Why do people say thanks?", false},
		{"cool story bro, when did it happen", false},
		{"great wall length", false},
		{"nice", true},
		{"yo 👋", true},                         // a greeting before a symbol
		{"hiii citebot", true},                 // a greeting drawn out
		{"Hiiumaa ferry times", false},         // a name that opens as a greeting does
		{"sorry wrong channel lmao", true},     // a reaction that asks nothing
		{"wow ok didnt expect that lol", true}, //
		{"lol so what did he say", false},      // a reaction, then a question
		{"omg, list the treaties", false},      // a reaction, then a request
		{"spotlight keeps crashing lol, any workaround", false},
		{"night all, ttyl", true},
		{"good pizza dough for a home oven pls lol", false}, // keywords: too long for a reaction
	}
	for _, tt := range tests {
		if got := JustChatter(tt.q); got != tt.want {
			t.Errorf("JustChatter(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
