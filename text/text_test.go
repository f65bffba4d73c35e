package text

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "One sentence here. Another one follows.", []string{"One sentence here.", "Another one follows."}},
		{"year at end", "He visited Moscow in 2003. It was the first visit.", []string{"He visited Moscow in 2003.", "It was the first visit."}},
		{"year then one-letter word", "It began on July 18, 2009. A stub tunnel was built.", []string{"It began on July 18, 2009.", "A stub tunnel was built."}},
		{"run together", "to enhance defence ties.As an outcome of these visits.", []string{"to enhance defence ties.", "As an outcome of these visits."}},
		{"run together before a call", "db := chromem.NewDB()", []string{"db := chromem.NewDB()"}},
		{"run together before a selector", "Set openai.ChatCompletionRequest.Model to it.", []string{"Set openai.ChatCompletionRequest.Model to it."}},
		{"run together in a camel-case selector", "red := color.New(color.FgRed).PrintfFunc()", []string{"red := color.New(color.FgRed).PrintfFunc()"}},
		{"run together in a call's arguments", "c := cache.New(5*time.Minute, 10*time.Minute)", []string{"c := cache.New(5*time.Minute, 10*time.Minute)"}},
		{"run together before a camel-case name in prose", "The band split in the spring.McCartney went on to form Wings.", []string{"The band split in the spring.", "McCartney went on to form Wings."}},
		{"run together before a camel-case firm in prose", "The video was taken down at once.YouTube said it broke its rules.", []string{"The video was taken down at once.", "YouTube said it broke its rules."}},
		{"run together in a camel-case selector on a line of code", "\tExpiry: cache.NoExpiration,", []string{"Expiry: cache.NoExpiration,"}},
		{"run together in a parenthesis of prose", "It grew (for ties.As a rule it does) fast.", []string{"It grew (for ties.", "As a rule it does) fast."}},
		{"run together in a code span", "Pass an `http.Client` in the options.", []string{"Pass an `http.Client` in the options."}},
		{"run together after a quote", `He said "ties.)As" then.`, []string{`He said "ties.)`, `As" then.`}},
		{"run together after a backtick for an apostrophe", "He didn`t say so, but it was to enhance defence ties.As an outcome of these visits.",
			[]string{"He didn`t say so, but it was to enhance defence ties.", "As an outcome of these visits."}},
		{"run together after a code span", "Call `f()` first.Then go on.", []string{"Call `f()` first.", "Then go on."}},
		{"run together in a link's target", "Set by the [`max` setting](/pkg/crypto/tls#Conn.Handshake). The default is 8.", []string{"Set by the [`max` setting](/pkg/crypto/tls#Conn.Handshake).", "The default is 8."}},
		{"run together in a path", "Read /usr/share/doc/tool/notes.Debian first.", []string{"Read /usr/share/doc/tool/notes.Debian first."}},
		{"a quotation ending a sentence before one opening the next", "It ranges from “meh” to “conspiracy?” “This event matters,” says Tony Leiserowitz.",
			[]string{"It ranges from “meh” to “conspiracy?”", "“This event matters,” says Tony Leiserowitz."}},
		{"a quoted question inside a sentence", "He asked “why?” and left. She said “no.” “Fine” came back.", []string{"He asked “why?” and left.", "She said “no.”", "“Fine” came back."}},
		{"a title's abbreviation before a name", "It crossed at 18 mph. Capt. Gregory Stanclik was upbeat as Lt. Cmdr. Karen Kutkiewicz steered. Gen. Rahm left.",
			[]string{"It crossed at 18 mph.", "Capt. Gregory Stanclik was upbeat as Lt. Cmdr. Karen Kutkiewicz steered.", "Gen. Rahm left."}},
		{"initials kept", "It is headed by V.L. Mutko, the minister.", []string{"It is headed by V.L. Mutko, the minister."}},
		{"a middle initial before a surname ending the sentence", "The music was composed by Samuel A. Ward. Bates wrote the words. It was Plan A. Then it changed.",
			[]string{"The music was composed by Samuel A. Ward.", "Bates wrote the words.", "It was Plan A.", "Then it changed."}},
		{"an abbreviation Punkt does not know", "The fate of 4.9 million bbl. of oil is unknown. It sank.", []string{"The fate of 4.9 million bbl. of oil is unknown.", "It sank."}},
		{"a month's abbreviation opening a dateline", "by Jane Roe\nJun. 10, 17 · Agile Zone", []string{"by Jane Roe", "Jun. 10, 17 · Agile Zone"}},
		{"a month's abbreviation before a day ending a sentence", "It was signed on Mar. 3. It held.", []string{"It was signed on Mar. 3. It held."}},
		{"a month's name ending a sentence", "He came in May. 10 people met him.", []string{"He came in May.", "10 people met him."}},
		{"a line break after a month's abbreviation", "We met in Jan.\n\n5 people came.", []string{"We met in Jan.", "5 people came."}},
		{"a line break after a short word", "Install the tool first.\nnpm install foo", []string{"Install the tool first.", "npm install foo"}},
		{"a code comment over code", "// Add a path.\n    err = watcher.Add(\"/tmp\")", []string{"// Add a path.", "err = watcher.Add(\"/tmp\")"}},
		{"a name in mixed case after a short word", "I bought a new phone. iPhones are great.", []string{"I bought a new phone.", "iPhones are great."}},
		{"an identifier after a short word", "Either supports it. f12j-28: the title differs.", []string{"Either supports it.", "f12j-28: the title differs."}},
		{"units in a row", "The road is 12 km. long and 3 ft. wide. Then it ends.", []string{"The road is 12 km. long and 3 ft. wide.", "Then it ends."}},
		{"heading line", "The endgame\nAccording to him, it ends.", []string{"The endgame", "According to him, it ends."}},
		{"blank line", "First para.\n\nSecond para.", []string{"First para.", "Second para."}},
		{"nbsp trimmed", "\u00a0Padded sentence.\u00a0", []string{"Padded sentence."}},
		{"block quote wrapped", "> The server must be rebuilt every Monday\n> before the release, because the cache\n> grows. It is slow.\n>\n> > A nested quote.",
			[]string{"The server must be rebuilt every Monday\n> before the release, because the cache\n> grows.", "It is slow.", "A nested quote."}},
		{"greater-than inside a line", "It holds when x > y here. Then it stops.", []string{"It holds when x > y here.", "Then it stops."}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, sp := range Sentences(tt.in) {
				got = append(got, tt.in[sp.Start:sp.End])
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Sentences(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		in    string
		norms string
		stems string
	}{
		{"Pakistan’s helicopters", "pakistan helicopters", "pakistan helicopt"},
		{"Druzhba-I 2016was held", "druzhba i 2016 was held", "druzhba i 2016 was held"},
		{"approximately 10,000 troops", "approximately 10000 troops", "approxim 10000 troop"},
		{"US$92 million", "us 92 million", "us 92 million"},
		{"ＦＵＬＬ width", "full width", "full width"},
	}
	for _, tt := range tests {
		var norms, stems []string
		for _, tok := range Tokens(tt.in) {
			norms = append(norms, tok.Norm)
			stems = append(stems, tok.Stem)
			if tok.Start < 0 || tok.End > len(tt.in) || tok.Start >= tok.End {
				t.Fatalf("Tokens(%q): bad span %d-%d", tt.in, tok.Start, tok.End)
			}
		}
		if got := strings.Join(norms, " "); got != tt.norms {
			t.Errorf("Tokens(%q) norms = %q, want %q", tt.in, got, tt.norms)
		}
		if got := strings.Join(stems, " "); got != tt.stems {
			t.Errorf("Tokens(%q) stems = %q, want %q", tt.in, got, tt.stems)
		}
	}
}

func TestFoldMap(t *testing.T) {
	src := "The\u00a0 “old  friend”\nis Better"
	folded, m := FoldMap(src)
	if want := `the "old friend" is better`; folded != want {
		t.Fatalf("FoldMap folded = %q, want %q", folded, want)
	}
	i := strings.Index(folded, `"old friend"`)
	j := i + len(`"old friend"`)
	if got := src[m[i]:m[j]]; got != "“old  friend”" {
		t.Errorf("mapped span = %q", got)
	}
	if Fold(src) != folded {
		t.Errorf("Fold and FoldMap disagree: %q vs %q", Fold(src), folded)
	}
}

// TestAccentsDropped checks that the accents of Latin letters fold away,
// precomposed or combining, the same in Fold, FoldMap and a token's Norm,
// while FoldMap still maps back to the accented bytes; the vowel signs of
// another script stay.
func TestAccentsDropped(t *testing.T) {
	tests := []struct {
		src, folded, norm string
	}{
		{"Xífú", "xifu", "xifu"},
		{"Sānbēi", "sanbei", "sanbei"},
		{"Erdog\u0306an", "erdogan", "erdogan"},
		{"ERDOĞAN", "erdogan", "erdogan"},
		{"Straße", "straße", "straße"},
		{"København", "københavn", "københavn"},
		{"हिंदी", "हिंदी", "हिंदी"},
	}
	for _, tt := range tests {
		folded, m := FoldMap(tt.src)
		if folded != tt.folded || Fold(tt.src) != tt.folded {
			t.Errorf("FoldMap(%q) = %q, Fold = %q; want %q", tt.src, folded, Fold(tt.src), tt.folded)
			continue
		}
		if got := tt.src[m[0]:m[len(folded)]]; got != tt.src {
			t.Errorf("FoldMap(%q) maps back to %q", tt.src, got)
		}
		if toks := Tokens(tt.src); len(toks) != 1 || toks[0].Norm != tt.norm {
			t.Errorf("Tokens(%q) = %+v, want one token %q", tt.src, toks, tt.norm)
		}
	}
}

func TestClean(t *testing.T) {
	tests := []struct {
		in, want string
		changed  bool
	}{
		{"  plain question?  ", "plain question?", false},
		{"bell\x07 here", "bell here", true},
		{"bad \xff byte", "bad  byte", true},
		{"tab\tand\nnewline", "tab and newline", false},
	}
	for _, tt := range tests {
		got, changed := Clean(tt.in)
		if got != tt.want || changed != tt.changed {
			t.Errorf("Clean(%q) = %q, %v; want %q, %v", tt.in, got, changed, tt.want, tt.changed)
		}
	}
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{"A b. C d.", "x\n\ny", "2003. It", "ties.As", "\u00a0\u00a0", "a.B.c", "\xff\xfe."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, sp := range Sentences(s) {
			if sp.Start < last || sp.End <= sp.Start || sp.End > len(s) {
				t.Fatalf("bad span %v after %d in %q", sp, last, s)
			}
			last = sp.End
		}
		for _, tok := range Tokens(s) {
			if tok.Start < 0 || tok.End > len(s) || tok.Start >= tok.End {
				t.Fatalf("bad token %+v in %q", tok, s)
			}
		}
		folded, m := FoldMap(s)
		if len(m) != len(folded)+1 {
			t.Fatalf("FoldMap: %d offsets for %d bytes", len(m), len(folded))
		}
	})
}

