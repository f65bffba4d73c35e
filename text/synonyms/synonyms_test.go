package synonyms

import (
	"bytes"
	"compress/gzip"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/citebot/citebot/text"
)

// loadOnce parses the embedded table once for all tests.
var loadOnce = sync.OnceValues(Load)

// loaded returns the embedded table, parsed once per test binary.
func loaded(tb testing.TB) *Table {
	tb.Helper()
	tab, err := loadOnce()
	if err != nil {
		tb.Fatal(err)
	}
	return tab
}

// stem folds and stems a word the way citebot does for documents.
func stem(w string) string { return text.Stem(w) }

func TestRelated(t *testing.T) {
	tab := loaded(t)
	cases := []struct {
		a, b string
		want bool
	}{
		// synonyms in a shared synset among both words' first senses
		{"purchase", "buy", true},
		{"purchased", "bought", true}, // inflection of buy inherits buy's synonyms
		{"bought", "buy", true},       // verb.exc
		{"soldiers", "troops", true},  // soldiery ↔ soldier derivation, soldiery ~ troops
		{"stop", "cease", true},
		{"stopped", "ceased", true},
		{"begin", "start", true},
		{"travel", "journey", true},
		{"cargo", "freight", true},
		{"went", "gone", false}, // both map to "go", which is too short and generic to be a key
		{"unsure", "uncertain", true},
		{"unaltered", "unchanged", true},
		{"decide", "decision", true},    // derivation
		{"die", "death", true},          // derivation
		{"pakistani", "pakistan", true}, // pertainym
		{"economic", "economy", true},   // pertainym
		{"islamabad", "pakistan", true}, // national capital, part of its country
		{"moscow", "russia", true},      // likewise
		{"washington", "america", true}, // through the District of Columbia
		{"islamabad", "asia", false},    // the chain stops at the country
		{"buy", "buyer", false},         // agent nouns are not the act
		{"begin", "novice", false},      // nor are their synonyms ("beginner")

		// must not relate
		{"bank", "slope", false},      // rare sense, excluded by the sense limit
		{"bank", "depository", false}, // likewise
		{"pakistan", "russia", false},
		{"year", "month", false},
		{"year", "day", false}, // "days, years" is a rare sense of the plurals
		{"make", "create", false},
		{"thing", "object", false},
		{"over", "overeat", false}, // "overly" stems to the stop word "over"
	}
	for _, c := range cases {
		a, b := stem(c.a), stem(c.b)
		if got := tab.Has(a, b); got != c.want {
			t.Errorf("Has(%q, %q) [%s, %s] = %v, want %v; Related(%q) = %v", a, b, c.a, c.b, got, c.want, a, tab.Related(a))
		}
		if got := tab.Has(b, a); got != c.want {
			t.Errorf("Has(%q, %q) = %v, want %v (asymmetric)", b, a, got, c.want)
		}
		if got := slices.Contains(tab.Related(a), b); got != c.want {
			t.Errorf("Related(%q) contains %q = %v, want %v", a, b, got, c.want)
		}
	}
}

// TestKnownGaps logs paraphrases citebot has met that WordNet does not
// relate as synonyms (see README.md); they are not asserted, so a better
// rule that finds them is welcome.
func TestKnownGaps(t *testing.T) {
	tab := loaded(t)
	for _, p := range [][2]string{
		{"unplanned", "unscheduled"}, // schedule is a kind of plan: hypernymy, not synonymy
		{"transport", "cargo"},
		{"output", "capacity"},
		{"sectors", "areas"},
		{"travelled", "visited"},
	} {
		t.Logf("%s ~ %s: %v", p[0], p[1], tab.Has(stem(p[0]), stem(p[1])))
	}
}

// TestInflections checks irregular forms map to their base stem.
func TestInflections(t *testing.T) {
	tab := loaded(t)
	for _, p := range [][2]string{{"bought", "buy"}, {"began", "begin"}, {"men", "man"}, {"made", "make"}, {"children", "child"}} {
		if !tab.Has(stem(p[0]), stem(p[1])) {
			t.Errorf("%s !~ %s: Related(%q) = %v", p[0], p[1], stem(p[0]), tab.Related(stem(p[0])))
		}
	}
}

// TestDenied checks the generic stems have no synonyms, only their
// irregular inflections.
func TestDenied(t *testing.T) {
	tab := loaded(t)
	for _, w := range []string{"make", "take", "give", "come", "thing", "way", "part", "one"} {
		for _, r := range tab.Related(stem(w)) {
			if r != "made" && r != "took" && r != "taken" && r != "gave" && r != "given" && r != "came" {
				t.Errorf("denied %q is related to %q", w, r)
			}
		}
	}
}

