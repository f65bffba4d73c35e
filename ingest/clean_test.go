package ingest

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/citebot/citebot/text"
)

// corpusDocs reads the default corpus: file name → text.
func corpusDocs(t testing.TB) map[string]string {
	t.Helper()
	paths, err := filepath.Glob("../corpus/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("corpus: %v (%d files)", err, len(paths))
	}
	docs := map[string]string{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		docs[filepath.Base(p)] = string(b)
	}
	return docs
}

func TestClassifyCorpus(t *testing.T) {
	// Content share of each file's block bytes: the articles are most of
	// each page, but not all of it.
	minShare := map[string]float64{"000": 0.90, "001": 0.90, "002": 0.97, "003": 0.93, "004": 0.80}
	maxShare := map[string]float64{"000": 0.96, "001": 0.96, "002": 1.00, "003": 0.99, "004": 0.90}
	for name, doc := range corpusDocs(t) {
		blocks := classify(doc)
		checkBlocks(t, doc, blocks)
		kept, all := 0, 0
		for _, b := range blocks {
			all += b.End - b.Start
			if b.Content {
				kept += b.End - b.Start
				continue
			}
			t.Logf("%s drop %-22s %q", name[:3], b.Reason, short(doc[b.Start:b.End]))
		}
		share := float64(kept) / float64(all)
		t.Logf("%s content %.0f%% of %d block bytes", name[:3], 100*share, all)
		if lo, hi := minShare[name[:3]], maxShare[name[:3]]; share < lo || share > hi {
			t.Errorf("%s: content share %.2f not in [%.2f, %.2f]", name, share, lo, hi)
		}
	}
}

func short(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 70 {
		return string(r[:67]) + "..."
	}
	return s
}

// checkBlocks checks the contract of classify's result.
func checkBlocks(t testing.TB, doc string, blocks []block) {
	t.Helper()
	prev := 0
	for i, b := range blocks {
		if b.Start < prev || b.End <= b.Start || b.End > len(doc) {
			t.Fatalf("block %d [%d,%d) out of order or bounds (prev end %d, len %d)", i, b.Start, b.End, prev, len(doc))
		}
		if b.Content != (b.Reason == "") {
			t.Fatalf("block %d: content %v with reason %q", i, b.Content, b.Reason)
		}
		prev = b.End
	}
}

// seedCase is a line of the dev question set.
type seedCase struct {
	ID       string `json:"id"`
	Kind     string `json:"kind"`
	Evidence []struct {
		Doc   string `json:"doc"`
		Quote string `json:"quote"`
	} `json:"evidence"`
}

func readSeeds(t testing.TB, path string) []seedCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("no question set: %v", err)
	}
	defer f.Close()
	var out []seedCase
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var c seedCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		out = append(out, c)
	}
	return out
}

// TestClassifySeedEvidence checks that every evidence quote of the
// question sets lies inside content blocks (or, for metadata questions,
// inside content or the metadata spans), after white space normalisation.
func TestClassifySeedEvidence(t *testing.T) {
	sets := []struct{ questions, dir string }{
		{"../eval/testdata/dev/seed-dev.jsonl", "../corpus"},
		{"../eval/testdata/extra-seed-corpus.jsonl", "../corpus"},
		{"../eval/testdata/encyclopedia.jsonl", "../eval/testdata/encyclopedia"},
	}
	for _, set := range sets {
		t.Run(filepath.Base(set.questions), func(t *testing.T) {
			for _, c := range readSeeds(t, set.questions) {
				for _, ev := range c.Evidence {
					checkEvidence(t, c, set.dir, ev.Doc, ev.Quote)
				}
			}
		})
	}
}

func checkEvidence(t *testing.T, c seedCase, dir, name, quote string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Errorf("%s: %v", c.ID, err)
		return
	}
	doc := string(b)
	start, end, found := findNormalized(doc, quote)
	if !found {
		t.Errorf("%s: quote not in %s: %q", c.ID, name, quote)
		return
	}
	blocks := classify(doc)
	var spans []text.Span
	for _, b := range blocks {
		if b.Content {
			spans = append(spans, text.Span{Start: b.Start, End: b.End})
		}
	}
	if c.Kind == "metadata" {
		spans = uniqueSpans(append(spans, detectMeta(doc, blocks).Spans...))
	}
	if !covers(doc, spans, start, end) {
		t.Errorf("%s: evidence in %s not in content: %q", c.ID, name, quote)
	}
}

