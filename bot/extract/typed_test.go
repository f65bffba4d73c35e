package extract

import (
	"math"
	"testing"

	"github.com/citebot/citebot/text"
)

func TestNamedNew(t *testing.T) {
	a := testAnswerer()
	q := a.analyze("What is the place-and-route tool called?")
	tests := []struct {
		s    string
		want bool
	}{
		{"My tool (named, surprisingly, gp4par) is then launched on the netlist.", true},
		{"The schooner, called the Polaris, sails in April.", true},
		{"The tool is called a place-and-route tool.", false}, // "a" then a word the question has
		{"The tool runs on the netlist.", false},
	}
	for _, tt := range tests {
		if got := namedNew(tt.s, q); got != tt.want {
			t.Errorf("namedNew(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestTypeMatch: a sentence holds an answer of the asked kind or not. A
// place named after "in", "at" or "from" answers a question for a place
// ("at The Hague" names the Hague), a month or a day there does not; a
// sentence that gives a cause, by any of the usual connectives, answers a
// question asking why, one that restates the question does not; a
// sentence that names the term after "referred to as" or "known as"
// defines it.
func TestTypeMatch(t *testing.T) {
	a := testAnswerer()
	place := a.analyze("Which port city hosted the Aman naval exercise?")
	why := a.analyze("Why does Pakistan not want to jeopardize its relations with the US?")
	count := a.analyze("How many people play the game each day?")
	often := a.analyze("how often were the summits held?")
	def := a.analyze("What is DRF-SC in the Go memory model?")
	release := a.analyze("Which Go release added the lock-free map?")
	cost := a.analyze("How much does admission to the gallery cost?")
	wait := a.analyze("how long did they have to wait at three mile island before going in")
	players := a.analyze("How many of the 14 players have left?")
	days := a.analyze("On which days of February 2012 was the minister in Moscow?")
	members := a.analyze("how many members has the union got")
	dates := a.analyze("How many dates does the tour have?")
	floors := a.analyze("How many floors did the syndicate plan?")
	hours := a.analyze("how many hrs did he spend explaining himself")
	afterYears := a.analyze("After how many years did the experiment capture a drop?")
	closes := a.analyze("when do german schools close")
	closed := a.analyze("when did the german schools close")
	opens := a.analyze("when will the new bridge open")
	added := a.analyze("when was the retry option added")
	used := a.analyze("when was the word first used")
	rally := a.analyze("when is the rally")
	founded := a.analyze("when was the monastery founded")
	died := a.analyze("when did ibn al-haytham die")
	song := a.analyze("who wrote the song america the beautiful")
	stations := a.analyze("how many stations does the tunnel have")
	madeOf := a.analyze("what was vegetarian fish made from")
	pipes := a.analyze("what is the utility putting in to replace its old pipes made of iron?")
	strips := a.analyze("what strips did breathed draw after bloom county")
	launched := a.analyze("when did the witch queen launch")
	comesOut := a.analyze("when exactly do the widgets come out")
	posted := a.analyze("when was the post about the widgets submitted")
	city := a.analyze("which city was the fire in")
	from := a.analyze("where did the debris come from")
	for _, tt := range []struct {
		typ answerType
		q   question
		s   string
		yes bool // the sentence holds an answer of the kind (typeMatch 1)
	}{
		{typePlace, place, "The Aman exercise was held in Karachi.", true},
		{typePlace, place, "Delegates met at The Hague after the Aman exercise.", true},
		{typePlace, place, "Russia took part in the Aman exercise in February.", false},
		{typePlace, place, "The Aman exercise was held at 1225 N. Rampart St. last week.", true}, // a street with its number
		{typeDate, opens, "The new bridge will open in the next few months.", true},              // a time from now answers a question in the future tense
		{typeDate, opens, "The new bridge will open within two years.", true},
		{typeDate, closed, "The German schools closed in the next few months.", false},
		{typeDate, opens, "The new bridge will open once the paint dries.", false},
		{typeDate, opens, "The weather should ease by Thursday morning, allowing the new bridge to open.", true}, // a day of the week answers the future tense too
		{typeDate, added, "The retry option was added in v1.63.", true},                                          // a release answers when a thing came in
		{typeDate, added, "The retry option was added in version 2 of the library.", true},
		{typeDate, closed, "The German schools closed in v1.63.", false},
		{typeDate, added, "The retry option was added after 3 complaints.", false},
		{typePlace, place, "The Aman exercise was held in 2012 by the navy.", false},
		{typePlace, city, "The fire killed 231 people in the southern city of Santa Maria.", true}, // a place after the kind asked and "of"
		{typePlace, city, "The fire killed 231 people in the southern town of Santa Maria.", false},
		{typePlace, from, "The debris crashed into a house in the tranquil city of Naples.", false}, // no kind asked
		{typeReason, why, "The major factor behind this was vast financial and military assistance from the US.", true},
		{typeReason, why, "Islamabad keeps close ties with Washington because of the aid it receives.", true},
		{typeReason, why, "The move was driven by fears of isolation.", true},
		{typeReason, why, "Islamabad keeps close ties with Washington due\nto the aid it receives.", true}, // a wrapped line
		{typeNumber, often, "The summits were held every\nyear until 2012.", true},
		{typeNumber, often, "Thousands of people attended the 12 summits.", false}, // a count says not how often
		{typeReason, why, "Pakistan does not want to jeopardize its relations with the US.", false},
		{typeReason, why, "Sun owned the trademark. That led to Microsoft calling its dialect JScript.", true},
		{typeReason, why, "That led to Microsoft calling its dialect JScript.", false}, // the reason is in the sentence before
		{typeReason, why, "This is why the plant closed.", false},
		{typeReason, why, "Costs rose, which is why the plant closed.", true},
		{typeReason, why, "This allows us to implement most of the language in itself.", true}, // what a design allows is why it was chosen
		{typeReason, why, "The storm did not grow; as such, it was not named.", true},
		{typeReason, why, "The tool allows one to read the file.", false},
		{typeReason, why, "As such, it was not named.", false}, // the reason is in the sentence before
		{typeNumber, count, "About one million people play the game each day.", true},
		{typeNumber, count, "It's a bad time to play the game, but a good one to take stock.", false}, // "one" stands for a time
		{typeNumber, count, "No one plays the game each day.", false},
		{typeNumber, count, "People play the game with one another.", false},
		{typeNumber, count, "You can move tasks from one column to another.", false},
		{typeNumber, count, "It changes hands one way or another.", false},
		{typeNumber, count, "One example of the game is played each day.", false}, // "one example" is "an example"
		{typeNumber, count, "One such game is played each day.", false},
		{typeNumber, cost, "Admission to the gallery is free.", true}, // a price of nothing
		{typeNumber, cost, "Tours of the gallery are given free of charge.", true},
		{typeNumber, cost, "The gallery will be free of crowds in winter.", false},
		{typeNumber, cost, "Visitors are free to roam the gallery.", false},
		{typeNumber, wait, "At Three Mile Island, engineers had to wait three years.", true}, // "three years" is no "three mile"
		{typeNumber, wait, "At Three Mile Island, engineers had to wait.", false},
		{typeDate, rally, "Workers will join a 12 p.m. rally outside the airport.", true}, // "when is": a time of day
		{typeDate, rally, "Workers will join a rally outside the airport.", false},
		{typeDate, used, "The use of the word dates before 1387 AD, when a Middle English work borrowed it.", true}, // a year by its era
		{typeDate, used, "The period 2700–2300 BC saw the first use of the word.", true},
		{typeDate, used, "The word was first used by 1387 scribes.", false},
		{typeDate, founded, "St. Petroc founded a monastery in the 6th century.", true}, // a century
		{typeDate, founded, "The monastery was founded in the mid fourteenth century.", true},
		{typeDate, founded, "The monastery was founded by monks of the first order.", false},
		{typeDate, died, "Ibn al-Haytham (full name al-Ḥasan ibn al-Haytham; c. 965 – c. 1040) was a physicist.", true}, // a life's years after a name
		{typeDate, died, "Ibn al-Haytham wrote a treatise (in 7 volumes; 1011 – 1021 scrolls) on optics.", false},
		{typeNumber, wait, "At Three Mile Island, engineers had to wait from June 1979 until January 1982.", true}, // a span between two dates
		{typeNumber, wait, "At Three Mile Island, engineers waited between 1979 and 1982.", true},
		{typeNumber, wait, "At Three Mile Island, engineers waited in 1979 and again in 1982.", false},
		{typeNumber, wait, "At Three Mile Island, engineers had to wait for many years.", true}, // a span in words
		{typeNumber, wait, "At Three Mile Island, engineers had to wait a decade.", true},
		{typeNumber, wait, "At Three Mile Island, engineers had to wait many times.", false},
		{typeNumber, count, "People played the game from June 2011 until January 2014.", false}, // no count
		{typeNumber, players, "Of the 14 players on duty, nine have since left.", true},
		{typeNumber, players, "Of the 14 players on duty, most have since left.", false}, // the question's 14 players
		{typeDate, days, "The minister visited Moscow on 7-9 February.", true},
		{typeDate, days, "The minister with her counterpart in Moscow, February 2012", false}, // the question's own date
		{typeNumber, members, "Forty-five percent of union members voted.", false},            // a share
		{typeNumber, members, "About 45% of the union's members voted.", false},
		{typeNumber, members, "The union has more than 165,000 members.", true},
		{typeNumber, members, "Its members face a four-year funding loss.", false}, // "four" measures the loss
		{typeNumber, members, "Many union members are over 40 years old.", false},  // an age
		{typeNumber, members, "The union, 40 years old, has 9,000 members.", true},
		{typeNumber, dates, "The 30-date run starts in June.", true},
		{typeNumber, floors, "The syndicate hoped to build a 20-story building.", true}, // the unit the question counts, spelt otherwise
		{typeNumber, floors, "The syndicate hoped to build a 20-acre park.", false},
		{typeNumber, hours, "He spent eighty-six hours explaining himself.", true}, // "eighty" is a number word
		{typeNumber, hours, "He spent sixteen hours explaining himself.", true},
		{typeNumber, count, "It is one of the games people play each day.", false},
		{typeNumber, count, "People play the game each day 3 km (two miles) from the coast.", false},               // a distance
		{typeNumber, count, "Seventy years ago, people began to play the game each day.", false},                   // a time
		{typeNumber, afterYears, "After 69 years, the experiment captured a drop.", true},                          // the unit the question counts
		{typeNumber, stations, "The deepest of the tunnel stations are 60 feet (18 m) below street level.", false}, // a measure in other units
		{typeNumber, stations, "The tunnel and its four stations (2 km apart) serve trains.", true},
		{typeNumber, count, "Go 1.22 adds a limit on the people who play the game.", false}, // a release, no count
		{typeNumber, count, "Version 2.30.1 is played each day.", false},
		{typeNumber, count, "The people who play it each day use v2.5 of the game.", false},
		{typeAuthor, song, "The lyrics were written by Katharine Lee Bates and the music by Samuel Ward.", true}, // who wrote a work the text names
		{typeAuthor, song, "The song America the Beautiful was sung by Ray Charles in 1972.", false},
		{typeAuthor, song, "The song was written by a choir in 1972.", false}, // no name
		{typeNumber, count, "Nearly 1.5 million people play the game each day.", true},
		{typeNumber, count, "About 1.5 of them play the game each day.", true},
		{typeEntity, release, "Go 1.24 added the lock-free map.", true}, // a version is asked for
		{typeEntity, release, "In 2.29, the lock-free map was added.", true},
		{typeEntity, release, "It works on iOS 17 and later.", true},
		{typeEntity, release, "The lock-free map came in version 3.", true},
		{typeEntity, release, "The `sync` package adds a lock-free map.", false}, // a name, no release
		{typeEntity, release, "In 2019, the lock-free map was added.", false},
		{typeNumber, often, "Relations grew through the annual summits.", true},
		{typeNumber, often, "The summits are held twice a year.", true},
		{typeNumber, often, "The leaders meet every other spring.", true},
		{typeNumber, often, "The summit was cancelled days before it was due.", false},
		{typeDefine, def, "This property is sometimes referred to as DRF-SC: race-free programs execute in a sequentially consistent manner.", true},
		{typeDefine, def, "A mechanism known as DRF-SC keeps race-free programs simple.", true},
		{typeDefine, def, "The formal definition matches the DRF-SC guarantee of other languages.", false},
		{typeDate, closes, "German schools, for instance, close at midday.", true}, // a time that comes again answers the present tense
		{typeDate, closes, "German schools close on Fridays at 1 p.m.", true},
		{typeDate, closes, "German schools close for the summer.", false},
		{typeDate, closed, "German schools closed at midday.", false}, // the past tense asks for a date
		{typeDate, closed, "German schools closed in March 2020.", true},
		{typeEntity, madeOf, "In the book, I write about vegetarian fish made from tofu skin.", true}, // what it is made of, no name
		{typeEntity, madeOf, "The dish consists of rolled layers of bean curd.", true},
		{typeEntity, madeOf, "In the book, I write about vegetarian fish.", false},
		{typeEntity, madeOf, "The vegetarian fish is made from scratch.", false},                  // how it is made, not of what
		{typeEntity, madeOf, "The vegetarian fish was nine metres long when Lee made it.", false}, // a number is no stuff
		{typeEntity, pipes, "The old pipes are made of cast iron and steel.", false},              // what replaces them is asked
		{typeEntity, strips, "The comic strip Bloom County ran from 1980 until 1988.", false},     // years name no thing
		{typeEntity, strips, "After Bloom County, Breathed drew two more strips, Outland and Opus.", true},
		{typeEntity, strips, "After Bloom County, he drew 2 more strips.", true},
		{typeDate, launched, "The Witch Queen launched nearly six months ago.", true}, // a time counted back from the page's day
		{typeDate, launched, "The Witch Queen launched last spring.", true},
		{typeDate, launched, "The Witch Queen launched last Thursday, its makers said.", true},
		{typeDate, launched, "The Witch Queen's makers said on Thursday that it launched.", false}, // the day it was said
		{typeDate, launched, "The Witch Queen launched to great reviews.", false},
		{typeDate, opens, "The new bridge was planned two years ago.", false},    // the future tense asks for a time to come
		{typeDate, comesOut, "The widgets were announced two weeks ago.", false}, // so may the present tense
		{typeDate, posted, "We launched the widgets last week.", false},          // a document's date is none counted back
	} {
		if got := a.typeMatch(tt.typ, tt.q, tt.s, false); (got == 1) != tt.yes {
			t.Errorf("typeMatch(%v, %q) = %v, want 1: %v", tt.typ, tt.s, got, tt.yes)
		}
	}
}

// TestCommonNeedsChunks: a word whose IDF is below Tuning.CommonIDF is
// common only when DocFreq puts it in at least Tuning.CommonMinChunks
// chunks, or when no DocFreq is given; a word the corpus lacks (negative
// IDF) or a rare one never is.
func TestCommonNeedsChunks(t *testing.T) {
	idf := func(stem string) float64 { // a word in every chunk of one, a rare word, none other
		switch stem {
		case "reed":
			return 0.29
		case "rare":
			return 3
		}
		return -1
	}
	for _, tt := range []struct {
		name   string
		stem   string
		chunks int // DocFreq's answer; -1: no DocFreq
		want   bool
	}{
		{"one chunk of one", "reed", 1, false},
		{"two chunks", "reed", 2, false},
		{"three chunks", "reed", 3, true},
		{"no chunk counts", "reed", -1, true},
		{"rare", "rare", 9, false},
		{"absent", "absent", 0, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			opts := Options{IDF: idf}
			if tt.chunks >= 0 {
				opts.DocFreq = func(string) (int, int) { return tt.chunks, 9 }
			}
			a := New(opts)
			if got := a.common(a.analyze("Who built the bridge?"), tt.stem); got != tt.want {
				t.Errorf("common(%q) with %d chunks = %v, want %v", tt.stem, tt.chunks, got, tt.want)
			}
		})
	}
}

// TestUnknownWeightCapped: a word the corpus lacks weighs
// Tuning.UnknownWeight, but no more than a word in one of the corpus's
// chunks: less in a corpus of a few chunks, the same from about fifty,
// and the same when no DocFreq is given or it knows no chunk.
func TestUnknownWeightCapped(t *testing.T) {
	for _, tt := range []struct {
		name   string
		chunks int // the corpus's chunks; -1: no DocFreq
		want   float64
	}{
		{"one chunk", 1, 0.288},
		{"five chunks", 5, 1.386},
		{"a thousand chunks", 1000, 3.5},
		{"no chunk counts", -1, 3.5},
		{"the server cannot say", 0, 3.5},
	} {
		t.Run(tt.name, func(t *testing.T) {
			opts := Options{IDF: func(string) float64 { return -1 }}
			if tt.chunks >= 0 {
				opts.DocFreq = func(string) (int, int) { return 0, tt.chunks }
			}
			if got := New(opts).unknownWeight("zelensky"); math.Abs(got-tt.want) > 0.001 {
				t.Errorf("unknownWeight with %d chunks = %.3f, want %.3f", tt.chunks, got, tt.want)
			}
		})
	}
}

// TestCodeSpanNamesAThing: for "which …" a code span new to the question
// names the thing asked for, as a capitalised name does in prose.
func TestCodeSpanNamesAThing(t *testing.T) {
	a := testAnswerer()
	q := a.analyze("Which host module provides system calls to wasm modules?")
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"The notable example is the `wasi_snapshot_preview1` module, which provides the system calls.", true},
		{"A host module provides system calls to wasm modules.", false},
		{"A `host` module provides system calls.", false}, // the question's own word
	} {
		if got := a.typeMatch(q.typ, q, tt.s, false) == 1; got != tt.want {
			t.Errorf("typeMatch(%q) = 1: %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestYearOnly: a question for the year is answered by a year, or by
// "last year" read with the page's date, not by a day of a month; "when"
// takes either.
func TestYearOnly(t *testing.T) {
	a := testAnswerer()
	for _, tt := range []struct {
		q, s string
		want float64
	}{
		{"what year did joyce pass away?", "The impresario attended a ceremony Thursday (Dec. 11).", 0},
		{"In what year did the general visit Pakistan?", "The general visited Pakistan in May 2011.", 1},
		{"In what year did the general visit Pakistan?", "The general visited Pakistan in May last year.", 1},
		{"which year was the center opened", "The center opened on 11 December.", 0},
		{"When did joyce pass away?", "The impresario attended a ceremony Thursday (Dec. 11).", 1},
		{"What year and month did the center open?", "The center opened on 11 December.", 1},
	} {
		if got := a.typeMatch(typeDate, a.analyze(tt.q), tt.s, false); got != tt.want {
			t.Errorf("typeMatch(%q) for %q = %v, want %v", tt.s, tt.q, got, tt.want)
		}
	}
}

// TestDefines: a sentence defines the asked term when the term stands in
// parentheses after its long form (a hyphenated term too, wherever else
// the sentence has its words) or opens the sentence before a defining
// verb, past an aside, or, for a person asked about by name, has a kind
// of person right before the name or in an aside after it; one that opens
// with the term and says what it does, how it is used, what it is not or
// what it once was does not.
func TestDefines(t *testing.T) {
	a := testAnswerer()
	for _, tt := range []struct {
		q, s string
		want bool
	}{
		{"What is t-SNE?", "T-distributed Stochastic Neighbor Embedding (t-SNE) is a machine learning algorithm for visualization.", true},
		{"What is the CASA-1000 project?", "Funding for CASA-1000 stalled; the Central Asia-South Asia electricity transmission (CASA-1000) links four countries.", true},
		{"What is t-SNE?", "t-SNE has been used for visualization in a wide range of applications.", false},
		{"What is albedo?", "Albedo, or reflection coefficient, is the diffuse reflectivity or reflecting power of a surface.", true},
		{"What is albedo?", "Albedo (/ælˈbiːdoʊ/) is the measure of the diffuse reflection of solar radiation.", true},
		{"What is albedo?", "Albedo depends on the frequency of the radiation.", false},
		{"What is albedo?", "Albedo works on a smaller scale, too, in cities and fields.", false},
		{"What is proteomics?", "Proteomics investigates the proteins a cell makes over its life.", true},
		{"What is a damphu?", "The Damphu is not to be confused with a similar drum, the dhyāngro.", false},
		{"what is pflag", "pflag is available under the same style of BSD license as the Go language.", false}, // how it is had, not what it is
		{"what is pflag", "pflag is a drop-in replacement of Go's native flag package.", true},
		{"what is a code point", "In Unicode, a letter maps to something called a code point which is still just a theoretical concept.", true}, // "called" before the term's article
		{"what is a code point", "Some encodings store a few code points and call the rest question marks.", false},
		{"what does xifu mean", "The nuns avoided waste, in accordance with the Buddhist ethos of xífú, meaning “to be grateful for one’s blessings.”", true},
		{"what does xifu mean", "The nuns avoided waste, in accordance with the Buddhist ethos of xífú.", false},
		{"what is bodmin", "Bodmin (Cornish: Bosvena) is a civil parish and historic town in Cornwall.", true},
		{"what is bodmin", "Bodmin was the centre of three Cornish uprisings.", false},
		{"who is lavrov", "Russia’s Foreign Minister Sergey Lavrov met his counterpart in Moscow.", true},
		{"Who is Khalid Iqbal?", "According to Khalid Iqbal, retired Air Commodore of the air force, ties improved.", true},
		{"who is lavrov", "The official said that Mr Lavrov was visiting Pakistan that week.", false},
		{"who is tali sharot", "Neurosciences professor Tali Sharot calls it mental time travel.", true}, // a kind of person in lower case right before the name
		{"who is tali sharot", "A professor who met Tali Sharot calls it mental time travel.", false},
		{"who is quint davis", "He also hired a Tulane University student named Quint Davis.", true},   // a kind of person before "named"
		{"who is quint davis", "He also hired Quint Davis, who is now the festival's producer.", true}, // an apposition after "who is"
		{"who is quint davis", "He also hired Quint Davis, who is happy.", false},
		{"who is kisha rivera", "Kisha Rivera, who works as a cabin cleaner at O'Hare, said she has coworkers.", true}, // "who works as"
		{"who is kisha rivera", "Kisha Rivera, who works at O'Hare, said she has coworkers.", false},
		{"who is quint davis", "A student rode a horse named Quint Davis.", false},
		{"who is trudi renwick", "According to Trudi Renwick, the chief of the poverty statistics branch, growth came from jobs.", true}, // an apposition
		{"who is trudi renwick", "According to Trudi Renwick, growth came from jobs.", false},
		{"who is mark quinlan", "Power returns Thursday, said Mark Quinlan, PG&E's senior director of emergency preparedness.", true}, // a kind after the owner's possessive
		{"who is mark quinlan", "Power returns Thursday, said Mark Quinlan, PG&E's own forecasts aside.", false},
		{"who is kyi maung", "But one of her lawyers, U Kyi Maung, said that her movements could still be restricted.", true}, // an apposition before the name
		{"who is kyi maung", "But as it turned out, U Kyi Maung said that her movements could still be restricted.", false},
		{"what is the aquarius", "He tweeted from the Aquarius - a search and rescue vessel run by SOS Mediterranee.", true}, // an apposition between dashes
		{"What is a Host Module in wazero?", "In wazero, the imported modules can be Host Modules which consist of Go functions.", false},
		{"what is raith rovers", "Raith Rovers Football Club is a Scottish professional football club based in Kirkcaldy.", true},
		{"What is godirwalk?", "`godirwalk` is a library for traversing a directory tree on a file system.", true},
		{"who was ibn al haytham", "Ibn al-Haytham (latinized Alhazen; full name Abū ʿAlī al-Ḥasan ibn al-Ḥasan ibn al-Haytham; c. 965 – c. 1040) was a mathematician, astronomer, and physicist.", true},
		{"who was ibn al haytham", "Ibn al-Haytham is also sometimes given the byname al-Baṣrī after his birthplace.", false}, // "is a" is no part of "is also"
		{"what is bodmin", "Bodmin Town Council is made up of sixteen councillors.", false},                                   // another thing, by a longer name
		{"who is maura mclaughlin", "“I’m excited,” says Maura McLaughlin, a radioastronomer at West Virginia University.", true},
		{"what is guetzli", "Guetzli [guɛtsli] — cookie in Swiss German — is a JPEG encoder for digital images.", true}, // past a bracket and a dash
		{"what is guetzli", "Guetzli – as in the cookie – is a JPEG encoder.", true},
		{"what is guetzli", "Guetzli [a] [b] [c] is a JPEG encoder.", false}, // two asides at most
		{"what is guetzli", "Guetzli (on the right) shows less ringing than libjpeg.", false},
		{"what is torpor", `A drug would be administered to induce "torpor"—the term for the hibernating state.`, true}, // a dash and "the"
		{"what is torpor", "A drug would induce torpor in the crew.", false},
		{"who is robin biesbroek", "“We adjusted the architecture,” comments Robin Biesbroek of the CDF.", true}, // whom the person is with
		{"who is robin biesbroek", "“We adjusted the architecture,” comments Robin Biesbroek of course.", false},
		{"who is amory lovins", "Amory Lovins, of the Rocky Mountain Institute, has argued for years that waste costs most.", true}, // an aside opening with "of"
		{"who is amory lovins", "Amory Lovins, of course, has argued for years that waste costs most.", false},
		{"what is FAST", "It could probe the fleeting blasts known as fast radio bursts.", false}, // a short form is written in capitals
		{"what is FAST", "The telescope, known as FAST, opened in 2016.", true},
		{"WHAT IS ALBEDO", "Albedo is the measure of the diffuse reflection of solar radiation.", true},
		{"what is a grapheme cluster", `Code points may be combined into what the Unicode specification calls "grapheme cluster".`, true}, // "calls", past quotation marks
		{"what is a grapheme cluster", `The function "grapheme cluster" counts are returned by uniseg.`, false},
		{"what is blender", "In Blender, a workflow is a set of back-end services with dependencies between them.", false}, // "In X," says where, not what X is
		{"what is blender", "Search now runs on Blender, a fully asynchronous aggregation service.", true},
		// a short form beside the words that spell it (expands)
		{"what does lidar stand for", "They used a technology known as light detection and ranging, or lidar.", true},
		{"what does OTP stand for", "It ships with the Open Telecom Platform (OTP) libraries.", true},
		{"what does otp stand for", "The VM runs OTP (Open Telecom Platform) code.", true},
		{"what does lidar stand for", "Laser imaging devices, or lidar, map the ground.", false}, // no "a" or "r" after "d"
		{"what does cia stand for", "The Central Bank, or CIA, said so.", false},
		{"what does otp stand for", "The VM runs OTP (version 26 and later) code.", false},
		{"what does lidar stand for", "An airplane equipped with the lidar mapping apparatus can bounce laser light.", false},
	} {
		// as a candidate reads a sentence: its glued words apart
		if got := defines(text.Unglue(tt.s), a.analyze(tt.q)); got != tt.want {
			t.Errorf("defines(%q) for %q = %v, want %v", tt.s, tt.q, got, tt.want)
		}
	}
}
