package conflict_test

import (
	"fmt"
	"testing"

	"github.com/citebot/citebot/bot/conflict"
)

// TestFindStandings covers placings in a contest or table, spans of
// years and the date of a question's event word.
func TestFindStandings(t *testing.T) {
	tests := []struct {
		name, q string
		texts   []string
		want    string
	}{
		{"placings differ", "Where did Ashby Town finish in the league last season?",
			[]string{"Ashby Town finished fourth in the Southern League last season.", "Last season we finished fifth in the Southern League."},
			"[fourth fifth]"},
		{"placings in digits", "What place did Ashby Town finish in the cup?",
			[]string{"Ashby Town finished 3rd in the cup.", "In the cup Ashby Town finished in 2nd place."}, "[3rd 2nd]"},
		{"placings agree", "Where did Ashby Town finish in the league last season?",
			[]string{"Ashby Town finished fourth in the Southern League last season.", "Ashby Town ended fourth in the Southern League last season."},
			"[]"},
		{"an ordinal that is no placing", "Where did Ashby Town finish in the league last season?",
			[]string{"Ashby Town finished fourth in the Southern League last season.", "It was the first season of Ashby Town in the Southern League."},
			"[]"},
		{"a range and decades differ", "Over what span of years were Riga and Oslo on their most hostile terms?",
			[]string{"The decade from 1979 to 1989 saw the worst relations between Riga and Oslo.",
				"Such ties between Riga and Oslo depart from the acrimonious 1980s and 1990s."},
			"[1979 to 1989 1980s and 1990s]"},
		{"a decade and its years agree", "Which decade saw Riga and Oslo on their most hostile terms?",
			[]string{"The years 1980-1989 saw the most hostile terms between Riga and Oslo.",
				"Riga and Oslo were on their most hostile terms in the 1980s."}, "[]"},
		{"spans far apart are two facts", "Over what span of years were Riga and Oslo on their most hostile terms?",
			[]string{"From 1920 to 1925 Riga and Oslo were on their most hostile terms.",
				"From 1979 to 1989 Riga and Oslo were on their most hostile terms."}, "[]"},
		{"a lone year is no span", "Over what span of years were Riga and Oslo on their most hostile terms?",
			[]string{"In 1979 Riga and Oslo were on their most hostile terms.", "From 1979 to 1989 Riga and Oslo were on hostile terms."}, "[]"},
		{"the date of the asked event, not the subject's other dates", "What year was the Ashby Maritime Museum founded?",
			[]string{"The Ashby Maritime Museum reopened in May 2024. Founded in 1932 by sea captains, the museum tells the story of the harbour.",
				"The Ashby Maritime Museum reopened on 11 May 2024. The museum, which was founded in 1928, closed in 2022.",
				"Kestrel Rovers, founded in 1897, play at Mill Lane."},
			"[1932 1928]"},
		{"the asked event's dates agree", "What year was the Ashby Maritime Museum founded?",
			[]string{"The Ashby Maritime Museum reopened in May 2024. Founded in 1932 by sea captains, the museum tells the story of the harbour.",
				"The Ashby Maritime Museum reopened on 11 May 2024. The museum, which was founded in 1932, closed in 2022."},
			"[]"},
	}
	for _, tt := range tests {
		got := values(conflict.New(conflict.Options{}).Find(tt.q, passages(tt.texts...)))
		if fmt.Sprint(got) != tt.want && !(len(got) == 0 && tt.want == "[]") {
			t.Errorf("%s: got %q, want %s", tt.name, got, tt.want)
		}
	}
}