// findNormalized finds quote in doc comparing runs of white space (and
// non-breaking spaces) as one space, and returns its byte range in doc.
func findNormalized(doc, quote string) (int, int, bool) {
	var b strings.Builder
	var offs []int // offs[i] is the doc offset of byte i of the normalised text
	space := false
	for i, r := range doc {
		if r == ' ' || r == '\u00a0' || r == '\n' || r == '\t' || r == '\r' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
			offs = append(offs, i)
		}
		space = false
		n := b.Len()
		b.WriteRune(r)
		for k := n; k < b.Len(); k++ {
			offs = append(offs, i+(k-n))
		}
	}
	q := strings.Join(strings.Fields(strings.ReplaceAll(quote, "\u00a0", " ")), " ")
	k := strings.Index(b.String(), q)
	if k < 0 || q == "" {
		return 0, 0, false
	}
	return offs[k], offs[k+len(q)-1] + 1, true
}

// covers reports whether [start,end) of doc lies within spans, allowing
// only white space between consecutive spans.
func covers(doc string, spans []text.Span, start, end int) bool {
	pos := start
	for _, sp := range spans {
		if sp.End <= pos || sp.Start > pos && strings.TrimSpace(strings.ReplaceAll(doc[pos:sp.Start], "\u00a0", " ")) != "" {
			continue
		}
		if sp.Start <= pos || strings.TrimSpace(strings.ReplaceAll(doc[pos:sp.Start], "\u00a0", " ")) == "" {
			pos = max(pos, sp.End)
			if pos >= end {
				return true
			}
		}
	}
	return false
}

// Paragraphs of ordinary prose for synthetic pages.
const (
	para1 = "Researchers at the university announced on Monday that they had found evidence of liquid water beneath the icy surface of a distant moon, a discovery that could reshape the search for life beyond the Earth."
	para2 = "The team used data from a probe that flew past the moon three times over the course of the last two years, measuring the way the surface flexed as it moved around its planet and comparing it with models."
	para4 = "I have followed this mission from the very start, and I think the critics are missing the point: the probe was never designed to prove that the water is there, only to show where the next mission should look. That is exactly what it did, and it did it on a budget. The next mission will carry a radar that can see through the ice, and it will stay in orbit for years rather than flying past a few times."
	para3 = "Other scientists were cautious. They said that the measurements were difficult to make and that it would take another mission, with better instruments, to be sure that the water was really there at all."
)

// shortParas is an article as a tabloid writes it, in paragraphs of a
// sentence or two, none long enough to be good on its own.
const shortParas = "THE OLD MILL on the river is set to reopen its doors to the town after fifty years.\n\n" +
	"The mayor said that the mill would open on Saturday and that the first bread from its flour would be sold in the square.\n\n" +
	"It was built of stone in 1820 and ground the valley's corn for a century and a half before its wheel was stopped.\n\n" +
	"The town bought it from the miller's heirs in 1971, and volunteers have spent the last ten years mending its wheel.\n\n" +
	"\"We are very proud of what they have done,\" the mayor said. \"It is the heart of the town again.\""

