package eval

import "math"

// logReg is a fitted logistic regression over standardised features.
type logReg struct {
	mean, scale, w []float64
	b              float64
}

// fitLogReg fits a logistic regression of y on x, standardising each
// feature by its mean and standard deviation and penalising the squared
// weights (not the bias) by lambda, by Newton's method. It is
// deterministic.
func fitLogReg(x [][]float64, y []bool, lambda float64) logReg {
	d := len(x[0])
	st := newStandardiser(x)
	m := logReg{mean: st.mean, scale: st.scale}
	z := make([][]float64, len(x)) // standardised, with a leading 1 for the bias
	for i, r := range x {
		z[i] = append([]float64{1}, st.apply(r)...)
	}
	theta := make([]float64, d+1)
	for iter := 0; iter < 50; iter++ {
		step := newtonStep(z, y, theta, lambda)
		delta := 0.0
		for j := range theta {
			theta[j] -= step[j]
			delta = max(delta, math.Abs(step[j]))
		}
		if delta < 1e-9 {
			break
		}
	}
	m.b, m.w = theta[0], theta[1:]
	return m
}

// newtonStep returns H⁻¹g for the penalised log-loss at theta.
func newtonStep(z [][]float64, y []bool, theta []float64, lambda float64) []float64 {
	n := len(theta)
	g := make([]float64, n)
	h := make([][]float64, n)
	for j := range h {
		h[j] = make([]float64, n)
	}
	for i, r := range z {
		s := 0.0
		for j, v := range r {
			s += theta[j] * v
		}
		p := 1 / (1 + math.Exp(-s))
		e := p
		if y[i] {
			e = p - 1
		}
		wt := max(p*(1-p), 1e-12)
		for j, v := range r {
			g[j] += e * v
			if v == 0 {
				continue
			}
			for k := j; k < n; k++ {
				h[j][k] += wt * v * r[k]
			}
		}
	}
	for j := 1; j < n; j++ {
		g[j] += lambda * theta[j]
		h[j][j] += lambda
	}
	h[0][0] += 1e-9
	for j := range h {
		for k := 0; k < j; k++ {
			h[j][k] = h[k][j]
		}
	}
	return solve(h, g)
}

// solve solves a x = b for a symmetric positive definite a by Gaussian
// elimination with partial pivoting; a and b are overwritten.
func solve(a [][]float64, b []float64) []float64 {
	n := len(b)
	for c := 0; c < n; c++ {
		piv := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[piv][c]) {
				piv = r
			}
		}
		a[c], a[piv] = a[piv], a[c]
		b[c], b[piv] = b[piv], b[c]
		if a[c][c] == 0 {
			continue
		}
		for r := c + 1; r < n; r++ {
			f := a[r][c] / a[c][c]
			for k := c; k < n; k++ {
				a[r][k] -= f * a[c][k]
			}
			b[r] -= f * b[c]
		}
	}
	x := make([]float64, n)
	for r := n - 1; r >= 0; r-- {
		s := b[r]
		for k := r + 1; k < n; k++ {
			s -= a[r][k] * x[k]
		}
		if a[r][r] != 0 {
			x[r] = s / a[r][r]
		}
	}
	return x
}

// standardiser centres and scales features.
type standardiser struct{ mean, scale []float64 }

// newStandardiser measures the mean and standard deviation of each column.
func newStandardiser(x [][]float64) standardiser {
	d := len(x[0])
	s := standardiser{mean: make([]float64, d), scale: make([]float64, d)}
	for _, r := range x {
		for j, v := range r {
			s.mean[j] += v
		}
	}
	for j := range s.mean {
		s.mean[j] /= float64(len(x))
	}
	for _, r := range x {
		for j, v := range r {
			s.scale[j] += (v - s.mean[j]) * (v - s.mean[j])
		}
	}
	for j := range s.scale {
		if s.scale[j] = math.Sqrt(s.scale[j] / float64(len(x))); s.scale[j] < 1e-9 {
			s.scale[j] = 1
		}
	}
	return s
}

func (s standardiser) apply(r []float64) []float64 {
	out := make([]float64, len(r))
	for j, v := range r {
		out[j] = (v - s.mean[j]) / s.scale[j]
	}
	return out
}

// group is the standardised candidates of one question and which are
// correct.
type group struct {
	z [][]float64
	y []bool
}

// fitRanker fits the weights of a linear score by conditional logit: for
// each question with both correct and wrong candidates, the softmax of
// the scores over its candidates should put its mass on the correct ones.
// The loss is a mean over questions; lambda penalises the squared
// weights. Newton steps with the softmax covariance as the Hessian (exact
// when a question has one correct candidate), a fixed number of them:
// deterministic.
func fitRanker(gs []group, d int, lambda float64) []float64 {
	w := make([]float64, d)
	var use []group
	for _, g := range gs {
		pos := 0
		for _, y := range g.y {
			pos += int(boolf(y))
		}
		if pos > 0 && pos < len(g.y) {
			use = append(use, g)
		}
	}
	if len(use) == 0 {
		return w
	}
	for it := 0; it < 30; it++ {
		grad := make([]float64, d)
		hess := make([][]float64, d)
		for j := range hess {
			hess[j] = make([]float64, d)
			hess[j][j] = lambda
			grad[j] = lambda * w[j]
		}
		for _, g := range use {
			rankerStep(g, w, grad, hess, 1/float64(len(use)))
		}
		for j := 0; j < d; j++ {
			for k := j + 1; k < d; k++ {
				hess[k][j] = hess[j][k] // rankerStep fills the upper triangle
			}
		}
		step := solve(hess, grad)
		if big := maxAbs(step); big > 1 {
			for j := range step {
				step[j] /= big // a damped step far from the optimum
			}
		}
		delta := 0.0
		for j := range w {
			w[j] -= step[j]
			delta = max(delta, math.Abs(step[j]))
		}
		if delta < 1e-7 {
			break
		}
	}
	return w
}

// rankerStep adds scale times one question's gradient of the negative
// log-likelihood to grad and of its softmax covariance to the upper
// triangle of hess.
func rankerStep(g group, w, grad []float64, hess [][]float64, scale float64) {
	d := len(w)
	s := make([]float64, len(g.z))
	for i, z := range g.z {
		for j, v := range z {
			s[i] += w[j] * v
		}
	}
	all, pos := softmax(s, g.y)
	mean := make([]float64, d)
	for i, z := range g.z {
		p := s[i] / all
		c := p
		if g.y[i] {
			c -= s[i] / pos
		}
		for j, v := range z {
			grad[j] += scale * c * v
			mean[j] += p * v
		}
	}
	for i, z := range g.z {
		p := scale * s[i] / all
		for j := 0; j < d; j++ {
			a := p * (z[j] - mean[j])
			for k := j; k < d; k++ {
				hess[j][k] += a * (z[k] - mean[k])
			}
		}
	}
}

// softmax replaces the scores s of one question's candidates by
// exp(s − max s), the softmax's numerators, and returns their sum and
// the sum over the correct candidates (ys): the ranker's loss and its
// gradient read them (rankerStep, boostSet.newton).
func softmax(s []float64, ys []bool) (all, pos float64) {
	hi := math.Inf(-1)
	for _, v := range s {
		hi = max(hi, v)
	}
	for i := range s {
		s[i] = math.Exp(s[i] - hi)
		all += s[i]
		if ys[i] {
			pos += s[i]
		}
	}
	return all, pos
}

func maxAbs(v []float64) float64 {
	m := 0.0
	for _, x := range v {
		m = max(m, math.Abs(x))
	}
	return m
}

func boolf(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
