package extract

import (
	"testing"

	"github.com/citebot/citebot/bot/asked"
)

func TestRoleVerb(t *testing.T) {
	a := testAnswerer()
	for _, tt := range []struct {
		q, want string
	}{
		{"Who directed the film Pulp Fiction?", "direct"},
		{"who first proposed the pipeline", "propos"},
		{"Which Russian officer commanded the troops?", "command"},
		{"Who was appointed ambassador in 2018?", "appoint"},
		{"who won the election", "won"},
		{"Who owns the company?", "own"},
		{"Who is the ambassador?", ""},          // no verb: the focus noun says the role
		{"Who wrote the article?", ""},          // an author: a byline says it without the verb
		{"When was the pipeline proposed?", ""}, // no "who"
		{"who said it", ""},                     // too short to tell a verb by its ending
		{"who says so", ""},                     // a light verb
		{"who does the talking", ""},            // an auxiliary
		{"who looks after the experiment", ""},  // a phrasal verb: "custodian" says it
		{"who signed up for the trial", ""},
		{"who looks at the data first", "look"},
	} {
		if got := a.roleVerb(asked.Parse(tt.q).Folded); got != tt.want {
			t.Errorf("roleVerb(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestPersonMissingRole: a sentence naming a person answers "who did X"
// only when it says the deed in some form ("directed", "director", a
// synonym, the sentence before); a name beside other deeds is no answer.
func TestPersonMissingRole(t *testing.T) {
	s := "The film stars Bruce Willis. It was a hit in 1994. Quentin Tarantino is its director. Uma Thurman won an award."
	for _, tt := range []struct {
		q, sentence string
		missing     float64
	}{
		{"Who directed the film?", "The film stars Bruce Willis.", 1},
		{"Who directed the film?", "Quentin Tarantino is its director.", 0},
		{"who won an award for the film", "Uma Thurman won an award.", 0},
		{"who won an award for the film", "The film stars Bruce Willis.", 1},
		{"Who starred in the film?", "The film stars Bruce Willis.", 0},
	} {
		if f := candidateFeatures(t, tt.q, s, tt.sentence); f != nil && f[fPersonMissing] != tt.missing {
			t.Errorf("%q on %q: person_missing %v, want %v", tt.q, tt.sentence, f[fPersonMissing], tt.missing)
		}
	}
}

// TestSaysRoleCast: a cast list says who played a part with "as" before
// the part the question names ("Daniel Brühl as Lauda"), though it has no
// form of "play"; "as" before anything else says no part, and "plays"
// before a name the question does not say, or an owner's, says another.
func TestSaysRoleCast(t *testing.T) {
	a := testAnswerer()
	q := a.analyze("who played niki lauda in rush")
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"It stars Chris Hemsworth as Hunt and Daniel Brühl as Lauda.", true},
		{"Daniel Brühl plays Lauda.", true},
		{"Lauda was known as the Rat.", false},
		{"Daniel Brühl met Lauda as a boy.", false},
		{"Daniel Brühl plays Niki Lauda in the film.", true},
		{"Vicellous Shannon plays Lesra Martin, who reads Lauda's book.", false}, // another part
		{"Debbi Morgan as Lauda's wife, Mae Thelma.", false},                     // an owner's part
	} {
		if got := a.saysRole(tt.s, q, q.role); got != tt.want {
			t.Errorf("saysRole(%q, %q) = %v, want %v", tt.s, q.role, got, tt.want)
		}
	}
}

// TestSaysRoleForms: a verb is said by a word that begins with its stem,
// or with the verb of its irregular past form ("winner" of "won"); a stem
// of three letters only by itself ("cap" of "capped", not "Capitol").
func TestSaysRoleForms(t *testing.T) {
	a := testAnswerer()
	for _, tt := range []struct {
		q, s string
		want bool
	}{
		{"who won the award", "The winner was Meryl Streep.", true},
		{"who directed the film", "Its director was Quentin Tarantino.", true},
		{"who capped the well", "Capitol Hill police arrived at the well.", false},
		{"who capped the well", "A BP crew capped the well.", true},
	} {
		q := a.analyze(tt.q)
		if got := a.saysRole(tt.s, q, q.role); got != tt.want {
			t.Errorf("saysRole(%q, %q) = %v, want %v", tt.s, q.role, got, tt.want)
		}
	}
}