func TestClassifySnippets(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want map[string]string // a substring of a block → its reason ("" for content)
	}{
		{
			name: "navigation, title, byline, comment form",
			doc: "Home | News | Sport | Weather | Contact\n\nScientists Find Water on Distant Moon\n\nBy Jane Roe\n\n" +
				para1 + "\n\n" + para2 + "\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n",
			want: map[string]string{"Home | News": "menu line", "Scientists Find": "", "By Jane Roe": "",
				"Researchers": "", "The team": "", "Leave a Reply": "comment section", "Your email": "comment section"},
		},
		{
			name: "an article in short paragraphs between a comment link and a link to the top",
			doc:  "Home\n\nNews\n\nSport\n\nMill reopens\n\nBy JANE ROE\n\nAdd a comment\n\n" + shortParas + "\n\nBack to top of page\n\nToday's Discussion\n",
			want: map[string]string{"Add a comment": "comment section", "THE OLD MILL": "", "The mayor said": "", "It was built": "",
				"The town bought": "", "Back to top": "navigation"},
		},
		{
			name: "a lone blurb between page furniture stays out",
			doc:  "Home\n\nNews\n\nSport\n\nMore\n\nThe mayor said that the mill would open on Saturday and that the first bread from its flour would be sold in the square.\n\nBack to top of page\n\nToday's Discussion\n",
			want: map[string]string{"The mayor said": "near boilerplate"},
		},
		{
			name: "a sentence full of names between paragraphs is decided by them",
			doc: para1 + "\n\nSAN FRANCISCO—Emirates Team New Zealand set a top speed for America's Cup 72-foot catamarans, hitting 44.15 knots Thursday on San Francisco Bay.\n\n" +
				para2 + "\n\nHome\n\nJane Roe, John Doe, Max Mustermann, Erika Mustermann, Joe Bloggs and Fred Nurk, Editors.\n\nShare\n",
			want: map[string]string{"SAN FRANCISCO": "", "Jane Roe": "low stop-word density"},
		},
		{
			name: "sidebar of recent posts after the article",
			doc: para1 + "\n\n" + para2 + "\n\nShare\nRecent Posts\n\n  • Markets\n\nMarkets Rally on Rate Hopes\n\n" +
				"Stocks rose sharply on Thursday as investors bet that the central bank would…\n\n2 hours ago\n\n  • Markets\n\nOil Slips\n\n5 hours ago\n",
			want: map[string]string{"Researchers": "", "The team": "", "Share": "share button", "Recent Posts": "sidebar",
				"Markets Rally": "sidebar", "Stocks rose": "sidebar", "2 hours ago": "relative time", "Oil Slips": "sidebar"},
		},
		{
			name: "a box of related articles inside the article, which goes on after it",
			doc: para1 + "\n\nRelated Articles\n\nMarkets Rally on Rate Hopes\n\n05 Oct 2011\n\nOil Slips Again\n\n25 Sep 2011\n\n" +
				"The probe's chief scientist said on Tuesday that the team would ask for more time on the telescope.\n\n" +
				"Other scientists were cautious and said the measurements were difficult to make at such a distance.\n\nRecent Posts\n\nOil Slips\n",
			want: map[string]string{"Researchers": "", "Related Articles": "sidebar",
				"The probe's chief": "", "Other scientists": "", "Recent Posts": "sidebar"},
		},
		{
			name: "duplicated caption and heading between paragraphs",
			doc: para1 + "\n\nThe probe seen from the ground, March 2021\nThe probe seen from the ground, March 2021\n\n" + para2 +
				"\n\nWhat comes next\n\n" + para3 + "\n\nPrint\n",
			want: map[string]string{"Researchers": "", "The probe seen": "duplicate", "What comes next": "", "Other scientists": "",
				"Print": "share button"},
		},
		{
			name: "a single caption between paragraphs stays, a line in another script does not",
			doc: para1 + "\n\nЗонд над поверхностью луны\nMission director Jane Roe with the probe team in Pasadena, March 2021\n\n" + para2 +
				"\n\nShare\n",
			want: map[string]string{"Зонд": "other language", "Mission director": "", "The team": "", "Share": "share button"},
		},
		{
			name: "notes about the author and pingbacks at the end",
			doc: para1 + "\n\n" + para2 + "\n\nJane Roe is a senior fellow at the Institute for Policy Studies.\n\n" +
				"The writer is a journalist based in Lahore\n\n  1. Pingback: Water on the Moon « Space Blog\n\n  2. Pingback: Links for Monday – Another Blog\n\nSorry, comments are closed for this entry\n",
			want: map[string]string{"Jane Roe is": "", "The writer is": "", "1. Pingback": "comment section",
				"2. Pingback": "comment section", "comments are closed": "comment section"},
		},
		{
			name: "pull quote, copyright and a one-word menu",
			doc: "Menu\n\n" + para1 + "\n\nthey had found evidence of liquid water beneath the icy surface\n\n" + para2 +
				"\n\n© 2024 Example Media. All rights reserved.\n",
			want: map[string]string{"Menu": "navigation", "Researchers": "", "they had found evidence of": "repeated text",
				"The team": "", "© 2024": "copyright"},
		},
		{
			name: "a copyright sign in prose is no copyright notice",
			doc: "Menu\n\n" + para1 + "\n\nThis isn’t supposed to be a manifesto™© we just think it’s pretty cool to share what we’ve learned so far.\n\n" +
				para2 + "\n\n©The Example Times\n",
			want: map[string]string{"Menu": "navigation", "Researchers": "", "This isn’t": "", "The team": "", "©The": "copyright"},
		},
		{
			name: "long prose after the comment section stays",
			doc:  para1 + "\n\n" + para2 + "\n\n" + para3 + "\n\n3 Comments\n\nNice\n\n" + para4 + "\n\nReply\n",
			want: map[string]string{"3 Comments": "comment section", "Nice": "comment section", "Other scientists": "",
				"I have followed": "", "Reply": "comment section"},
		},
		{
			name: "a forum thread: a reply button under every post is no comment section",
			doc: "Forum | Talk | Sign in\n\nIs the water under the moon real?\n\nspacefan · 20/07/2021 11:16\n\n" +
				"I read that they found water under the ice of a moon, but the article was vague. Does anyone know more?\n\nReply\n\n" +
				"riverside · 20/07/2021 11:20\n\n" + para1 + "\n\nReply\n\nbaker · 20/07/2021 11:24\n\n" + para2 + "\n\nReply\n\n" +
				"miller · 20/07/2021 11:31\n\n" + para3 + "\n\nReply\n\nwheelwright · 20/07/2021 11:40\n\n" +
				"My brother works on the radar for the next mission, and he says that the ice is thicker than the models said, so the water may lie deeper down than the team thinks.\n\nReply\n",
			want: map[string]string{"Forum | Talk": "menu line", "Researchers": "", "The team": "", "Other scientists": "",
				"My brother works": "", "Reply": "comment section"},
		},
		{
			name: "reply buttons under the comments of an article end it",
			doc: "Home | News | Sport\n\n" + para1 + "\n\n" + para2 + "\n\n" + para3 + "\n\nNice piece, I enjoyed reading it.\n\nReply\n\n" +
				"Great read, thanks for writing it up so clearly and for the links to the papers.\n\nReply\n\nAgreed, the critics are wrong about this one.\n\nReply\n",
			want: map[string]string{"Researchers": "", "Other scientists": "", "Great read": "comment section", "Agreed": "comment section"},
		},
		{
			name: "a comment link above an article and two below it make no thread",
			doc: "Home | News | Sport\n\nComments\n\nBy Jane Roe\n\n" + para1 + "\n\n" + para2 + "\n\n" + para3 +
				"\n\nComments\n\nDiscussion Policy\n\nComments\n\nBadge holders consistently post smart, timely comments about the teams of the area.\n",
			want: map[string]string{"Researchers": "", "Other scientists": "", "Badge holders": "comment section"},
		},
		{
			name: "plain notes without page furniture keep everything",
			doc:  "Meeting notes\n\nThe team discussed the budget.\n\nAction items\nAlice to send the report\nBob to book the room\n",
			want: map[string]string{"Meeting notes": "", "The team discussed": "", "Action items": "", "Bob to book": ""},
		},
		{
			name: "identifiers and a table in plain notes are kept",
			doc:  "Rename user_id\n\nThe field is used by the sync job.\n\n| name | type |\n|------|------|\n| id | int |\n",
			want: map[string]string{"Rename user_id": "", "The field": "", "| name | type |": ""},
		},
		{
			name: "markdown keeps lists and code",
			doc:  "# Setup\n\nShare\n\n- install Go\n- run make\n\n```\ngo build ./...\n```\n",
			want: map[string]string{"# Setup": "", "install Go": "", "go build": "", "Share": "share button"},
		},
		{
			name: "markdown code is content, whatever it looks like",
			doc:  "# Setup\n\nOpen it with:\n\n```go\nimport (\n\t\"log\"\n)\n\nif err != nil {\n\tlog.Fatal(err)\n}\nif err != nil {\n\treturn err\n}\n```\n",
			want: map[string]string{"\"log\"": "", "return err": "", ")": "no words", "```go": ""},
		},
		{
			name: "raw HTML lines in markdown are markup",
			doc:  "<div align=\"center\">\n<img width=\"512\" alt=\"logo\" src=\"logo.png\" />\n</div>\n\n# Skiff\n\nSkiff is a <b>small</b> store for Go programs.\n\n[docs]: https://skiff.example/docs\n[ci]: https://ci.example/skiff \"CI\"\n",
			want: map[string]string{"<div": "markup", "<img": "markup", "</div>": "markup", "# Skiff": "", "Skiff is a": "", "[docs]:": "markup"},
		},
		{
			name: "a sentence linking a few of its words is prose however long the targets; a line of links is not",
			doc: "This package implements text segmentation according to [Unicode Standard Annex #29](https://unicode.org/reports/tr29/), line breaking according to [Unicode Standard Annex #14](https://unicode.org/reports/tr14/) (Unicode version 15.0.0), and width calculation similar to [wcwidth](https://man7.org/linux/man-pages/man3/wcwidth.3.html).\n\n" +
				para1 + "\n\n[Home](https://x.example/) [Blog](https://x.example/blog) [About us](https://x.example/about)\n",
			want: map[string]string{"This package implements": "", "Researchers": "", "[Home]": "link list"},
		},
		{
			name: "a Markdown table with or without its outer pipes is no menu; a menu is",
			doc: "## Performance\n\n" + para1 + "\n\n|Library    | Avg Speed (s, 10 runs) | Accuracy (%)\n|:----------|:----------------------:|:-----------:\n| Sentences | 1.96                   | 98.95\n| NLTK      | 5.22                   | 99.21\n\n" +
				"Name | Speed\n---|---\nfast | 1.0\n\n" + para2 + "\n\nHome | News | Sport | Weather\n",
			want: map[string]string{"|Library": "", "| Sentences": "", "| NLTK": "", "Name | Speed": "", "fast | 1.0": "", "Home | News": "menu line"},
		},
		{
			name: "a scraped menu that opens or closes with its separator is a menu",
			doc:  "World | Politics | Business | Tech |\n\n" + para1 + "\n\n| Home | Sport | Weather\n\nSport | Weather |\nName | Speed\n---|---\nfast | 1.0\n\n" + para2 + "\n",
			want: map[string]string{"World | Politics": "menu line", "Researchers": "", "| Home | Sport": "menu line", "The team": "",
				"Sport | Weather |": "menu line", "Name | Speed": "", "fast | 1.0": ""},
		},
		{
			name: "a note in brackets before a colon is no link definition",
			doc:  "The council will meet again on Monday to vote on the budget for the new harbour, which the mayor has put forward.\n\n[Editor's note]: The figures were revised in May after an audit of the council's accounts.\n\n[1]: See the harbour report of 2004, page 12.\n",
			want: map[string]string{"The council": "", "[Editor's note]": "", "[1]: See": ""},
		},
		{
			name: "an address in angle brackets on a line of its own is no markup",
			doc:  "The council will meet again on Monday to vote on the budget for the new harbour, which the mayor has put forward.\n\nJane Roe\n<jane.roe@example.com>\n<https://example.com/council/minutes>\n",
			want: map[string]string{"The council": "", "<jane.roe": "", "<https:": ""},
		},
		{
			name: "a page in another language is judged without English stop words",
			doc: "Partager | Imprimer | Courriel\n\nLes chercheurs de l'université ont annoncé lundi avoir trouvé des preuves d'eau liquide sous la surface glacée d'une lune lointaine, une découverte qui pourrait changer la recherche de la vie.\n\n" +
				"L'équipe a utilisé les données d'une sonde qui est passée trois fois près de la lune au cours des deux dernières années, en mesurant la façon dont la surface se déformait.\n\nShare\n",
			want: map[string]string{"Partager": "menu line", "Les chercheurs": "", "L'équipe": "", "Share": "share button"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := classify(tt.doc)
			checkBlocks(t, tt.doc, blocks)
			for sub, want := range tt.want {
				b, ok := blockWith(tt.doc, blocks, sub)
				if !ok {
					t.Errorf("no block holds %q", sub)
					continue
				}
				if b.Reason != want {
					t.Errorf("%q: reason %q, want %q", sub, b.Reason, want)
				}
			}
		})
	}
}

