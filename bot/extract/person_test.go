package extract

import "testing"

func TestPersonNamed(t *testing.T) {
	a := testAnswerer()
	q := a.analyze("Who met the envoy?")
	tests := []struct {
		s    string
		want bool
	}{
		{"The Vice President Alexander Rutskoy visited the city.", true},
		{"President Putin has indicated the visit.", true},
		{"A. Rutskoy said so.", true},
		{"Source: Strategic Culture Foundation", false},           // an organisation
		{"The envoy of India remarked that it was wrong.", false}, // a title, no name
		{"It would create tensions in the South Asian region.", false},
		{"He attended the Inter-Governmental Commission on 10th September.", false},
		{"Physicist Thomas Parnell set it up in 1927.", true}, // a kind of person heading the run, as a title
		{"Physicist Rutskoy spoke.", true},
		{"Physicists at Trinity College set up a webcam.", false},               // a plural heads no name
		{"The experiment was set up at Trinity College Dublin in 1944.", false}, // an organisation's word inside the run
		{"Destination: a U.N. climate change summit in Paris.", false},          // initials alone
		{"The U.S. said so.", false},
		{"The ferry crossed Cook Strait at night.", false},      // a place named with a kind of person
		{"greelgorke reblogged this from izs and added:", true}, // a user's handle, in lower case
		{"jdoe_42 replied", true},
		{"readers commented on the post.", false}, // an English word
		{"it said so", false},
	}
	for _, tt := range tests {
		if got := a.personNamed(tt.s, q); got != tt.want {
			t.Errorf("personNamed(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestPersonNamedNotTheQuestions: a run of capitals names no new person
// when it holds a name the question says ("General Pervez Musharraf" for a
// question on Musharraf) or when its word after a title is an abstract
// noun ("Russian President Invitation"); an adjective the question says
// ("Russian") does not make the run the question's person, nor do initials
// alone ("U.N."). personNamed and hasPersonName agree.
func TestPersonNamedNotTheQuestions(t *testing.T) {
	a := testAnswerer()
	q := a.analyze("Which Russian president invited Musharraf to Moscow?")
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"On Russian President Invitation, President Musharraf visited Moscow in 2003.", false},
		{"Former Pakistani President General Pervez Musharraf visited Moscow in February 2003.", false},
		{"President Vladimir Putin invited Musharraf to Moscow.", true},
		{"Talks took place with the Russian Ground Forces Colonel General A.N. Postnikov.", true},
		{"Destination: a U.N. climate change summit in Moscow.", false}, // initials alone
	} {
		if got := a.personNamed(tt.s, q); got != tt.want {
			t.Errorf("personNamed(%q) = %v, want %v", tt.s, got, tt.want)
		}
		if got := a.hasPersonName(tt.s, q); got != tt.want {
			t.Errorf("hasPersonName(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestPersonNamedGivenName: a run of capitals whose every word a
// dictionary lists names a person when it starts with a given name and a
// word after it is new to the question; not when the question says every
// word after the given name (its own person), when the given name stands
// alone, or when the run ends in a word heading an organisation's name.
func TestPersonNamedGivenName(t *testing.T) {
	a := testAnswerer()
	q := a.analyze("So who ended up replacing Cable as the Raiders head coach?")
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Oakland promoted Bill Walsh from offensive coordinator to head coach.", true},
		{"The book is best known for Mark Twain's preface.", true},
		{"It was written by Joyce Carol Oates.", true},
		{"Tom Cable was fired on Tuesday.", false},       // the question's own person
		{"The coach, Tom, was fired on Tuesday.", false}, // a given name alone
		{"He studied at the Lincoln University.", false}, // an organisation
		{"The head coach was fired on Tuesday.", false},
	} {
		if got := a.personNamed(tt.s, q); got != tt.want {
			t.Errorf("personNamed(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
