package uselite

import (
	"context"
	"math"
	"runtime"
	"sync/atomic"

	"github.com/viterin/vek/vek32"
	"golang.org/x/sync/errgroup"
)

// Embed returns the unit-length vector of text; the empty text gets the
// zero vector. Only the first MaxTokens pieces are read. A question of
// about 20 pieces takes 8–10 ms on one core with AVX2.
func (m *Model) Embed(text string) []float32 {
	ids := m.vocab.tokenize(text)
	if len(ids) > MaxTokens {
		ids = ids[:MaxTokens]
	}
	out := make([]float32, Dim)
	if len(ids) == 0 {
		return out
	}
	x := m.input(ids)
	x = m.l0.apply(x, len(ids))
	x = m.l1.apply(x, len(ids))
	mean := make([]float32, Dim)
	for t := range ids {
		vek32.Add_Inplace(mean, x[t*Dim:(t+1)*Dim])
	}
	vek32.MulNumber_Inplace(mean, 1/float32(len(ids)))
	copy(out, m.pool.b)
	vek32.Add_Inplace(out, vek32.MatMul(mean, m.pool.w, Dim))
	var ss float64
	for i, v := range out {
		out[i] = float32(math.Tanh(float64(v)))
		ss += float64(out[i]) * float64(out[i])
	}
	vek32.MulNumber_Inplace(out, float32(1/math.Sqrt(max(ss, 1e-12))))
	return out
}

// Tokens returns the pieces text is read as, for tests and inspection.
func (m *Model) Tokens(text string) []string {
	var out []string
	for _, id := range m.vocab.tokenize(text) {
		out = append(out, m.vocab.pieces[id])
	}
	return out
}

// input returns each piece's embedding, twice, plus its position's timing
// signal (sines then cosines), as the graph computes it.
func (m *Model) input(ids []int32) []float32 {
	const w = 256
	ts := m.timescales
	x := make([]float32, len(ids)*w)
	for t, id := range ids {
		row := x[t*w : (t+1)*w]
		e := m.emb.data[int(id)*w : (int(id)+1)*w]
		for i := range w {
			row[i] = 2 * e[i]
		}
		for i, s := range ts {
			a := float64(t) * float64(s)
			row[i] += float32(math.Sin(a))
			row[len(ts)+i] += float32(math.Cos(a))
		}
	}
	return x
}

// apply runs the layer over x (n rows of l.in) and returns n rows of l.wid.
func (l *layer) apply(x []float32, n int) []float32 {
	h := l.ln.apply(x, l.in)
	att := l.attend(l.qkv.apply(h, l.in), n)
	y := l.out.apply(att, l.in)
	if l.residual != nil {
		vek32.Add_Inplace(y, l.residual.apply(x, l.in))
	} else {
		vek32.Add_Inplace(y, x)
	}
	f := l.ffnLN.apply(y, l.wid)
	f = l.conv1.apply(f, l.wid)
	vek32.MaximumNumber_Inplace(f, 0)
	f = l.conv2.apply(f, len(l.conv1.b))
	vek32.Add_Inplace(f, y)
	return f
}

// attend is multi-head self-attention over the rows of qkv (each the query,
// key and value of a piece, l.in wide each).
func (l *layer) attend(qkv []float32, n int) []float32 {
	d := l.in / l.heads
	out := make([]float32, n*l.in)
	logits := make([]float32, n)
	for h := range l.heads {
		for i := range n {
			q := qkv[i*3*l.in+h*d:][:d]
			for j := range n {
				k := qkv[j*3*l.in+l.in+h*d:][:d]
				logits[j] = vek32.Dot(q, k) * l.scale
			}
			softmax(logits)
			o := out[i*l.in+h*d:][:d]
			for j := range n {
				v := qkv[j*3*l.in+2*l.in+h*d:][:d]
				for c := range d {
					o[c] += logits[j] * v[c]
				}
			}
		}
	}
	return out
}

func softmax(x []float32) {
	m := x[0]
	for _, v := range x {
		m = max(m, v)
	}
	var s float64
	for i, v := range x {
		e := math.Exp(float64(v - m))
		x[i] = float32(e)
		s += e
	}
	for i := range x {
		x[i] = float32(float64(x[i]) / s)
	}
}

// apply maps n rows of width in: x·w + b.
func (d dense) apply(x []float32, in int) []float32 {
	out := vek32.MatMul(x, d.w, in)
	wid := len(d.b)
	for r := 0; r < len(out); r += wid {
		vek32.Add_Inplace(out[r:r+wid], d.b)
	}
	return out
}

// apply normalises each row of x (width w) to mean 0 and variance 1, then
// scales and shifts it.
func (ln layerNorm) apply(x []float32, w int) []float32 {
	out := make([]float32, len(x))
	for r := 0; r < len(x); r += w {
		row, o := x[r:r+w], out[r:r+w]
		var mean float64
		for _, v := range row {
			mean += float64(v)
		}
		mean /= float64(w)
		var vr float64
		for _, v := range row {
			vr += (float64(v) - mean) * (float64(v) - mean)
		}
		inv := 1 / math.Sqrt(vr/float64(w)+1e-6)
		for i, v := range row {
			o[i] = float32((float64(v)-mean)*inv)*ln.scale[i] + ln.bias[i]
		}
	}
	return out
}

// EmbedAll returns the vectors of texts, in order, embedding them on every
// core. It stops with ctx's error when ctx is done.
func (m *Model) EmbedAll(ctx context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, len(texts))
	var next atomic.Int64
	g, ctx := errgroup.WithContext(ctx)
	for range min(runtime.GOMAXPROCS(0), len(texts)) {
		g.Go(func() error {
			for i := int(next.Add(1) - 1); i < len(texts); i = int(next.Add(1) - 1) {
				if err := ctx.Err(); err != nil {
					return err
				}
				out[i] = m.Embed(texts[i])
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return out, nil
}
