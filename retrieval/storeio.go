package retrieval

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"time"
	"unsafe"
)

// Sections of a stored index (format.go).
const (
	secMeta       = iota + 1 // fileMeta, JSON
	secDocs                  // []docEntry, in path order
	secStrs                  // the documents' short strings, end to end
	secTexts                 // the documents' texts, end to end
	secIDs                   // []uint32: state.byID
	secChunks                // []chunkEntry
	secLengths               // []float32: bm25.lengths
	secTermBlob              // the BM25 terms, sorted, end to end
	secTermOffs              // []uint32: their offsets
	secPostOffs              // []uint32: bm25.offs
	secPostings              // bm25.blob
	secWordBlob              // the lexicon's words, sorted, end to end
	secWordOffs              // []uint32: their offsets
	secWordCounts            // []uint32: lexicon.counts
	secLetters               // []uint32: lexicon.letters
	secSigs                  // []uint32: lexicon.sigs
	secByLen                 // []uint32: lexicon.byLen
	secVectors               // []float32: state.vecs, when kept
)

// fileMeta is what a stored index says of itself.
type fileMeta struct {
	Pipeline string  `json:"pipeline"`
	Embedder string  `json:"embedder"`
	Dim      int     `json:"dim"`
	Corpus   string  `json:"corpus"`
	Docs     int     `json:"docs"`
	Chunks   int     `json:"chunks"`
	AvgLen   float32 `json:"avg_len"`
	Vectors  bool    `json:"vectors"` // the chunks' vectors are stored
}

// docEntry is one row of the document table.
type docEntry struct {
	Strs    [nStrs][2]uint32 // offset and length in secStrs of path, hash, title, author, date, publisher, ID
	TextOff uint64           // the text in secTexts
	TextLen uint64
	Size    int64
	ModTime int64 // Unix nanoseconds; noTime when unknown
	First   uint32
	N       uint32
}

const nStrs = 7

// noTime stands for an unknown modification time.
const noTime = math.MinInt64

// strsOf returns the short strings of d in docEntry order.
func (d *doc) strs() [nStrs]string {
	return [nStrs]string{d.Path, d.Hash, d.Title, d.Author, d.Date, d.Publisher, d.id}
}

// releaseEvery is how many bytes of a section that may be spilled
// writeState writes between calls of stored.release.
const releaseEvery = 8 << 20

// writeState streams s into w as a stored index.
func writeState(w *bufio.Writer, s *stored) error {
	st := s.st
	meta, err := json.Marshal(fileMeta{Pipeline: s.Pipeline, Embedder: s.Embedder, Dim: st.dim, Corpus: s.Corpus,
		Docs: len(st.docs), Chunks: len(st.chunks), AvgLen: st.bm.avgLen, Vectors: st.vecs != nil})
	if err != nil {
		return err
	}
	fw := newFileWriter(w)
	fw.section(secMeta, meta)
	entries := make([]docEntry, len(st.docs))
	var strs []byte
	var off uint64
	for i := range st.docs {
		d := &st.docs[i]
		e := &entries[i]
		for k, x := range d.strs() {
			e.Strs[k] = [2]uint32{uint32(len(strs)), uint32(len(x))}
			strs = append(strs, x...)
		}
		e.TextOff, e.TextLen, off = off, uint64(len(d.Text)), off+uint64(len(d.Text))
		e.Size, e.ModTime = d.Size, noTime
		if !d.ModTime.IsZero() {
			e.ModTime = d.ModTime.UnixNano()
		}
		e.First, e.N = uint32(d.first), uint32(d.n)
	}
	if len(strs) > math.MaxUint32 {
		return errors.New("document names too long")
	}
	fw.section(secDocs, bytesOf(entries))
	fw.section(secStrs, strs)
	fw.sectionFunc(secTexts, func(write func([]byte)) {
		for i := range st.docs {
			t := st.docs[i].Text
			write(unsafe.Slice(unsafe.StringData(t), len(t))) // read only: no copy
			if s.release != nil && i%256 == 255 {
				s.release()
			}
		}
	})
	if s.release != nil {
		s.release()
	}
	fw.section(secIDs, bytesOf(st.byID))
	fw.section(secChunks, bytesOf(st.chunks))
	bm, lx := st.bm, st.lex
	fw.section(secLengths, bytesOf(bm.lengths))
	fw.section(secTermBlob, bm.terms.blob)
	fw.section(secTermOffs, bytesOf(bm.terms.offs))
	fw.section(secPostOffs, bytesOf(bm.offs))
	fw.sectionFunc(secPostings, func(write func([]byte)) {
		for b := bm.blob; len(b) > 0; b = b[min(len(b), releaseEvery):] {
			write(b[:min(len(b), releaseEvery)])
			if s.release != nil {
				s.release() // the postings may be spilled too
			}
		}
	})
	fw.section(secWordBlob, lx.words.blob)
	fw.section(secWordOffs, bytesOf(lx.words.offs))
	fw.section(secWordCounts, bytesOf(lx.counts))
	fw.section(secLetters, bytesOf(lx.letters))
	fw.section(secSigs, bytesOf(lx.sigs))
	fw.section(secByLen, bytesOf(lx.byLen))
	if st.vecs != nil {
		fw.section(secVectors, bytesOf(st.vecs))
	}
	return fw.finish()
}

