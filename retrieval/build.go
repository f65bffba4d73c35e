package retrieval

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"
	"time"
)

// docRec is a document as buildState takes it: one Update put, or one the
// index already held.
type docRec struct {
	Path, Hash, Text               string
	Size                           int64
	ModTime                        time.Time
	Title, Author, Date, Publisher string
	Pieces                         []pieceRec // chunk n is Pieces[n-1]
}

// pieceRec is a chunk of a docRec.
type pieceRec struct {
	Start, End int
	Meta       bool
	Hash       [12]byte
	Vec        []float32 // nil when the index does not keep vectors
}

// hashKey is the raw form of a chunk's content hash: the bytes of a
// ChunkHash, or for any other string a digest of it, so that equal hashes
// give equal keys.
func hashKey(h string) [12]byte {
	var k [12]byte
	if len(h) == 24 {
		if _, err := hex.Decode(k[:], []byte(h)); err == nil {
			return k
		}
	}
	sum := sha256.Sum256([]byte(h))
	copy(k[:], sum[:])
	return k
}

// records returns the documents x holds, to build the next state from.
func (x *state) records() []*docRec {
	out := make([]*docRec, len(x.docs))
	for i := range x.docs {
		d := &x.docs[i]
		r := &docRec{Path: d.Path, Hash: d.Hash, Text: d.Text, Size: d.Size, ModTime: d.ModTime,
			Title: d.Title, Author: d.Author, Date: d.Date, Publisher: d.Publisher, Pieces: make([]pieceRec, d.n)}
		for k := range r.Pieces {
			c := &x.chunks[d.first+k]
			r.Pieces[k] = pieceRec{Start: int(c.Start), End: int(c.End), Meta: c.meta(), Hash: c.Hash, Vec: x.vec(int32(d.first + k))}
		}
		out[i] = r
	}
	return out
}

// buildState makes the searchable structures of documents sorted by path;
// it keeps the chunks' vectors (all of dim dimensions) when keepVecs. It
// fails when the index would be too large for its 32-bit offsets.
func buildState(recs []*docRec, dim int, keepVecs bool) (*state, error) {
	st := &state{docs: make([]doc, len(recs)), dim: dim}
	paths := make([]string, len(recs))
	for i, r := range recs {
		paths[i] = r.Path
	}
	ids := shortDocIDs(paths)
	var texts []string
	for i, r := range recs {
		if len(r.Text) > 1<<32-1 {
			return nil, fmt.Errorf("document %s: too large", r.Path)
		}
		d := &st.docs[i]
		*d = doc{Path: r.Path, Hash: r.Hash, Text: r.Text, Size: r.Size, ModTime: r.ModTime, Title: r.Title,
			Author: r.Author, Date: r.Date, Publisher: r.Publisher, id: ids[r.Path], first: len(st.chunks), n: len(r.Pieces)}
		d.source = sourceOf(d)
		line, at := 1, 0
		for _, p := range r.Pieces {
			if p.Start < at {
				line, at = 1, 0
			}
			line += strings.Count(r.Text[at:p.Start], "\n")
			at = p.Start
			e := chunkEntry{Doc: uint32(i), Start: uint32(p.Start), End: uint32(p.End), Line: uint32(line), Hash: p.Hash}
			if p.Meta {
				e.Flags |= chunkMeta
			}
			st.chunks = append(st.chunks, e)
			texts = append(texts, r.Text[p.Start:p.End])
			if keepVecs {
				st.vecs = append(st.vecs, p.Vec...)
			}
		}
	}
	st.byID = idOrder(st.docs)
	vocab := vocabulary(texts)
	bm, err := st.index(texts, vocab)
	if err != nil {
		return nil, err
	}
	st.bm, st.lex = bm, newLexicon(vocab)
	return st, nil
}

// idOrder returns the indexes of docs in the order of their IDs.
func idOrder(docs []doc) []uint32 {
	out := make([]uint32, len(docs))
	for i := range out {
		out[i] = uint32(i)
	}
	sort.Slice(out, func(a, b int) bool { return docs[out[a]].id < docs[out[b]].id })
	return out
}

// index makes the BM25 index of the chunks of st, whose texts are texts:
// their terms are analyzeChunk's, and metadata chunks also carry their
// document's title, so "who wrote <title>" finds the byline.
func (x *state) index(texts []string, vocab wordCounts) (*bm25, error) {
	b := newPostingsBuilder()
	lengths := make([]float32, len(texts))
	var total float64
	counts := make(map[string]uint32)
	titles := make(map[uint32][2][]string) // a document's title terms, once
	for i, txt := range texts {
		words, variants := analyzeChunk(txt, vocab)
		if c := &x.chunks[i]; c.meta() && x.docs[c.Doc].Title != "" {
			tt, ok := titles[c.Doc]
			if !ok {
				tt[0], tt[1] = analyzeChunk(x.docs[c.Doc].Title, vocab)
				titles[c.Doc] = tt
			}
			words = append(words, tt[0]...)
			variants = append(variants, tt[1]...)
		}
		clear(counts)
		for _, t := range words {
			counts[t]++
		}
		for _, t := range variants {
			counts[t]++
		}
		for t, n := range counts {
			b.add(t, int32(i), n)
		}
		lengths[i] = float32(len(words))
		total += float64(len(words))
	}
	terms, offs, blob, err := b.finish()
	if err != nil {
		return nil, err
	}
	return &bm25{terms: terms, offs: offs, blob: blob, lengths: lengths, avgLen: avgLength(total, len(texts))}, nil
}
