package retrieval

import (
	"errors"
	"fmt"
)

// check reports the first way in which the tables of a state read from a
// stored index disagree with each other or with m: a chunk outside its
// document's text or empty, a count that differs, an offset out of
// bounds. It is linear in the numbers of documents, chunks, terms and
// words (no posting list is decoded: those are bounds-checked as they are
// read), so opening stays quick.
func (st *state) check(m fileMeta) error {
	if len(st.chunks) != m.Chunks || len(st.bm.lengths) != m.Chunks {
		return fmt.Errorf("%d chunks and %d lengths, the header says %d", len(st.chunks), len(st.bm.lengths), m.Chunks)
	}
	for i := range st.chunks {
		c := &st.chunks[i]
		if int(c.Doc) >= len(st.docs) {
			return fmt.Errorf("chunk %d belongs to no document", i)
		}
		d := &st.docs[c.Doc]
		if i < d.first || i >= d.first+d.n {
			return fmt.Errorf("chunk %d is not in its document's chunks", i)
		}
		if c.Start >= c.End || int(c.End) > len(d.Text) {
			return fmt.Errorf("%s chunk %d spans %d-%d of %d bytes", d.Path, i-d.first+1, c.Start, c.End, len(d.Text))
		}
	}
	if len(st.byID) != len(st.docs) {
		return errors.New("the document ID table does not match the documents")
	}
	for _, i := range st.byID {
		if int(i) >= len(st.docs) {
			return errors.New("the document ID table does not match the documents")
		}
	}
	if st.vecs != nil && len(st.vecs) != len(st.chunks)*st.dim {
		return fmt.Errorf("%d vector values for %d chunks of %d dimensions", len(st.vecs), len(st.chunks), st.dim)
	}
	if err := st.bm.check(); err != nil {
		return err
	}
	return st.lex.check()
}

// check reports tables of a stored BM25 index that do not fit together.
func (ix *bm25) check() error {
	if err := ix.terms.check("term"); err != nil {
		return err
	}
	if len(ix.offs) != ix.terms.len()+1 && !(len(ix.offs) == 0 && ix.terms.len() == 0) {
		return fmt.Errorf("%d postings offsets for %d terms", len(ix.offs), ix.terms.len())
	}
	return ascending(ix.offs, len(ix.blob), "postings")
}

// check reports tables of a stored lexicon that do not fit together.
func (lx *lexicon) check() error {
	if err := lx.words.check("word"); err != nil {
		return err
	}
	n := lx.words.len()
	if len(lx.counts) != n || len(lx.letters) != len(lx.sigs) || len(lx.letters) > n {
		return errors.New("the lexicon's tables differ in length")
	}
	for _, i := range lx.letters {
		if int(i) >= n {
			return errors.New("the lexicon's length table is out of bounds")
		}
	}
	if len(lx.byLen) == 0 {
		return nil
	}
	return ascending(lx.byLen, len(lx.letters), "lexicon length")
}

// ascending reports offsets that decrease or pass end.
func ascending(offs []uint32, end int, what string) error {
	for i, o := range offs {
		if int(o) > end || i > 0 && o < offs[i-1] {
			return fmt.Errorf("%s offsets out of bounds", what)
		}
	}
	return nil
}
