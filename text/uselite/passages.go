package uselite

import (
	"context"
	"unicode/utf8"

	"github.com/citebot/citebot/text"
	"github.com/viterin/vek/vek32"
)

// MaxPassageBytes is how much of a text EmbedPassages reads: more than a
// chunk of an index holds, and a bound on the time a long query costs.
const MaxPassageBytes = 4096

// EmbedPassages returns one unit-length vector per text: the mean of the
// vectors of its sentences (text.Sentences), normalised; a text with no
// sentence is embedded whole. A passage longer than MaxTokens pieces is
// thus read in full (up to MaxPassageBytes), and each sentence is read as
// the model was trained to read one. It embeds on every core and stops
// with ctx's error when ctx is done.
func (m *Model) EmbedPassages(ctx context.Context, texts []string) ([][]float32, error) {
	var flat []string
	var owner []int
	for i, t := range texts {
		t = cut(t, MaxPassageBytes)
		spans := text.Sentences(t)
		if len(spans) == 0 {
			flat, owner = append(flat, t), append(owner, i)
		}
		for _, s := range spans {
			flat, owner = append(flat, t[s.Start:s.End]), append(owner, i)
		}
	}
	vs, err := m.EmbedAll(ctx, flat)
	if err != nil {
		return nil, err
	}
	out := make([][]float32, len(texts))
	for i := range out {
		out[i] = make([]float32, Dim)
	}
	for j, v := range vs {
		o := out[owner[j]]
		for k, x := range v {
			o[k] += x
		}
	}
	for _, o := range out {
		normalise(o)
	}
	return out, nil
}

// cut returns the longest prefix of s of at most n bytes that does not
// split a UTF-8 sequence.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// normalise scales v to unit length; the zero vector stays zero.
func normalise(v []float32) {
	if n := vek32.Norm(v); n > 0 {
		vek32.DivNumber_Inplace(v, n)
	}
}
