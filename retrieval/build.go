package retrieval

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/citebot/citebot/text"
)

// docRec is a document as buildState takes it: one Update put, or one the
// index already held.
type docRec struct {
	Path, Hash, Text               string
	Size                           int64
	ModTime                        time.Time
	Title, Author, Date, Publisher string
	Pieces                         []pieceRec  // chunk n is Pieces[n-1]
	Vecs                           [][]float32 // chunk n's vector is Vecs[n-1]; nil when the index does not keep vectors
}

// pieceRec is a chunk of a docRec: 24 bytes, for the chunks of a large
// corpus are all held at once. A text whose offsets would not fit is
// refused before it becomes a docRec.
type pieceRec struct {
	Start, End uint32
	Meta       bool
	Hash       [12]byte
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
			r.Pieces[k] = pieceRec{Start: c.Start, End: c.End, Meta: c.meta(), Hash: c.Hash}
		}
		if x.vecs != nil {
			r.Vecs = make([][]float32, d.n)
			for k := range r.Vecs {
				r.Vecs[k] = x.vec(int32(d.first + k))
			}
		}
		out[i] = r
	}
	return out
}

// buildState makes the searchable structures of documents sorted by path;
// it keeps the chunks' vectors (all of dim dimensions) when keepVecs.
// vocab is the vocabulary of their chunks' texts (vocabulary), which an
// Update works out from the previous one (nextVocabulary). sp (nil: none)
// is where the texts are (see textSpill): its pages are released after
// each pass over a part of them, and a large build keeps its postings
// there too. It fails when the index would be too large for its 32-bit
// offsets.
func buildState(recs []*docRec, dim int, keepVecs bool, vocab *wordTally, sp *textSpill) (*state, error) {
	release := sp.release
	st := &state{docs: make([]doc, len(recs)), dim: dim}
	paths := make([]string, len(recs))
	for i, r := range recs {
		paths[i] = r.Path
	}
	ids := shortDocIDs(paths)
	n := 0
	for _, r := range recs {
		n += len(r.Pieces)
	}
	st.chunks = make([]chunkEntry, 0, n)
	for i, r := range recs {
		if len(r.Text) > 1<<32-1 {
			return nil, fmt.Errorf("document %s: too large", r.Path)
		}
		d := &st.docs[i]
		*d = doc{Path: r.Path, Hash: r.Hash, Text: r.Text, Size: r.Size, ModTime: r.ModTime, Title: r.Title,
			Author: r.Author, Date: r.Date, Publisher: r.Publisher, id: ids[r.Path], first: len(st.chunks), n: len(r.Pieces)}
		d.source = sourceOf(d)
		line, at := 1, uint32(0)
		for k, p := range r.Pieces {
			if p.Start < at {
				line, at = 1, 0
			}
			line += strings.Count(r.Text[at:p.Start], "\n")
			at = p.Start
			e := chunkEntry{Doc: uint32(i), Start: p.Start, End: p.End, LineMeta: uint32(min(line, chunkMeta-1)), Hash: p.Hash}
			if p.Meta {
				e.LineMeta |= chunkMeta
			}
			st.chunks = append(st.chunks, e)
			if keepVecs {
				st.vecs = append(st.vecs, r.Vecs[k]...)
			}
		}
		if i%256 == 255 {
			release()
		}
	}
	release()
	st.byID = idOrder(st.docs)
	st.lex = vocab.lexicon() // the last use of the tally: it can go
	words := newWordIndex(st.lex)
	bm, err := st.index(words, sp, sp.spilling())
	if errors.Is(err, errSpillPostings) {
		// the data dir is full or gone: the postings are built in the
		// heap, as a small build's are (the texts stayed there too)
		bm, err = st.index(words, sp, false)
	}
	if err != nil {
		return nil, err
	}
	st.bm = bm
	return st, nil
}

