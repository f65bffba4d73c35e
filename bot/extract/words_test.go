package extract

import "testing"

// TestHasNearStem: the wordSet finds a near stem by lookup exactly when
// trying nearStem on every stem of the text would.
func TestHasNearStem(t *testing.T) {
	ws := newWordSet("The deepest buses of the larger port were bus and buse, deep and larg.")
	for _, stem := range []string{"deep", "deepest", "bus", "buse", "larg", "larger", "largest", "port", "porter", "por", "de", "dee", "deepe", "x"} {
		want := false
		for u := range ws.stems {
			want = want || nearStem(stem, u)
		}
		if got := ws.hasNearStem(stem); got != want {
			t.Errorf("hasNearStem(%q) = %v, want %v (stems %v)", stem, got, want, ws.stems)
		}
	}
	if !nearStem("larg", "largest") || !nearStem("buse", "bus") || nearStem("de", "dee") || nearStem("port", "portal") {
		t.Error("nearStem")
	}
}
