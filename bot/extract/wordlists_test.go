package extract

import "testing"

func TestLexicon(t *testing.T) {
	lex, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		set  map[string]bool
		n    int
		has  string
	}{
		{"light verbs", lex.lightVerbs, 48, "suppos"},
		{"generic focus", lex.genericFocus, 35, "centuri"},
		{"modifiers", lex.modifiers, 26, "approxim"},
		{"determiners", lex.determiners, 11, "those"},
		{"question words", lex.questionWords, 17, "describ"},
		{"author words", lex.authorWords, 8, "penn"},
		{"common starts", lex.commonStarts, 24, "furthermore"},
		{"months and days", lex.monthsAndDays, 19, "sunday"},
		{"title words", lex.titleWords, 35, "affairs"},
		{"group words", lex.groupWords, 57, "foundation"},
		{"money words", lex.moneyWords, 8, "worth"},
	}
	for _, tt := range tests {
		if len(tt.set) != tt.n || !tt.set[tt.has] || tt.set["#"] {
			t.Errorf("%s: %d words (want %d), has %q: %v", tt.name, len(tt.set), tt.n, tt.has, tt.set[tt.has])
		}
	}
}
