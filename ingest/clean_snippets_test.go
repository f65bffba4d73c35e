package ingest

import (
	"strings"
	"testing"
)

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
			name: "a sentence between share buttons inside the article stays in",
			doc: para1 + "\n\nShare on Facebook\n\nShare on Twitter\n\nThe mayor said that the mill would open on Saturday and that the first bread from its flour would be sold in the square.\n\n" +
				"Share on WhatsApp\n\n" + para2 + "\n",
			want: map[string]string{"Researchers": "", "Share on Twitter": "share button", "The mayor said": "", "The team": ""},
		},
		{
			name: "a sentence between share buttons after the article stays out",
			doc: para1 + "\n\nShare on Facebook\n\nThe mayor said that the mill would open on Saturday and that the first bread from its flour would be sold in the square.\n\n" +
				"Share on WhatsApp\n\nMost Popular\n",
			want: map[string]string{"Researchers": "", "The mayor said": "near boilerplate"},
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