// TestInvariants checks the whole table: sorted, distinct, no self pairs,
// symmetric, and keys that look like stems.
func TestInvariants(t *testing.T) {
	tab, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if tab.Len() < 10000 {
		t.Fatalf("only %d stems", tab.Len())
	}
	keys := tab.keyStrings()
	if !slices.IsSorted(keys) {
		t.Fatal("keys not sorted")
	}
	for _, k := range keys {
		rel := tab.Related(k)
		if len(rel) == 0 {
			t.Errorf("%q has no related stems", k)
		}
		if len(k) < 3 || text.IsStop(k) {
			t.Errorf("key %q is short or a stop word", k)
		}
		for i, r := range rel {
			if r == k {
				t.Errorf("%q related to itself", k)
			}
			if i > 0 && rel[i-1] >= r {
				t.Errorf("Related(%q) not sorted and distinct: %v", k, rel)
			}
			if !tab.Has(r, k) {
				t.Errorf("%q ~ %q but not %q ~ %q", k, r, r, k)
			}
		}
	}
	t.Logf("%d stems, %d pairs, %d bytes embedded", tab.Len(), tab.Pairs(), len(tableGz))
}

func TestRelatedIsACopy(t *testing.T) {
	tab := loaded(t)
	r := tab.Related("buy")
	if len(r) == 0 {
		t.Fatal("no synonyms of buy")
	}
	r[0] = "zzz"
	if tab.Related("buy")[0] == "zzz" {
		t.Fatal("Related exposes the table")
	}
}

func TestMissingAndNil(t *testing.T) {
	tab := loaded(t)
	if r := tab.Related("qqqqq"); r != nil {
		t.Errorf("Related(unknown) = %v", r)
	}
	if tab.Has("qqqqq", "buy") || tab.Has("buy", "qqqqq") || tab.Has("buy", "buy") {
		t.Error("Has true for unknown or identical stems")
	}
	var nilTab *Table
	if nilTab.Related("buy") != nil || nilTab.Has("buy", "purchas") || nilTab.Len() != 0 || nilTab.Pairs() != 0 {
		t.Error("nil Table is not empty")
	}
}

func TestParseErrors(t *testing.T) {
	gz := func(s string) []byte {
		var b bytes.Buffer
		w := gzip.NewWriter(&b)
		w.Write([]byte(s))
		w.Close()
		return b.Bytes()
	}
	for _, s := range []string{
		"abc def\nabc ghi\n", // repeated key
		"abc\n",              // no related stems
		"abc def",            // no final newline
		"abc ghi def\n",      // unsorted
		"abc abc\n",          // self
		"abc def  ghi\n",     // empty field
	} {
		if _, err := parse(gz(s)); err == nil {
			t.Errorf("parse(%q) succeeded", s)
		}
	}
	if _, err := parse([]byte("not gzip")); err == nil {
		t.Error("parse(not gzip) succeeded")
	}
	tab, err := parse(gz("abc def ghi\ndef abc\nghi abc\n"))
	if err != nil || !tab.Has("abc", "ghi") || tab.Has("def", "ghi") || tab.Len() != 3 || tab.Pairs() != 2 {
		t.Errorf("parse small table: %v %+v", err, tab)
	}
}

// TestConcurrentUse reads one table from several goroutines; run with -race.
func TestConcurrentUse(t *testing.T) {
	tab := loaded(t)
	var wg sync.WaitGroup
	got := make([]bool, 8)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = tab.Has("buy", "purchas") && len(tab.Related("buy")) > 0
		}()
	}
	wg.Wait()
	for i, ok := range got {
		if !ok {
			t.Fatalf("goroutine %d did not find buy ~ purchas", i)
		}
	}
}

// TestLoadTime reports how long parsing the embedded table takes; it only
// fails when far over the 30 ms budget, since shared CI machines are noisy.
func TestLoadTime(t *testing.T) {
	best, first := time.Hour, time.Duration(0)
	for i := range 5 {
		start := time.Now()
		if _, err := Load(); err != nil {
			t.Fatal(err)
		}
		d := time.Since(start)
		if i == 0 {
			first = d
		}
		best = min(best, d)
	}
	t.Logf("Load: first %v, best of 5 %v", first, best)
	if best > 150*time.Millisecond && !raceEnabled {
		t.Errorf("Load took %v, budget 30 ms", best)
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRelated(b *testing.B) {
	tab := loaded(b)
	words := []string{"buy", "stop", "soldier", "cargo", "year", "qqqqq", "begin", "travel"}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		_ = tab.Related(words[i%len(words)])
		i++
	}
}

func BenchmarkHas(b *testing.B) {
	tab := loaded(b)
	b.ReportAllocs()
	for b.Loop() {
		_ = tab.Has("stop", "ceas")
	}
}
