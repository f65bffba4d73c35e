package bot

import (
	"context"
	"testing"

	"github.com/citebot/citebot"
)

// TestAboutBotWithoutLibrary: over a Retriever that is no Library, a
// greeting still gets its word, and a question about the collection,
// whose documents it cannot list, is searched and answered as typed.
func TestAboutBotWithoutLibrary(t *testing.T) {
	b := New(fakeRetriever{}, Options{Synonyms: sharedSynonyms()})
	hi, err := b.Ask(context.Background(), citebot.Question{Text: "hello there"})
	if err != nil {
		t.Fatal(err)
	}
	if hi.Answered || hi.Answer != intro(0)+" Ask me anything about them, or what they are about." || len(hi.Passages) != 0 {
		t.Errorf("greeting: answered %v, %q, %d passages", hi.Answered, hi.Answer, len(hi.Passages))
	}
	about, err := b.Ask(context.Background(), citebot.Question{Text: "what is this collection about?"})
	if err != nil {
		t.Fatal(err)
	}
	if len(about.Passages) == 0 {
		t.Errorf("collection question over no Library: %q with no passages; want it searched", about.Answer)
	}
}