// nextVocabulary returns the vocabulary of the chunks of x's documents
// after an Update that removes the documents at the paths of gone and
// adds recs: x's own, less the words of the chunks removed, plus those of
// the chunks added, so that only the changed documents are read; release
// is called after each pass over a part of the texts.
func (x *state) nextVocabulary(recs []*docRec, gone []string, release func()) *wordTally {
	v := newWordTally()
	for i := 0; i < x.lex.words.len() && i < len(x.lex.counts); i++ {
		v.add(x.lex.words.at(i), int(x.lex.counts[i]))
	}
	var removed []string
	for _, p := range gone {
		if d := x.byPath(p); d != nil {
			for k := d.first; k < d.first+d.n; k++ {
				removed = append(removed, x.text(int32(k)))
			}
		}
	}
	vocabulary(removed, v, -1)
	var added []string
	for i, r := range recs {
		for _, p := range r.Pieces {
			added = append(added, r.Text[p.Start:p.End])
		}
		if i%256 == 255 || i == len(recs)-1 {
			vocabulary(added, v, 1)
			added = added[:0]
			release()
		}
	}
	return v
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

// buildBlock is how many chunks index analyses at once, in parallel,
// before adding their terms to the postings in order.
const buildBlock = 1024

// termCounts are the distinct BM25 terms of a chunk, with their counts,
// and its length in words.
type termCounts struct {
	terms  []string
	counts []uint32
	length int
}

// index makes the BM25 index of the chunks of st:
// their terms are analyzeChunk's, and metadata chunks also carry their
// document's title, so "who wrote <title>" finds the byline. Chunks are
// analysed on every processor, a block at a time; sp's pages are released
// after each block. With spill (the texts were spilled: a large build),
// the postings are written out in sorted segments as they grow, and
// merged into a file of sp at the end (segments.go); that failing, it
// fails wrapping errSpillPostings.
func (x *state) index(vocab wordCounts, sp *textSpill, spill bool) (*bm25, error) {
	titles := make([][2][]string, len(x.docs))
	for i := range x.docs {
		if d := &x.docs[i]; d.Title != "" {
			titles[i][0], titles[i][1] = analyzeChunk(d.Title, vocab)
		}
	}
	b := newPostingsBuilder()
	segs, err := segmentsFor(sp, spill)
	if err != nil {
		return nil, err
	}
	if segs != nil {
		defer segs.close()
	}
	n := len(x.chunks)
	lengths := make([]float32, n)
	var total float64
	block := make([]termCounts, buildBlock)
	for from := 0; from < n; from += buildBlock {
		to := min(n, from+buildBlock)
		parallel(to-from, func(lo, hi int) {
			sc := analysisScratch{counts: make(map[string]uint32)}
			for k := lo; k < hi; k++ {
				block[k] = x.chunkTerms(from+k, x.text(int32(from+k)), vocab, titles, &sc)
			}
		})
		total += addBlock(b, block[:to-from], from, lengths)
		if segs != nil && b.size > sp.budget {
			if err := segs.flush(b); err != nil {
				return nil, fmt.Errorf("%w: write segment: %w", errSpillPostings, err)
			}
		}
		sp.release()
	}
	terms, offs, blob, err := finishPostings(b, segs, sp)
	if err != nil {
		return nil, err
	}
	return &bm25{terms: terms, offs: offs, blob: blob, lengths: lengths, avgLen: avgLength(total, n)}, nil
}

// errSpillPostings marks a failure to keep the postings being built in
// the data dir (a full disk, a folder removed meanwhile).
var errSpillPostings = errors.New("spill postings")

// segmentsFor returns the segment file of a build in sp when spill, or nil.
func segmentsFor(sp *textSpill, spill bool) (*segmentFile, error) {
	if !spill {
		return nil, nil
	}
	f, err := sp.tempFile()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errSpillPostings, err)
	}
	return newSegmentFile(f), nil
}

