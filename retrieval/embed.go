package retrieval

import (
	"context"
	"fmt"
	"hash/fnv"
	"math"
	"runtime"
	"sort"

	"github.com/citebot/citebot/text"
	"github.com/citebot/citebot/text/uselite"
	"golang.org/x/sync/errgroup"
)

// DefaultDim is the dimension of the default local embedder.
const DefaultDim = 512

// HashEmbedder returns the local embedder: signed feature hashing of
// stemmed words, stemmed word pairs and character 4-grams of words,
// sub-linear term weights, L2-normalised. It is deterministic, pure Go,
// needs no model and no network, and is safe for concurrent use; a large
// batch is embedded on every core. Character n-grams make it forgiving of
// words run together by scraping ("helicoptersbut") and of inflections
// the stemmer misses.
func HashEmbedder(dim int) Embedder {
	if dim <= 0 {
		dim = DefaultDim
	}
	return Embedder{
		Name:  fmt.Sprintf("hash-v3-%d", dim),
		Dim:   dim,
		Local: true,
		Embed: func(ctx context.Context, texts []string) ([][]float32, error) { return hashVectors(ctx, texts, dim) },
	}
}

// hashVectors embeds texts with hashVector, in parallel when there are
// many.
func hashVectors(ctx context.Context, texts []string, dim int) ([][]float32, error) {
	out := make([][]float32, len(texts))
	per := max(64, (len(texts)+runtime.GOMAXPROCS(0)-1)/runtime.GOMAXPROCS(0))
	var g errgroup.Group
	for lo := 0; lo < len(texts); lo += per {
		hi := min(lo+per, len(texts))
		g.Go(func() error {
			var h hasher
			for i := lo; i < hi; i++ {
				if (i-lo)%256 == 0 && ctx.Err() != nil {
					return ctx.Err()
				}
				out[i] = h.vector(texts[i], dim)
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return out, nil
}

// Feature weights of the hashing embedder.
const (
	wordWeight = 1.0
	pairWeight = 0.6
	gramWeight = 0.25
)

// hashVector embeds one text.
func hashVector(s string, dim int) []float32 {
	var h hasher
	return h.vector(s, dim)
}

// hashVectorSorted is hashVector as it was first written, the
// specification of its output: features named by strings ("w:" stem,
// "p:" stem pair, "g:" 4-gram), counted in a map and added to the vector
// in the order of their names. hasher gives the same bits faster, and
// falls back to it when two features' names hash alike.
func hashVectorSorted(s string, dim int) []float32 {
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
		h.Reset()
		h.Write([]byte(f))
		x := h.Sum64()
		w := featureWeight(counts[f])
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

// featureWeight is the sub-linear weight of a feature counted c.
func featureWeight(c float64) float32 {
	if c < 1 {
		return float32(c)
	}
	return float32(1 + math.Log(c))
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

// FNV-1a, 64 bits, as hash/fnv computes it.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// fnvString continues the FNV-1a hash h over s.
func fnvString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// feature is one of hashVector's features: its kind ('g', 'p' or 'w', the
// first letter of its name), the strings that name it (a stem; two stems;
// a 4-gram), the FNV-1a hash of its name and how often it occurs.
type feature struct {
	kind byte
	a, b string
	gram [4]byte
	hash uint64
	n    int
}

// name is the feature's name as hashVectorSorted spells it.
func (f *feature) name() string {
	switch f.kind {
	case 'g':
		return "g:" + string(f.gram[:])
	case 'p':
		return "p:" + f.a + " " + f.b
	}
	return "w:" + f.a
}

// weight is the feature's count as hashVectorSorted sums it.
func (f *feature) weight() float32 {
	var w, c float64
	switch f.kind {
	case 'g':
		w = gramWeight
	case 'p':
		w = pairWeight
	default:
		w = wordWeight
	}
	for range f.n {
		c += w
	}
	return featureWeight(c)
}

// hasher computes hashVector without naming features by strings: it
// hashes them as it reads the tokens, counts them by hash, and sorts by
// name only the features that share a bucket with two others, the only
// ones whose order changes the float sums. Its zero value is ready; it
// keeps its buffers between texts and is not safe for concurrent use.
type hasher struct {
	index map[uint64]int
	feats []feature
	fill  []uint8
	crowd []int
}

// add counts one occurrence of f. It reports false when another feature
// has f's hash.
func (h *hasher) add(f feature) bool {
	if i, ok := h.index[f.hash]; ok {
		g := &h.feats[i]
		g.n++
		return g.kind == f.kind && g.a == f.a && g.b == f.b && g.gram == f.gram
	}
	f.n = 1
	h.index[f.hash] = len(h.feats)
	h.feats = append(h.feats, f)
	return true
}

// count reads the features of s; it reports false on a hash collision.
func (h *hasher) count(s string) bool {
	gHash, pHash, wHash := fnvString(fnvOffset, "g:"), fnvString(fnvOffset, "p:"), fnvString(fnvOffset, "w:")
	prev, prevHash := "", uint64(0)
	ok := true
	for _, t := range text.Tokens(s) {
		if text.IsStop(t.Norm) {
			prev = ""
			continue
		}
		ok = h.add(feature{kind: 'w', a: t.Stem, hash: fnvString(wHash, t.Stem)}) && ok
		if prev != "" {
			ok = h.add(feature{kind: 'p', a: prev, b: t.Stem, hash: fnvString(prevHash, t.Stem)}) && ok
		}
		prev, prevHash = t.Stem, fnvString(fnvString(pHash, t.Stem), " ")
		if n := len(t.Norm); n >= 5 {
			for i := 0; i+4 <= n+2; i++ {
				f := feature{kind: 'g', hash: gHash}
				for j := range 4 {
					f.gram[j] = wrapped(t.Norm, i+j)
					f.hash = (f.hash ^ uint64(f.gram[j])) * fnvPrime
				}
				ok = h.add(f) && ok
			}
		}
	}
	return ok
}

// wrapped is byte i of "<" + norm + ">".
func wrapped(norm string, i int) byte {
	switch i {
	case 0:
		return '<'
	case len(norm) + 1:
		return '>'
	}
	return norm[i-1]
}

// vector is hashVector(s, dim).
func (h *hasher) vector(s string, dim int) []float32 {
	if h.index == nil {
		h.index = make(map[uint64]int)
	}
	clear(h.index)
	h.feats = h.feats[:0]
	if !h.count(s) {
		return hashVectorSorted(s, dim)
	}
	h.fill = append(h.fill[:0], make([]uint8, dim)...)
	for i := range h.feats {
		b := h.feats[i].hash % uint64(dim)
		h.fill[b] = min(h.fill[b]+1, 3)
	}
	v := make([]float32, dim)
	h.crowd = h.crowd[:0]
	for i := range h.feats {
		f := &h.feats[i]
		if h.fill[f.hash%uint64(dim)] >= 3 {
			h.crowd = append(h.crowd, i)
			continue
		}
		addFeature(v, f)
	}
	h.addCrowded(v)
	normalize(v)
	if len(h.feats) == 0 {
		v[0] = 1 // never a zero vector: it cannot be normalised
	}
	return v
}

// addCrowded adds the features of crowded buckets in the order of their
// names, as hashVectorSorted does: a sum of three or more floats depends
// on their order. Buckets of one or two features do not.
func (h *hasher) addCrowded(v []float32) {
	if len(h.crowd) == 0 {
		return
	}
	names := make([]string, len(h.crowd))
	for k, i := range h.crowd {
		names[k] = h.feats[i].name()
	}
	idx := make([]int, len(h.crowd))
	for k := range idx {
		idx[k] = k
	}
	sort.Slice(idx, func(x, y int) bool { return names[idx[x]] < names[idx[y]] })
	for _, k := range idx {
		addFeature(v, &h.feats[h.crowd[k]])
	}
}

// addFeature adds f's signed weight to its bucket of v.
func addFeature(v []float32, f *feature) {
	w := f.weight()
	if f.hash>>63 == 1 {
		w = -w
	}
	v[f.hash%uint64(len(v))] += w
}

// The vector weights of hybrid search (Embedder.Weight), chosen by
// leave-one-set-out over the labelled question sets with
// `go run ./eval/cmd/fit -fusion` (figures in BENCHMARKS.md): recall@5
// first, then MRR.
const (
	// DefaultVectorWeight is the weight of an Embedder that sets none:
	// the HashEmbedder's (chosen for all 32 sets left out with BM25's
	// textbook parameters). With DefaultBM25 the command chooses 0.3
	// (recall@5 .893 against .890), but the confidence model refitted at
	// 0.3 refuses fewer unanswerable questions (cross-validated .319
	// against .359) and gets fewer right (.652 against .654), so 0.1 stays.
	DefaultVectorWeight = 0.1
	// useWeight is USEEmbedder's (chosen for 31 of 32, and for all 32
	// with DefaultBM25: recall@5 .919).
	useWeight = 0.6
)

// USEEmbedder returns an embedder of meaning: the Universal Sentence
// Encoder Lite (package uselite), whose weights are in the binary, so it
// needs no network either. A passage is the mean of its sentences'
// vectors (uselite.Model.EmbedPassages). It finds passages that say what
// a question asks in other words, which BM25 and the hashing embedder
// miss, at a cost: indexing embeds every sentence, 10–20 KB of text a
// second per core (indexing 100 KB of web pages on two cores took 3.1 s
// with it, 0.1 s with the hashing embedder; BENCHMARKS.md). It is safe
// for concurrent use.
func USEEmbedder(m *uselite.Model) Embedder {
	return Embedder{Name: "use-lite-1", Dim: uselite.Dim, Weight: useWeight, Embed: m.EmbedPassages}
}
