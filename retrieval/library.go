package retrieval

import (
	"fmt"
	"path"
	"strings"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/text"
)

// contextBytes is how much text Chunk shows on each side of a passage.
const contextBytes = 300

// Sources implements citebot.Library: the documents in path order.
func (ix *Index) Sources() []citebot.Source {
	st := ix.state()
	out := make([]citebot.Source, len(st.docs))
	for i := range st.docs {
		out[i] = *st.docs[i].source
	}
	return out
}

// Chunk implements citebot.Library. Like Text and FindQuote, it fails
// wrapping ErrCorrupt when the stored text it reads is damaged.
func (ix *Index) Chunk(id string) (citebot.ChunkContext, error) {
	docID, n, err := citebot.ParseChunkID(id)
	if err != nil {
		return citebot.ChunkContext{}, err
	}
	st := ix.state()
	d := st.byDocID(docID)
	if d == nil {
		return citebot.ChunkContext{}, fmt.Errorf("%w: no document %q (see `citebot sources`)", citebot.ErrNotFound, docID)
	}
	if n > d.n {
		return citebot.ChunkContext{}, fmt.Errorf("%w: document %q has %d chunks, not %d", citebot.ErrNotFound, docID, d.n, n)
	}
	if err := st.checkDoc(d); err != nil {
		return citebot.ChunkContext{}, err
	}
	p := st.passage(int32(d.first+n-1), 0)
	before := runeFloor(d.Text, max(0, p.Start-contextBytes))
	after := runeFloor(d.Text, min(len(d.Text), p.End+contextBytes))
	return citebot.ChunkContext{
		Passage: p, Source: *d.source,
		Before: d.Text[before:p.Start], After: d.Text[p.End:after],
		StartLine: p.Line, EndLine: p.Line + strings.Count(d.Text[p.Start:max(p.Start, p.End-1)], "\n"),
	}, nil
}

// runeFloor moves i back to the start of the rune it falls in.
func runeFloor(s string, i int) int {
	for i > 0 && i < len(s) && s[i]&0xC0 == 0x80 {
		i--
	}
	return i
}

// Text implements citebot.Library. doc is a path relative to the corpus root;
// anything that is not one of the indexed documents (including paths that
// climb out of the corpus) is ErrNotFound or ErrBadRef, never read.
func (ix *Index) Text(doc string) (string, error) {
	clean := path.Clean(strings.ReplaceAll(doc, "\\", "/"))
	if path.IsAbs(clean) || clean == ".." || strings.HasPrefix(clean, "../") {
		return "", fmt.Errorf("%w: %q is outside the corpus", citebot.ErrBadRef, doc)
	}
	st := ix.state()
	d := st.byPath(clean)
	if d == nil {
		return "", fmt.Errorf("%w: no document %q", citebot.ErrNotFound, doc)
	}
	if err := st.checkDoc(d); err != nil {
		return "", err
	}
	return d.Text, nil
}

// FindQuote implements citebot.Library: exact occurrences of quote after
// folding (case, white space, typographic quotes), then, if there are
// fewer than k, the sentences that share the most words with it.
func (ix *Index) FindQuote(quote string, k int) ([]citebot.Passage, error) {
	q := text.Fold(quote)
	if q == "" || k <= 0 {
		return []citebot.Passage{}, nil
	}
	st := ix.state()
	var out []citebot.Passage
	for i := range st.docs {
		d := &st.docs[i]
		if err := st.checkDoc(d); err != nil {
			return nil, err
		}
		folded, m := text.FoldMap(d.Text)
		for from := 0; len(out) < k; {
			i := strings.Index(folded[from:], q)
			if i < 0 {
				break
			}
			s, e := m[from+i], m[from+i+len(q)]
			out = append(out, st.span(d, s, e, 1))
			from += i + len(q)
		}
	}
	if len(out) < k {
		near, err := st.nearQuote(quote, k-len(out), out, ix.bm25)
		if err != nil {
			return nil, err
		}
		out = append(out, near...)
	}
	for i := range out {
		out[i].Rank = i + 1
	}
	return out, nil
}

// nearQuote ranks sentences of the best-matching chunks by the share of
// the quote's words they contain (NearQuotes).
func (x *state) nearQuote(quote string, k int, have []citebot.Passage, p BM25) ([]citebot.Passage, error) {
	top, err := x.bm.top(QuoteTerms(quote), nil, 20, p)
	if err != nil {
		return nil, err
	}
	var chunks []citebot.Passage
	for _, hit := range top {
		if err := x.checkDoc(x.docOf(hit.chunk)); err != nil {
			return nil, err
		}
		c := &x.chunks[hit.chunk]
		chunks = append(chunks, citebot.Passage{Doc: x.docs[c.Doc].Path, Start: int(c.Start), End: int(c.End), Text: x.text(hit.chunk)})
	}
	var out []citebot.Passage
	for _, q := range NearQuotes(quote, chunks, k, have) {
		out = append(out, x.span(x.byPath(q.Doc), q.Start, q.End, q.Score))
	}
	return out, nil
}

// span renders an arbitrary span of a document as a passage, with the ID
// of the chunk that contains its start.
func (x *state) span(d *doc, start, end int, score float64) citebot.Passage {
	id := ""
	if n := x.chunkAt(d, start); n > 0 {
		id = citebot.ChunkID(d.id, n)
	}
	return citebot.Passage{ID: id, Doc: d.Path, Start: start, End: end, Score: score,
		Text: d.Text[start:end], Line: x.lineAt(d, start), Source: d.source}
}