// blockWith returns the first block that starts with sub, else the first
// that contains it.
func blockWith(doc string, blocks []block, sub string) (block, bool) {
	for _, b := range blocks {
		if strings.HasPrefix(doc[b.Start:b.End], sub) {
			return b, true
		}
	}
	for _, b := range blocks {
		if strings.Contains(doc[b.Start:b.End], sub) {
			return b, true
		}
	}
	return block{}, false
}

func FuzzClassify(f *testing.F) {
	f.Add("")
	f.Add("Title\n\nBy\n\n" + para1 + "\n\nLeave a Reply\n")
	f.Add("a\u00a0\n\u00a0\n# x\n```\n\n• Home | News\n4 hours ago\n")
	f.Add(para1 + "\n\nShare\nRecent Posts\n" + para2 + "\n\xff\xfe\x00")
	f.Add("Author: Jane Roe\nPublished in Daily Planet, March 17th 2019.\nSource: X\n*Jane Roe is a PhD student.")
	for _, name := range []string{"blog.txt", "notes.md", "encyclopedia.txt"} {
		if b, err := os.ReadFile(filepath.Join("testdata/clean", name)); err == nil {
			f.Add(string(b))
		}
	}
	f.Fuzz(func(t *testing.T, doc string) {
		blocks := classify(doc)
		checkBlocks(t, doc, blocks)
		m := detectMeta(doc, blocks)
		prev := -1
		for _, sp := range m.Spans {
			if sp.Start <= prev || sp.End <= sp.Start || sp.End > len(doc) {
				t.Fatalf("meta span %v out of order or bounds", sp)
			}
			prev = sp.Start
		}
	})
}

