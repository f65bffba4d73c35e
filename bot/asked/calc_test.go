package asked

import "testing"

func TestCalculation(t *testing.T) {
	tests := map[string]bool{
		"whats 48 divided by 6":                        true,
		"How much is 23 times 17?":                     true,
		"What's 2 to the power of 10?":                 true,
		"What is 3/8 as a percentage?":                 true,
		"What's 17 squared?":                           true,
		"what's 15% of 80":                             true,
		"hey bot, what’s 1,000 minus 387? thx":         true,
		"what is the square root of 81":                true,
		"9 x 13":                                       true,
		"How many feet are in a mile?":                 true,
		"yo how many cups in a quart again":            true,
		"How many minutes are there in a week?":        true,
		"how many troops are in a battalion":           false,
		"how many miles are in the new pipeline":       false,
		"What did the bridge cost?":                    false,
		"what's 15% of the budget":                     false,
		"How many troops were stationed there?":        false,
		"what was 2016's trade figure":                 false,
		"what is 1992":                                 false,
		"Which route is 42 km long, the A1 or the M4?": false,
	}
	for q, want := range tests {
		if got := ReadMessage(q).Calculation(); got != want {
			t.Errorf("Calculation(%q) = %v, want %v", q, got, want)
		}
	}
}
