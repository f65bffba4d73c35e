package extract

import (
	"strings"
	"testing"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/asked"
)

// TestGivesMeasure: a sentence gives a value in a dimension by a number
// and its unit, in digits or words; a number of another kind, or a word
// that only looks like a number and a unit ("am", "1st"), does not.
func TestGivesMeasure(t *testing.T) {
	tests := []struct {
		dim  asked.Dimension
		s    string
		want bool
	}{
		{asked.DimAge, "Carter, 76, died at home in Toronto.", true},
		{asked.DimAge, "He is dating the model Shayna Taylor, 23.", true}, // the age ends the sentence
		{asked.DimAge, "The vote was 41, 23.5 percent of it late.", false},
		{asked.DimAge, "She graduated from high school at 14.", true},
		{asked.DimAge, "The twenty-year-old striker scored twice.", true},
		{asked.DimAge, "He was convicted of a 1966 triple homicide in two trials.", false},
		{asked.DimAge, "Yes, she says, she's 38.", true},
		{asked.DimAge, "I was 15 in 1999, when the Palm V was released.", true}, // the age, then when
		{asked.DimAge, "We were 15 minutes late.", false},
		{asked.DimAge, "Symptoms show typically before age three.", true},
		{asked.DimAge, "He turned 40 last spring.", true},
		{asked.DimAge, "Children aged between five and nine took part.", true},
		{asked.DimAge, "I ask her to confirm her age, and she grimaces.", false}, // the word, no value
		{asked.DimAge, "The age gap between them is wide.", false},
		{asked.DimAge, "She was 38th in the race.", false},
		{asked.DimAge, "They are 12 miles away.", false},
		{asked.DimAge, "He threw a surprise 60th birthday party for his mother.", true}, // the age a birthday marks
		{asked.DimAge, "It was the 60th anniversary of the party.", false},
		{asked.DimAge, "If he could age, he'd be well into his 90s right now.", true}, // a decade of life in digits
		{asked.DimAge, "She moved there in her mid-40s.", true},
		{asked.DimAge, "The band formed in the 90s.", false}, // a decade of the calendar
		{asked.DimWeight, "The baby weighed 3.2kg.", true},
		{asked.DimWeight, "The console weighs eight pounds.", true},
		{asked.DimWeight, "A 1.1 trillion-ton piece of ice broke off.", true}, // a scale between number and unit
		{asked.DimWeight, "They had two other children, aged seven and five.", false},
		{asked.DimLength, "The phone has a 6.1-inch screen.", true},
		{asked.DimLength, "The shelf is about 1,250 square miles.", true},
		{asked.DimLength, "I am the 1st to say so.", false},
		{asked.DimLong, "The film runs 155 minutes.", true},
		{asked.DimLong, "The tunnel is 1.3 miles long.", true},
		{asked.DimLong, "The film is a rich, moody tone poem.", false},
		{asked.DimLong, "It was the 38-year-old's first lead in a film.", false}, // an age, no duration
		{asked.DimLong, "The 38-year-old spent four years on the script.", true},
		{asked.DimDuration, "The puppy is six months old.", false},
		{asked.DimDuration, "Running time: 121 minutes.", true},
		{asked.DimDuration, "The 1990s were kind to the studio.", false},
		{asked.DimSpeed, "His fastball reaches 98 mph.", true},
		{asked.DimSpeed, "It charges at 7.5W.", true},
		{asked.DimSpeed, "Some fish recovered within a few days.", true},
		{asked.DimSpeed, "The fish were placed in tanks.", false},
		{asked.DimTemperature, "It reached 40°C in the shade.", true},
		{asked.DimTemperature, "The sauce is rated at a million Scoville units.", true},
		{asked.DimScore, "Evans won 6-3, 6-4, 6-2.", true},
		{asked.DimScore, "The song placed third with 147 points.", true},
		{asked.DimScore, "Evans won in straight sets.", false},
		{asked.DimShare, "Unemployment fell to 4.9 percent.", true},
		{asked.DimShare, "Two-thirds of the members agreed.", true},
		{asked.DimShare, "Unemployment fell sharply.", false},
		{asked.DimTime, "At around 5 o'clock in the afternoon on 11 July, the drop fell.", true},
		{asked.DimTime, "She finished in 2 hours 3 minutes.", true},
		{asked.DimTime, "The doors open at 9:30.", true},
		{asked.DimTime, "After 69 years, the drop finally fell.", false}, // a span of years is no time of day
		{asked.DimNone, "Anything at all.", true},
	}
	for _, tt := range tests {
		if got := givesMeasure(tt.s, tt.dim); got != tt.want {
			t.Errorf("givesMeasure(%q, %s) = %v, want %v", tt.s, tt.dim, got, tt.want)
		}
	}
}