// TestClassifyFixtures runs the classifier and metadata detection on whole
// documents of other shapes than the default corpus.
func TestClassifyFixtures(t *testing.T) {
	tests := []struct {
		file       string
		keep, drop []string
		meta       Meta
	}{
		{
			file: "blog.txt",
			keep: []string{"The Best Carbonara in Rome", "We spent our last evening", "The secret, he told us",
				"Where to find it", "The trattoria is open"},
			drop: []string{"Skip to content", "Home", "Contact", "Tags: travel", "Share this:", "Twitter", "Related",
				"Pizza al taglio", "3 thoughts on", "John says:", "I loved this place", "Reply", "Leave a Reply", "© 2015"},
			meta: Meta{Title: "The Best Carbonara in Rome", Author: "Mary Smith", Date: "June 3, 2015", ISODate: "2015-06-03"},
		},
		{
			file: "notes.md",
			keep: []string{"# Release checklist", "Notes for cutting", "- run the full test suite", "go test ./...", "Announce the release"},
			meta: Meta{Title: "Release checklist"},
		},
		{
			file: "encyclopedia.txt",
			keep: []string{"Lake Baikal", "Lake Baikal is a rift lake", "Geography", "At 1,642 metres", "Wildlife", "Baikal is home"},
			drop: []string{"See also", "List of lakes by depth", "References", "1. ^", "External links", "Official website"},
			meta: Meta{Title: "Lake Baikal"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata/clean", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			doc := string(b)
			blocks := classify(doc)
			checkBlocks(t, doc, blocks)
			for _, sub := range append(append([]string{}, tt.keep...), tt.drop...) {
				b, ok := blockWith(doc, blocks, sub)
				if want := !contains(tt.drop, sub); !ok || b.Content != want {
					t.Errorf("%q: content %v (%q), want %v", sub, b.Content, b.Reason, want)
				}
			}
			m := detectMeta(doc, blocks)
			m.Spans = nil
			if !reflect.DeepEqual(m, tt.meta) {
				t.Errorf("meta %+v, want %+v", m, tt.meta)
			}
		})
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestClassifyRepeatedSentence: a sentence that a manual says again in
// each of its sections keeps its first occurrence; the others are
// duplicates. A caption shown twice, which ends no sentence, is not kept
// at all (TestClassifySnippets).
func TestClassifyRepeatedSentence(t *testing.T) {
	rep := "To stop at the first error, pass the option that makes the walk fail on errors to the function."
	doc := para1 + "\n\n" + rep + "\n\n" + para2 + "\n\n" + rep + "\n\n" + para3 + "\n"
	var reasons []string
	for _, b := range classify(doc) {
		if doc[b.Start:b.End] == rep {
			reasons = append(reasons, b.Reason)
		}
	}
	if want := []string{"", "duplicate"}; !slices.Equal(reasons, want) {
		t.Errorf("reasons of the repeated sentence = %q, want %q", reasons, want)
	}
}
