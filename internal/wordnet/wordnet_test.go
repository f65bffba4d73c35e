package wordnet

import (
	"reflect"
	"testing"
)

func TestParse(t *testing.T) {
	ix, err := ParseIndex("envoy n 2 3 @ ~ + 2 1 10057927 10057785  ")
	if want := (Index{Lemma: "envoy", Offsets: []int{10057927, 10057785}}); err != nil || !reflect.DeepEqual(ix, want) {
		t.Errorf("ParseIndex = %+v, %v; want %+v", ix, err, want)
	}
	if _, err := ParseIndex("envoy n 3 0 3 1 10057927"); err == nil {
		t.Error("ParseIndex: no error for missing offsets")
	}
	d, err := ParseData("10057927 18 n 02 envoy 0 emissary 0 002 @ 10015215 n 0000 @i 09813219 n 0102 | someone sent")
	want := Synset{Offset: 10057927, LexFile: 18, Words: []string{"envoy", "emissary"},
		Pointers: []Pointer{{Sym: "@", Offset: 10015215, Pos: 'n'}, {Sym: "@i", Offset: 9813219, Pos: 'n', Src: 1, Tgt: 2}}}
	if err != nil || !reflect.DeepEqual(d, want) {
		t.Errorf("ParseData = %+v, %v; want %+v", d, err, want)
	}
	if _, err := ParseData("10057927 18 n 02 envoy 0 emissary 0 002 @ 10015215"); err == nil {
		t.Error("ParseData: no error for a short line")
	}
	c, ok := ParseCount("envoy%1:18:00:: 1 3")
	if want := (Count{Lemma: "envoy", SSType: '1', Sense: 1, Tags: 3}); !ok || c != want {
		t.Errorf("ParseCount = %+v, %v; want %+v", c, ok, want)
	}
}