// lazySection reports whether the blocks of a section are checked when
// they are first used (the documents' texts and the postings, most of the
// file, of which a question reads a few blocks) rather than on opening.
func lazySection(id uint32) bool { return id == secTexts || id == secPostings }

// verifySections checks the blocks of every section read on opening, or of
// the whole file when all.
func verifySections(secs map[uint32][]byte, bs *blockSums, all bool) error {
	if all {
		return bs.all()
	}
	var eager [][]byte
	for id, s := range secs {
		if !lazySection(id) {
			eager = append(eager, s)
		}
	}
	return bs.spans(eager...)
}

// readState makes the state of a stored index from its sections, read in
// place, after checking that they agree with each other. bs checks the
// lazy sections' blocks as they are used.
func readState(secs map[uint32][]byte, bs *blockSums, m fileMeta) (*state, error) {
	st := &state{dim: m.Dim, byID: viewOf[uint32](secs[secIDs]), chunks: viewOf[chunkEntry](secs[secChunks]), sums: bs}
	st.bm = &bm25{terms: strTable{blob: secs[secTermBlob], offs: viewOf[uint32](secs[secTermOffs])},
		offs: viewOf[uint32](secs[secPostOffs]), blob: secs[secPostings], lengths: viewOf[float32](secs[secLengths]), avgLen: m.AvgLen, sums: bs}
	st.lex = &lexicon{words: strTable{blob: secs[secWordBlob], offs: viewOf[uint32](secs[secWordOffs])},
		counts: viewOf[uint32](secs[secWordCounts]), letters: viewOf[uint32](secs[secLetters]),
		sigs: viewOf[uint32](secs[secSigs]), byLen: viewOf[uint32](secs[secByLen])}
	if m.Vectors {
		st.vecs = viewOf[float32](secs[secVectors])
		if st.vecs == nil {
			st.vecs = []float32{}
		}
	}
	if err := st.readDocs(viewOf[docEntry](secs[secDocs]), secs[secStrs], secs[secTexts], m.Docs); err != nil {
		return nil, err
	}
	if err := st.check(m); err != nil {
		return nil, err
	}
	return st, nil
}

// readDocs fills st.docs from the document table, checking that every
// string and text lies in its section and that the documents, in strictly
// increasing path order, own the chunks in turn.
func (st *state) readDocs(entries []docEntry, strs, texts []byte, n int) error {
	if len(entries) != n {
		return fmt.Errorf("%d documents, the header says %d", len(entries), n)
	}
	st.docs = make([]doc, n)
	next := uint32(0)
	for i := range entries {
		e := &entries[i]
		var s [nStrs]string
		for k, r := range e.Strs {
			if uint64(r[0])+uint64(r[1]) > uint64(len(strs)) {
				return fmt.Errorf("document %d: name out of bounds", i)
			}
			s[k] = stringAt(strs, uint64(r[0]), uint64(r[1]))
		}
		switch {
		case e.TextOff > uint64(len(texts)) || e.TextLen > uint64(len(texts))-e.TextOff:
			return fmt.Errorf("document %d: text out of bounds", i)
		case s[0] == "" || i > 0 && s[0] <= st.docs[i-1].Path:
			return errors.New("a document is missing, repeated or out of order")
		case e.First != next || e.N == 0 || uint64(e.First)+uint64(e.N) > uint64(len(st.chunks)):
			return fmt.Errorf("%s: chunks %d+%d do not follow the previous document's", s[0], e.First, e.N)
		}
		next = e.First + e.N
		d := &st.docs[i]
		*d = doc{Path: s[0], Hash: s[1], Title: s[2], Author: s[3], Date: s[4], Publisher: s[5], id: s[6],
			Text: stringAt(texts, e.TextOff, e.TextLen), Size: e.Size, first: int(e.First), n: int(e.N)}
		if e.ModTime != noTime {
			d.ModTime = time.Unix(0, e.ModTime)
		}
		d.source = sourceOf(d)
	}
	if int(next) != len(st.chunks) {
		return fmt.Errorf("%d chunks belong to no document", len(st.chunks)-int(next))
	}
	return nil
}