// addBlock adds to b the terms of the block of chunks that begins at
// chunk from, sets their lengths and returns the sum of those.
func addBlock(b *postingsBuilder, block []termCounts, from int, lengths []float32) float64 {
	var total float64
	for k, tc := range block {
		for j, t := range tc.terms {
			b.add(t, int32(from+k), tc.counts[j])
		}
		lengths[from+k] = float32(tc.length)
		total += float64(tc.length)
	}
	return total
}

// finishPostings returns the term table, list offsets and postings of b,
// or, with segs, of the segments written and b's lists, merged into a
// file of sp.
func finishPostings(b *postingsBuilder, segs *segmentFile, sp *textSpill) (strTable, []uint32, []byte, error) {
	if segs == nil {
		return b.finish()
	}
	if err := segs.flush(b); err != nil {
		return strTable{}, nil, nil, fmt.Errorf("%w: write segment: %w", errSpillPostings, err)
	}
	f, err := sp.tempFile()
	if err != nil {
		return strTable{}, nil, nil, fmt.Errorf("%w: %w", errSpillPostings, err)
	}
	defer f.Close()
	w := bufio.NewWriterSize(f, 1<<16)
	terms, offs, err := segs.merge(w)
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		return strTable{}, nil, nil, fmt.Errorf("%w: merge: %w", errSpillPostings, err)
	}
	blob, err := sp.keepFile(f, int(offs[len(offs)-1]))
	if err != nil {
		return strTable{}, nil, nil, fmt.Errorf("%w: map: %w", errSpillPostings, err)
	}
	return terms, offs, blob, nil
}

// analysisScratch is the space one goroutine reuses to analyse chunks.
type analysisScratch struct {
	toks            []text.Token
	words, variants []string
	counts          map[string]uint32
}

// chunkTerms analyses chunk i, whose text is txt, in sc.
func (x *state) chunkTerms(i int, txt string, vocab wordCounts, titles [][2][]string, sc *analysisScratch) termCounts {
	sc.toks = text.AppendTokens(sc.toks[:0], txt)
	sc.words, sc.variants = analyzeTokens(sc.words[:0], sc.variants[:0], txt, sc.toks, vocab)
	words, variants, counts := sc.words, sc.variants, sc.counts
	if c := &x.chunks[i]; c.meta() {
		words = append(words, titles[c.Doc][0]...)
		variants = append(variants, titles[c.Doc][1]...)
	}
	clear(counts)
	for _, t := range words {
		counts[t]++
	}
	for _, t := range variants {
		counts[t]++
	}
	tc := termCounts{terms: make([]string, 0, len(counts)), counts: make([]uint32, 0, len(counts)), length: len(words)}
	for t, n := range counts {
		tc.terms, tc.counts = append(tc.terms, t), append(tc.counts, n)
	}
	return tc
}

// parallel calls f on consecutive ranges of [0, n) on every processor,
// and returns when all calls have.
func parallel(n int, f func(lo, hi int)) {
	parts := max(1, min(runtime.GOMAXPROCS(0), n/64))
	per := (n + parts - 1) / parts
	var wg sync.WaitGroup
	for p := 0; p < parts; p++ {
		lo, hi := p*per, min(n, (p+1)*per)
		if lo >= hi {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			f(lo, hi)
		}()
	}
	wg.Wait()
}

// vocabulary counts the folded words of texts, on every processor, adding
// sign (1 or -1) times their counts to t.
func vocabulary(texts []string, t *wordTally, sign int) {
	parts := make(chan vocabCounts, runtime.GOMAXPROCS(0))
	parallel(len(texts), func(lo, hi int) {
		v := make(vocabCounts)
		var toks []text.Token
		for _, s := range texts[lo:hi] {
			toks = text.AppendWords(toks[:0], s)
			for _, tok := range toks {
				v[tok.Norm]++
			}
		}
		parts <- v
	})
	close(parts)
	for v := range parts {
		for w, n := range v {
			t.add(w, sign*n)
		}
	}
}
