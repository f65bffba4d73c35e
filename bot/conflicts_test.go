package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/citebot/citebot"
)

// spellRetriever holds two documents that spell a name two ways; a search
// for the question finds only the first, a search for the name both.
type spellRetriever struct{ queries []string }

var spellDocs = []citebot.Passage{
	{ID: "a#1", Doc: "a.txt", Text: "The army chief who visited Riga in October 2012 was Ashraf Parvez Kamali."},
	{ID: "b#1", Doc: "b.txt", Text: "In October 2012 the army chief General Ashraf Pervez Kimali came to Riga with a delegation."},
}

func (r *spellRetriever) Search(_ context.Context, query string, k int) ([]citebot.Passage, error) {
	r.queries = append(r.queries, query)
	if strings.Contains(query, "Ashraf") {
		return spellDocs, nil
	}
	return spellDocs[:1], nil
}

// TestConflictNameLookup: a question that asks for a name finds, by a
// second search for the name it is given, the document that spells it
// otherwise, and the answer reports both spellings with their citations.
func TestConflictNameLookup(t *testing.T) {
	r := &spellRetriever{}
	ans, err := New(r, Options{Synonyms: sharedSynonyms()}).Ask(context.Background(), citebot.Question{Text: "What is the full name of the army chief who visited Riga in October 2012?"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range ans.Conflicts {
		got = append(got, c.Value)
		for _, n := range c.Citations {
			if q := ans.Citations[n-1].Quote; !strings.Contains(q, c.Value) {
				t.Errorf("citation %d of %q quotes %q", n, c.Value, q)
			}
		}
	}
	if strings.Join(got, "; ") != "Ashraf Parvez Kamali; Ashraf Pervez Kimali" {
		t.Errorf("conflicts %q (searches %q); want both spellings", got, r.queries)
	}
}
