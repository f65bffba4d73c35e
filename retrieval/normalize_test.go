package retrieval

import (
	"context"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/citebot/citebot/corpus"
)

func TestNormalize(t *testing.T) {
	ix, _, err := Open(context.Background(), Corpus{FS: corpus.FS(), Name: "embedded"}, shared(Options{}))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, want string }{
		{"who did musharaf send to russia in 2001", "who did musharraf send to russia in 2001"},
		{"wat did the govt say in '99?", "what did the government say in 1999?"},
		{"When did Musharraf visit Moscow?", "When did Musharraf visit Moscow?"},
		{"trade btw pak n russia in $ mil", "trade between pak and russia in $ million"},
		{"wat kinda agreements did nawaz sign in moscow in 99", "what kind of agreements did nawaz sign in moscow in 1999"},
		{"did nawaz really go to moscow lol?? wat year tbh", "did nawaz really go to moscow?? what year"},
		{"lol so who went in 99", "so who went in 1999"},
		{"is it ok to sell arms to pakistan in 99", "is it ok to sell arms to pakistan in 1999"}, // "ok" is a word of the question
		{"lol", "lol"}, // fillers alone: nothing else to read
		{"lol, who went to moscow in 99", "who went to moscow in 1999"},
		{"who went to moscow in 99, lol?", "who went to moscow in 1999?"},
		{"so, tbh, who went in 99", "so, who went in 1999"},
		{"uh-huh so who went in 99", "uh-huh so who went in 1999"}, // a hyphen joins the word
		{"haha-style jokes in moscow in 99", "haha-style jokes in moscow in 1999"},
		{"which minister OK'd the deal in 99", "which minister OK'd the deal in 1999"}, // an apostrophe too
		{"who held Um Qasr in 99", "who held Um Qasr in 1999"},                         // a name
		{"tbh wat year was the 'lol wat' meme born", "what year was the 'lol wat' meme born"},
		{"which russian prez called nawaz sharif's 99 moscow trip a 'new hope'", "which russian president called nawaz sharif's 1999 moscow trip a 'new hope'"},
		{"who came in sept 99", "who came in september 1999"},
		{"who visited pakistan 99 times", "who visited pakistan 99 times"},
		{"the first such visit in 99 years", "the first such visit in 99 years"},
		{"what did the market 99 index say", "what did the market 99 index say"},
		{"who sent the decree 99 to moscow", "who sent the decree 99 to moscow"},
		{"What's 17 squared?", "What's 17 squared?"},                                           // "'s" is "is"
		{"What is 396 divided by 12?", "What is 396 divided by 12?"},                           // an amount
		{"who won sunday's 13-7 game", "who won sunday's 13-7 game"},                           // a score
		{"did trade grow 15 percent in 99", "did trade grow 15 percent in 1999"},               // an amount, then a year
		{"Is the U.S. in it", "Is the U.S. in it"},                                             // a dotted name, not "you"
		{"who built the Y Type", "who built the Y Type"},                                       // a capital letter alone: a name
		{"who runs mozilla.org", "who runs mozilla.org"},                                       // a domain, not "organisation"
		{"what is the smallest country among them", "what is the smallest country among them"}, // English the corpus lacks
		{"whre did musharaf go in 99", "where did musharraf go in 1999"},                       // a misspelt function word
		{"waht did lavrov say", "what did lavrov say"},                                         // two letters swapped
		{"whens the visit", "when is the visit"},                                               // "is" contracted, no typo of "when"
		{"hwo many visits did musharaf make", "how many visits did musharraf make"},
		{"how much wuz the trade", "how much was the trade"}, // a chat spelling
		{"whats the max size", "what is the max size"},       // "is" kept for the answer type
		{"wats the max size", "what is the max size"},
		{"wat's the best time of yr", "what's the best time of year"}, // the "'s" stays
		{"who was musharaf’s envoy", "who was musharraf’s envoy"},
		{"whos the author", "who is the author"},
		{"who made the 1st visit in 99", "who made the first visit in 1999"}, // an ordinal as the corpus writes it
		{"the 2nd meeting", "the 2nd meeting"},                               // the corpus never says "second"; "nd" is no "and"
		{"the 21st meeting", "the 21st meeting"},
		{`the "1st" meeting`, `the "1st" meeting`},
		{"can pak buy arms w/o russia", "can pak buy arms without russia"}, // a slash form, not "with" and "o"
		{"the deal b/w pak n ru", "the deal between pak and ru"},
		{"did they meet b4 2012", "did they meet before 2012"}, // a form tokens split at the digit
		{"did some1 go", "did someone go"},
		{"the b4x deal", "the b4x deal"}, // part of a longer word
		{"thx, who went", "who went"},
		{"what is in his favor", "what is in his favour"},                    // the corpus's spelling
		{"what is the colour of the flag", "what is the colour of the flag"}, // neither spelling there
		{"wat size shud my writes be", "what size should my writes be"},      // chat spellings
		{"whendid musharaf visit moscow", "when did musharraf visit moscow"}, // typed together
		{"howmany visits", "how many visits"},
		{"whose byline is it", "whose byline is it"},                           // a word the corpus lacks, not "by line"
		{"what did lavrovs visit bring", "what did lavrov's visit bring"},      // a possessive typed without its apostrophe
		{"how many envoys did russia send", "how many envoys did russia send"}, // a plural stays
		{"what were musharrafs aims", "what were musharraf's aims"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := ix.Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestAnalyzeQueryFillers: a filler standing apart adds no term; one that
// is part of a word or a name is a term as typed.
func TestAnalyzeQueryFillers(t *testing.T) {
	ix, _, err := Open(context.Background(), Corpus{FS: corpus.FS(), Name: "embedded"}, shared(Options{}))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		q    string
		has  string
		want bool
	}{
		{"did nawaz go to moscow lol", "lol", false},
		{"who held Um Qasr", "um", true},
		{"uh-huh so who went", "uh", true},
	}
	for _, tt := range tests {
		terms, _ := ix.AnalyzeQuery(tt.q)
		if got := slices.Contains(terms, tt.has); got != tt.want {
			t.Errorf("AnalyzeQuery(%q) = %q: has %q %v, want %v", tt.q, terms, tt.has, got, tt.want)
		}
	}
}

// TestNormalizeOwnWords: a family word of everyday speech ("mum", "dad")
// or an officer's title as chat writes it ("ceo", "coo") is written as the
// words it stands for, except where the documents use it as it is.
func TestNormalizeOwnWords(t *testing.T) {
	fsys := fstest.MapFS{
		"mum.txt":    {Data: []byte("Her mum ran the bakery for forty years.\n")},
		"father.txt": {Data: []byte("Her father was a chemical engineer.\n")},
		"firm.txt":   {Data: []byte("Kevin Turner, chief operating officer at the firm, spoke. Its CEO did not.\n")},
	}
	ix, _, err := Open(context.Background(), Corpus{FS: fsys, Name: "family"}, shared(Options{}))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ in, want string }{
		{"what did her dad do", "what did her father do"},
		{"what did her mum run", "what did her mum run"}, // the documents say "mum"
		{"what did her mom run", "what did her mother run"},
		{"wat did her dad do", "what did her father do"},
		{"who is the firms coo", "who is the firms chief operating"},
		{"who is the firms ceo", "who is the firms ceo"}, // the documents say "CEO"
	} {
		if got := ix.Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestNormalizeChatFormsTheCorpusUses: a chat form that the documents use
// as it is, and whose words they never say, is kept ("jun" of "Jun Feng",
// in documents without "June"); where they say its words too, it is
// written as them.
func TestNormalizeChatFormsTheCorpusUses(t *testing.T) {
	fsys := fstest.MapFS{
		"case.txt":   {Data: []byte("The suspect, Jun Feng, pled guilty to the charge.\n")},
		"budget.txt": {Data: []byte("The government cut the budget. The govt said so.\n")},
	}
	ix, _, err := Open(context.Background(), Corpus{FS: fsys, Name: "chat"}, shared(Options{}))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ in, want string }{
		{"who is jun feng", "who is jun feng"},
		{"what did the govt cut", "what did the government cut"},
		{"wat did the suspect plead", "what did the suspect plead"},
	} {
		if got := ix.Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
