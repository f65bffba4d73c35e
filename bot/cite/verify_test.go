package cite

import (
	"fmt"
	"testing"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/text"
)

func TestClaims(t *testing.T) {
	tests := []struct {
		in      string
		want    string // claims as text|cites
		uncited int
	}{
		{"NATO left in 2014 [1]. Kabul and Islamabad cooperate [2].", "[{NATO left in 2014 . [1]} {Kabul and Islamabad cooperate . [2]}]", 0},
		{"NATO left in 2014. [1] Then nothing.", "[{NATO left in 2014. [1]}]", 1},
		{"No markers here. None at all.", "[]", 2},
		{"A claim [1][2].", "[{A claim . [1 2]}]", 0},
	}
	for _, tt := range tests {
		r := &Rewriter{k: 5}
		out := r.Write(tt.in) + r.Flush()
		cls, uncited := claims(out, text.Sentences(out), r.marks)
		if got := fmt.Sprint(cls); got != tt.want || uncited != tt.uncited {
			t.Errorf("%q: got %s, %d uncited; want %s, %d", tt.in, got, uncited, tt.want, tt.uncited)
		}
	}
}

func TestSupport(t *testing.T) {
	span := "Following the withdrawal of NATO troops from Afghanistan in 2014, close cooperation between Kabul and Islamabad will have a decisive influence. Pervez Musharraf visited Moscow in February 2003."
	p := citebot.Passage{Text: span}
	tests := []struct {
		claim string
		want  bool
	}{
		{"NATO troops left Afghanistan in 2014.", true},
		{"NATO troops left Afghanistan in 2015.", false},                     // wrong number
		{"Musharraf visited Moscow in February 2003.", true},                 // name and date
		{"Musharraf visited Beijing in February 2003.", false},               // name not in the span
		{"Musharraf visited Moscow in March 2003.", false},                   // month is a name
		{"According to the text, Kabul and Islamabad will cooperate.", true}, // sentence-initial "According" is not a name
		{"The weather in spring is lovely and warm.", false},                 // content words missing
		{"Yes.", false}, // nothing to check
	}
	for _, tt := range tests {
		f := factsOf(tt.claim, []citebot.Passage{p})
		sp := bestSpan(p, f)
		ok, why := support(f, []string{span[sp.Start:sp.End]})
		if ok != tt.want {
			t.Errorf("%q: supported = %v (%s), want %v; span %q", tt.claim, ok, why, tt.want, span[sp.Start:sp.End])
		}
	}
}

func TestBestSpan(t *testing.T) {
	p := citebot.Passage{Text: "The summit ended in London. It was about Afghanistan. Pervez Musharraf visited Moscow in 2003. He met Putin there."}
	tests := []struct{ claim, want string }{
		{"Musharraf visited Moscow in 2003.", "Pervez Musharraf visited Moscow in 2003."},
		{"Musharraf met Putin in Moscow in 2003.", "Pervez Musharraf visited Moscow in 2003. He met Putin there."},
		{"The summit in London was about Afghanistan.", "The summit ended in London. It was about Afghanistan."},
	}
	for _, tt := range tests {
		sp := bestSpan(p, factsOf(tt.claim, []citebot.Passage{p}))
		if got := p.Text[sp.Start:sp.End]; got != tt.want {
			t.Errorf("%q: span %q, want %q", tt.claim, got, tt.want)
		}
	}
}

func TestDontKnow(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"The passages do not contain the answer.", true},
		{"I don't know. The passages are about trade.", true},
		{"The documents do not say when he left.", true},
		{"NATO troops left in 2014 [1].", false},
		{"NATO left in 2014 [1]. Nothing is mentioned about 2015.", false},
	}
	for _, tt := range tests {
		if got := DontKnow(tt.in); got != tt.want {
			t.Errorf("DontKnow(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
