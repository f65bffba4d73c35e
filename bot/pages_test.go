package bot_test

import (
	"context"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot"
)

// TestAnswersOnPages asks questions typed on scraped pages of the labelled
// sets' folders (the pages alone, never their questions) and checks the
// answer's opening: a count beside a label's number ("type 1 receptor"), the
// title of a page whose name cuts it short, a name in camel case defined by
// an apposition, a person named after an apposition that says what they are,
// a given name over a surname that names a kind of person too ("Patrick
// Sawyer"), and a time of day that answers "when" in the present tense.
func TestAnswersOnPages(t *testing.T) {
	for _, tt := range []struct {
		dir   string
		files []string
		q     string
		want  string // the answer's opening
	}{
		{"final33/page-ah", []string{"pubmed-losartan-hctz-bnp-study.txt", "elixir-lang-design-goals.txt"},
			"how many patients were in the losartan study", "In a multicentre prospective observational study, we enrolled 185 patients"},
		{"final33/page-ah", []string{"pubmed-losartan-hctz-bnp-study.txt", "elixir-lang-design-goals.txt"},
			"what was the title of the losartan paper", `The title is "Antihypertensive efficacy of the losartan/hydrochlorothiazide combination`},
		{"final24/page-x", []string{"healthcareitnews-kansas-hie-cdc-biosense.txt", "people-ryan-seacrest-marriage.txt"},
			"what is biosense", "Officials at the Kansas Health Information Network (KHIN) announced Wednesday"},
		{"final32/page-ag", []string{"nytimes-aung-san-suu-kyi-freed.txt", "howstuffworks-how-to-play-scrabble.txt"},
			"who is kyi maung", "But one of her lawyers, U Kyi Maung, said"},
		{"final19/page-s", []string{"usatoday-liberia-ebola-patient.txt", "dcurtis-voice-interfaces.txt"},
			"who is patrick sawyer", "He said that people like Duncan and Patrick Sawyer, a Liberian-American with Ebola"},
		{"final23/page-w", []string{"smh-board-female-quota.txt", "time-hansen-geoengineering.txt"},
			"when do german schools close", "German schools, for instance, close at midday."},
	} {
		b := pagesBot(t, tt.dir, tt.files...)
		ans, err := b.Ask(context.Background(), citebot.Question{Text: tt.q})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Answered || !strings.HasPrefix(ans.Answer, tt.want) {
			t.Errorf("%q: answered %v: %q; want %q", tt.q, ans.Answered, ans.Answer, tt.want)
		}
	}
}

// pagesBot is a bot over the named files of a labelled set's folder
// under eval/testdata (dir: "final33/page-ah"), its pages alone.
func pagesBot(t testing.TB, dir string, files ...string) *bot.Bot {
	t.Helper()
	fsys := fstest.MapFS{}
	for _, f := range files {
		data, err := os.ReadFile("../eval/testdata/" + dir + "/" + f)
		if err != nil {
			t.Fatal(err)
		}
		fsys[f] = &fstest.MapFile{Data: data}
	}
	b, _ := corpusBot(t, fsys, "pages")
	return b
}
