package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/asked"
)

func TestMetaFieldOf(t *testing.T) {
	tests := []struct {
		q    string
		want metaField
	}{
		{"Who wrote the article on the bridges?", metaAuthor},
		{"Which journalist wrote the story about the bridges?", metaAuthor},
		{"who is the reporter behind the bridges piece", metaAuthor},
		{"Which newspaper ran the story about the bridges?", metaPublisher},
		{"When was the article on the bridges first published?", metaDate},
		{"when did the times put up the bridges story", metaDate},
		{"On what date did the paper publish its report on the bridges?", metaDate},
		{"On what date was the weekly address on the bridges released?", metaDate}, // as "when was ... released"
		{"What date was the bridges report written?", metaDate},
		{`When did Jane Roe publish "Old Bridges"?`, metaDate}, // a title in quotes
		{"When did WIRED publish Jo Doe’s “The Bridge Can Wait”?", metaDate},
		{"when did the company post its first profit", metaNone},
		{"When was ECMAScript 3 released?", metaNone},                        // a language's edition, not the page
		{"On what date was Elixir v1.2 released?", metaNone},                 // a program's version
		{"In what year was the pallet released from the station?", metaNone}, // a thing let go
		{"When was the company's press release issued?", metaDate},
		{"when was this post submitted", metaDate}, // a forum post's date
		{"When was the report last updated?", metaDate},
		{"When was the app last updated?", metaNone}, // a program, not the page
		{"On which company's blog was the post-mortem published?", metaPublisher},
		{"what magazine is the goat island story from", metaPublisher},
		{"what magazine/site is the goat island story from", metaPublisher},
		{"which paper or site is the goat island story from", metaPublisher},
		{"What site is 'Water on the Moon' from?", metaPublisher},
		{"What site is the museum from?", metaNone},
		{"Which website did the hackers steal the data from?", metaNone},
		{"Which paper was the study's sample drawn from?", metaNone},
		{"Which journalist has the byline on the bridges story?", metaAuthor},
		{"Which institute was the engineer from?", metaNone},
		{"When did the town open the bridge?", metaNone},
		{"When did the company post its first profit after the bridge opened?", metaNone},
		{"When did the firemen put out the fire on the bridge?", metaNone},
		{"Which journalist was hurt at the bridge?", metaNone},
		{"What is the name of the food blog that published the bridges recipe?", metaPublisher},
		{"whats the name of the blog that first posted the bridges recipe", metaPublisher},
		{"Name the newspaper that ran the bridges story.", metaPublisher},
		{"Who attacked the newspaper that published the cartoons?", metaNone}, // the outlet is named in passing, not asked for
		{"When was the paper that ran the bridges story closed?", metaNone},
		{"What is the headline of the Daily Planet's review of the bridges?", metaTitle},
		{"whats the title of the times piece on the bridges", metaTitle},
		{"what was the title of the losartan paper", metaTitle}, // a paper or a study is a document too
		{"whats the title of the study", metaTitle},
		{"what was the bridges article called?", metaTitle},
		{"What is the title of the engineer's book on bridges?", metaNone}, // a book's title, which the text gives
		{"Which boxer did he face in the title fight?", metaNone},
		{"What headline did the Daily Planet run on the bridges?", metaTitle},
		{"What is the Daily Planet story on the bridges called?", metaTitle},
		{"What caused headline inflation in 2022?", metaNone}, // "headline" as an adjective
		{"Which headline act played the bridges festival?", metaNone},
		{"What was the piece of land by the bridge called?", metaNone},
		{"What was the post office by the bridge called?", metaNone},
		{"In the story, what is the dog on the bridge named?", metaNone}, // a name the text gives
		{"According to the report, what was the new bridge named?", metaNone},
		{"What is the title of the report's second chapter?", metaNone},
		{"What is the title of Jane Q. Roe's March 2021 post on the bridges?", metaTitle}, // the author's full name and a date before the noun
		{"What is the title of the valley/bridges README?", metaTitle},                    // a document named by its module path
		{"whats the title of Jane Roe's July 2019 editorial on the bridges", metaTitle},
		{"What is the title of the bridges guide?", metaTitle},
		{"What was the bridge called before 1900?", metaNone},
		{"What title did Jane Roe give her March 2021 Daily Planet article?", metaTitle},
		{"what did jane roe call her op-ed on the bridges", metaTitle},
		{"What did the engineer call the new bridge?", metaNone}, // a name the text gives, not a document's
		{"What title did the king give his son?", metaNone},
	}
	for _, tt := range tests {
		p := asked.Parse(tt.q)
		if got := metaFieldOf(p.Folded, p.Type); got != tt.want {
			t.Errorf("metaFieldOf(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestTitleMatch(t *testing.T) {
	src := &citebot.Source{Title: "Old stone bridge, rebuilt by a century-old firm, shows how the valley plans its roads", Publisher: "Example Times"}
	tests := []struct {
		q       string
		atLeast float64 // the match must reach this
		below   float64 // and stay under this (0: no bound)
	}{
		{"When was the Example Times story on the old stone bridge and the valley's roads first published?", 0.6, 0},
		{"When was 'Old stone bridge, rebuilt by a century-old firm, shows how the valley plans its roads' published?", 1, 0},
		{"When was the article on the bridge published?", 0, 0.6}, // one word of it: too little
		{"When was the article on tax rates published?", 0, 0.1},
	}
	a := testAnswerer()
	for _, tt := range tests {
		got := a.titleMatch(a.analyze(tt.q), src)
		if got < tt.atLeast || tt.below > 0 && got >= tt.below {
			t.Errorf("titleMatch(%q) = %.2f, want in [%.2f, %.2f)", tt.q, got, tt.atLeast, tt.below)
		}
	}
}

// TestMetaAnswerNamesTheSite: a question that names a long headline by a
// few of its words and its site gets the author from the metadata.
func TestMetaAnswerNamesTheSite(t *testing.T) {
	doc := "Old stone bridge, rebuilt by a century-old firm, shows how the valley plans its roads\n\nJane Roe - Apr 16, 2015 8:02 pm UTC\n\n" +
		"The old stone bridge over the river was rebuilt this spring by a firm that has worked in the valley for a century.\n"
	src := &citebot.Source{Path: "bridge.txt", Title: "Old stone bridge, rebuilt by a century-old firm, shows how the valley plans its roads",
		Author: "Jane Roe", Publisher: "Example Times"}
	passages := []citebot.Passage{{ID: "bridge#1", Doc: "bridge.txt", Start: 0, End: len(doc), Text: doc, Source: src}}
	res := testAnswerer().Answer(context.Background(), Request{Question: asked.Parse("Which journalist wrote the Example Times story about the stone bridge and the valley's roads?"), Passages: passages})
	if !strings.Contains(res.Text, "Jane Roe") {
		t.Fatalf("answer %q, want the author", res.Text)
	}
}

// TestMetaAnswerNamesTheID: a question naming a document by its ID, the
// site its file is named after, gets its author though the title carries
// few of the question's words.
func TestMetaAnswerNamesTheID(t *testing.T) {
	doc := "Old stone bridge rebuilt\n\nJane Roe - Apr 16, 2015 8:02 pm UTC\n\n" +
		"The old stone bridge over the river was rebuilt this spring by a firm that has worked in the valley for a century.\n"
	src := &citebot.Source{ID: "valleytimes", Path: "valleytimes-bridge.txt", Title: "Old stone bridge rebuilt", Author: "Jane Roe"}
	passages := []citebot.Passage{{ID: "valleytimes#1", Doc: "valleytimes-bridge.txt", Start: 0, End: len(doc), Text: doc, Source: src}}
	for _, q := range []string{"who wrote the valley times piece on the firm's century of roadworks", "who wrote the valleytimes story on the river firm"} {
		res := testAnswerer().Answer(context.Background(), Request{Question: asked.Parse(q), Passages: passages})
		if !strings.Contains(res.Text, "Jane Roe") {
			t.Errorf("%q: answer %q, want the author", q, res.Text)
		}
	}
}

// TestMetaAnswerCitesTheByline: a metadata answer cites the line where
// the value stands first, the byline, also when the passages hold only a
// later mention ("Follow Jane Roe on Twitter.") and the byline comes from
// the search Lookup asks for.
func TestMetaAnswerCitesTheByline(t *testing.T) {
	doc := "Film wins top award\n\nBy Jane Roe\n\nThe film won the top award on Sunday, the first foreign-language film to do so.\n\n" +
		"Follow Jane Roe on Twitter for more news about the film awards.\n"
	src := &citebot.Source{Path: "film.txt", Title: "Film wins top award", Author: "Jane Roe"}
	end := strings.Index(doc, "Follow")
	head := citebot.Passage{ID: "film#1", Doc: "film.txt", Start: 0, End: end, Text: doc[:end], Source: src}
	tail := citebot.Passage{ID: "film#2", Doc: "film.txt", Start: end, End: len(doc), Text: doc[end:], Source: src}
	a := testAnswerer()
	q := asked.Parse("Who wrote the article 'Film wins top award'?")
	if v := a.Lookup(q, []citebot.Passage{tail}); v != "Jane Roe" {
		t.Fatalf("Lookup = %q, want the author to search for", v)
	}
	res := a.Answer(context.Background(), Request{Question: q, Passages: []citebot.Passage{tail}, More: []citebot.Passage{head, tail}})
	if !strings.Contains(res.Text, "Jane Roe") || len(res.Citations) == 0 {
		t.Fatalf("answer %q, want the author", res.Text)
	}
	if c := res.Citations[0]; c.Quote != "By Jane Roe" || doc[c.Start:c.End] != c.Quote {
		t.Errorf("cites %q at %d, want the byline", c.Quote, c.Start)
	}
}

// TestMetaAnswerNamesTheSiteOnly: a question that names a document by its
// site alone ("the Reuters report") gets its metadata when no other
// document found is from that site.
func TestMetaAnswerNamesTheSiteOnly(t *testing.T) {
	doc := "Film wins top award\n\nBy Jane Roe\n\nThe film won the top award on Sunday, the first foreign-language film to do so.\n"
	src := &citebot.Source{Path: "film.txt", Title: "Film wins top award", Author: "Jane Roe", Publisher: "Reuters"}
	other := &citebot.Source{Path: "other.txt", Title: "Other news", Author: "John Doe", Publisher: "Daily Planet"}
	passages := []citebot.Passage{
		{ID: "film#1", Doc: "film.txt", Start: 0, End: len(doc), Text: doc, Source: src},
		{ID: "other#1", Doc: "other.txt", Start: 0, End: 30, Text: "By John Doe. Other news today.", Source: other},
	}
	res := testAnswerer().Answer(context.Background(), Request{Question: asked.Parse("Which Reuters journalist has the byline on the report about the historic upset?"), Passages: passages})
	if !strings.Contains(res.Text, "Jane Roe") {
		t.Fatalf("answer %q, want the author", res.Text)
	}
}

// TestMetaSourceSiteNamesOneDocument: naming a site names a document only
// when no other document found is from that site.
func TestMetaSourceSiteNamesOneDocument(t *testing.T) {
	a := testAnswerer()
	q := a.analyze("Which Reuters journalist has the byline on the report about the historic upset?")
	film := &citebot.Source{Path: "film.txt", Title: "Film wins top award", Author: "Jane Roe", Publisher: "Reuters"}
	other := &citebot.Source{Path: "other.txt", Title: "Other news", Author: "John Doe", Publisher: "Daily Planet"}
	also := &citebot.Source{Path: "also.txt", Title: "Markets fall", Author: "Ann Poe", Publisher: "Reuters"}
	passage := func(src *citebot.Source) citebot.Passage {
		return citebot.Passage{ID: src.Path + "#1", Doc: src.Path, Start: 0, End: 10, Text: "Some text.", Source: src}
	}
	if src, author, ok := a.metaSource(q, metaAuthor, []citebot.Passage{passage(film), passage(other)}); !ok || src != film || author != "Jane Roe" {
		t.Errorf("one Reuters document: got %v %q %v, want film.txt's author", src, author, ok)
	}
	if src, _, ok := a.metaSource(q, metaAuthor, []citebot.Passage{passage(film), passage(other), passage(also)}); ok {
		t.Errorf("two Reuters documents: got %s, want none", src.Path)
	}
	if _, _, ok := a.metaSource(q, metaPublisher, []citebot.Passage{passage(film), passage(other)}); ok {
		t.Errorf("the publisher of the document the site names: want none (the question names it)")
	}
}

// TestMetaSourceSoleTitle: a question whose one word on the subject is in
// one document's title names that document ("the shark story"), though one
// word is too little of the title for titleMatch; two such titles name
// neither.
func TestMetaSourceSoleTitle(t *testing.T) {
	a := testAnswerer()
	shark := &citebot.Source{Path: "shark.txt", Title: "Surfer survives moment with great white shark", Author: "Jane Roe"}
	gas := &citebot.Source{Path: "gas.txt", Title: "Do lower gasoline prices make for confident consumers?", Author: "John Doe"}
	sharks := &citebot.Source{Path: "sharks.txt", Title: "Shark sightings rise", Author: "Ann Poe"}
	passage := func(src *citebot.Source) citebot.Passage {
		return citebot.Passage{ID: src.Path + "#1", Doc: src.Path, Start: 0, End: 10, Text: "Some text.", Source: src}
	}
	q := a.analyze("who wrote the shark story")
	if src, author, ok := a.metaSource(q, metaAuthor, []citebot.Passage{passage(gas), passage(shark), passage(shark)}); !ok || src != shark || author != "Jane Roe" {
		t.Errorf("one shark title: got %v %q %v, want shark.txt's author", src, author, ok)
	}
	if src, _, ok := a.metaSource(q, metaAuthor, []citebot.Passage{passage(shark), passage(sharks), passage(gas)}); ok {
		t.Errorf("two shark titles: got %s, want none", src.Path)
	}
	if src, _, ok := a.metaSource(a.analyze("who wrote the article"), metaAuthor, []citebot.Passage{passage(shark)}); ok {
		t.Errorf("no word on the subject: got %s, want none", src.Path)
	}
	if src, _, ok := a.metaSource(a.analyze("who wrote the shark attack story"), metaAuthor, []citebot.Passage{passage(shark)}); ok {
		t.Errorf("a word the title lacks: got %s, want none", src.Path)
	}
}

// TestMetaAnswerGivesTheTitle: a question asking for a document's title
// (its headline) names the document by its site or subject, and is
// answered with the title, citing the line that carries it.
func TestMetaAnswerGivesTheTitle(t *testing.T) {
	doc := "Film wins top award | Daily Planet\n\nBy Jane Roe\n\nThe film won the top award on Sunday, the first foreign-language film to do so.\n"
	src := &citebot.Source{ID: "film", Path: "film.txt", Title: "Film wins top award", Author: "Jane Roe", Publisher: "Daily Planet"}
	other := &citebot.Source{Path: "other.txt", Title: "Markets fall", Author: "John Doe", Publisher: "Reuters"}
	passages := []citebot.Passage{
		{ID: "other#1", Doc: "other.txt", Start: 0, End: 30, Text: "By John Doe. Markets fell today.", Source: other},
		{ID: "film#1", Doc: "film.txt", Start: 0, End: len(doc), Text: doc, Source: src},
	}
	for _, q := range []string{
		"What is the headline of the Daily Planet's story on the foreign-language film?",
		"What is the title of Jane Roe's story?",        // named by its author
		"What is the title of the article by Jane Roe?", // not the byline, which says only what the question does
		"what's the title of the film README",           // named by its ID
	} {
		res := testAnswerer().Answer(context.Background(), Request{Question: asked.Parse(q), Passages: passages})
		if res.Text != `The title is "Film wins top award" [1]` || len(res.Citations) == 0 {
			t.Fatalf("%s: answer %q, want the title", q, res.Text)
		}
		if c := res.Citations[0]; c.Doc != "film.txt" || doc[c.Start:c.End] != c.Quote || !strings.Contains(c.Quote, "Film wins top award") {
			t.Errorf("%s: cites %q of %s, want the title line", q, c.Quote, c.Doc)
		}
	}
}

// TestMetaAnswerGivesAuthorAndDate: "who wrote it, and when?" gets both,
// cited as one span from the byline the author's name is cut from
// (spelt as the metadata spells it, not the name in a caption above) to
// the date line under it; with the date far from the byline, only the
// author.
func TestMetaAnswerGivesAuthorAndDate(t *testing.T) {
	doc := "Film wins top award | Daily Planet\n\nJane Roe talks about the film in a video.\n\nBy JANE ROE\n\nPublished: May 9, 2013\n\n" +
		"The film won the top award on Sunday, the first foreign-language film to do so.\n"
	src := &citebot.Source{ID: "film", Path: "film.txt", Title: "Film wins top award", Author: "JANE ROE", Date: "May 9, 2013", Publisher: "Daily Planet"}
	passages := []citebot.Passage{{ID: "film#1", Doc: "film.txt", Start: 0, End: len(doc), Text: doc, Line: 1, Source: src}}
	tests := []struct{ q, answer, quote string }{
		{"Who wrote the Daily Planet story on the film award, and when was it published?",
			`"Film wins top award" was written by JANE ROE and is dated May 9, 2013 [1]`, "By JANE ROE\n\nPublished: May 9, 2013"},
		{"who wrote the daily planet story on the film award and on what date",
			`"Film wins top award" was written by JANE ROE and is dated May 9, 2013 [1]`, "By JANE ROE\n\nPublished: May 9, 2013"},
		{"Who wrote the Daily Planet story on the film award?", `"Film wins top award" was written by JANE ROE [1]`, "By JANE ROE"},
	}
	for _, tt := range tests {
		res := testAnswerer().Answer(context.Background(), Request{Question: asked.Parse(tt.q), Passages: passages})
		if res.Text != tt.answer || len(res.Citations) == 0 {
			t.Fatalf("%s: answer %q, want %q", tt.q, res.Text, tt.answer)
		}
		if c := res.Citations[0]; doc[c.Start:c.End] != c.Quote || c.Quote != tt.quote {
			t.Errorf("%s: cites %q, want %q", tt.q, c.Quote, tt.quote)
		}
	}
	far := strings.Replace(doc, "Published: May 9, 2013\n\n", "", 1) + "\nOne.\n\nTwo.\n\nThree.\n\nPublished: May 9, 2013\n"
	passages[0].Text, passages[0].End = far, len(far)
	res := testAnswerer().Answer(context.Background(), Request{Question: asked.Parse(tests[0].q), Passages: passages})
	if want := `"Film wins top award" was written by JANE ROE [1]`; res.Text != want {
		t.Errorf("date far from the byline: answer %q, want %q", res.Text, want)
	}
}

// TestMetaAnswerNotForAnOutletNamedInPassing: a question that names an
// outlet by what it published, to ask something else about it, is not
// answered with the outlet of the document its words name.
func TestMetaAnswerNotForAnOutletNamedInPassing(t *testing.T) {
	doc := "Danish cartoons row | Daily Planet\n\nBy Jane Roe\n\nThe cartoons of the prophet, printed in September, sparked protests across the region. " +
		"Gunmen attacked the offices of the newspaper on Tuesday.\n"
	src := &citebot.Source{Path: "c.txt", Title: "Danish cartoons row", Author: "Jane Roe", Publisher: "Daily Planet"}
	passages := []citebot.Passage{{ID: "c#1", Doc: "c.txt", Start: 0, End: len(doc), Text: doc, Source: src}}
	res := testAnswerer().Answer(context.Background(), Request{Question: asked.Parse("Who attacked the newspaper that published the Danish cartoons?"), Passages: passages})
	if strings.Contains(res.Text, "appeared in") {
		t.Errorf("answer %q, want no outlet of the document", res.Text)
	}
}

func TestNamesID(t *testing.T) {
	a := testAnswerer()
	tests := []struct {
		id, q string
		want  bool
	}{
		{"dw", "who wrote the dw article on the wine", true},
		{"theatlantic", "Who wrote The Atlantic's article on poverty?", true},
		{"psychologytoday", "who wrote the psychology today post on optimism", true},
		{"fastcompany", "Who wrote Fast Company's profile of Airbnb?", true},
		{"kotaku", "who wrote the kotaku column", true},
		{"kotaku", "who wrote the column on burnout", false},
		{"003", "who wrote 003", false}, // no word of letters
		{"a", "who wrote a story", false},
		{"nbcnews", "who wrote the nbc story", false}, // a part is not the whole
	}
	for _, tt := range tests {
		if got := namesID(a.read(asked.Parse(tt.q)), &citebot.Source{ID: tt.id}); got != tt.want {
			t.Errorf("namesID(%q, %q) = %v, want %v", tt.q, tt.id, got, tt.want)
		}
	}
}

// TestMetaAnswerForADocumentNamedByWhatItSays: "who wrote the op-ed about
// the drills" names no title; the document whose passage the search ranks
// first for it is the one meant, and its byline answers. A question that
// describes no document does not get a byline.
func TestMetaAnswerForADocumentNamedByWhatItSays(t *testing.T) {
	drills := "Managing relations\n\nBy Jane Roe\n\nThe two armies held joint drills in the mountains in 2016, and again in 2017.\n\nPublished in Daily Planet, March 2019.\n"
	trade := "A new epoch\n\nBy Richard Doe\n\nTrade between the two countries grew by a fifth, to 600 million dollars.\n"
	src1 := &citebot.Source{ID: "drills", Path: "a.txt", Title: "Managing relations", Author: "Jane Roe", Publisher: "Daily Planet"}
	src2 := &citebot.Source{ID: "trade", Path: "b.txt", Title: "A new epoch", Author: "Richard Doe", Publisher: "Morning Star"}
	passages := []citebot.Passage{
		{ID: "a#1", Doc: "a.txt", Start: 0, End: len(drills), Text: drills, Line: 1, Source: src1},
		{ID: "b#1", Doc: "b.txt", Start: 0, End: len(trade), Text: trade, Line: 1, Source: src2},
	}
	tests := []struct{ q, answer, quote string }{
		{"who wrote the op-ed about the joint drills in the mountains?", `"Managing relations" was written by Jane Roe [1]`, "By Jane Roe"},
		{"Which paper ran the article that describes the joint drills in the mountains?", `"Managing relations" appeared in Daily Planet [1]`, "Published in Daily Planet, March 2019."},
	}
	for _, tt := range tests {
		res := testAnswerer().Answer(context.Background(), Request{Question: asked.Parse(tt.q), Passages: passages})
		if res.Text != tt.answer || len(res.Citations) == 0 {
			t.Fatalf("%s: answer %q, want %q", tt.q, res.Text, tt.answer)
		}
		if c := res.Citations[0]; drills[c.Start:c.End] != c.Quote || c.Quote != tt.quote {
			t.Errorf("%s: cites %q, want %q", tt.q, c.Quote, tt.quote)
		}
	}
	res := testAnswerer().Answer(context.Background(), Request{Question: asked.Parse("Who held joint drills in the mountains?"), Passages: passages})
	if strings.Contains(res.Text, "written by") {
		t.Errorf("answer %q, want no byline for a question that names no document", res.Text)
	}
}
