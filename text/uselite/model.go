// Package uselite embeds sentences with the Universal Sentence Encoder Lite
// (Cer et al., 2018; Google, Apache License 2.0), a two-layer transformer
// over a SentencePiece vocabulary of 8,000 pieces, trained so that texts
// of like meaning get near vectors. A question and the sentence that
// answers it in other words ("How do Afghans perceive Russia?", "the
// Afghans consider Russia as an aggressor state") come out closer than
// their shared words say. The model (6.5 MB, int8 weights) is embedded;
// nothing is downloaded. See gen/main.go for where it comes from.
package uselite

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

//go:embed model.bin.gz
var modelFile []byte

// Dim is the dimension of the vectors.
const Dim = 512

// MaxTokens is the number of pieces of a text that the model reads; the
// rest is ignored.
const MaxTokens = 128

// Model is the loaded encoder. It is read-only and safe for concurrent use.
type Model struct {
	vocab      vocab
	timescales []float32 // the timing signal's frequencies, one per sine
	emb        tensor
	l0         layer
	l1         layer
	pool       dense
}

type tensor struct {
	shape []int
	data  []float32
}

type dense struct{ w, b []float32 } // w is in×out, row-major

type layerNorm struct{ scale, bias []float32 }

// layer is a transformer layer: attention, then a feed-forward network,
// each after a layer norm and added to its input (through a dense map
// when the width changes).
type layer struct {
	ln, ffnLN      layerNorm
	qkv, out       dense
	residual       *dense
	conv1, conv2   dense
	heads, in, wid int
	scale          float32
}

// Load decodes the embedded model (about 90 ms, 28 MB). Each call returns
// a new Model; a program loads it once and shares it. An error means the
// embedded file is corrupt, which the package's tests rule out.
func Load() (*Model, error) { return decode(modelFile) }

// ErrBadModel is returned when the model file is not one gen writes.
var ErrBadModel = errors.New("uselite: bad model file")

func decode(gz []byte) (*Model, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadModel, err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadModel, err)
	}
	r := &reader{b: raw}
	if string(r.next(9)) != "uselite1\n" {
		return nil, ErrBadModel
	}
	n := int(r.u32())
	pieces, scores := make([]string, n), make([]float32, n)
	for i := range n {
		pieces[i] = string(r.next(int(r.u16())))
		scores[i] = math.Float32frombits(r.u32())
	}
	m := &Model{vocab: newVocab(pieces, scores)}
	t := map[string]tensor{}
	for _, name := range tensorNames {
		t[name] = r.tensor()
	}
	if r.err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadModel, r.err)
	}
	m.wire(t)
	return m, nil
}

// tensorNames are the tensors of the model file, in order (gen/main.go).
var tensorNames = []string{
	"embeddings", "timescales",
	"l0/ln/scale", "l0/ln/bias", "l0/qkv/kernel", "l0/qkv/bias", "l0/out/kernel", "l0/out/bias",
	"l0/residual/kernel", "l0/residual/bias", "l0/ffn/ln/scale", "l0/ffn/ln/bias",
	"l0/ffn/conv1/kernel", "l0/ffn/conv1/bias", "l0/ffn/conv2/kernel", "l0/ffn/conv2/bias",
	"l1/ln/scale", "l1/ln/bias", "l1/qkv/kernel", "l1/qkv/bias", "l1/out/kernel", "l1/out/bias",
	"l1/ffn/ln/scale", "l1/ffn/ln/bias", "l1/ffn/conv1/kernel", "l1/ffn/conv1/bias",
	"l1/ffn/conv2/kernel", "l1/ffn/conv2/bias", "pool/kernel", "pool/bias",
}

// wire sets the model's layers from its tensors, by name.
func (m *Model) wire(t map[string]tensor) {
	d := func(p string) dense { return dense{t[p+"/kernel"].data, t[p+"/bias"].data} }
	ln := func(p string) layerNorm { return layerNorm{t[p+"/scale"].data, t[p+"/bias"].data} }
	m.emb, m.timescales = t["embeddings"], t["timescales"].data
	res := d("l0/residual")
	m.l0 = layer{ln: ln("l0/ln"), ffnLN: ln("l0/ffn/ln"), qkv: d("l0/qkv"), out: d("l0/out"), residual: &res,
		conv1: d("l0/ffn/conv1"), conv2: d("l0/ffn/conv2"), heads: 4, in: 256, wid: 512, scale: 0.125}
	m.l1 = layer{ln: ln("l1/ln"), ffnLN: ln("l1/ffn/ln"), qkv: d("l1/qkv"), out: d("l1/out"),
		conv1: d("l1/ffn/conv1"), conv2: d("l1/ffn/conv2"), heads: 4, in: 512, wid: 512, scale: float32(1 / math.Sqrt(128))}
	m.pool = d("pool")
}

type reader struct {
	b   []byte
	err error
}

func (r *reader) next(n int) []byte {
	if r.err != nil || n > len(r.b) {
		r.err = cmpErr(r.err, io.ErrUnexpectedEOF)
		return make([]byte, n)
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func cmpErr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

func (r *reader) u16() uint16 { return binary.LittleEndian.Uint16(r.next(2)) }
func (r *reader) u32() uint32 { return binary.LittleEndian.Uint32(r.next(4)) }

// tensor reads a shape and float32 values, or int8 rows with their scales.
func (r *reader) tensor() tensor {
	rank := int(r.next(1)[0])
	t := tensor{shape: make([]int, rank)}
	size := 1
	for i := range t.shape {
		t.shape[i] = int(r.u32())
		if t.shape[i] == 0 || size > len(r.b)/t.shape[i] { // no room left for its values
			r.err = cmpErr(r.err, io.ErrUnexpectedEOF)
			return t
		}
		size *= t.shape[i]
	}
	if r.err != nil {
		return t
	}
	t.data = make([]float32, size)
	switch r.next(1)[0] {
	case 0:
		for i := range t.data {
			t.data[i] = math.Float32frombits(r.u32())
		}
	case 1:
		cols := t.shape[rank-1]
		rows := size / cols
		scales := make([]float32, rows)
		for i := range scales {
			scales[i] = math.Float32frombits(r.u32()) / 127
		}
		q := r.next(size)
		for i := range t.data {
			t.data[i] = float32(int8(q[i])) * scales[i/cols]
		}
	default:
		r.err = cmpErr(r.err, errors.New("unknown tensor kind"))
	}
	return t
}
