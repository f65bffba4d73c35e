package extract

import (
	"context"
	"math"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/asked"
	"github.com/citebot/citebot/text"
)

// testAnswerer is an Answerer with the default options, built once.
var testAnswerer = sync.OnceValue(func() *Answerer { return New(Options{}) })

// analyze is what the answerer knows of question q, parsed.
func (a *Answerer) analyze(q string) question { return a.read(asked.Parse(q)) }

func TestFitKeepsExactBytes(t *testing.T) {
	long := strings.Repeat("The committee, which met often, discussed the budget at length; ", 6) + "and it finally approved 42 million dollars for the bridge."
	p := citebot.Passage{ID: "x#1", Doc: "x.txt", Start: 100, End: 100 + len(long), Text: long}
	a := testAnswerer()
	q := a.analyze("How much did the committee approve for the bridge?")
	sc := &scorer{a: a, q: q, w: map[string]float64{"committe": 1, "approv": 1, "bridg": 1}}
	c := sc.fit(candidate{p: &p, doc: p.Doc, start: p.Start, end: p.End, text: long})
	if len(c.text) > a.tun.MaxAnswerBytes || long[c.start-100:c.end-100] != c.text || !strings.Contains(c.text, "42 million") {
		t.Errorf("fit = %q (%d-%d)", c.text, c.start, c.end)
	}
}

// TestFitReadsGluedValues: cutting a long sentence, the clauses are read
// with glued words apart, as the whole sentence is ("27thFebruary" holds
// the date asked for), and the cut keeps exact document bytes.
func TestFitReadsGluedValues(t *testing.T) {
	long := "Pakistan shot down two jets over the line of control in a clash that the press of both countries covered for weeks on end, " +
		"with analysts on every channel arguing about who had fired first and why the air defences had been ready, " +
		"while diplomats in several capitals urged calm and restraint on both sides of the border; " +
		"Pakistan shot down the two jets on 27thFebruary."
	p := citebot.Passage{ID: "x#1", Doc: "x.txt", Start: 100, End: 100 + len(long), Text: long}
	a := testAnswerer()
	q := a.analyze("On what date did Pakistan shoot down two jets?")
	sc := &scorer{a: a, q: q, w: map[string]float64{"pakistan": 1, "shoot": 1, "jet": 1}}
	c := sc.fit(candidate{p: &p, doc: p.Doc, start: p.Start, end: p.End, text: long})
	if long[c.start-100:c.end-100] != c.text || !strings.Contains(c.text, "27thFebruary") {
		t.Errorf("fit = %q (%d-%d), want the clause with the date", c.text, c.start, c.end)
	}
}

