package retrieval

import (
	"strconv"

	"github.com/citebot/citebot"
)

// state is what the Index searches: its documents in path order and the
// structures made from them. It is immutable once built, so readers may
// keep using one while Update builds the next.
type state struct {
	docs   []*doc
	byPath map[string]*doc
	byID   map[string]*doc
	chunks []chunkRef       // every chunk, by document then position
	keys   map[string]int32 // vector key → index in chunks
	bm     *bm25            // over chunks
	lex    *lexicon         // the chunks' words
}

// doc is a document as one state shows it: its record, its short ID
// (which depends on the other paths) and its Source.
type doc struct {
	*docRec
	id     string
	source *citebot.Source
}

// chunkRef points at one chunk of a document.
type chunkRef struct {
	doc *doc
	n   int // 1-based
}

func (c chunkRef) rec() *pieceRec { return &c.doc.Pieces[c.n-1] }

// buildState makes the searchable structures of documents sorted by path.
func buildState(recs []*docRec) *state {
	st := &state{byPath: make(map[string]*doc, len(recs)), byID: make(map[string]*doc, len(recs)), keys: map[string]int32{}}
	paths := make([]string, len(recs))
	for i, r := range recs {
		paths[i] = r.Path
	}
	ids := shortDocIDs(paths)
	var texts []string
	for _, r := range recs {
		d := &doc{docRec: r, id: ids[r.Path]}
		d.source = sourceOf(d)
		st.docs = append(st.docs, d)
		st.byPath[d.Path], st.byID[d.id] = d, d
		for n, key := range vectorKeys(r) {
			st.keys[key] = int32(len(st.chunks))
			st.chunks = append(st.chunks, chunkRef{doc: d, n: n + 1})
			texts = append(texts, r.Text[r.Pieces[n].Start:r.Pieces[n].End])
		}
	}
	vocab := vocabulary(texts)
	words, variants := make([][]string, len(st.chunks)), make([][]string, len(st.chunks))
	for i, c := range st.chunks {
		words[i], variants[i] = indexTerms(c, texts[i], vocab)
	}
	st.bm = newBM25(words, variants)
	st.lex = newLexicon(vocab)
	return st
}

// vectorKeys returns the keys of the vectors of a document's chunks, in
// order: its path and the chunk's content hash, and for the k-th repeat of
// a text within the document (k ≥ 2), k, so that keys are unique yet do
// not depend on where a chunk stands.
func vectorKeys(r *docRec) []string {
	out := make([]string, len(r.Pieces))
	seen := make(map[string]int, len(r.Pieces))
	for i, p := range r.Pieces {
		key := r.Path + "\x00" + p.Hash
		seen[key]++
		if k := seen[key]; k > 1 {
			key += "\x00" + strconv.Itoa(k)
		}
		out[i] = key
	}
	return out
}

// indexTerms are a chunk's BM25 terms (analyzeChunk); metadata chunks
// also carry their document's title, so "who wrote <title>" finds the
// byline.
func indexTerms(c chunkRef, txt string, vocab map[string]int) (words, variants []string) {
	words, variants = analyzeChunk(txt, vocab)
	if c.rec().Meta && c.doc.Title != "" {
		tw, tv := analyzeChunk(c.doc.Title, vocab)
		words, variants = append(words, tw...), append(variants, tv...)
	}
	return words, variants
}

func sourceOf(d *doc) *citebot.Source {
	return &citebot.Source{ID: d.id, Path: d.Path, Title: d.Title, Author: d.Author,
		Date: d.Date, Publisher: d.Publisher, Chunks: len(d.Pieces), Bytes: len(d.Text)}
}

// passage renders the chunk as a citebot.Passage.
func (c chunkRef) passage(score float64) citebot.Passage {
	p := c.rec()
	return citebot.Passage{
		ID: chunkID(c.doc.id, c.n), Doc: c.doc.Path, Start: p.Start, End: p.End,
		Score: score, Text: c.doc.Text[p.Start:p.End], Line: lineOf(c.doc.lineStarts, p.Start),
		Source: c.doc.source,
	}
}
