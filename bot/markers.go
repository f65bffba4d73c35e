package bot

import (
	"regexp"
	"strconv"
	"strings"
)

// markerRe matches a citation marker as models write them: [1], [1, 2],
// [1; 3], [1-3], [^1], [Passage 2]. Adjacent markers ([1][2]) are matched
// one by one.
var markerRe = regexp.MustCompile(`(?i)\[(?:\^|passages?\s*)?\d{1,4}(?:\s*(?:,|;|and|-|–)\s*\d{1,4})*\]`)

// maxMarkerLen bounds how long a pending marker may grow in a stream
// before it is taken as plain text.
const maxMarkerLen = 48

// maxRange bounds the passages a range marker such as [1-3] may name.
const maxRange = 20

// mark is a rewritten marker in the answer text: its byte span and the
// citation numbers it shows.
type mark struct {
	start, end int
	cites      []int
}

// rewriter renumbers the markers of a model's answer as the text arrives:
// every valid passage number in a marker becomes a new citation number
// (1, 2, 3... in order of appearance), numbers naming no passage are
// dropped, and a marker left empty is removed with the space before it.
// Text out of it is final: it never takes back what it emitted, so a
// stream and the stored answer agree. It is not safe for concurrent use.
type rewriter struct {
	k        int    // passages the model was shown
	pending  string // text held back: trailing space, or a marker in the making
	out      strings.Builder
	marks    []mark
	passage  []int // passage (1-based) of each citation number - 1
	dangling []int // numbers that named no passage
}

// write adds a piece of the model's text and returns what can be emitted.
func (r *rewriter) write(s string) string {
	r.pending += s
	n := r.out.Len()
	for r.pending != "" {
		if !r.step() {
			break
		}
	}
	return r.out.String()[n:]
}

// flush emits whatever is held back and returns it.
func (r *rewriter) flush() string {
	n := r.out.Len()
	r.out.WriteString(r.pending)
	r.pending = ""
	return r.out.String()[n:]
}

// step consumes a prefix of pending; it reports false when it needs more
// text to decide.
func (r *rewriter) step() bool {
	p := r.pending
	i := strings.IndexByte(p, '[')
	if i < 0 {
		keep := len(p) - len(strings.TrimRight(p, " \t"))
		r.emit(len(p) - keep)
		return false
	}
	ws := len(p[:i]) - len(strings.TrimRight(p[:i], " \t"))
	if ws < i {
		r.emit(i - ws)
		return true
	}
	rest := p[ws:]
	if loc := markerRe.FindStringIndex(rest); loc != nil && loc[0] == 0 {
		r.marker(p[:ws], rest[:loc[1]])
		r.pending = rest[loc[1]:]
		return true
	}
	if j := strings.IndexByte(rest, ']'); j >= 0 || len(rest) > maxMarkerLen || !couldBeMarker(rest) {
		r.emit(ws + 1) // a '[' that opens no marker is text
		return true
	}
	return false
}

// emit moves the first n bytes of pending to the output.
func (r *rewriter) emit(n int) {
	r.out.WriteString(r.pending[:n])
	r.pending = r.pending[n:]
}

// couldBeMarker reports whether s, starting with '[', may still become a
// marker as more text arrives.
func couldBeMarker(s string) bool {
	word := strings.ToLower(strings.TrimPrefix(s, "["))
	if word != "" && (strings.HasPrefix("passages", word) || strings.HasPrefix("passage", word)) {
		return true
	}
	return markerRe.MatchString(s+"1]") || markerRe.MatchString(s+"]") || markerRe.MatchString(s+" 1]")
}

// marker rewrites one marker preceded by white space ws.
func (r *rewriter) marker(ws, m string) {
	var cites []int
	seen := map[int]bool{}
	for _, n := range markerNums(m) {
		if n < 1 || n > r.k {
			r.dangling = append(r.dangling, n)
			continue
		}
		if seen[n] {
			continue
		}
		seen[n] = true
		r.passage = append(r.passage, n)
		cites = append(cites, len(r.passage))
	}
	if len(cites) == 0 {
		return // removed, with the space before it
	}
	r.out.WriteString(ws)
	parts := make([]string, len(cites))
	for i, c := range cites {
		parts[i] = strconv.Itoa(c)
	}
	start := r.out.Len()
	r.out.WriteString("[" + strings.Join(parts, ", ") + "]")
	r.marks = append(r.marks, mark{start: start, end: r.out.Len(), cites: cites})
}

// numRe finds the numbers and range dashes of a marker.
var numRe = regexp.MustCompile(`\d+|-|–`)

// markerNums returns the passage numbers a marker names, ranges expanded;
// a range too wide names the impossible passage 0.
func markerNums(m string) []int {
	var out []int
	toks := numRe.FindAllString(m, -1)
	for i := 0; i < len(toks); i++ {
		n, err := strconv.Atoi(toks[i])
		if err != nil {
			continue
		}
		if i+2 < len(toks) && (toks[i+1] == "-" || toks[i+1] == "–") {
			hi, _ := strconv.Atoi(toks[i+2])
			if hi < n || hi-n > maxRange {
				out = append(out, 0)
			} else {
				for x := n; x <= hi; x++ {
					out = append(out, x)
				}
			}
			i += 2
			continue
		}
		out = append(out, n)
	}
	return out
}
