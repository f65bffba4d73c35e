package conflict_test

import (
	"fmt"
	"testing"

	"github.com/citebot/citebot/bot/conflict"
)

// TestFindPosts covers the post or job a person held.
func TestFindPosts(t *testing.T) {
	tests := []struct {
		name, q string
		texts   []string
		want    string
	}{
		{"a post before and after the name", "What is Dr Anna Berg's position at the harbour museum?",
			[]string{"\"It is ours,\" said Dr Anna Berg, the museum's director, at the harbour.",
				"Chief curator Dr Anna Bergh and her team at the harbour museum deserve it."},
			"[museum's director Chief curator]"},
		{"posts past ranks", "what job did Osmanov have when he dealt with Latvia",
			[]string{"Talks with Latvia took place with Commander-in-Chief of the Ground Forces Colonel General A.N. Osmanov.",
				"Ties with Latvia were started by Military Chief Col-Gen Kemal Osmanov's visit."},
			"[Commander-in-Chief of the Ground Forces Military Chief]"},
		{"one post at different length agrees", "What is Dr Anna Berg's position at the harbour museum?",
			[]string{"\"It is ours,\" said Dr Anna Berg, the museum's director, at the harbour.",
				"Museum director Dr Anna Berg showed the harbour museum."}, "[]"},
		{"the post of the next name is not the asked one's", "What post did Berg hold in Riga?",
			[]string{"Talks between Berg, Foreign Minister Olaf Dahl and others in Riga.", "In Riga, Mayor Anna Berg met him."}, "[]"},
	}
	for _, tt := range tests {
		got := values(conflict.New(conflict.Options{}).Find(tt.q, passages(tt.texts...)))
		if fmt.Sprint(got) != tt.want && !(len(got) == 0 && tt.want == "[]") {
			t.Errorf("%s: got %q, want %s", tt.name, got, tt.want)
		}
	}
}