// TestInvisibleInsideWords: zero-width characters that scraping leaves
// inside words do not break matching, and offsets still cover them.
func TestInvisibleInsideWords(t *testing.T) {
	src := "President Mush\u200barraf visited Mos\u00adcow in 2\u200d003.\ufeff"
	toks := Tokens(src)
	var norms []string
	for _, tk := range toks {
		norms = append(norms, tk.Norm)
	}
	if got := strings.Join(norms, " "); got != "president musharraf visited moscow in 2003" {
		t.Fatalf("Tokens norms = %q", got)
	}
	if got := src[toks[1].Start:toks[1].End]; got != "Mush\u200barraf" {
		t.Errorf("token span = %q, want the original bytes", got)
	}
	if got := Fold(src); got != "president musharraf visited moscow in 2003." {
		t.Errorf("Fold = %q", got)
	}
	folded, m := FoldMap(src)
	i := strings.Index(folded, "musharraf")
	if i < 0 || src[m[i]:m[i+len("musharraf")]] != "Mush\u200barraf" {
		t.Errorf("FoldMap %q does not map musharraf back to its bytes", folded)
	}
	if Fold("a\u200b b") != "a b" || len(Tokens("\u200b\u200b")) != 0 {
		t.Error("invisible characters alone must not make words")
	}
}

