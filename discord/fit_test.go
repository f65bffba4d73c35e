package discord

import (
	"strings"
	"testing"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/discord/discordtest"
)

// TestHugeAnswerIsCapped: a 30 KB answer becomes at most four messages,
// cut at a sentence with a note, and the sources list only the citations
// still marked in the kept text.
func TestHugeAnswerIsCapped(t *testing.T) {
	t.Parallel()
	h := start(t, Config{}, &fakeAsker{})
	tok := h.slash("c1", "u1", "ask", discordtest.Opt("question", "Tell me the huge story"))
	eventually(t, "the answer", func() bool { return strings.Contains(h.logs.String(), "question answered") })
	all := []string{h.wait(1, discordtest.Edit(tok))[0].Content()}
	for _, r := range h.f.Requests(discordtest.FollowUp(tok)) {
		all = append(all, r.Content())
	}
	if len(all) > maxAnswerMessages {
		t.Fatalf("the answer became %d messages, want at most %d", len(all), maxAnswerMessages)
	}
	joined := strings.Join(all, "\n")
	for _, want := range []string{"Mara Quill [1]. …", noteCut, "**[1]**", "**Sources**"} {
		if !strings.Contains(joined, want) {
			t.Errorf("the answer lacks %q:\n%s", want, joined)
		}
	}
	if strings.Contains(joined, "**[2]**") || strings.Contains(joined, "Tours are") {
		t.Errorf("citation 2, whose marker was cut, is still shown:\n%s", joined)
	}
}

func TestFitAnswer(t *testing.T) {
	a := &citebot.Answer{Answer: hugeAnswer(), Answered: true, Notes: []string{"a note"},
		Citations: []citebot.Citation{citation(1, testChunks[0], true), citation(2, testChunks[1], true)}}
	pieces := fitAnswer(a)
	if len(pieces) != maxAnswerMessages {
		t.Errorf("%d pieces, want %d (as many as fit)", len(pieces), maxAnswerMessages)
	}
	checkPieces(t, pieces, MaxMessage)
	if len(a.Citations) != 2 || a.Notes[0] != "a note" || len(a.Notes) != 1 {
		t.Error("fitAnswer changed its argument")
	}
	short := &citebot.Answer{Answer: "Short [2].", Citations: a.Citations}
	if got, want := fitAnswer(short), Split(RenderAnswer(short), MaxMessage); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("a short answer changed:\n%q\nwant\n%q", got, want)
	}
	for _, tt := range []struct {
		in   string
		n    int
		want string
	}{
		{"One two. Three four five six", 14, "One two."},
		{"One two three four five six", 20, "One two three four"},
		{"Claim one [1, 2] more text here", 14, "Claim one"},
		{"Ünïcödé ünïcödé ünïcödé", 13, "Ünïcödé"}, {"Ünïcödé", 9, "Ünïcöd"},
	} {
		if got := cutText(tt.in, tt.n); got != tt.want {
			t.Errorf("cutText(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}
