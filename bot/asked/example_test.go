package asked_test

import (
	"fmt"

	"github.com/citebot/citebot/bot/asked"
)

// A chat message is read once; what it asks of the bot comes from that
// reading.
func ExampleReadMessage() {
	for _, q := range []string{
		"thanks!",
		"hey bot, what is this collection about?",
		"tell me more pls",
		"hi, can you summarize “Old Ferries”? thx",
		"when did the ferry sink?",
	} {
		m := asked.ReadMessage(q)
		switch title, summary := m.Summary(); {
		case m.Meta() != asked.MetaNone:
			fmt.Printf("%q asks about the bot or its documents\n", q)
		case m.AsksMore():
			fmt.Printf("%q asks for more of the last answer\n", q)
		case summary:
			fmt.Printf("%q asks for a summary of %q\n", q, title)
		default:
			fmt.Printf("%q asks the documents: %q\n", q, m.Plain)
		}
	}
	// Output:
	// "thanks!" asks about the bot or its documents
	// "hey bot, what is this collection about?" asks about the bot or its documents
	// "tell me more pls" asks for more of the last answer
	// "hi, can you summarize “Old Ferries”? thx" asks for a summary of "Old Ferries"
	// "when did the ferry sink?" asks the documents: "when did the ferry sink?"
}
