package extract

import (
	"strings"
	"testing"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/asked"
	"github.com/citebot/citebot/text"
)

// TestNameUnknown: a question names something the corpus never mentions
// by a capitalised word, but a first word capitalised only for opening
// the question names nothing.
func TestNameUnknown(t *testing.T) {
	known := map[string]bool{text.Stem("moscow"): true, text.Stem("russia"): true, text.Stem("afghans"): true}
	a := New(Options{IDF: func(stem string) float64 {
		if known[stem] {
			return 1
		}
		return -1
	}})
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"Owing to Moscow's past, how do Afghans perceive Russia?", false},
		{"Given Moscow's past, how do Afghans see Russia?", false},
		{"How tall is the Eiffel Tower?", true},
		{"Zelensky met whom in Moscow?", true},
		{"What did Moscow tell Russia?", false},
		{"Per Moscow, how do Afghans see Russia?", false}, // a function word opening it, which the corpus lacks
		{"Amid the talks, what did Moscow tell Russia?", false},
		{"What is the title of the Moscow README?", false}, // a word for the document, asking for its title
		{"What did the Moscow README tell Russia?", true},  // the same word, asking of its subject
	} {
		p := asked.Parse(c.q)
		if got := a.nameUnknown(p, metaFieldOf(p.Folded, p.Type)); got != c.want {
			t.Errorf("nameUnknown(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}

// TestFocusFeatures: a sentence that never mentions the question's focus
// sets focus_missing when a date, number or name is asked for and
// focus_missing_open otherwise; focus_unnamed is set only when a person's
// name, or which organisation or place of a kind, is asked for and the
// sentence mentions the focus without naming anyone.
func TestFocusFeatures(t *testing.T) {
	s := "The envoy remarked that the visit to Moscow was a wrong approach. The trade figure rose in May. A local museum took the crates."
	for _, tt := range []struct {
		q, sentence                   string
		missing, missingOpen, unnamed float64
	}{
		{"Which envoy visited Moscow?", "The envoy remarked that the visit to Moscow was a wrong approach.", 0, 0, 1},
		{"How many ships sailed to Moscow in May?", "The trade figure rose in May.", 1, 0, 0},
		{"What deal did the envoy sign?", "The trade figure rose in May.", 0, 1, 0},
		{"What trade figure did the report give for May?", "The trade figure rose in May.", 0, 0, 0},
		{"Which museum took the crates?", "A local museum took the crates.", 0, 0, 1}, // a kind of organisation: only a name answers
		{"What kind of museum took the crates?", "A local museum took the crates.", 0, 0, 0},
	} {
		f := candidateFeatures(t, tt.q, s, tt.sentence)
		if f != nil && (f[fFocusMissing] != tt.missing || f[fFocusMissingOpen] != tt.missingOpen || f[fFocusUnnamed] != tt.unnamed) {
			t.Errorf("%q on %q: focus_missing %v, focus_missing_open %v, focus_unnamed %v; want %v, %v, %v",
				tt.q, tt.sentence, f[fFocusMissing], f[fFocusMissingOpen], f[fFocusUnnamed], tt.missing, tt.missingOpen, tt.unnamed)
		}
	}
}

// TestHeadline: a document's opening line without sentence punctuation is
// a heading however long it is, so a question about the page is not
// answered by its headline; a sentence on the first line, or a long line
// below it, is not.
func TestHeadline(t *testing.T) {
	doc := "Giant icebergs and the crushing existential dread of watching them | WIRED\n" +
		"The iceberg broke off the Larsen C ice shelf in July after months of growing cracks\n"
	for _, tt := range []struct {
		name     string
		line     int
		sentence string
		want     float64
	}{
		{"headline", 1, "Giant icebergs and the crushing existential dread of watching them | WIRED", 1},
		{"second line", 1, "The iceberg broke off the Larsen C ice shelf in July after months of growing cracks", 0},
		{"line unknown", 0, "Giant icebergs and the crushing existential dread of watching them | WIRED", 0},
	} {
		p := citebot.Passage{ID: "w#1", Doc: "wired.html", End: len(doc), Text: doc, Line: tt.line}
		found := false
		for _, c := range testAnswerer().Candidates(Request{Question: asked.Parse("From which ice shelf did the giant iceberg break off?"), Passages: []citebot.Passage{p}}) {
			if c.Text != tt.sentence {
				continue
			}
			found = true
			if got := c.Features[fHeading]; got != tt.want {
				t.Errorf("%s: heading %v, want %v", tt.name, got, tt.want)
			}
		}
		if !found {
			t.Errorf("%s: no candidate %q", tt.name, tt.sentence)
		}
	}
	s := "The iceberg broke off the Larsen C ice shelf in July."
	p := citebot.Passage{ID: "w#1", Doc: "wired.txt", End: len(s), Text: s, Line: 1}
	for _, c := range testAnswerer().Candidates(Request{Question: asked.Parse("From which ice shelf did the iceberg break off?"), Passages: []citebot.Passage{p}}) {
		if c.Features[fHeading] != 0 {
			t.Errorf("sentence %q on line 1 is a heading", c.Text)
		}
	}
}

// TestBestUnnamed: every candidate of a question asking for a person gets
// best_unnamed, focus_unnamed of the sentence that says the most of the
// question times its cover_soft: the neighbour naming someone else
// ("President Zardari") has it too when the sentence restating the
// question names no one, and none has it when that sentence names someone.
func TestBestUnnamed(t *testing.T) {
	q := asked.Parse("Which envoy visited Moscow in September?")
	for _, tt := range []struct {
		name, text string
		on         bool
	}{
		{"unnamed", "An envoy visited Moscow in September. He later met President Zardari.", true},
		{"named", "The envoy, Qazi Khalilullah, visited Moscow in September. He later met President Zardari.", false},
	} {
		p := citebot.Passage{ID: "x#1", Doc: "x.txt", End: len(tt.text), Text: tt.text}
		cands := testAnswerer().Candidates(Request{Question: q, Passages: []citebot.Passage{p}})
		if len(cands) < 2 {
			t.Fatalf("%s: %d candidates, want 2 at least", tt.name, len(cands))
		}
		for _, c := range cands {
			if got := c.Features[fBestUnnamed]; (got > 0) != tt.on || got != cands[0].Features[fBestUnnamed] {
				t.Errorf("%s: %q has best_unnamed %v, want on: %v, the same for every candidate", tt.name, c.Text, got, tt.on)
			}
		}
	}
}

// TestMetaLine: a metadata line answering a metadata question is no
// heading (a byline for an author question, the headline for a title or
// outlet question), but the headline restating what an author or date
// question names is, and for a question asking no metadata every
// heading-like line is.
func TestMetaLine(t *testing.T) {
	p := &citebot.Passage{Line: 1}
	headline := &candidate{p: p, line: 1, meta: true, text: "The Way Is Open for New Projects"}
	byline := &candidate{p: p, line: 3, meta: true, text: "By Jane Roe"}
	for _, tt := range []struct {
		name   string
		q      question
		c      *candidate
		isMeta bool
	}{
		{"byline, author question", question{typ: typeAuthor, field: metaAuthor}, byline, true},
		{"headline, author question", question{typ: typeAuthor, field: metaAuthor}, headline, false},
		{"headline, date question", question{typ: typeDate, field: metaDate}, headline, false},
		{"headline, title question", question{typ: typeEntity, field: metaTitle}, headline, true},
		{"headline, outlet question", question{typ: typeEntity, field: metaPublisher}, headline, true},
		{"byline, no metadata asked", question{typ: typeEntity}, byline, false},
		{"not a metadata line", question{typ: typeAuthor, field: metaAuthor}, &candidate{p: p, line: 3, text: "By Jane Roe"}, false},
	} {
		sc := &scorer{q: tt.q}
		if got := sc.metaLine(tt.c); got != tt.isMeta {
			t.Errorf("%s: metaLine = %v, want %v", tt.name, got, tt.isMeta)
		}
	}
}

// TestBylineForAnotherQuestion: a byline is matched with its document's
// title, and is no short sentence, only for a question asking for
// metadata; for another ("which volcano does Jane Roe name …") it says no
// more than the name it carries, and the title counts only with its
// window, as for any sentence.
func TestBylineForAnotherQuestion(t *testing.T) {
	doc := "The most dangerous volcano\n\nAuthor: Jane Roe.\n\nEtna erupts often, but few people live near it.\n"
	src := &citebot.Source{Path: "v.txt", Title: "The most dangerous volcano", Author: "Jane Roe"}
	p := citebot.Passage{ID: "v#1", Doc: "v.txt", Start: 0, End: len(doc), Text: doc, Line: 1, Source: src}
	for _, tt := range []struct {
		q         string
		short     float64
		withTitle bool // the byline's own cover counts the title
	}{
		{"Which volcano does Jane Roe rank as the most dangerous?", 1, false},
		{"Who wrote the piece on the most dangerous volcano?", 0, true},
	} {
		var got *Candidate
		cands := testAnswerer().Candidates(Request{Question: asked.Parse(tt.q), Passages: []citebot.Passage{p}})
		for i := range cands {
			if cands[i].Text == "Author: Jane Roe." {
				got = &cands[i]
			}
		}
		if got == nil {
			t.Fatalf("%s: no candidate for the byline", tt.q)
		}
		f := got.Features
		if f[fShort] != tt.short || (f[fCover] == f[fCoverWindow]) != tt.withTitle {
			t.Errorf("%s: short %v, cover %.2f, window %.2f; want short %v, title counted %v", tt.q, f[fShort], f[fCover], f[fCoverWindow], tt.short, tt.withTitle)
		}
	}
}

// TestYearConflict: a candidate speaking of another year than the one the
// question names, in a passage that never names the question's year,
// conflicts with it, whatever the question asks for: "what month in 2009"
// is not answered by 2012's summit. A passage that names the question's
// year does not conflict.
func TestYearConflict(t *testing.T) {
	for _, tt := range []struct {
		q, passage string
		conflict   float64
	}{
		{"What month in 2009 was the summit held?", "The summit was cancelled on 2 October 2012.", 1},
		{"How many delegates came to the 2009 summit?", "Forty delegates came to the summit in 2012.", 1},
		{"What month in 2009 was the summit held?", "The summit was held in June 2009.", 0},
		{"When was the summit held?", "The summit was cancelled on 2 October 2012.", 0},
		{"How much did aluminium cost in the 1850s?", "In 1852, aluminium was sold at US$34 per ounce.", 0}, // a year of the decade
		{"How much did aluminium cost in the 1850s?", "In 1886, aluminium was sold at US$1 per ounce.", 1},
	} {
		p := citebot.Passage{ID: "x#1", Doc: "x.txt", Start: 0, End: len(tt.passage), Text: tt.passage}
		cands := testAnswerer().Candidates(Request{Question: asked.Parse(tt.q), Passages: []citebot.Passage{p}})
		if len(cands) == 0 {
			t.Fatalf("%q: no candidate", tt.q)
		}
		if got := cands[0].Features[fYearConflict]; got != tt.conflict {
			t.Errorf("%q on %q: year_conflict %v, want %v", tt.q, tt.passage, got, tt.conflict)
		}
	}
}

// TestFocusUnnamedThing: a question asking for a thing's name ("what is
// the name of the company") or which organisation of a kind ("which
// company") is not answered by a sentence that mentions the thing and
// names nothing beside it ("a local company"); a sentence that names it
// is, and a "which" question that asks for no name is left alone (its
// answer may be no name: "which sectors").
func TestFocusUnnamedThing(t *testing.T) {
	for _, tt := range []struct {
		q, sentence string
		unnamed     float64
	}{
		{"What is the name of the company that built the bridge?", "A local company built the bridge in 1931.", 1},
		{"What is the name of the company that built the bridge?", "The bridge was built by Acme Steel, a local company, in 1931.", 0},
		{"Which company built the bridge?", "A local company built the bridge in 1931.", 1},
		{"Which sectors did the bridge serve?", "Local sectors used the bridge in 1931.", 0},
	} {
		p := citebot.Passage{ID: "x#1", Doc: "x.txt", Start: 0, End: len(tt.sentence), Text: tt.sentence}
		cands := testAnswerer().Candidates(Request{Question: asked.Parse(tt.q), Passages: []citebot.Passage{p}})
		if len(cands) == 0 {
			t.Fatalf("%q: no candidate", tt.q)
		}
		if got := cands[0].Features[fFocusUnnamed]; got != tt.unnamed {
			t.Errorf("%q on %q: focus_unnamed %v, want %v", tt.q, tt.sentence, got, tt.unnamed)
		}
	}
}

// TestIsHeading: a line without sentence punctuation at its end is a
// heading when it is short, or title-cased at any length (a caption); a
// long line in sentence case, a run of names alone, or a sentence is not.
func TestIsHeading(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Installation", true},
		{"95th Percentile Search API Latencies Before and After Blender Launch", true},
		{"Testing Client-Side Applications with Django Post Mortem", true},
		{"Following the launch of Blender our latencies were reduced by three times", false},
		{"Russian President Vladimir Putin Prime Minister Nawaz Sharif Army Chief Raheel Sharif", false},
		{"The Committee Considered An Eight-Bit Code For The Standard.", false},
	} {
		if got := isHeading(tt.s, DefaultTuning().HeadingMaxWords); got != tt.want {
			t.Errorf("isHeading(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestFocusAbbreviatedTitle: a title the question asks for is mentioned
// by its abbreviation ("Col. Gen." for "colonel general").
func TestFocusAbbreviatedTitle(t *testing.T) {
	s := "In return, Russian Col. Gen. Vladimir V. Chirkin visited Islamabad in 2013."
	p := citebot.Passage{ID: "x#1", Doc: "x.txt", Start: 0, End: len(s), Text: s}
	cands := testAnswerer().Candidates(Request{Question: asked.Parse("Which Russian colonel general travelled to Islamabad in 2013?"), Passages: []citebot.Passage{p}})
	if len(cands) == 0 {
		t.Fatal("no candidate")
	}
	if f := cands[0].Features; f[fFocusMissing] != 0 || f[fFocusUnnamed] != 0 {
		t.Errorf("focus_missing %v, focus_unnamed %v; want 0, 0", f[fFocusMissing], f[fFocusUnnamed])
	}
}

// candidateFeatures returns the features of the candidate whose text is
// sentence among the extractive answerer's candidates for question over
// one passage of text s; it reports an error and returns nil when there
// is none.
func candidateFeatures(t *testing.T, question, s, sentence string) []float64 {
	t.Helper()
	p := citebot.Passage{ID: "x#1", Doc: "x.txt", Start: 0, End: len(s), Text: s}
	for _, c := range testAnswerer().Candidates(Request{Question: asked.Parse(question), Passages: []citebot.Passage{p}}) {
		if c.Text == sentence {
			return c.Features
		}
	}
	t.Errorf("%q: no candidate %q", question, sentence)
	return nil
}

// TestDecadeYears: a decade the question names by its first year and an
// "s" ("the 1850s", "the 1990's") stands for its ten years, any of which
// a passage may give without a year conflict; a year alone stands for
// itself.
func TestDecadeYears(t *testing.T) {
	for _, tt := range []struct {
		q, year string
		want    int // years
	}{
		{"how much did aluminium cost in the 1850s", "1850", 10},
		{"what happened in the 1990's", "1990", 10},
		{"what happened in 1850", "1850", 0},
		{"what happened in the 1850s", "1852", 0},
		{"how many were sold in the 40s", "40", 0},
	} {
		if got := decadeYears(tt.q, tt.year); len(got) != tt.want || tt.want > 0 && (got[0] != tt.year || got[9] != tt.year[:3]+"9") {
			t.Errorf("decadeYears(%q, %q) = %q, want %d years from %s", tt.q, tt.year, got, tt.want, tt.year)
		}
	}
}

// TestMoneyChangeOnly: a sum of money given only as a change ("has
// declined by almost $200,000") gives no price to a question that asks
// for a price, and does to one that asks how much it changed.
func TestMoneyChangeOnly(t *testing.T) {
	for _, tt := range []struct {
		q, sentence string
		missing     float64
	}{
		{"What is the average home price?", "The average price of a home has declined by almost $200,000 since February.", 1},
		{"What is the average home price?", "The average price of a home fell 200,000 dollars this year.", 1},
		{"What is the average home price?", "The average price of all homes rose by $42 million.", 1}, // "$" and "42 million" both
		{"What is the average home price?", "The average price of a home was $640,479 in September.", 0},
		{"What is the average home price?", "The average price of a home, $640,479, is down by $200,000.", 0}, // a level too
		{"How much has the average home price dropped?", "The average price of a home has declined by almost $200,000 since February.", 0},
	} {
		f := candidateFeatures(t, tt.q, tt.sentence, tt.sentence)
		if f == nil {
			continue
		}
		if got := f[fMoneyMissing]; got != tt.missing {
			t.Errorf("%q on %q: money_missing %v, want %v", tt.q, tt.sentence, got, tt.missing)
		}
	}
}

// TestWeightInPounds: "pounds" after a number is a weight, not a sum of
// money, to a question that asks how heavy something is.
func TestWeightInPounds(t *testing.T) {
	s := "The console weighs 8.4 pounds."
	if f := candidateFeatures(t, "How heavy is the console?", s, s); f != nil && f[fTypeMissing] != 0 {
		t.Errorf("How heavy is the console? on %q: no value of the asked kind: %v", s, f)
	}
}

// TestCastAsCarriesPlay: a cast list's "as" before the part asked about,
// or a review's actor in brackets after it, says who plays it, so it
// carries the question's "plays".
func TestCastAsCarriesPlay(t *testing.T) {
	checkFullCover(t, []coverCase{
		{"who plays lauda in rush", "Rush stars Chris Hemsworth as Hunt and Daniel Brühl as Lauda.", true},
		{"who plays lauda in rush", "Rush stars Chris Hemsworth and Daniel Brühl beside Lauda.", false},
		{"who coached lauda in rush", "Rush stars Chris Hemsworth as Hunt and Daniel Brühl as Lauda.", false}, // no part is asked
		{"who played carter in the movie", "The movie follows Carter (Denzel Washington) in prison.", true},
		{"who played carter in the movie", "The movie follows Carter (right) in prison.", false},      // no name in the brackets
		{"who played carter in the movie", "The movie follows Carter and (Denzel) in prison.", false}, // not right after the part
	})
}

// TestAliasCarriesAnotherName: a question for another name of a thing is
// said by "also called", "also known as" or "nicknamed", or for a
// nickname by a name in quotation marks inside a name, and not by the
// words it asks with used otherwise ("another wire").
func TestAliasCarriesAnotherName(t *testing.T) {
	checkFullCover(t, []coverCase{
		{"what is another name for an abacus", "The abacus, also called a counting frame, is a tool.", true},
		{"what is another name for an abacus", "Older abacus models have another wire for quarter-kopeks.", false},
		{"what else is the abacus called", "The abacus, also known as a counting frame, is a tool.", true},
		{"what is the abacus called in russia", "The abacus, also called a counting frame, is a tool in Russia.", true}, // no other name asked: "called" as written
		{"what is butlers nickname", "Altimont “Freddie” Butler is a former striker.", true},                            // a name in quotation marks inside the name
		{"what is butlers nickname", "Altimont Butler “scored” twice.", false},
		{"what was butler nicknamed", "Butler, nicknamed Freddie, is a former striker.", true},
		{"what is wall street tower also called", "Wall Street Tower (also the Trump Building) is tall.", true},
	})
}

// TestRealNameCarriesBirthName: a question for the name a person was
// born with is said by "better known by his pen name", "born" before a
// name, "née", and not by its words used otherwise ("Real Drive").
func TestRealNameCarriesBirthName(t *testing.T) {
	checkFullCover(t, []coverCase{
		{"what is shirows real name", "Masanori Ota, better known by his pen name Masamune Shirow, is an artist.", true},
		{"what was herzogs birth name", "Herzog was born Werner Stipetić in Munich.", true},
		{"what is shirows real name", "Shirow's series, titled Real Drive, began airing with his name on it.", false},
	})
}

// TestSubstituteCarriesInstead: a question for what may take a thing's
// place is said by "alternative to", "substitute for", "in place of" and
// their like; a question that only contrasts two things is not.
func TestSubstituteCarriesInstead(t *testing.T) {
	checkFullCover(t, []coverCase{
		{"what can i use instead of tomatoes", "You can use pomegranate arils as a punchy alternative to tomatoes.", true},
		{"what can i use instead of tomatoes", "You can use pomegranate arils with tomatoes.", false},
		{"what is a good substitute for butter", "Olive oil can be used in place of butter, and it is good.", true},
		{"why did she meditate in a studio instead of at home", "She meditated in a studio, an alternative to her home.", false}, // a contrast, no substitute asked
	})
}

// TestAuthorSaysI: a question speaking of whoever wrote the text ("the
// author", "the writer") is said by a sentence its writer says in the
// first person, not by a quoted speaker's "I" nor by a sentence in the
// third person.
func TestAuthorSaysI(t *testing.T) {
	checkFullCover(t, []coverCase{
		{"where does the author teach", "I teach marketing to MBA students at Rice University.", true},
		{"what did the writer cook", "Last year my wife and I cooked a roast.", true},
		{"where does the author teach", "“I teach at Rice University,” said Kumar.", false},
		{"where does the author teach", "Kumar teaches at Rice University.", false},
	})
}

// TestMembersConsistOf: a question for the members of a group is said
// by what the group consists of, is made up of or comprises.
func TestMembersConsistOf(t *testing.T) {
	checkFullCover(t, []coverCase{
		{"who were the members of antique", "Antique was a duo consisting of Elena Paparizou and Nikos Panagiotidis.", true},
		{"who are the members of the panel", "The panel is made up of five judges.", true},
		{"who were the members of antique", "Antique was a duo with Elena Paparizou and Nikos Panagiotidis.", false},
	})
}

// TestNonBreakingSpaceRead: a value written after a non-breaking space,
// as scraped pages write it ("in\u00a0Tribeca"), is read as after a space.
func TestNonBreakingSpaceRead(t *testing.T) {
	s := "We met at a hotel in\u00a0Tribeca, where Wiig lives."
	shown := strings.ReplaceAll(s, "\u00a0", " ") // a candidate shows its spaces plain (oneSpace)
	if f := candidateFeatures(t, "where does wiig live", s, shown); f != nil && f[fType] != 1 {
		t.Errorf("where does wiig live, on %q: type %.2f, want 1", s, f[fType])
	}
}

// coverCase is a question, a sentence, and whether the sentence carries
// all of the question's terms.
type coverCase struct {
	q, sentence string
	full        bool
}

// checkFullCover checks, for each case, that the sentence as a passage of
// its own carries all of the question's terms (cover 1) or not, as full
// says.
func checkFullCover(t *testing.T, cases []coverCase) {
	t.Helper()
	for _, tt := range cases {
		f := candidateFeatures(t, tt.q, tt.sentence, tt.sentence)
		if f == nil {
			continue
		}
		if got := f[fCover]; (got == 1) != tt.full {
			t.Errorf("%q on %q: cover %.2f, want full %v", tt.q, tt.sentence, got, tt.full)
		}
	}
}

// TestQuotedTitle: a phrase the question quotes must be in the sentence,
// unless it is the title of the sentence's document, which names the
// document ("according to the post \"Going mobile in 1998\"").
func TestQuotedTitle(t *testing.T) {
	src := &citebot.Source{Title: "Going mobile in 1998"}
	for _, tt := range []struct {
		quotes []string
		s      string
		src    *citebot.Source
		want   float64
	}{
		{nil, "It had 2 megabytes of RAM.", src, 0},
		{[]string{"going mobile in 1998"}, "It had 2 megabytes of RAM.", src, 0}, // the document's title
		{[]string{"going mobile in 1998"}, "It had 2 megabytes of RAM.", nil, -1},
		{[]string{"going mobile in 1998"}, "Going mobile in 1998 was hard.", src, 1},
		{[]string{"going mobile in 1998", "palm v"}, "It had 2 megabytes of RAM.", src, -1},
		{[]string{"going mobile in 1998", "palm v"}, "The Palm V had 2 megabytes of RAM.", src, 1},
	} {
		if got := quoted(tt.quotes, tt.s, tt.src); got != tt.want {
			t.Errorf("quoted(%q, %q) = %v, want %v", tt.quotes, tt.s, got, tt.want)
		}
	}
}
