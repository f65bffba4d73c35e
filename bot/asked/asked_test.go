package asked_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/citebot/citebot/bot/asked"
)

// TestParse: one parse gives both classifications and what they measure.
func TestParse(t *testing.T) {
	tests := []struct {
		q    string
		typ  asked.Type
		kind asked.Kind
		want string // Money|Count|Quantity|Code|Unit|Quotes|Share|Measure|Counted|Plan|Event
	}{
		{"Who wrote the report on the dam?", asked.TypeAuthor, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"Which journalist wrote the story about the dam?", asked.TypeAuthor, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"Which news agency wrote the story about the dam?", asked.TypeAuthor, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"who is the reporter behind the dam story", asked.TypeAuthor, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"Which journalist was hurt at the dam?", asked.TypePerson, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"whos the blogger behind the dam post", asked.TypeAuthor, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"What had the reporter filed before the dam broke?", asked.TypeEntity, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"What did the reporter behind the story reveal about the dam?", asked.TypeEntity, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"How much did the bridge cost?", asked.TypeNumber, asked.KindNumber, "true|false|false|false||[]|false|$|||"},
		{"What is the tool called?", asked.TypeEntity, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"Whose byline is on the story about the dam?", asked.TypeAuthor, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"who did the radio interview with the dam's engineer", asked.TypeAuthor, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"Which user started the forum thread \"Dam levels falling?\"", asked.TypeAuthor, asked.KindNone, "false|false|false|false||[dam levels falling?]|false||||"},
		{"Who asked the question about the dam on Stack Exchange?", asked.TypeAuthor, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"Who opened the GitHub issue on the dam model?", asked.TypeAuthor, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"Who was interviewed about the dam?", asked.TypePerson, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"so who wrote the dam report?", asked.TypeAuthor, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"do you know who wrote the dam story", asked.TypeAuthor, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"any idea who wrote the dam story?", asked.TypeAuthor, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"Who posted the planet.com piece on the dam, and when?", asked.TypeAuthor, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"Who posted \"Water on the Moon\" on the Planet blog?", asked.TypeAuthor, asked.KindNone, "false|false|false|false||[water on the moon]|false||||"},
		{"What did the reporter who wrote the dam story find?", asked.TypePerson, asked.KindNone, "false|false|false|false||[]|false||||"},  // not the author
		{"How will supplies reach the troops who stay at the dam?", asked.TypeAny, asked.KindNone, "false|false|false|false||[]|false||||"}, // a relative "who"
		{"Why did the minister who visited the dam resign?", asked.TypeReason, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"What's the name of the man who built the dam?", asked.TypePerson, asked.KindName, "false|false|false|false||[]|false||||"},
		{"author of the dam piece?", asked.TypeAuthor, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"The dam report was written by whom?", asked.TypeAuthor, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"Which prize did the author of the dam report win?", asked.TypeEntity, asked.KindNone, "false|false|false|false||[]|false||||"},          // asks about the author
		{"What does the op-ed written by Jane Roe say about the dam?", asked.TypeEntity, asked.KindNone, "false|false|false|false||[]|false||||"}, // names the author
		{"Who opened the dam in 1931?", asked.TypePerson, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"What is a byline?", asked.TypeDefine, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"What did the bridge cost?", asked.TypeNumber, asked.KindNumber, "true|false|false|false||[]|false|$|||"},
		{"How much money did the fair raise?", asked.TypeNumber, asked.KindNumber, "true|false|false|false||[]|false|$|||"},
		{"how much cheaper is the ticket, like in $", asked.TypeNumber, asked.KindNumber, "true|false|false|false||[]|false||||"},
		{"What's the price of a ticket?", asked.TypeNumber, asked.KindNumber, "true|false|false|false||[]|false|$|||"},
		{"whats the value of the contract", asked.TypeNumber, asked.KindNumber, "true|false|false|false||[]|false||||"},
		{"What value does the flag take?", asked.TypeNumber, asked.KindNumber, "false|false|false|true||[]|false||||"}, // not money
		{"who's the author of the dam story?", asked.TypeAuthor, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"what is the default max rsa key size the server accepts", asked.TypeNumber, asked.KindNone, "false|false|false|false||[]|false||||"}, // modifiers before the measure
		{"What is the reason for the price rise?", asked.TypeReason, asked.KindNone, "false|false|false|false||[]|false||||"},                  // no measure asked
		{"whats the population of the valley", asked.TypeNumber, asked.KindNumber, "false|false|true|false||[]|false||||"},
		{"How many troops were stationed there in 2015?", asked.TypeNumber, asked.KindNumber, "false|true|false|false||[]|false|count|troop||"},
		{"What share of the budget went to schools?", asked.TypeNumber, asked.KindNumber, "false|false|false|false||[]|true|$|||"},
		{"When was the museum founded?", asked.TypeDate, asked.KindDate, "false|false|false|false||[]|false||||founded"},
		{"When was the visit supposed to take place?", asked.TypeDate, asked.KindDate, "false|false|false|false||[]|false|||supposed|"},
		{"On what exact day in March 2012 did the ministers meet?", asked.TypeDate, asked.KindDate, "false|false|false|false||[]|false||||"},
		{"what specific year did the dam open", asked.TypeDate, asked.KindDate, "false|false|false|false||[]|false||||"},
		{"does anyone know the exact date the dam opened", asked.TypeDate, asked.KindDate, "false|false|false|false||[]|false||||"}, // a request for a date
		{"the exact date the dam opened?", asked.TypeDate, asked.KindDate, "false|false|false|false||[]|false||||"},                 // its noun alone
		{"the day after the dam opened, who spoke?", asked.TypePerson, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"How quickly does the team respond to a report?", asked.TypeNumber, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"Where did the team finish in the league?", asked.TypePlace, asked.KindStanding, "false|false|false|false||[]|false||||"},
		{"What is the length of the river in kilometres?", asked.TypeNumber, asked.KindNumber, "false|false|true|false|kilometres|[]|false|length|||"},
		{"how loud in decibels does the chorus get", asked.TypeNumber, asked.KindNone, "false|false|false|false|decibels|[]|false||||"},
		{"What is the battery capacity, in mAh, of the phone?", asked.TypeNumber, asked.KindNone, "false|false|false|false|mah|[]|false||||"},
		{"How large, in square miles, was the piece of ice?", asked.TypeNumber, asked.KindNumber, "false|false|false|false|miles|[]|false||||"},
		{"how hot does it get in degrees celsius", asked.TypeNumber, asked.KindNone, "false|false|false|false|celsius|[]|false||||"},
		{"What did the 'New Hope' plan promise?", asked.TypeEntity, asked.KindNone, "false|false|false|false||[new hope]|false||||"},
		{"Why did the talks fail?", asked.TypeReason, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"What is a viaduct?", asked.TypeDefine, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"What is DRF-SC in the Go memory model?", asked.TypeDefine, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"what is a godebug setting, in the compatibility docs", asked.TypeDefine, asked.KindNone, "false|false|false|true||[]|false||||"},
		{"What is the largest desert in Asia?", asked.TypeEntity, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"What is Bodmin called in Cornish?", asked.TypeEntity, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"wat was actually in those survival kits back in the 60s lol", asked.TypeAny, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"What is the population of the valley?", asked.TypeNumber, asked.KindNumber, "false|false|true|false||[]|false||||"},
		{"How tall is the tower?", asked.TypeNumber, asked.KindNumber, "false|false|true|false||[]|false||||"},
		{"how do i install godotenv", asked.TypeAny, asked.KindNone, "false|false|false|true||[]|false||||"},
		{"Which function loads the file?", asked.TypeEntity, asked.KindNone, "false|false|false|true||[]|false||||"},
		{"What rank did the envoy hold?", asked.TypeEntity, asked.KindRank, "false|false|false|false||[]|false||||"},
		// a kind of person after "which" (person-nouns.txt), past modifiers
		{"Which retired Pakistani brigadier argued for closer ties?", asked.TypePerson, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"Which Russian officer commanded the troops?", asked.TypePerson, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"What colonel general travelled to Islamabad?", asked.TypePerson, asked.KindNone, "false|false|false|false||[]|false||||"},
		// not a kind of person: a modifier ("Russian"), a named person, a thing
		{"Which Russian bank opened a branch?", asked.TypeEntity, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"What would Putin have become?", asked.TypeEntity, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"Which character in the novels is her alter ego?", asked.TypePerson, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"Which Russian expert suggested the trucks?", asked.TypePerson, asked.KindNone, "false|false|false|false||[]|false||||"}, // "expert", an adjective too in WordNet, is not in person-nouns.txt
		{"Which officials signed the deal?", asked.TypePerson, asked.KindNone, "false|false|false|false||[]|false||||"},
		// a kind of person that modifies a thing ("thing-nouns.txt"): the
		// thing is asked for; a verb after the kind, even one spelt as a
		// noun ("left"), does not make it a modifier
		{"Which member states voted against the plan?", asked.TypeEntity, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"Which wazero host module provides system calls?", asked.TypeEntity, asked.KindNone, "false|false|false|false||[]|false||||"}, // "module", a noun WordNet never tags, is what "host" modifies
		{"Which Tajik city hosted the first summit?", asked.TypePlace, asked.KindNone, "false|false|false|false||[]|false||||"},        // the city: a place
		{"which years were the open-air tests held?", asked.TypeDate, asked.KindPeriod, "false|false|false|false||[]|false||||"},       // years, in the plural: dates
		{"what months did the drills run in", asked.TypeDate, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"What was the official release date of the console?", asked.TypeDate, asked.KindDate, "false|false|false|false||[]|false||||"}, // the date by its noun
		{"what is the year of the treaty", asked.TypeDate, asked.KindDate, "false|false|false|false||[]|false||||"},
		{"What will be the output of the power station?", asked.TypeNumber, asked.KindNone, "false|false|false|false||[]|false||||"},    // "will be" as "is"
		{"What was the total amount spent on the tower?", asked.TypeNumber, asked.KindNumber, "false|false|false|false||[]|false|$|||"}, // modifiers before "amount"
		{"What were the search latencies after the launch?", asked.TypeNumber, asked.KindNone, "false|false|false|false||[]|false||||"}, // a measure in the plural
		{"what does the new phone weigh", asked.TypeNumber, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"what % of the vote did he get", asked.TypeNumber, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"what time did the plane take off", asked.TypeNumber, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"What time period does it cover?", asked.TypeEntity, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"At whose request did the minister come?", asked.TypePerson, asked.KindNone, "false|false|false|false||[]|false||||"}, // "whose" after a preposition asks
		{"Per the report, whose prodding got the talks going?", asked.TypePerson, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"What was the name of the band whose singer left?", asked.TypeEntity, asked.KindName, "false|false|false|false||[]|false||||"}, // a relative "whose"
		{"What probability did the charity give the grant?", asked.TypeNumber, asked.KindNone, "false|false|false|false||[]|false||||"}, // a measure by its noun before a verb
		{"What top gust speed could the storm reach?", asked.TypeNumber, asked.KindNone, "false|false|true|false||[]|false||||"},
		{"At what age did she graduate from high school?", asked.TypeNumber, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"What was the attendance at the final?", asked.TypeNumber, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"What rate of growth did they see?", asked.TypeEntity, asked.KindNone, "false|false|false|false||[]|false||||"},                        // the noun is no measure asked for
		{"What is the date format?", asked.TypeDefine, asked.KindNone, "false|false|false|false||[]|false||||"},                                 // "for" in "format" is no "for"
		{"what is the minimum number of years of schooling needed?", asked.TypeEntity, asked.KindNone, "false|false|false|false||[]|false||||"}, // a count of years
		{"Which donor countries pledged the most?", asked.TypeEntity, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"Which officer left the army in 2010?", asked.TypePerson, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"Which police officer shot the man?", asked.TypePerson, asked.KindNone, "false|false|false|false||[]|false||||"},
		{"Which deputies voted against the plan?", asked.TypePerson, asked.KindNone, "false|false|false|false||[]|false||||"},
	}
	for _, tt := range tests {
		p := asked.Parse(tt.q)
		got := fmt.Sprintf("%v|%v|%v|%v|%s|%v|%v|%s|%s|%s|%s", p.Money, p.Count, p.Quantity, p.Code, p.Unit, p.Quotes, p.Share, p.Measure, p.Counted, p.Plan, p.Event)
		if p.Type != tt.typ || p.Kind != tt.kind || got != tt.want {
			t.Errorf("Parse(%q) = type %d, kind %d, %q; want %d, %d, %q", tt.q, p.Type, p.Kind, got, tt.typ, tt.kind, tt.want)
		}
		if p.Text != tt.q || len(p.Tokens) == 0 || p.Folded == "" {
			t.Errorf("Parse(%q): text %q, %d tokens, folded %q", tt.q, p.Text, len(p.Tokens), p.Folded)
		}
	}
}

