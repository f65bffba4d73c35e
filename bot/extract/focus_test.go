package extract

import (
	"slices"
	"testing"

	"github.com/citebot/citebot/text"
)

func TestFocusOf(t *testing.T) {
	tests := []struct{ q, want string }{
		{"Which Russian company built the Karachi metro?", "compani"},
		{"What is the population of Karachi?", "popul"},
		{"Who was Pakistan's ambassador in Moscow in 2012?", "ambassador"},
		{"Who was the first mayor of Bodmin?", "mayor"},
		{"How many MI-17 transport helicopters did Russia agree to sell?", "helicopt"},
		{"How many copies of the Toronto Star are sold on Saturdays?", "copi"},
		{"Which Russian colonel general travelled to Islamabad in 2013?", "general"},
		{"In which Pakistani city was the exercise held?", ""},
		{"On what date did Putin visit?", ""},
		{"Who heads the commission?", ""},
		{"When did the bridge open?", ""},
		{"What did Russia want for Gazprom?", ""},
		{"What was the name of the Indian pilot Pakistan captured?", "pilot"},
		{"What was the Pakistan Navy exercise that Russia took part in?", "exercis"},
		{"Which Russian bank actually opened a branch in Pakistan?", "bank"},
		{"Which really large dam was built?", "dam"},
		{"Which daily said the visit was a success?", "daili"},
		{"How many trips per year did he make?", "trip"},
		{"What's the name of the Russian deputy energy minister who attended?", "minist"},
		{"who’s the indian envoy who said it", "envoy"},
		{"What is the name of the new low-priced grocery chain Amazon is planning?", "chain"},
		{"Which state-owned firm won the contract?", "firm"},
		{"Which vice-president visited Moscow?", "presid"},
		{"Which follow-up meeting was cancelled?", "meet"},
		{"What's happened to the pipeline?", ""},
		{"What teenage pursuit, competing for a state crown, helps her?", "pursuit"},
		{"Which agreement (signed in 2014) was broader?", "agreement"},
		{"How many beads sit on each wire of a Russian abacus?", "bead"},                  // a verb after its plural subject
		{"How many people play Destiny 2 each day?", ""},                                  // "people" counts anyone; "play" is the verb
		{"how many rats r we talking about", "rat"},                                       // "r" is "are"
		{"how many ppl live in kabul now", ""},                                            // "ppl" is "people"
		{"How many oil tankers sailed?", "tanker"},                                        // a noun before a noun
		{"How many actual bilateral disputes stood between them?", "disput"},              // "stood": a verb
		{"How many homes lost power in Scotland during the storm?", "home"},               // "lost": a verb
		{"How many Pakistani students were admitted to Russian universities?", "student"}, // unchanged
		{"How many dates does the band's tour have?", "date"},                             // a count of dates, not a date
		{"how many new jobs is the plant creating", "job"},
		{"How many times did they meet?", ""}, // "twice" answers it
		{"How many years did the talks last?", ""},
		{"What date was the tour announced?", ""},
	}
	for _, tt := range tests {
		if got, _ := testAnswerer().focusOf(tt.q); got != tt.want {
			t.Errorf("focusOf(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestMainVerb(t *testing.T) {
	tests := []struct{ q, want string }{
		{"When did Brendan Eich step down as Mozilla's CEO?", "step"},
		{"Whom did Julia Kristeva marry?", "marri"},
		{"When did Russia lift its ban on supplying military hardware to Pakistan?", "lift"},
		{"How many Mi-35 helicopters did Pakistan end up getting?", ""},
		{"Who led the delegation?", ""},
		{"Why was Napoleon III interested in aluminium?", "interest"},
		{"What is the population of Karachi?", ""},
		{"When was the old bridge demolished?", "demolish"},
	}
	for _, tt := range tests {
		if got := testAnswerer().mainVerb(tt.q); got != tt.want {
			t.Errorf("mainVerb(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestTypeNounTerms: the noun by which a date, place or version question
// names the kind of value it asks for, or how exact a date (dateNouns), is
// no term the answer must cover; elsewhere it is.
func TestTypeNounTerms(t *testing.T) {
	a := testAnswerer()
	for _, tt := range []struct {
		q, stem string
		want    bool // the stem is one of the question's terms
	}{
		{"In which year was the club founded?", "year", false},
		{"what city did the envoy fly to", "citi", false},
		{"How many years did the club last?", "year", true},
		{"Which club was founded that year?", "year", true},
		{"does anyone know the exact date the club was founded? like day and month", "date", false}, // how exact a date it asks for
		{"does anyone know the exact date the club was founded? like day and month", "month", false},
		{"when did the club change the date of its final", "date", false},
		{"how many days did the club last", "day", true},
		{"which go version does the client need", "version", false}, // "Go 1.18" names none
		{"what release added the lock-free map", "releas", false},
		{"what does the version field hold", "version", true},
	} {
		q := a.analyze(tt.q)
		if got := slices.Contains(q.terms, tt.stem); got != tt.want {
			t.Errorf("%q: term %q = %v, want %v (terms %v)", tt.q, tt.stem, got, tt.want, q.terms)
		}
	}
}

// TestCreationVerbs: a verb by which a question asks who brought a thing
// into being, or when, is related to the others ("founded": "created",
// "developed"), as a synonym is; other verbs are not.
func TestCreationVerbs(t *testing.T) {
	a := testAnswerer()
	for _, tt := range []struct {
		q, term, related string
		want             bool
	}{
		{"when was the club founded", "found", "creat", true},
		{"who invented the algorithm", "invent", "develop", true},
		{"who designed the bridge", "design", "found", true},
		{"when was the club closed", "close", "creat", false},
	} {
		q := a.analyze(tt.q)
		if got := slices.Contains(q.related[tt.term], tt.related); got != tt.want {
			t.Errorf("%q: %q related to %q = %v, want %v (related %v)", tt.q, tt.term, tt.related, got, tt.want, q.related[tt.term])
		}
	}
}

// TestPeopleCounted: the "people" of "how many people" is related to the
// nouns for people of one kind or another ("15 healthy volunteers");
// elsewhere it is not.
func TestPeopleCounted(t *testing.T) {
	a := testAnswerer()
	people, volunteers := text.Stem("people"), text.Stem("volunteers")
	if q := a.analyze("how many people were in the study"); !slices.Contains(q.related[people], volunteers) {
		t.Errorf("how many people: related %q, want %q among them", q.related[people], volunteers)
	}
	if q := a.analyze("why did people leave the study"); slices.Contains(q.related[people], volunteers) {
		t.Errorf("why did people: related %q, want no %q", q.related[people], volunteers)
	}
}
