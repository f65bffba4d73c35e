package uselite

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/viterin/vek/vek32"
)

// golden.json holds texts with the pieces and vectors that TensorFlow.js
// gives them with @energetic-ai/embeddings 0.2.0 and its model package
// (float32 weights): the reference this int8 port must follow.
type golden struct {
	Text string    `json:"text"`
	IDs  []int32   `json:"ids"`
	Vec  []float32 `json:"vec"`
}

func readGolden(t *testing.T) []golden {
	t.Helper()
	b, err := os.ReadFile("testdata/golden.json")
	if err != nil {
		t.Fatal(err)
	}
	var g []golden
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	return g
}

func TestTokenizeMatchesReference(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range readGolden(t) {
		got := m.vocab.tokenize(g.Text)
		if !equal(got, g.IDs) {
			t.Errorf("%q:\n got %v\nwant %v\n(%q)", g.Text, got, g.IDs, m.Tokens(g.Text))
		}
	}
}

func TestEmbedMatchesReference(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range readGolden(t) {
		got := m.Embed(g.Text)
		if cos := vek32.Dot(got, g.Vec); cos < 0.99 {
			t.Errorf("%q: cosine with the reference %.4f, want at least 0.99", g.Text, cos)
		}
	}
}

func equal(a, b []int32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestEmptyTextIsZero(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if v := m.Embed(""); len(v) != Dim || vek32.Dot(v, v) != 0 {
		t.Errorf("Embed(\"\"): %d values, norm² %v; want %d zeros", len(v), vek32.Dot(v, v), Dim)
	}
}

func TestLongTextIsCut(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("the bridge opened in October. ", 60)
	if n := len(m.vocab.tokenize(long)); n <= MaxTokens {
		t.Fatalf("the long text has %d pieces, want more than %d", n, MaxTokens)
	}
	if cos := vek32.Dot(m.Embed(long), m.Embed(long+" and then more text")); cos < 0.9999 {
		t.Errorf("words past the first %d pieces moved the vector (cosine %.5f)", MaxTokens, cos)
	}
}

func TestEmbedAll(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"one bridge", "two ferries", "three lanes", "four trains", "five buses"}
	got, err := m.EmbedAll(t.Context(), texts)
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range texts {
		if cos := vek32.Dot(got[i], m.Embed(s)); cos < 0.99999 {
			t.Errorf("EmbedAll's vector %d is not Embed(%q)'s (cosine %.5f)", i, s, cos)
		}
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := m.EmbedAll(ctx, texts); !errors.Is(err, context.Canceled) {
		t.Errorf("EmbedAll on a done context: %v, want context.Canceled", err)
	}
}

func TestDecodeRejectsBadFiles(t *testing.T) {
	for name, b := range map[string][]byte{
		"not gzip":  []byte("uselite1\n"),
		"truncated": modelFile[:len(modelFile)/2],
		"no magic":  gzipped(t, []byte("model2\nxxxxxxx")),
		// no vocabulary, then a tensor whose shape has 2^64 values
		"huge shape": gzipped(t, append([]byte("uselite1\n\x00\x00\x00\x00\x02"), bytes.Repeat([]byte{0xff}, 8)...)),
	} {
		if _, err := decode(b); !errors.Is(err, ErrBadModel) {
			t.Errorf("%s: decode = %v, want ErrBadModel", name, err)
		}
	}
}

func gzipped(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
