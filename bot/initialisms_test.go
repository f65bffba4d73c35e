package bot

import (
	"strings"
	"testing"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/text"
)

func TestSpellInitialisms(t *testing.T) {
	corpus := map[string]bool{} // the stems the corpus has: those of the passages
	passages := func(texts ...string) []citebot.Passage {
		var ps []citebot.Passage
		for _, s := range texts {
			ps = append(ps, citebot.Passage{Text: s})
			for _, tok := range text.Tokens(s) {
				corpus[tok.Stem] = true
			}
		}
		return ps
	}
	zealand := passages("New Zealand's capital city is Wellington.", "In 1893 New Zealand gave women the vote.")
	air := passages("Air Marshal Tahir Butt, chief of the Pakistan Air Force, flew to Moscow.")
	bank := passages("The United States of America raised rates.", "The Inter-Governmental Commission met in Moscow.")
	vc := passages("President Pervez Musharraf met the Vice Chancellor.", "Pervez Musharraf and Vice Chancellor Gilani spoke.", "Pervez Musharraf left.")
	guard := passages("The Old Guard marched.", "Star Wars opened in 1977.")
	fm := passages("The Foreign Ministers met in 1994.", "Russia's Foreign Minister Sergey Lavrov came to Islamabad.")
	trail := passages("The Toronto Carrying-Place Trail ran north.", "The Carrying-Place Trail led to Lake Simcoe.")
	sco := passages("Pakistan joined the SCO, the Shanghai Cooperation Organisation.")
	known := func(stem string) bool { return corpus[stem] }
	tests := []struct {
		name, q  string
		passages []citebot.Passage
		want     string
	}{
		{"two letters, a name seen twice", "what's the capital of nz?", zealand, "what's the capital of New Zealand?"},
		{"capitals as typed", "when did NZ women get the vote", zealand, "when did New Zealand women get the vote"},
		{"three letters, a name seen once", "when did the paf chief visit moscow", air, "when did the Pakistan Air Force chief visit moscow"},
		{"a stop word inside the name", "did the USA raise rates", bank, "did the United States of America raise rates"},
		{"a dictionary word names dictionary words", "who was the VC then", vc, "who was the Vice Chancellor then"},
		{"a dictionary word in lower case", "did the usa raise rates", bank, "did the usa raise rates"},
		{"a possessive", "what is nz's capital", zealand, "what is New Zealand's capital"},
		{"a hyphen inside the name", "when did the IGC meet", bank, "when did the Inter-Governmental Commission meet"},
		{"two letters, a name seen twice, once in the plural", "whos the russian FM", fm, "whos the russian Foreign Minister"},
		{"a dictionary word with no vowel, in lower case", "whos the russian fm", fm, "whos the russian Foreign Minister"},
		{"half of a hyphened word", "where is dollar PT", trail, "where is dollar PT"},
		{"a dictionary word with no vowel names dictionary words", "who was the vc then", vc, "who was the Vice Chancellor then"},
		{"a chat form the table spells (text.ChatForm)", "who was the pm then", vc, "who was the pm then"},
		{"two letters, a name seen once", "who played han in the og star wars", guard, "who played han in the og star wars"},
		{"the corpus has the initialism", "when did pakistan join the sco", sco, "when did pakistan join the sco"},
		{"a chat form", "where is the capital rn", zealand, "where is the capital rn"},
		{"an English word", "was the cap raised", bank, "was the cap raised"},
		{"no name with those initials", "what did the xyz say", zealand, "what did the xyz say"},
		{"no passages", "what's the capital of nz?", nil, "what's the capital of nz?"},
	}
	for _, tt := range tests {
		if got := spellInitialisms(tt.q, tt.passages, known); got != tt.want {
			t.Errorf("%s: spellInitialisms(%q) = %q, want %q", tt.name, tt.q, got, tt.want)
		}
	}
}

// FuzzSpellInitialisms: any question and passage text are read without a
// panic, and a question no name replaces comes back as it was.
func FuzzSpellInitialisms(f *testing.F) {
	f.Add("what's the capital of nz?", "New Zealand's capital is Wellington. New Zealand votes.")
	f.Add("who is the PM's aide", "The Prime Minister met the Prime Minister’s aide.")
	f.Add("nz's", "N Z N Z")
	f.Add("'s", "’s")
	f.Fuzz(func(t *testing.T, q, passage string) {
		got := spellInitialisms(q, []citebot.Passage{{Text: passage}}, func(string) bool { return false })
		if !strings.ContainsAny(passage, " -\u00a0") && got != q {
			t.Errorf("spellInitialisms(%q) over %q = %q: no name of two words or more, yet changed", q, passage, got)
		}
	})
}
