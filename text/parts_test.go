package text

import (
	"slices"
	"testing"
)

func TestCaseParts(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want []string // the parts' original bytes; nil: no split
	}{
		{"General JavedBajwa said", []string{"Javed", "Bajwa"}},
		{"GeneralRaheel", []string{"General", "Raheel"}},
		{"TheBuild-Own", []string{"The", "Build"}},
		{"Pakistan’s", nil},
		{"iPhone", nil},
		{"NATO", nil},
		{"McDonald", []string{"Mc", "Donald"}},
		{"Mush\u200barrafKhan", []string{"Mush\u200barraf", "Khan"}},
	} {
		var got []string
		for _, tok := range Tokens(tt.s) {
			for _, p := range CaseParts(tt.s, tok) {
				got = append(got, tt.s[p.Start:p.End])
				if p.Norm == "" || p.Stem == "" {
					t.Errorf("CaseParts(%q): empty part %+v", tt.s, p)
				}
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("CaseParts(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

func TestChatForm(t *testing.T) {
	if got := ChatForm("ppl"); !slices.Equal(got, []string{"people"}) {
		t.Errorf(`ChatForm("ppl") = %q`, got)
	}
	if got := ChatForm("lol"); got == nil || len(got) != 0 {
		t.Errorf(`ChatForm("lol") = %q, want an empty filler`, got)
	}
	if got := ChatForm("pakistan"); got != nil {
		t.Errorf(`ChatForm("pakistan") = %q, want nil`, got)
	}
	for w, want := range map[string][]string{"nite": {"night"}, "uni": {"university"}, "some1": {"someone"}, "vp": {"vice", "president"}, "tix": {"tickets"}, "nyc": {"new", "york"},
		"whn": {"when"}, "whr": {"where"}, "whch": {"which"}, // question words typed without their vowels
		"acc":  {"according"},                                                   // "acc to the WHO"
		"coop": {"cooperation"},                                                 // "the defence coop agreement"
		"perf": {"performance"}, "repo": {"repository"}, "outta": {"out", "of"}, // chat's words of software, and others
		"grads": {"graduates"}, "nah": {}, "pm": {"prime", "minister"}, "merch": {"merchandise"}, "dads": {"fathers"}} {
		if got := ChatForm(w); !slices.Equal(got, want) {
			t.Errorf("ChatForm(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestNumbered(t *testing.T) {
	for w, want := range map[string]bool{"pm": true, "mins": false, "ppl": false, "pakistan": false} {
		if got := Numbered(w); got != want {
			t.Errorf("Numbered(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestEnglish(t *testing.T) {
	for w, want := range map[string]bool{"month": true, "premiers": true, "narcotics": true, "send": true,
		"musharaf": false, "comission": false, "pak": false} {
		if got := English(Stem(w)); got != want {
			t.Errorf("English(Stem(%q)) = %v, want %v", w, got, want)
		}
	}
}

func TestQuoted(t *testing.T) {
	for s, want := range map[string][]string{
		"who wrote 'Pakistan-Russia relations warm up'?":            {"pakistan-russia relations warm up"},
		"who wrote “Managing Pakistan-Russia relations”":            {"managing pakistan-russia relations"},
		"what did Pakistan's army do in the '90s and Russia's navy": nil,
		`the "Dushanbe Four" summit`:                                {"dushanbe four"},
		"the 'four' summit":                                         nil,
	} {
		if got := Quoted(s); !slices.Equal(got, want) {
			t.Errorf("Quoted(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestUnglue(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"shooting down two jets on 27thFebruary, at that time", "shooting down two jets on 27th February, at that time"},
		{"Chief of Army Staff GeneralRaheel Sharif", "Chief of Army Staff General Raheel Sharif"},
		{"JavedBajwa and TheBuild-Own-Operate", "Javed Bajwa and The Build-Own-Operate"},
		{"an iPhone and a McDonald", "an iPhone and a McDonald"}, // a surname's prefix stays on it
		{"says Maura McLaughlin, a radioastronomer", "says Maura McLaughlin, a radioastronomer"},
		{"MacDonald, DeVito, DiCaprio and LaGuardia", "MacDonald, DeVito, DiCaprio and LaGuardia"},
		{"signed inMay and theDe Vito", "signed in May and the De Vito"}, // a prefix within a longer word
		{"nothing glued here", "nothing glued here"},
		{"aB", "aB"},
		{"aBcDef", "aBc Def"}, // each change on its own, where CaseParts cuts none
		{"", ""},
	} {
		if got := Unglue(c.in); got != c.want {
			t.Errorf("Unglue(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestQuotedSpans(t *testing.T) {
	s := `was 'OK Computer' reviewed in Pakistan's "new hope" speech`
	var got []string
	for _, sp := range QuotedSpans(s) {
		got = append(got, s[sp.Start:sp.End])
	}
	if want := []string{"OK Computer", "new hope"}; !slices.Equal(got, want) {
		t.Errorf("QuotedSpans = %q, want %q", got, want)
	}
	spans := QuotedSpans(s)
	if !Inside(spans, 5, 7) || Inside(spans, 0, 3) || Inside(spans, 4, 8) {
		t.Errorf("Inside(%v) reads the quotation's bounds wrong", spans)
	}
	// an elided year's apostrophe opens nothing: the quotation is 'new hope'
	s = `what did the govt say in '99 abt the 'new hope' plan of the '90s`
	got = nil
	for _, sp := range QuotedSpans(s) {
		got = append(got, s[sp.Start:sp.End])
	}
	if want := []string{"new hope"}; !slices.Equal(got, want) {
		t.Errorf("QuotedSpans(%q) = %q, want %q", s, got, want)
	}
}