// TestMeasureMissing: the feature is on for a sentence that restates a
// question asking for an age and gives none, off for one giving it, and
// off for every sentence of a question asking for no dimension.
func TestMeasureMissing(t *testing.T) {
	text := "Carter, who died this week, was a boxer. Carter, 76, died at home."
	p := citebot.Passage{ID: "x#1", Doc: "x.txt", End: len(text), Text: text}
	for _, tt := range []struct {
		q    string
		want map[string]float64 // sentence → feature
	}{
		{"How old was Carter when he died?", map[string]float64{"Carter, who died this week, was a boxer.": 1, "Carter, 76, died at home.": 0}},
		{"Where did Carter die?", map[string]float64{"Carter, who died this week, was a boxer.": 0, "Carter, 76, died at home.": 0}},
	} {
		checkFeature(t, p, tt.q, fMeasureMissing, tt.want)
	}
}

// TestUnitMissing: a question asking for its value in a unit is answered
// by a sentence giving it in any of the unit's spellings ("km",
// "kilometres", "kilometers"), and not by one giving it in another unit.
func TestUnitMissing(t *testing.T) {
	text := "Cook Strait is 22 kilometres (14 mi) wide at its narrowest point. The ferry crosses Cook Strait in three hours."
	p := citebot.Passage{ID: "x#1", Doc: "x.txt", End: len(text), Text: text}
	for _, tt := range []struct {
		q    string
		want map[string]float64 // sentence → feature
	}{
		{"How wide is Cook Strait in km?", map[string]float64{"Cook Strait is 22 kilometres (14 mi) wide at its narrowest point.": 0, "The ferry crosses Cook Strait in three hours.": 1}},
		{"How wide is Cook Strait in kilometers?", map[string]float64{"Cook Strait is 22 kilometres (14 mi) wide at its narrowest point.": 0}},
		{"How wide is Cook Strait in miles?", map[string]float64{"Cook Strait is 22 kilometres (14 mi) wide at its narrowest point.": 0}},
		{"How wide is Cook Strait in feet?", map[string]float64{"Cook Strait is 22 kilometres (14 mi) wide at its narrowest point.": 1}},
		{"How wide is Cook Strait?", map[string]float64{"Cook Strait is 22 kilometres (14 mi) wide at its narrowest point.": 0, "The ferry crosses Cook Strait in three hours.": 0}},
	} {
		checkFeature(t, p, tt.q, fUnitMissing, tt.want)
	}
	// a unit in a compound or after a number, not inside another word
	more := "A 2,200-square-mile piece of ice broke off the shelf. The phone has a 2600mAh battery. The smiles of Mahmoud's crew said it all."
	p = citebot.Passage{ID: "y#1", Doc: "y.txt", End: len(more), Text: more}
	for _, tt := range []struct {
		q    string
		want map[string]float64 // sentence → feature
	}{
		{"How large, in square miles, was the piece of ice that broke off?", map[string]float64{"A 2,200-square-mile piece of ice broke off the shelf.": 0, "The smiles of Mahmoud's crew said it all.": 1}},
		{"What is the battery capacity, in mAh, of the phone?", map[string]float64{"The phone has a 2600mAh battery.": 0, "The smiles of Mahmoud's crew said it all.": 1}},
	} {
		checkFeature(t, p, tt.q, fUnitMissing, tt.want)
	}
}

// checkFeature checks feature f of the candidates of question q asked of
// passage p: want maps sentences to the value f must have, and every
// sentence of want must be a candidate.
func checkFeature(t *testing.T, p citebot.Passage, q string, f int, want map[string]float64) {
	t.Helper()
	seen := 0
	for _, c := range testAnswerer().Candidates(Request{Question: asked.Parse(q), Passages: []citebot.Passage{p}}) {
		if w, ok := want[c.Text]; ok {
			seen++
			if got := c.Features[f]; got != w {
				t.Errorf("%q: %q has %s %v, want %v", q, c.Text, FeatureNames()[f], got, w)
			}
		}
	}
	if seen != len(want) {
		t.Errorf("%q: %d of %d sentences among the candidates", q, seen, len(want))
	}
}

// TestMeasureRefusal: a refusal for want of a value in the asked
// dimension says which, and every dimension has a name.
func TestMeasureRefusal(t *testing.T) {
	var c candidate
	c.feat[fMeasureMissing] = 1
	if got, want := testAnswerer().refusal(question{dimension: asked.DimAge}, c), "the closest passage gives no age"; got != want {
		t.Errorf("refusal = %q, want %q", got, want)
	}
	// a title question lacking a title names it; a question for a value
	// of no named kind falls back to the coverage (no empty noun)
	c.feat[fMeasureMissing], c.feat[fTypeMissing] = 0, 1
	if got, want := testAnswerer().refusal(question{typ: typeEntity, field: metaTitle}, c), "the closest passage holds no title"; got != want {
		t.Errorf("refusal = %q, want %q", got, want)
	}
	if got := testAnswerer().refusal(question{typ: typeEntity}, c); strings.HasSuffix(got, "no ") || !strings.HasPrefix(got, "no passage carries") {
		t.Errorf("refusal = %q, want the coverage", got)
	}
	for d := range measures {
		if measureNames[d] == "" {
			t.Errorf("dimension %q has no name", d)
		}
	}
}
