package text

import "testing"

func TestUnchatter(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"hey bot, when did Musharraf visit Moscow? thanks!", "when did Musharraf visit Moscow?"},
		{"Hi all, does anyone know who wrote the op-ed?", "who wrote the op-ed?"},
		{"can you tell me how many helicopters pak got pls", "how many helicopters pak got"},
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
	} {
		if got := Unchatter(c.in); got != c.want {
			t.Errorf("Unchatter(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
