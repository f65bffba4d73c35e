package eval

import (
	"sort"

	"github.com/citebot/citebot/bot/extract"
)

// Boosting of the ranker's trees (extract.Model.Trees): each round fits a
// regression tree to one Newton step of the ranker's loss, the softmax
// of each question's scores against its correct candidates (fitRanker's
// loss), starting from the linear score. No Go library fits trees to a
// per-question softmax, so this is written here; it is small.
const (
	treeDepth     = 3    // levels of splits per tree
	treeRate      = 0.1  // shrinkage of each tree's values
	treeLambda    = 1.0  // penalty on a leaf's squared value
	treeMinHess   = 1.0  // least Hessian weight in a leaf
	treeMaxCuts   = 32   // split points per feature, at quantiles
	treeHessFloor = 1e-6 // least Hessian of one candidate
)

// boostSet is the candidates the trees are fitted on: raw features, each
// one's bin per feature, the question it belongs to (runs of equal q)
// and whether it is correct.
type boostSet struct {
	x    [][]float64
	bin  [][]uint8
	cuts [][]float64
	q    []int
	y    []bool
}

// fitTrees boosts n trees over questions' candidates: raw[q][c] are the
// raw features of question q's candidate c, ys[q][c] whether it is
// correct and base[q][c] its linear score, where boosting starts.
// Questions whose candidates are all right or all wrong teach the ranker
// nothing and are left out, as in fitRanker. It returns nil when no
// question is left, and is deterministic.
func fitTrees(raw [][][]float64, ys [][]bool, base [][]float64, n int) []extract.Tree {
	var b boostSet
	var f []float64
	for qi, cands := range raw {
		if !mixed(ys[qi]) {
			continue
		}
		for i, x := range cands {
			b.x, b.q, b.y = append(b.x, x), append(b.q, qi), append(b.y, ys[qi][i])
			f = append(f, base[qi][i])
		}
	}
	if len(b.x) == 0 {
		return nil
	}
	b.binned()
	g, h := make([]float64, len(b.x)), make([]float64, len(b.x))
	all := make([]int, len(b.x))
	for i := range all {
		all[i] = i
	}
	var trees []extract.Tree
	for range n {
		b.newton(f, g, h)
		var t extract.Tree
		b.grow(&t, all, g, h, treeDepth)
		for i := range t.Value {
			t.Value[i] *= treeRate
		}
		for i, x := range b.x {
			f[i] += t.Score(x)
		}
		trees = append(trees, t)
	}
	return trees
}

// mixed reports whether ys holds both a true and a false.
func mixed(ys []bool) bool {
	pos := 0
	for _, y := range ys {
		pos += int(boolf(y))
	}
	return pos > 0 && pos < len(ys)
}

// binned sets b's split points, up to treeMaxCuts quantiles per feature,
// and each candidate's bin: the number of split points below its value.
func (b *boostSet) binned() {
	d := len(b.x[0])
	b.cuts = make([][]float64, d)
	v := make([]float64, len(b.x))
	for j := range d {
		for i, x := range b.x {
			v[i] = x[j]
		}
		sort.Float64s(v)
		for k := 1; k < treeMaxCuts; k++ {
			c := v[k*len(v)/treeMaxCuts]
			if cs := b.cuts[j]; len(cs) == 0 || c > cs[len(cs)-1] {
				b.cuts[j] = append(b.cuts[j], c)
			}
		}
	}
	b.bin = make([][]uint8, len(b.x))
	for i, x := range b.x {
		b.bin[i] = make([]uint8, d)
		for j, v := range x {
			b.bin[i][j] = uint8(sort.SearchFloat64s(b.cuts[j], v))
		}
	}
}

// newton sets g and h to the gradient and the diagonal Hessian of the
// softmax loss at scores f, question by question.
func (b *boostSet) newton(f, g, h []float64) {
	for s := 0; s < len(f); {
		e := s
		for e < len(f) && b.q[e] == b.q[s] {
			e++
		}
		copy(h[s:e], f[s:e])
		all, pos := softmax(h[s:e], b.y[s:e]) // h holds the numerators for now
		for i := s; i < e; i++ {
			p := h[i] / all
			g[i] = p
			if b.y[i] {
				g[i] -= h[i] / pos
			}
			h[i] = max(p*(1-p), treeHessFloor)
		}
		s = e
	}
}

// grow adds to t a node for the candidates in idx, its value the Newton
// step of their gradient g and Hessian h, split further on the feature
// and point that most reduce the loss while depth allows and both sides
// keep treeMinHess; it returns the node's index.
func (b *boostSet) grow(t *extract.Tree, idx []int, g, h []float64, depth int) int {
	var G, H float64
	for _, i := range idx {
		G, H = G+g[i], H+h[i]
	}
	node := len(t.Feature)
	t.Feature = append(t.Feature, -1)
	t.Threshold = append(t.Threshold, 0)
	t.Left, t.Right = append(t.Left, 0), append(t.Right, 0)
	t.Value = append(t.Value, -G/(H+treeLambda))
	if depth == 0 || H < 2*treeMinHess {
		return node
	}
	feat, cut := b.split(idx, g, h, G, H)
	if feat < 0 {
		return node
	}
	var left, right []int
	for _, i := range idx {
		if b.x[i][feat] <= cut {
			left = append(left, i)
		} else {
			right = append(right, i)
		}
	}
	t.Feature[node], t.Threshold[node] = feat, cut
	l := b.grow(t, left, g, h, depth-1)
	r := b.grow(t, right, g, h, depth-1)
	t.Left[node], t.Right[node] = l, r
	return node
}

// split returns the feature and split point of the greatest gain for the
// candidates in idx (sums G and H), or feature -1 when no split gains.
func (b *boostSet) split(idx []int, g, h []float64, G, H float64) (int, float64) {
	best, feat, cut := 0.0, -1, 0.0
	parent := G * G / (H + treeLambda)
	gs, hs := make([]float64, treeMaxCuts+1), make([]float64, treeMaxCuts+1)
	for j, cuts := range b.cuts {
		clear(gs)
		clear(hs)
		for _, i := range idx {
			gs[b.bin[i][j]] += g[i]
			hs[b.bin[i][j]] += h[i]
		}
		var gl, hl float64
		for k, c := range cuts {
			gl, hl = gl+gs[k], hl+hs[k]
			gr, hr := G-gl, H-hl
			if hl < treeMinHess || hr < treeMinHess {
				continue
			}
			if gain := gl*gl/(hl+treeLambda) + gr*gr/(hr+treeLambda) - parent; gain > best {
				best, feat, cut = gain, j, c
			}
		}
	}
	return feat, cut
}
