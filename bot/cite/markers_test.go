package cite

import (
	"fmt"
	"strings"
	"testing"
)

func TestRewriter(t *testing.T) {
	tests := []struct {
		in       string
		k        int
		want     string
		passages []int // passage of each citation number
		dangling []int
	}{
		{"NATO left in 2014 [1].", 3, "NATO left in 2014 [1].", []int{1}, nil},
		{"A [2]. B [2].", 3, "A [1]. B [2].", []int{2, 2}, nil},
		{"A [1][2].", 3, "A [1][2].", []int{1, 2}, nil},
		{"A [1, 3]. B [3; 2].", 3, "A [1, 2]. B [3, 4].", []int{1, 3, 3, 2}, nil},
		{"A [1][7].", 3, "A [1].", []int{1}, []int{7}},
		{"A [9]. B [1].", 3, "A. B [1].", []int{1}, []int{9}},
		{"A [0] b.", 3, "A b.", nil, []int{0}},
		{"A [1, 9].", 3, "A [1].", []int{1}, []int{9}},
		{"A [1-3].", 3, "A [1, 2, 3].", []int{1, 2, 3}, nil},
		{"A [1-90].", 3, "A.", nil, []int{0}},
		{"A [^2] and [Passage 3].", 3, "A [1] and [2].", []int{2, 3}, nil},
		{"A [1, 1].", 3, "A [1].", []int{1}, nil},
		{"A [sic] b [a] [ 1 ].", 3, "A [sic] b [a] [ 1 ].", nil, nil},
		{"Unclosed [1", 3, "Unclosed [1", nil, nil},
		{"Trailing space  ", 3, "Trailing space  ", nil, nil},
		{"日本 [1]。", 1, "日本 [1]。", []int{1}, nil},
	}
	for _, tt := range tests {
		r := NewRewriter(tt.k)
		got := r.Write(tt.in) + r.Flush()
		if got != tt.want || fmt.Sprint(r.passage) != fmt.Sprint(tt.passages) || fmt.Sprint(r.dangling) != fmt.Sprint(tt.dangling) {
			t.Errorf("%q: got %q %v dangling %v; want %q %v %v", tt.in, got, r.passage, r.dangling, tt.want, tt.passages, tt.dangling)
		}
		for _, m := range r.marks {
			if !markerRe.MatchString(got[m.Start:m.End]) {
				t.Errorf("%q: mark %v is %q", tt.in, m, got[m.Start:m.End])
			}
		}
		// Streamed in any two pieces, or byte by byte, the text is the same.
		for i := 0; i <= len(tt.in); i++ {
			r := NewRewriter(tt.k)
			if s := r.Write(tt.in[:i]) + r.Write(tt.in[i:]) + r.Flush(); s != tt.want {
				t.Errorf("%q split at %d: got %q", tt.in, i, s)
			}
		}
		r = NewRewriter(tt.k)
		var b strings.Builder
		for i := range len(tt.in) {
			b.WriteString(r.Write(tt.in[i : i+1]))
		}
		if b.WriteString(r.Flush()); b.String() != tt.want {
			t.Errorf("%q byte by byte: got %q", tt.in, b.String())
		}
	}
}
