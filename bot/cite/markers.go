// Package cite turns the citation markers of a model's answer into
// citations of exact document bytes: Rewriter renumbers the markers as the
// answer streams in, and Verify checks each cited sentence mechanically
// against the passages it cites.
package cite

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

// Mark is a rewritten marker in the answer text: its byte span and the
// citation numbers it shows.
type Mark struct {
	Start, End int
	Cites      []int
}

// Rewriter renumbers the markers of a model's answer as the text arrives:
// every valid passage number in a marker becomes a new citation number
// (1, 2, 3... in order of appearance), numbers naming no passage are
// dropped, and a marker left empty is removed with the space before it.
// Text out of it is final: it never takes back what it emitted, so a
// stream and the stored answer agree. It is not safe for concurrent use.
type Rewriter struct {
	k        int    // passages the model was shown
	pending  string // text held back: trailing space, or a marker in the making
	out      strings.Builder
	marks    []Mark
	passage  []int // passage (1-based) of each citation number - 1
	dangling []int // numbers that named no passage
}

// NewRewriter returns a Rewriter for an answer written from k passages,
// numbered 1 to k.
func NewRewriter(k int) *Rewriter { return &Rewriter{k: k} }

// Write adds a piece of the model's text and returns what can be emitted.
func (r *Rewriter) Write(s string) string {
	r.pending += s
	n := r.out.Len()
	for r.pending != "" {
		if !r.step() {
			break
		}
	}
	return r.out.String()[n:]
}

// Flush emits whatever is held back and returns it.
func (r *Rewriter) Flush() string {
	n := r.out.Len()
	r.out.WriteString(r.pending)
	r.pending = ""
	return r.out.String()[n:]
}

// Draft is a model's answer once its markers are rewritten.
type Draft struct {
	// Text is the rewritten answer without surrounding white space.
	Text string
	// Marks are its markers, with offsets into Text.
	Marks []Mark
	// Passages[n-1] is the passage (1-based) that citation n names.
	Passages []int
	// Dangling are the numbers the model wrote that named no passage.
	Dangling []int
}

// Draft returns what was written so far (call Flush first), trimmed.
func (r *Rewriter) Draft() Draft {
	s := r.out.String()
	lead := len(s) - len(strings.TrimLeft(s, " \t\r\n"))
	marks := make([]Mark, len(r.marks))
	for i, m := range r.marks {
		marks[i] = Mark{Start: m.Start - lead, End: m.End - lead, Cites: m.Cites}
	}
	return Draft{Text: strings.TrimSpace(s), Marks: marks, Passages: r.passage, Dangling: r.dangling}
}

// step consumes a prefix of pending; it reports false when it needs more
// text to decide.
func (r *Rewriter) step() bool {
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
func (r *Rewriter) emit(n int) {
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
func (r *Rewriter) marker(ws, m string) {
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
	r.marks = append(r.marks, Mark{Start: start, End: r.out.Len(), Cites: cites})
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