// TestInsideName: a long sentence is not cut at an "and" between two
// capitalised words, which joins the words of one name, but is at one
// between clauses.
func TestInsideName(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool // the first " and " is inside a name
	}{
		{"Experts from the National Oceanic and Atmospheric Administration (NOAA) said so.", true},
		{"He flew to Trinidad and Tobago.", true},
		{"The Experts met and they talked.", false},
		{"The experts met and Atmospheric scientists talked.", false},
	} {
		i := strings.Index(tt.s, " and ")
		if got := insideName(tt.s, i, i+len(" and ")); got != tt.want {
			t.Errorf("insideName(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	long := "Experts from the National Oceanic and Atmospheric Administration (NOAA) and the Interior Department estimated that 74% of the oil had either been directly captured, burned or skimmed; " +
		"evaporated at the surface; been consumed by micro-organisms; or dissolved or dispersed into microscopic droplets under the water."
	p := citebot.Passage{ID: "x#1", Doc: "x.txt", End: len(long), Text: long}
	a := testAnswerer()
	sc := &scorer{a: a, q: a.analyze("what does noaa stand for"), w: map[string]float64{"noaa": 1}}
	if c := sc.fit(candidate{p: &p, doc: p.Doc, end: p.End, text: long}); !strings.HasPrefix(c.text, "National Oceanic") {
		t.Errorf("fit = %q, want it to open with the whole name", c.text)
	}
	// a list of names: the run a cut goes back to ends at "Saban,", and the
	// cuts stay in order
	list := "Saban, Meyer and Ohio State's Jim Tressel recently took part in a conference call with NFL commissioner Roger Goodell and expressed their concerns about agents, " +
		"and also pushed for the NFL to do more to police agents' behavior with players, who they said were being courted by runners, boosters and financial advisers alike."
	p = citebot.Passage{ID: "x#1", Doc: "x.txt", End: len(list), Text: list}
	sc = &scorer{a: a, q: a.analyze("who pushed the NFL to police agents"), w: map[string]float64{"push": 1, "nfl": 1, "polic": 1, "agent": 1}}
	if c := sc.fit(candidate{p: &p, doc: p.Doc, end: p.End, text: list}); list[c.start:c.end] != c.text || len(c.text) > a.tun.MaxAnswerBytes {
		t.Errorf("fit = %q (%d-%d)", c.text, c.start, c.end)
	}
}

// TestPhraseAs: the "as" of "such as" or "as well as" opens no clause, as
// the "as" of "as he left" does; a long sentence is not cut there.
func TestPhraseAs(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool // the first " as " goes on the words before it
	}{
		{"studies such as these", true},
		{"the drug as well as the placebo", true},
		{"so as to see", true},
		{"they waved as he left", false},
		{"known as the Ring", false},
	} {
		i := strings.Index(tt.s, " as ")
		if got := phraseAs(tt.s, i, i+len(" as ")); got != tt.want {
			t.Errorf("phraseAs(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	long := `"Through studies such as these we can really begin to tackle the questions of how we achieve coherent experiences of ourselves in the world around us, and understand what makes this break down," ` +
		"said Mitul Mehta, a psychopharmacology researcher at King's College London, who was not involved in the study."
	p := citebot.Passage{ID: "x#1", Doc: "x.txt", End: len(long), Text: long}
	a := testAnswerer()
	sc := &scorer{a: a, q: a.analyze("who is mitul mehta"), w: map[string]float64{"mitul": 1, "mehta": 1}}
	if c := sc.fit(candidate{p: &p, doc: p.Doc, end: p.End, text: long}); strings.HasPrefix(strings.ToLower(c.text), "as ") {
		t.Errorf("fit = %q, want no run opening at the \"as\" of \"such as\"", c.text)
	}
}

// TestInsideParens: a long sentence is not cut inside parentheses, so an
// answer shows none half.
func TestInsideParens(t *testing.T) {
	long := "After shaking Pujara with a bouncer that slammed into the grille of his protective helmet and then another that soared over the batsman's head, " +
		"Johnson slipped in the sucker punch in the form of a 'slow' (125kph – gentle by his standards) orthodox spinner that would have done Derek Underwood proud."
	p := citebot.Passage{ID: "x#1", Doc: "x.txt", End: len(long), Text: long}
	a := testAnswerer()
	sc := &scorer{a: a, q: a.analyze("how fast was johnson's slow ball"), w: map[string]float64{"fast": 1, "johnson": 1, "slow": 1, "ball": 1}}
	c := sc.fit(candidate{p: &p, doc: p.Doc, end: p.End, text: long})
	if strings.Count(c.text, "(") != strings.Count(c.text, ")") {
		t.Errorf("fit = %q, want no parenthesis left half", c.text)
	}
}

// TestVisibleLen: a run of white space counts once, so a sentence wrapped
// and indented is as long as on one line, and is not cut for its indent.
func TestVisibleLen(t *testing.T) {
	one := strings.Repeat("word ", 50) + "end."
	wrapped := strings.ReplaceAll(one, " ", "\n        ")
	if visibleLen(one) != len(one) || visibleLen(wrapped) != len(one) || visibleLen("") != 0 || visibleLen(" \t\n") != 1 {
		t.Errorf("visibleLen: %d and %d, want %d", visibleLen(one), visibleLen(wrapped), len(one))
	}
	p := citebot.Passage{ID: "x#1", Doc: "x.txt", End: len(wrapped), Text: wrapped}
	a := testAnswerer()
	sc := &scorer{a: a, q: a.analyze("What word ends it?"), w: map[string]float64{"word": 1}}
	if c := sc.fit(candidate{p: &p, doc: p.Doc, end: p.End, text: wrapped}); c.text != wrapped {
		t.Errorf("an indented sentence of %d visible bytes was cut to %q", len(one), c.text)
	}
}

func TestAnalyze(t *testing.T) {
	tests := []struct {
		q    string
		want answerType
	}{
		{"Who wrote the report on bridges?", typeAuthor},
		{"Who is the author of Managing relations?", typeAuthor},
		{"When did the bridge open?", typeDate},
		{"In which year did Pakistan join the SCO?", typeDate},
		{"How many helicopters were bought?", typeNumber},
		{"How much was the deal worth?", typeNumber},
		{"Where was the summit held?", typePlace},
		{"Which Pakistani President visited Moscow?", typePerson},
		{"Who heads the commission?", typePerson},
		{"Why did the river flood?", typeReason},
		{"What is CASA-1000?", typeDefine},
		{"Which proverb did he invoke?", typeEntity},
		{"Which Russian officer led the drill?", typePerson},
	}
	for _, tt := range tests {
		if got := testAnswerer().analyze(tt.q).typ; got != tt.want {
			t.Errorf("analyze(%q).typ = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestGluedValues: a value run together with the next word by scraping
// ("27thFebruary") is still read as a value of its kind.
func TestGluedValues(t *testing.T) {
	a := testAnswerer()
	q := a.analyze("On what date did Pakistan shoot down two jets?")
	s := "Pakistan captured an Indian pilot after shooting down two jets on 27thFebruary, at that time."
	p := citebot.Passage{ID: "x#1", Doc: "x.txt", Text: s, End: len(s)}
	sc := a.newScorer(q, map[string]float64{"shoot": 1, "jet": 1})
	sc.passages = []citebot.Passage{p}
	c := candidate{p: &p, doc: p.Doc, end: len(s), text: s}
	m := sc.matches(s)
	sc.measure(&c, []*termMatches{&m}, nil, []*termMatches{&m}, []*termMatches{&m}, []*termMatches{&m})
	if c.typ != 1 || c.feat[fTypeMissing] != 0 {
		t.Errorf("type %v, type_missing %v; want the date read", c.typ, c.feat[fTypeMissing])
	}
	if c.text != s {
		t.Errorf("candidate text changed: %q", c.text)
	}
}

func TestHasNewCount(t *testing.T) {
	a := testAnswerer()
	q := a.analyze("How many troops were stationed in Pakistan in 2015?")
	tests := []struct {
		s    string
		want bool
	}{
		{"In August 2018 both countries signed an agreement.", false},
		{"On March 2, 2018 the group met.", false},
		{"About 200 soldiers took part.", true},
		{"Four helicopters were delivered.", true},
		{"At 1,642 metres it is the deepest.", false}, // a depth, no count of troops
		{"Some 1,642 troops were stationed there.", true},
		{"In 2015 the troops arrived.", false},
		{"Troops with type 1 receptor antagonists were stationed there.", false}, // a label: "type 1", "Phase 3"
		{"In Phase 3, troops were stationed there.", false},
		{"In Phase 3, 40 troops were stationed there.", true},
		{"A type of 12 troops was stationed there.", true},
		{"Troops carrying the BRCA1 mutation were stationed there.", false}, // a name: "BRCA1", "JF-17"
		{"JF-17 troops were stationed there.", false},
		{"Some 1,642 troops with BRCA1 were stationed there.", true},
	}
	for _, tt := range tests {
		if got := a.hasNewCount(tt.s, q); got != tt.want {
			t.Errorf("hasNewCount(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestHasPersonName(t *testing.T) {
	a := testAnswerer()
	q := a.analyze("Who led the Russian delegation that visited Islamabad?")
	tests := []struct {
		s    string
		want bool
	}{
		{"Foreign Ministers of both countries met in 1994.", false},
		{"Alexander Vengerovsky (leader of delegation) spoke.", true},
		{"On Russian President Invitation, President Musharraf visited Moscow.", true},
		{"It is headed by V.L. Mutko, the minister.", true},
		{"The Russian delegation visited Islamabad in September.", false},
	}
	for _, tt := range tests {
		if got := a.hasPersonName(tt.s, q); got != tt.want {
			t.Errorf("hasPersonName(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestSoftWindow: a sentence that says the question's thing in other words
// ("document" for "paper") next to one that carries the rest of it gets
// the soft coverage of both.
func TestSoftWindow(t *testing.T) {
	s := "The premiers held talks in Laos in November. An unconventional document was signed after the meeting."
	p := citebot.Passage{ID: "x#1", Doc: "x.txt", Start: 0, End: len(s), Text: s}
	cands := testAnswerer().Candidates(Request{Question: asked.Parse("What paper came out of the premiers' talks in Laos?"), Passages: []citebot.Passage{p}})
	for _, c := range cands {
		if c.Text != "An unconventional document was signed after the meeting." {
			continue
		}
		soft, window := c.Features[fCoverSoft], c.Features[fSoftWindow]
		if soft <= 0 || window <= soft || window < c.Features[fCoverWindow] {
			t.Errorf("cover_soft %.2f, soft_window %.2f, cover_window %.2f: want 0 < cover_soft < soft_window, cover_window <= soft_window", soft, window, c.Features[fCoverWindow])
		}
		return
	}
	t.Fatalf("no candidate for the second sentence among %d", len(cands))
}

// TestCountIsNotMoney: "how many" asks for a count, which a sum of money
// is not, unless the question counts money itself, and nor is a year by
// its era ("AD 100", "49 BC").
func TestCountIsNotMoney(t *testing.T) {
	a := testAnswerer()
	for _, c := range []struct {
		q, s string
		want bool
	}{
		{"How many bridges did the Romans build?", "The new bridge cost 42 million dollars.", false},
		{"How many bridges did the Romans build?", "The Romans built $3 bridges.", false},
		{"How many bridges did the Romans build?", "The Romans built 3 bridges for 42 million dollars.", true},
		{"How many people live in the valley?", "About 4 million people live there.", true},
		{"How many rupees did the ticket cost?", "A ticket was 300 rupees.", true},
		{"How much did the bridge cost?", "The new bridge cost 42 million dollars.", true},
		{"How large was his fortune?", "His fortune was put at $400 million.", true},
		// a scale word is read with its number; a currency's abbreviation
		// before it; no white space, odd white space, the string's ends
		{"How many bridges did the Romans build?", "The new bridge cost $42 million.", false},
		{"How many people work at the telescope?", "Work moves to a $23-million centre in the city.", false},
		{"How many bridges did the Romans build?", "The new bridge cost Rs. 500 million.", false},
		{"How many bridges did the Romans build?", "Rs500", false},
		{"How many bridges did the Romans build?", "PKR 300", false},
		{"How many bridges did the Romans build?", "The bridge cost \u20ac\u00a0500.", false},
		{"How many bridges did the Romans build?", "$ 42", false},
		{"How many bridges did the Romans build?", "The Romans built 42", true},
		{"How many bridges did the Romans build?", "The $5 toll and 42 bridges.", true},
		{"How many bridges did the Romans build?", "The hours: 42 bridges.", true},
		{"How many rupees did the ticket cost?", "A ticket was Rs. 300.", true},
		// a year by its era counts nothing; "ad" in lower case is no era
		{"How many people live in the valley?", "A region named Vallia was documented before AD 100.", false},
		{"How many people live in the valley?", "Caesar crossed the river in 49 BC.", false},
		{"How many people live in the valley?", "About 4 million people lived there in 49 BC.", true},
		{"How many ads did the firm run?", "The firm ran 100 ad campaigns.", true},
		// a house's number counts nothing
		{"What is the population of Crown Heights?", "The basement at 80 New York Avenue in Crown Heights is a shelter.", false},
		{"What is the population of Crown Heights?", "Some 80 New Yorkers live in Crown Heights.", true},
		{"How many people work there?", "The center at 1225 N. Rampart St. employs 40 people.", true},
	} {
		if got := a.hasNewCount(c.s, a.analyze(c.q)); got != c.want {
			t.Errorf("hasNewCount(%q) for %q = %v, want %v", c.s, c.q, got, c.want)
		}
	}
}

// TestCountsFocusNear: a count counts the thing the question asks about
// only when it stands within countReach words of it, function words
// counted, or when the thing is the first plural after it past modifiers
// alone (countedNoun).
func TestCountsFocusNear(t *testing.T) {
	a := testAnswerer()
	for _, c := range []struct {
		q, s string
		want bool
	}{
		{"how many goats were on the island", "The first step was relocating the herd of approximately 60 wild goats.", true},
		{"how many goats were on the island", "The mine shut down, and two critical things were left behind: goats, and rats.", false},
		{"how many school districts did he track", "I tracked decisions in the 250 largest school districts around the country.", true},
		{"how many counties are affected", "Power is cut to some 375,000 people in 18 Northern and central California counties.", true}, // the noun the count opens, past modifiers
		{"how many counties are affected", "Some 375,000 people lost power across several northern and central California counties.", false},
	} {
		if got := a.countsFocus(c.s, a.analyze(c.q)); got != c.want {
			t.Errorf("countsFocus(%q) for %q = %v, want %v", c.s, c.q, got, c.want)
		}
	}
}

// TestCountsAbbreviatedUnit: a count of the unit asked for is read in the
// unit's abbreviation ("bbl."), which also ends no sentence, and a count
// asked for by the abbreviation ("how many km") in the unit's full word.
func TestCountsAbbreviatedUnit(t *testing.T) {
	a := testAnswerer()
	for _, c := range []struct {
		q, s string
		want bool
	}{
		{"How many barrels of oil spilled into the Gulf?", "A report on the fate of the 4.9 million bbl. of oil that spilled into the Gulf.", true},
		{"How many barrels of oil spilled into the Gulf?", "A report on the fate of the 4.9 million barrels of oil that spilled into the Gulf.", true},
		{"How many barrels of oil spilled into the Gulf?", "A report on the fate of the 4.9 million tons of oil that spilled into the Gulf.", false},
		{"How many km of coast does the island have?", "The island has 1,200 kilometres of coast.", true},
		{"How many km of coast does the island have?", "The island has 1,200 miles of coast.", false},
	} {
		if got := a.countsFocus(c.s, a.analyze(c.q)); got != c.want {
			t.Errorf("countsFocus(%q) for %q = %v, want %v", c.s, c.q, got, c.want)
		}
	}
}

// TestFocusUnnamed: a question asking for a name is not answered by a
// sentence that mentions what is asked about without naming it.
func TestFocusUnnamed(t *testing.T) {
	a := testAnswerer()
	q := a.analyze("What was the name of the envoy who visited Moscow?")
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"The envoy remarked that the visit to Moscow was a wrong approach.", true},
		{"The envoy, Qazi Khalilullah, visited Moscow in May.", false},
		{"Special envoy Zamir Kabulov visited Moscow.", false},
		{"The envoy who visited Moscow in May, Qazi Khalilullah, said so.", false}, // the question's words do not count
		{"The envoy who then visited the capital of the country in May was Qazi Khalilullah.", true},
		{"Moscow was visited in May.", false}, // no mention of the envoy: focus_missing's case
	} {
		if got := a.focusUnnamed(c.s, q); got != c.want {
			t.Errorf("focusUnnamed(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

func TestPairing(t *testing.T) {
	for _, tc := range []struct {
		name, txt   string
		pair, alone bool
	}{
		{"one line", "It opened in 1874. It cost £2m.", true, true},
		{"a line apart", "It opened in 1874.\nIt cost £2m.", false, true},
		{"a colon above a command", "To install it, run:\n\n    go install example.com/x@latest", true, false},
		{"a colon above a fence: the code answers on its own", "To install it, run:\n\n```sh\ngo install example.com/x@latest", false, false},
		{"a sentence above a fence", "It installs with go.\n\n```sh\ngo install example.com/x@latest", false, true},
		{"a colon above a tilde divider", "The terms are:\n\n~~~~~~~~~~~~~~~~\n\nten years", true, false},
	} {
		sents := text.Sentences(tc.txt)
		if len(sents) < 2 {
			t.Fatalf("%s: %d sentences", tc.name, len(sents))
		}
		if pair, alone := pairing(tc.txt, sents[0], sents[len(sents)-1]); pair != tc.pair || alone != tc.alone {
			t.Errorf("%s: pairing = %v, %v; want %v, %v", tc.name, pair, alone, tc.pair, tc.alone)
		}
	}
}

// TestQuotedAnswer: a sentence quoted over several lines of a block quote
// answers whole, reads without the markers of its wrapped lines, and cites
// the document's exact bytes, markers included.
func TestQuotedAnswer(t *testing.T) {
	doc := "# Deployment notes\n\nWe deploy twice a week.\n\n> The staging server must be rebuilt every Monday\n> before the weekly release, because the cache\n> grows without bound.\n"
	passages := []citebot.Passage{{ID: "notes#1", Doc: "notes.md", Start: 0, End: len(doc), Text: doc}}
	res := testAnswerer().Answer(context.Background(), Request{Question: asked.Parse("Why must the staging server be rebuilt every Monday?"), Passages: passages})
	want := "The staging server must be rebuilt every Monday before the weekly release, because the cache grows without bound. [1]"
	if !res.Answered || !strings.HasPrefix(res.Text, want) || len(res.Citations) == 0 {
		t.Fatalf("answer %q (answered %v), want %q", res.Text, res.Answered, want)
	}
	if c := res.Citations[0]; doc[c.Start:c.End] != c.Quote || !strings.HasPrefix(c.Quote, "The staging") || !strings.Contains(c.Quote, "\n> before") {
		t.Errorf("citation %d-%d %q", c.Start, c.End, c.Quote)
	}
}

// TestQuestionLine: a question on a line of its own (a FAQ's entry) is no
// candidate answer; one asked within a paragraph, which may carry what it
// asks about, still is.
func TestQuestionLine(t *testing.T) {
	faq := "1.1. How do you pronounce Valgrind?\n\nThe \"Val\" as in the word value; the \"grind\" is pronounced with a short i.\n"
	prose := "The talks went on for a week. How many times has the envoy said that closer ties will calm the border? Nobody counted.\n"
	asking := "The envoy spoke last.\n\nIs the minister suddenly worried about who reads the cables because the inquiry is looking into whether his deputy accepted $100,000 from the agent of a supplier while in office, or is he closing ranks because, like most ministers, he dislikes being watched?\n"
	for _, tt := range []struct {
		txt, sentence string
		want          bool
	}{
		{faq, "1.1. How do you pronounce Valgrind?", true},
		{prose, "How many times has the envoy said that closer ties will calm the border?", false},
		{faq, "The \"Val\" as in the word value; the \"grind\" is pronounced with a short i.", false},
		{asking, strings.TrimSpace(asking[strings.Index(asking, "Is the"):]), false}, // a paragraph that asks, not a FAQ's question
	} {
		i := strings.Index(tt.txt, tt.sentence)
		if got := isQuestionLine(tt.txt, text.Span{Start: i, End: i + len(tt.sentence)}); got != tt.want {
			t.Errorf("isQuestionLine(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
	a := testAnswerer()
	p := citebot.Passage{ID: "faq#1", Doc: "faq.html", End: len(faq), Text: faq}
	for _, c := range a.candidates(a.analyze("how do you pronounce valgrind"), map[string]float64{"pronounc": 1, "valgrind": 1}, []citebot.Passage{p}) {
		if strings.HasSuffix(c.text, "?") {
			t.Errorf("candidate %q is the question", c.text)
		}
	}
}

// TestNumberedHeading: the heading of a numbered section is no candidate
// answer ("3 Memory Usage" answered "how much memory"); a year, a sentence
// or a count that opens a sentence is not such a heading.
func TestNumberedHeading(t *testing.T) {
	max := testAnswerer().tun.HeadingMaxWords
	for s, want := range map[string]bool{
		"3 Memory Usage": true, "2.1 The Basics": true, "1.2. Building Embedded Programs": true,
		"1999 Kargil War": false, "3 bridges were built": false, "3 Bridges were built in the valley before the war began in 1914.": false,
		"Memory Usage": false,
	} {
		if got := isNumberedHeading(s, max); got != want {
			t.Errorf("isNumberedHeading(%q) = %v, want %v", s, got, want)
		}
	}
	a := testAnswerer()
	doc := "3 Memory Usage\n\nA closure takes 64 bytes of memory on most platforms, allocated with ffi_closure_alloc.\n"
	p := citebot.Passage{ID: "m#1", Doc: "memory.html", End: len(doc), Text: doc}
	for _, c := range a.candidates(a.analyze("how much memory does a closure use"), map[string]float64{"memori": 1, "closur": 1}, []citebot.Passage{p}) {
		if strings.HasPrefix(c.text, "3 Memory") {
			t.Errorf("candidate %q is the heading", c.text)
		}
	}
}

// TestDocName: a document is named by its title, or by its file name
// when it has none.
func TestDocName(t *testing.T) {
	for _, tt := range []struct {
		src  *citebot.Source
		want string
	}{
		{&citebot.Source{Path: "docs/fsnotify-README.md"}, "fsnotify README"},
		{&citebot.Source{Path: "a/b/bootham_crescent.txt", Title: "Bootham Crescent"}, "Bootham Crescent"},
		{&citebot.Source{Path: "notes.v2.txt"}, "notes v2"},
		{nil, ""},
	} {
		if got := docName(&citebot.Passage{Source: tt.src}); got != tt.want {
			t.Errorf("docName(%+v) = %q, want %q", tt.src, got, tt.want)
		}
	}
}

// TestDimensionRelated checks that a question asking for a dimension
// relates its adjective to the dimension's noun ("how deep": "depth"),
// and that one asking for none does not ("a deep crisis").
func TestDimensionRelated(t *testing.T) {
	a := testAnswerer()
	depth := text.Stem("depth")
	if q := a.analyze("how deep was the submarine when it sank"); !slices.Contains(q.related[text.Stem("deep")], depth) {
		t.Errorf("how deep: related %q, want %q among them", q.related[text.Stem("deep")], depth)
	}
	if q := a.analyze("why was the crisis so deep"); slices.Contains(q.related[text.Stem("deep")], depth) {
		t.Errorf("why so deep: related %q, want no %q", q.related[text.Stem("deep")], depth)
	}
}

// TestLeastVersion: a version question's "minimum" is carried by a
// sentence that says a version and the later ones will do ("Go 1.23 or
// newer is required"); elsewhere it is a word like another.
func TestLeastVersion(t *testing.T) {
	a := testAnswerer()
	for _, tt := range []struct {
		q, s string
		want float64
	}{
		{"which go release is the minimum for the watcher", "The watcher needs Go 1.23 or newer.", 1},
		{"what is the min go version for the watcher", "The watcher requires Go 1.23.", 1},
		{"which go release is the minimum for the watcher", "The watcher was added in Go 1.23.", 2.0 / 3},
		{"what is the minimum wage", "The wage is required by law.", 1.0 / 2}, // no version question
	} {
		q := a.analyze(tt.q)
		w := map[string]float64{}
		for _, term := range q.terms {
			w[term] = 1
		}
		sc := a.newScorer(q, w)
		m := sc.matches(tt.s)
		if got := sc.cover(false, &m); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("%q: cover(%q) = %.2f, want %.2f (terms %q)", tt.q, tt.s, got, tt.want, q.terms)
		}
	}
}

// TestFormerName: a question for a thing's former name has its "called"
// or "old name" carried by a sentence that says a name was the thing's
// before ("Trilith Studios (formerly Pinewood Atlanta)"); elsewhere those
// are words like others.
func TestFormerName(t *testing.T) {
	a := testAnswerer()
	for _, tt := range []struct {
		q, s string
		want float64
	}{
		{"what was trilith studios called before", "The town is part of Trilith Studios (formerly Pinewood Atlanta).", 1},
		{"what was the old name of trilith studios", "Trilith Studios, originally called Pinewood Atlanta, grew.", 1},
		{"what was trilith studios called before", "The town is part of Trilith Studios, home of Marvel.", 2.0 / 3},
		{"what is trilith studios called", "Trilith Studios (formerly Pinewood Atlanta) grew.", 2.0 / 3}, // its name now
		{"what was trilith studios called before", "He joined Trilith Studios (then known as Pinewood Atlanta).", 1},
	} {
		q := a.analyze(tt.q)
		w := map[string]float64{}
		for _, term := range q.terms {
			w[term] = 1
		}
		sc := a.newScorer(q, w)
		m := sc.matches(tt.s)
		if got := sc.cover(false, &m); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("%q: cover(%q) = %.2f, want %.2f (terms %q)", tt.q, tt.s, got, tt.want, q.terms)
		}
	}
}

// TestLivesOf: the years of a life in parentheses right after a name the
// question says carry its "die" or "born" ("Wallace Neff (1895 – June 8,
// 1982)"); years in parentheses after anything else do not.
func TestLivesOf(t *testing.T) {
	a := testAnswerer()
	for _, tt := range []struct {
		q, s string
		want float64
	}{
		{"when did wallace neff die", "Wallace Neff (1895 – June 8, 1982) was an architect.", 1},
		{"when was wallace neff born", "Wallace Neff (c. 1895 – 1982) was an architect.", 1},
		{"when did wallace neff die", "Wallace Neff built the bubble house (1941 – 1946) in Pasadena.", 2.0 / 3},
		{"when did wallace neff die", "Wallace Neff (born 1895) was an architect.", 2.0 / 3},
		{"when did wallace neff die", "Wallace Neff (also Wally; full name Wallace Neff Jr.; 1895 – 1982) was an architect.", 1}, // after other names
		{"when did wallace neff die", "Wallace Neff (1895, Los Angeles; 1982, Pasadena) was an architect.", 2.0 / 3},
		{"when was harry mcpherson born", "Harry Cummings McPherson, Jr. (August 22, 1929 – February 16, 2012) served as counsel.", 1}, // after "Jr."
		{"when did wallace neff die", "Wallace Neff III (1895 – 1982) was an architect.", 1},
	} {
		q := a.analyze(tt.q)
		w := map[string]float64{}
		for _, term := range q.terms {
			w[term] = 1
		}
		sc := a.newScorer(q, w)
		m := sc.matches(tt.s)
		if got := sc.cover(false, &m); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("%q: cover(%q) = %.2f, want %.2f (terms %q)", tt.q, tt.s, got, tt.want, q.terms)
		}
	}
}

// TestPercentAsksNoWord: "percent" in "what percent" asks for a
// percentage, which "74%" gives; it is no word a sentence must say, nor
// the question's focus.
func TestPercentAsksNoWord(t *testing.T) {
	for _, q := range []string{"what percent of the oil was gone", "what percentage of the spill was left"} {
		got := testAnswerer().analyze(q)
		for _, w := range []string{"percent", "percentage"} {
			if slices.Contains(got.terms, text.Stem(w)) || got.focus == text.Stem(w) {
				t.Errorf("%q: terms %q, focus %q; want no %q", q, got.terms, got.focus, w)
			}
		}
	}
}

// TestHowOftenAsksNoWord: "often" in "how often" asks how often, as "how
// many" asks a count; it is no word a sentence must say ("it hasn't been
// full often enough" answers nothing).
func TestHowOftenAsksNoWord(t *testing.T) {
	for _, q := range []string{"how often do trains run", "how frequently do the trains run"} {
		got := testAnswerer().analyze(q)
		if !got.often || slices.Contains(got.terms, text.Stem("often")) || slices.Contains(got.terms, text.Stem("frequently")) {
			t.Errorf("%q: often %v, terms %q; want often and no such term", q, got.often, got.terms)
		}
	}
}
