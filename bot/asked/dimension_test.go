package asked_test

import (
	"testing"

	"github.com/citebot/citebot/bot/asked"
)

// TestDimension: a question asks for a value in a dimension only by how
// it asks ("how old", "what was the final score"), not by naming one
// ("who composed the score", "know-how long").
func TestDimension(t *testing.T) {
	tests := []struct {
		q    string
		want asked.Dimension
	}{
		{"How old was the mayor when she died?", asked.DimAge},
		{"at what age did he leave school", asked.DimAge},
		{"How much did the calf weigh at birth?", asked.DimWeight},
		{"whats the weight of the new console", asked.DimWeight},
		{"What running time does the review give?", asked.DimDuration},
		{"how long is the bridge", asked.DimLong},
		{"For how long were the gates closed?", asked.DimLong},
		{"How tall is the tower?", asked.DimLength},
		{"What screen size does the phone have?", asked.DimLength},
		{"how fast does he throw his fastball", asked.DimSpeed},
		{"How quickly does the team respond to a report?", asked.DimSpeed},
		{"how soon after the vote did they start", asked.DimSpeed},
		{"What top gust speed was forecast?", asked.DimSpeed},
		{"How hot is the sauce?", asked.DimTemperature},
		{"whats the score of the final", asked.DimScore},
		{"By what score did she win?", asked.DimScore},
		{"What share of the budget went to schools?", asked.DimShare},
		{"whats the unemployment rate in the report", asked.DimShare},
		{"what time did the drop fall", asked.DimTime},
		{"At what time does the museum open?", asked.DimTime},
		// no dimension asked for
		{"Who composed the score for the film?", asked.DimNone},
		{"How many goals did he score?", asked.DimNone},
		{"By what route has Russian know-how long reached the army?", asked.DimNone},
		{"Which council closed its schools?", asked.DimNone},
		{"How big is the museum's collection?", asked.DimNone}, // a count as often as a size
		{"how much time did they spend there", asked.DimDuration},
		{"what time zone is it in", asked.DimNone},
	}
	for _, tt := range tests {
		if got := asked.Parse(tt.q).Dimension; got != tt.want {
			t.Errorf("Parse(%q).Dimension = %q, want %q", tt.q, got, tt.want)
		}
	}
}