// FuzzQuestionFolding: whatever a user types (invisible characters,
// controls, invalid UTF-8, huge runs), cleaning and folding a question
// never panics, folding is idempotent, and FoldMap's offsets are ordered
// and inside the string; Unchatter leaves no longer a question, and one
// with a letter when it had one; Unglue only adds spaces.
func FuzzQuestionFolding(f *testing.F) {
	for _, s := range []string{"Mush\u200barraf?", "wat\x1b[2J did ppl say", "\xff\xfe", "’92 “quad” summit", strings.Repeat("a", 5000), "Ａｂｃ ﬁ ①", "hey @bot, thanks?", "Hi-Fi?", "ÉcoleNormale\u200bSupérieure"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, _ := Clean(s)
		for _, r := range q {
			if r < 0x20 && r != '\t' && r != '\n' {
				t.Fatalf("Clean left a control character in %q", q)
			}
		}
		folded := Fold(q)
		if Fold(folded) != folded {
			t.Fatalf("Fold is not idempotent on %q: %q then %q", q, folded, Fold(folded))
		}
		fm, m := FoldMap(s)
		if len(m) != len(fm)+1 || m[len(m)-1] != len(s) {
			t.Fatalf("FoldMap offsets do not cover %q", s)
		}
		for i := 1; i < len(m); i++ {
			if m[i] < m[i-1] || m[i] > len(s) {
				t.Fatalf("FoldMap offsets out of order at %d in %q", i, s)
			}
		}
		_ = Terms(q)
		u := Unchatter(q)
		if len(u) > len(strings.TrimSpace(q)) || (u == "") != (strings.TrimSpace(q) == "") ||
			reHasLetter.MatchString(q) && !reHasLetter.MatchString(u) {
			t.Fatalf("Unchatter(%q) = %q", q, u)
		}
		_ = JustChatter(q) // never panics
		if g := Unglue(s); strings.ReplaceAll(g, " ", "") != strings.ReplaceAll(s, " ", "") {
			t.Fatalf("Unglue(%q) = %q: more than spaces added", s, g)
		}
	})
}

