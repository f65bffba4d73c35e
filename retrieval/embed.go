package retrieval

import (
	"context"
	"fmt"
	"hash/fnv"
	"math"
	"sort"

	"github.com/citebot/citebot/text"
)

// DefaultDim is the dimension of the default local embedder.
const DefaultDim = 512

// HashEmbedder returns the local embedder: signed feature hashing of
// stemmed words, stemmed word pairs and character 4-grams of words,
// sub-linear term weights, L2-normalised. It is deterministic, pure Go,
// needs no model and no network, and is safe for concurrent use. Character
// n-grams make it forgiving of words run together by scraping
// ("helicoptersbut") and of inflections the stemmer misses.
func HashEmbedder(dim int) Embedder {
	if dim <= 0 {
		dim = DefaultDim
	}
	return Embedder{
		Name:  fmt.Sprintf("hash-v2-%d", dim),
		Dim:   dim,
		Local: true,
		Embed: func(ctx context.Context, texts []string) ([][]float32, error) {
			out := make([][]float32, len(texts))
			for i, t := range texts {
				if i%256 == 0 && ctx.Err() != nil {
					return nil, ctx.Err()
				}
				out[i] = hashVector(t, dim)
			}
			return out, nil
		},
	}
}

// Feature weights of the hashing embedder.
const (
	wordWeight = 1.0
	pairWeight = 0.6
	gramWeight = 0.25
)

// hashVector embeds one text.
func hashVector(s string, dim int) []float32 {
	counts := make(map[string]float64)
	prev := ""
	for _, t := range text.Tokens(s) {
		if text.IsStop(t.Norm) {
			prev = ""
			continue
		}
		counts["w:"+t.Stem] += wordWeight
		if prev != "" {
			counts["p:"+prev+" "+t.Stem] += pairWeight
		}
		prev = t.Stem
		if w := "<" + t.Norm + ">"; len(t.Norm) >= 5 {
			for i := 0; i+4 <= len(w); i++ {
				counts["g:"+w[i:i+4]] += gramWeight
			}
		}
	}
	v := make([]float32, dim)
	h := fnv.New64a()
	feats := make([]string, 0, len(counts))
	for f := range counts {
		feats = append(feats, f)
	}
	sort.Strings(feats) // a fixed order: float sums must not depend on map order
	for _, f := range feats {
		c := counts[f]
		h.Reset()
		h.Write([]byte(f))
		x := h.Sum64()
		w := float32(1 + math.Log(c))
		if c < 1 {
			w = float32(c)
		}
		if x>>63 == 1 {
			w = -w
		}
		v[x%uint64(dim)] += w
	}
	normalize(v)
	if len(counts) == 0 {
		v[0] = 1 // never a zero vector: it cannot be normalised
	}
	return v
}

// normalize scales v to unit length in place; a zero vector stays zero.
func normalize(v []float32) {
	var sum float64
	for _, x := range v {
		sum += float64(x) * float64(x)
	}
	if sum == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(sum))
	for i := range v {
		v[i] *= inv
	}
}
