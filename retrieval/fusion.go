package retrieval

// Ranked is one entry of a ranking that hybrid search fuses: a key and
// its score, a BM25 score or a similarity.
type Ranked[K comparable] struct {
	Key   K
	Score float64
}

// Fuse adds a BM25 ranking and a vector ranking, each best first, to
// fused, by key, as hybrid search weighs them: BM25 scores divided by the
// best, weighing 1 − vecWeight; similarities scaled between the best and
// the worst of their list, weighing vecWeight. A BM25 ranking whose best
// score is not positive, and a vector ranking whose similarities are all
// equal, add nothing. Index.Hybrid and the Weaviate Store both fuse with
// it, so that they rank alike.
func Fuse[K comparable](fused map[K]float64, bm, vec []Ranked[K], vecWeight float64) {
	if len(bm) > 0 && bm[0].Score > 0 {
		for _, r := range bm {
			fused[r.Key] += (1 - vecWeight) * r.Score / bm[0].Score
		}
	}
	if len(vec) == 0 {
		return
	}
	if hi, lo := vec[0].Score, vec[len(vec)-1].Score; hi > lo {
		for _, r := range vec {
			fused[r.Key] += vecWeight * (r.Score - lo) / (hi - lo)
		}
	}
}