// TestVersion: a question for which version or release of something asks
// for a release's number; one that names a version does not.
func TestVersion(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"which go version added the lock-free map?", true},
		{"In which release of the specification was the file introduced?", true},
		{"what minimum Go version does cobra need", true},
		{"Which versions support it?", true},
		{"what is the minimum go version for fsnotify", true}, // "is the" before the words
		{"what's the latest release?", true},
		{"what is the version 2 licence about?", false},
		{"what does version 2 of the licence say about patents?", false},
		{"which licence allows a release under a later version?", false},
		{"when was the first release?", false},
	} {
		if got := asked.Parse(tt.q).Version; got != tt.want {
			t.Errorf("Parse(%q).Version = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestParseMoney: a question naming a sum with its modifiers ("annual
// salary", "monthly rent") asks for money; a noun after words that are no
// modifiers does not, nor does one asking by how much one thing exceeds
// another, which a share answers, nor one for how much there is of a
// thing that it names ("how much elo").
func TestParseMoney(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"What was the coach's annual salary in his last season?", true},
		{"what is the monthly rent at the new flats", true},
		{"how much is rent for a flat there", true},
		{"how much was the driver's bail", true},
		{"How much funding per pupil will each school receive?", true},
		{"how much is the charity paying the studio for the game", true},
		{"how much is the two-month expedition costing", true},
		{"What is the museum's yearly running budget?", true},
		{"What was the price of the ticket?", true},
		{"What is the reason for the price rise?", false},
		{"What is the name of the tuition programme?", false},
		{"how much did the film make at the box office", true},
		{"how much does a teacher make a year", true},
		{"Which film topped the box office this weekend?", false},
		{"how much progress did the talks make", false},
		{"how much noise did the crowd make", false},
		{"Who paid the rent?", false},
		{"how much more do graduates earn than school leavers", false}, // a share answers: "25% more"
		{"how much less did the flat cost than the house", false},
		{"how much more did they earn last year", true},
		{"how much did consumption fall per 1% rise in energy prices", false}, // a share answers: "a 0.08% fall"
		{"how much did gas prices fall after the cut", true},
		{"how much has the price of gas dropped", true},
		{"how much elo is a win worth", false}, // an amount of a thing named after "how much"
		{"how much land did the firm pay for", false},
		{"how much prize money did the team win", true},
		{"how much $$ have donations brought in", true},
		{"how much military aid did they pay out", true},
	}
	for _, tt := range tests {
		if got := asked.Parse(tt.q).Money; got != tt.want {
			t.Errorf("Parse(%q).Money = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestNouns: which words name a kind of person (IsPersonNoun: not its
// plural) and which are nouns (IsNoun, plurals too).
func TestNouns(t *testing.T) {
	for _, tt := range []struct {
		w              string
		person, isNoun bool
	}{
		{"physicist", true, true},
		{"physicists", false, true},
		{"coach", true, true},
		{"tanker", false, true},
		{"play", false, false},
	} {
		if got := asked.IsPersonNoun(tt.w); got != tt.person {
			t.Errorf("IsPersonNoun(%q) = %v, want %v", tt.w, got, tt.person)
		}
		if got := asked.IsNoun(tt.w); got != tt.isNoun {
			t.Errorf("IsNoun(%q) = %v, want %v", tt.w, got, tt.isNoun)
		}
	}
}

// TestTerm: a definition question gives the term it asks to have defined,
// folded, without an article or the question mark, also when it names
// where the term is used; any other question gives none.
func TestTerm(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"What is albedo?", "albedo"},
		{"what's a Damphu", "damphu"},
		{"What are the Atkinson Principles?", "atkinson principles"},
		{"What is DRF-SC in the Go memory model?", "drf-sc"},
		{"What is the tool called?", ""},
		{"How much did the bridge cost?", ""},
	} {
		if got := asked.Parse(tt.q).Term; got != tt.want {
			t.Errorf("Parse(%q).Term = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestWhoIsName: "who is" before a name asks what that person is (a
// definition, whose term is the name); before a role, a post, an
// adjective or a clause it asks for a person.
func TestWhoIsName(t *testing.T) {
	for _, tt := range []struct {
		q    string
		typ  asked.Type
		term string
	}{
		{"who is julia kristeva", asked.TypeDefine, "julia kristeva"},
		{"Who is Khalid Iqbal?", asked.TypeDefine, "khalid iqbal"},
		{"who was lavrov", asked.TypeDefine, "lavrov"},
		{"who is the pm of pakistan", asked.TypePerson, ""},
		{"who is responsible", asked.TypePerson, ""},
		{"who is taylor swift dating", asked.TypePerson, ""},
		{"who was president in 2003", asked.TypePerson, ""},
		{"who is patrick sawyer", asked.TypeDefine, "patrick sawyer"}, // a given name, and a surname that names a kind of person too
		{"who is john smith", asked.TypeDefine, "john smith"},
		{"who is quint davis", asked.TypeDefine, "quint davis"},   // a surname that is a given name too
		{"who is don marshall", asked.TypeDefine, "don marshall"}, // a given name that is a stop word too
		{"who is will smith", asked.TypeDefine, "will smith"},
		{"who is still alive", asked.TypePerson, ""},
		{"who is grace", asked.TypePerson, ""},         // one word alone
		{"who is mark visiting", asked.TypePerson, ""}, // an -ing form
		{"who was sawyer", asked.TypePerson, ""},       // a kind of person alone
	} {
		if p := asked.Parse(tt.q); p.Type != tt.typ || p.Term != tt.term {
			t.Errorf("Parse(%q) = type %d, term %q; want %d, %q", tt.q, p.Type, p.Term, tt.typ, tt.term)
		}
	}
}

// TestAsDefinition: a question for what a short form stands for is asked
// as one for what it is, the short form as typed; a question for what a
// name means, for what someone meant, or for what a pronoun stands for is
// not.
func TestAsDefinition(t *testing.T) {
	for q, want := range map[string]string{
		"what does FAST stand for":         "what is FAST?",
		"What does the acronym SCO mean?":  "what is SCO?",
		"What is BOOT short for?":          "what is BOOT?",
		"What does t-SNE stand for?":       "what is t-SNE?",
		"what does it stand for":           "",
		"What does the name Bodmin mean?":  "",
		"what did lavrov mean":             "",
		"what does the minister mean by X": "",
		"what does guetzli mean":           "what is guetzli?",
		"wat does GDPR means":              "",
		"What does the surname Raith mean": "",
		"what is uniseg for":               "what is uniseg?", // what it is for, which what it is says
		"what are the zones for?":          "what is zones?",
	} {
		if got := asked.AsDefinition(q); got != want {
			t.Errorf("AsDefinition(%q) = %q, want %q", q, got, want)
		}
		if p := asked.Parse(q); (p.Type == asked.TypeDefine) != (want != "") {
			t.Errorf("Parse(%q) = type %d; want a definition question: %v", q, p.Type, want != "")
		}
	}
}

// TestAsDefinitionFirst: a definition question that ends at a message's
// first question mark is asked alone when words that ask nothing more
// follow it; a second question, or none, leaves the message as it is.
// TestAsPopulation: how many people live somewhere is asked as its
// population; other counts of people are not.
func TestAsPopulation(t *testing.T) {
	for q, want := range map[string]string{
		"how many people live in Toronto?":             "what is the population of Toronto?",
		"How many residents live in Bodmin":            "what is the population of Bodmin?",
		"how many people live on the island?!":         "what is the population of the island?",
		"How many people lived in Bodmin in 1801?":     "what was the population of Bodmin in 1801?",
		"how many people live in germany now? roughly": "what is the population of germany now?",
		"how many people work in Toronto?":             "",
		"how many people live with the condition?":     "",
		"what is the population of Toronto?":           "",
	} {
		if got := asked.AsPopulation(q); got != want {
			t.Errorf("AsPopulation(%q) = %q, want %q", q, got, want)
		}
	}
}

func TestAsDefinitionFirst(t *testing.T) {
	for q, want := range map[string]string{
		"what is a grapheme cluster? uniseg keeps talking about them": "what is a grapheme cluster?",
		"who is patrick sawyer? the guy in the ebola story":           "who is patrick sawyer?",
		"what does FAST stand for? saw it in the nature piece":        "what is FAST?",
		"what is a grapheme cluster? how do i count them":             "", // a second question
		"what is a grapheme cluster? is it a rune":                    "",
		"what is a grapheme cluster?? thx!!":                          "", // nothing but chatter after it, which Unchatter drops before
		"who won the match? the article says it was close":            "", // no definition question
	} {
		if got := asked.AsDefinition(q); got != want {
			t.Errorf("AsDefinition(%q) = %q, want %q", q, got, want)
		}
	}
}

// TestWhatIs: the X of "what is X" of up to five words, without its
// article; none when it asks what X is called or is no such question.
func TestWhatIs(t *testing.T) {
	for q, want := range map[string]string{
		"what is the senate of pakistan?":                "senate of pakistan",
		"who was harry mcpherson":                        "harry mcpherson",
		"what is the tool called?":                       "",
		"what is the name of the new company":            "name of the new company",
		"what is the first thing the council did in may": "",
		"when was the senate founded":                    "",
	} {
		if got := asked.WhatIs(asked.Parse(q).Folded); got != want {
			t.Errorf("WhatIs(%q) = %q, want %q", q, got, want)
		}
	}
}

// TestParseByShare: a money question that asks how much more or less, or
// names a charge a rate may set, lists the words a share answers it
// before; no other does.
func TestParseByShare(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"how much more do degree holders earn", []string{"more", "less", "higher", "lower"}},
		{"what fee on banks was proposed", []string{"fee"}},
		{"how much are the premiums", []string{"premiums"}},
		{"how much did the house cost", nil},
		{"how many fees are there", nil}, // no money question
	} {
		if got := asked.Parse(tt.q).ByShare; !slices.Equal(got, tt.want) {
			t.Errorf("Parse(%q).ByShare = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestParseChange: a question that asks how much an amount changed, or
// how it compares, says so (Question.Change); one that asks for the
// amount does not.
func TestParseChange(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"How much have prices dropped since February?", true},
		{"how much did consumption fall", true},
		{"How much more do graduates earn?", true},
		{"What is the average home price?", false},
		{"How much does the Xbox One X cost?", false},
	} {
		if got := asked.Parse(tt.q).Change; got != tt.want {
			t.Errorf("Parse(%q).Change = %v, want %v", tt.q, got, tt.want)
		}
	}
}