// TestAppendWords: AppendWords gives the tokens of Tokens without their
// stems, appended after what dst holds, whether or not a word had to be
// copied out of the text (digit groups, invisible characters).
func TestAppendWords(t *testing.T) {
	for _, s := range []string{"", "Rivers’s 10,000 and 3.5 Mush\u200barraf ran", "Pakistan's JavedBajwa 2016was"} {
		want := Tokens(s)
		got := AppendWords([]Token{{Norm: "x"}}, s)
		if len(got) != len(want)+1 || got[0].Norm != "x" {
			t.Fatalf("%q: %v, want x then %v", s, got, want)
		}
		for i, w := range want {
			w.Stem = ""
			if got[i+1] != w {
				t.Errorf("%q token %d: %+v, want %+v", s, i, got[i+1], w)
			}
		}
	}
}

func TestUnquoteLines(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"The server must be rebuilt\n> before the release\n>> as planned.", "The server must be rebuilt\nbefore the release\nas planned."},
		{"> kept on the first line\n> but not after", "> kept on the first line\nbut not after"},
		{"x > 3\nand y > 4", "x > 3\nand y > 4"},
		{"one line", "one line"},
	} {
		if got := UnquoteLines(tt.in); got != tt.want {
			t.Errorf("UnquoteLines(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLooksLikeCode(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"db := chromem.NewDB()", true},
		{"go get github.com/joho/godotenv", true},
		{"go install ./cmd/x@latest", true},
		{"ps -o pid,comm", true},
		{"The bridge opened in 1874; it cost £2m.", false},
		{"Use it 24/7 and/or on weekends.", false},
		{"go install github.com/spf13/cobra-cli@latest", true},
		{"add it with go get example.com/x@v1.2.0", true},
		{"The paper said on Twitter (@nytimes) that it would.", false},
		{"Write to jane.roe@example.com for a copy.", false},
	} {
		if got := LooksLikeCode(tt.s); got != tt.want {
			t.Errorf("LooksLikeCode(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestDimensionWords(t *testing.T) {
	for _, c := range []struct {
		word string
		want []string
	}{
		{"deep", []string{"depth"}},
		{"depth", []string{"deep", "shallow"}},
		{"heavy", []string{"weight", "weigh"}}, // "the iPhone 16e weighs 167g"
		{"old", []string{"age"}},
		{"high", []string{"height", "altitude"}},
		{"thick", []string{"diameter"}}, // "a diameter of around 3–4 cm"; "thickness" is stemmed "thick"
		{"diameter", []string{"wide", "width", "thick"}},
		{"bridges", nil},
	} {
		got := DimensionWords(Stem(c.word))
		want := make([]string, len(c.want))
		for i, w := range c.want {
			want[i] = Stem(w)
		}
		if !slices.Equal(got, want) {
			t.Errorf("DimensionWords(Stem(%q)) = %q, want the stems of %q, %q", c.word, got, c.want, want)
		}
	}
}

func TestUnitForms(t *testing.T) {
	for _, c := range []struct {
		word string
		want []string
	}{
		{"barrels", []string{"bbl"}},
		{"kilometres", []string{"kilometer", "km"}},
		{"km", []string{"kilometre", "kilometer"}},
		{"meters", []string{"metre"}},
		{"lbs", []string{"pound", "lb"}},
		{"feet", []string{"foot", "ft"}},
		{"floors", []string{"storey", "story"}},
		{"bridges", nil},
	} {
		got := UnitForms(Stem(c.word))
		want := make([]string, len(c.want))
		for i, w := range c.want {
			want[i] = Stem(w)
		}
		if !slices.Equal(got, want) {
			t.Errorf("UnitForms(Stem(%q)) = %q, want the stems of %q, %q", c.word, got, c.want, want)
		}
	}
}

func TestOrdinal(t *testing.T) {
	for _, tt := range []struct {
		s, word, rest string
	}{
		{"the 12th meeting", "twelfth", ""},
		{"the 1st visit", "first", ""},
		{"The 12thmeeting of the group", "twelfth", "meeting"},
		{"on the 2ndday", "second", "day"},
		{"a 3rd", "third", ""},
		{"12thousand people", "", ""}, // "th" + "ousand": no word
		{"the 21st century", "", ""},  // past 20th
		{"1 st", "", ""},              // apart
		{"the 4st", "", ""},           // the wrong suffix
		{"the 5thqzx", "", ""},        // no word after the suffix
	} {
		toks := Tokens(tt.s)
		word, rest := "", ""
		for i := 0; i+1 < len(toks) && word == ""; i++ {
			word, rest = Ordinal(toks[i], toks[i+1])
		}
		if word != tt.word || rest != tt.rest {
			t.Errorf("Ordinal in %q = %q, %q; want %q, %q", tt.s, word, rest, tt.word, tt.rest)
		}
	}
}

func TestInCodeSpan(t *testing.T) {
	s := "the `wasi_snapshot_preview1` module; it didn`t\nsay `x"
	for _, tt := range []struct {
		at   string
		want bool
	}{
		{"wasi_", true},
		{"module", false},
		{"t\nsay", false}, // a lone backtick is an apostrophe
		{"x", false},      // no closing backtick on its line
	} {
		if got := InCodeSpan(s, strings.Index(s, tt.at)); got != tt.want {
			t.Errorf("InCodeSpan at %q = %v, want %v", tt.at, got, tt.want)
		}
	}
}

func TestTitleAbbrevs(t *testing.T) {
	for _, c := range []struct {
		word string
		want []string
	}{
		{"general", []string{"gen"}},
		{"Colonel", []string{"col"}},
		{"commanders", []string{"cmdr", "cdr"}},
		{"major", nil}, // "Maj." is also a word
		{"bridges", nil},
	} {
		got := TitleAbbrevs(Stem(Fold(c.word)))
		if !slices.Equal(got, mapStems(c.want)) {
			t.Errorf("TitleAbbrevs(Stem(%q)) = %q, want stems of %q", c.word, got, c.want)
		}
	}
}

func mapStems(ws []string) []string {
	var out []string
	for _, w := range ws {
		out = append(out, Stem(w))
	}
	return out
}

// TestUnaccentedTable checks that the table Unaccented looks up gives
// what decomposing gives, for every rune it holds.
func TestUnaccentedTable(t *testing.T) {
	for r := rune(0xC0); r < 0x250; r++ {
		if got, want := Unaccented(r), decomposedBase(r); unicode.Is(unicode.Latin, r) && got != want {
			t.Errorf("Unaccented(%q) = %q, want %q", r, got, want)
		}
	}
	if got := Unaccented('ḗ'); got != 'e' {
		t.Errorf("Unaccented('ḗ') = %q, want 'e'", got)
	}
}

// TestAmpersanded: two capitalised words of letters joined by one
// ampersand are a name a question may type closed; spaced or lower-case
// ones are not.
func TestAmpersanded(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"PG&E", true},
		{"AT&T", true},
		{"PG & E", false},
		{"salt&pepper", false},
		{"B&4", false},
	} {
		toks := Tokens(tt.s)
		if got := len(toks) == 2 && Ampersanded(tt.s, toks[0], toks[1]); got != tt.want {
			t.Errorf("Ampersanded(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestHyphenated: two words of letters joined by one hyphen or dash are
// hyphenated; digits, single letters and other marks are not.
func TestHyphenated(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"clean-up", true},
		{"inter–governmental", true},
		{"COVID-19", false},
		{"e-mail", false},
		{"clean - up", false},
		{"clean/up", false},
	} {
		toks := Tokens(tt.s)
		if got := len(toks) == 2 && Hyphenated(tt.s, toks[0], toks[1]); got != tt.want {
			t.Errorf("Hyphenated(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestPlainSpaces: non-breaking, figure and narrow non-breaking spaces
// read as plain spaces; other characters are kept.
func TestPlainSpaces(t *testing.T) {
	for in, want := range map[string]string{
		"in\u00a0Tribeca":       "in Tribeca",
		"10\u202f000\u2007km":   "10 000 km",
		"café, zero\u200bwidth": "café, zero\u200bwidth",
	} {
		if got := PlainSpaces(in); got != want {
			t.Errorf("PlainSpaces(%q) = %q, want %q", in, got, want)
		}
	}
}
