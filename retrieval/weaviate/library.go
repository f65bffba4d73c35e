package weaviate

import (
	"context"
	"errors"
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/retrieval"
	"github.com/citebot/citebot/text"
)

// contextBytes is how much text Chunk shows on each side of a passage, as
// the in-process index shows.
const contextBytes = 300

// Text implements citebot.Library: the text of a document held, read
// from the server. Paths that climb out of the corpus are ErrBadRef;
// documents not held ErrNotFound.
func (s *Store) Text(doc string) (string, error) {
	clean := path.Clean(strings.ReplaceAll(doc, "\\", "/"))
	if path.IsAbs(clean) || clean == ".." || strings.HasPrefix(clean, "../") {
		return "", fmt.Errorf("%w: %q is outside the corpus", citebot.ErrBadRef, doc)
	}
	e, ok := s.libCatalog().byPath[clean]
	if !ok {
		return "", fmt.Errorf("%w: no document %q", citebot.ErrNotFound, doc)
	}
	ctx, cancel := s.libCtx()
	defer cancel()
	return s.text(ctx, clean, e.hash)
}

// text reads the text of the document at p, which the catalog says has
// hash h.
func (s *Store) text(ctx context.Context, p, h string) (string, error) {
	if t, ok := s.texts.get(p + "\x00" + h); ok {
		return t, nil
	}
	var objs []docObj
	gb := s.c.GraphQL().Get().WithWhere(eqText(pPath, p)).WithLimit(1).WithFields(fields(pHash, pText)...)
	if err := s.get(ctx, "read "+p, s.doc, gb, &objs); err != nil {
		return "", err
	}
	if len(objs) == 0 {
		return "", fmt.Errorf("%w: no document %q", citebot.ErrNotFound, p)
	}
	s.texts.put(p+"\x00"+objs[0].Hash, objs[0].Text)
	return objs[0].Text, nil
}

// Chunk implements citebot.Library.
func (s *Store) Chunk(id string) (citebot.ChunkContext, error) {
	docID, n, err := citebot.ParseChunkID(id)
	if err != nil {
		return citebot.ChunkContext{}, err
	}
	e, ok := s.libCatalog().byID[docID]
	if !ok {
		return citebot.ChunkContext{}, fmt.Errorf("%w: no document %q (see `citebot sources`)", citebot.ErrNotFound, docID)
	}
	if n > e.src.Chunks {
		return citebot.ChunkContext{}, fmt.Errorf("%w: document %q has %d chunks, not %d", citebot.ErrNotFound, docID, e.src.Chunks, n)
	}
	ctx, cancel := s.libCtx()
	defer cancel()
	var objs []chunkObj
	gb := s.c.GraphQL().Get().WithWhere(and(eqText(pPath, e.src.Path), eqInt(pN, n))).WithLimit(1).
		WithFields(fields(pN, pStart, pEnd, pLine)...)
	if err := s.get(ctx, "read chunk "+id, s.chunk, gb, &objs); err != nil {
		return citebot.ChunkContext{}, err
	}
	txt, err := s.text(ctx, e.src.Path, e.hash)
	if err != nil {
		return citebot.ChunkContext{}, err
	}
	if len(objs) == 0 || objs[0].End > len(txt) || objs[0].Start > objs[0].End {
		return citebot.ChunkContext{}, fmt.Errorf("%w: chunk %s (the document is being updated)", citebot.ErrNotFound, id)
	}
	o := objs[0]
	p := citebot.Passage{ID: chunkRef(e.src.ID, n), Doc: e.src.Path, Start: o.Start, End: o.End,
		Text: txt[o.Start:o.End], Line: o.Line, Source: e.src}
	before := runeFloor(txt, max(0, p.Start-contextBytes))
	after := runeFloor(txt, min(len(txt), p.End+contextBytes))
	return citebot.ChunkContext{Passage: p, Source: *e.src,
		Before: txt[before:p.Start], After: txt[p.End:after],
		StartLine: p.Line, EndLine: lineAt(txt, max(p.Start, p.End-1))}, nil
}

// quoteCandidates is how many chunks, best by BM25, FindQuote looks in.
const quoteCandidates = 20

// FindQuote implements citebot.Library: exact occurrences of quote after
// folding (case, white space, typographic quotes) in the documents of the
// chunks that best match it by BM25, then, if there are fewer than k, the
// sentences of those chunks that share the most words with it. (The
// in-process index scans every document for exact occurrences; a server
// index looks only where BM25 points.)
func (s *Store) FindQuote(quote string, k int) ([]citebot.Passage, error) {
	q := text.Fold(quote)
	qt := retrieval.QuoteTerms(quote)
	if q == "" || k <= 0 || len(qt) == 0 {
		return []citebot.Passage{}, nil
	}
	ctx, cancel := s.libCtx()
	defer cancel()
	cat := s.libCatalog()
	cands, err := s.bm25(ctx, qt, quoteCandidates)
	if err != nil {
		return nil, fmt.Errorf("find quote: %w", err)
	}
	out, err := s.exactQuotes(ctx, cat, cands, q, k)
	if err != nil {
		return nil, fmt.Errorf("find quote: %w", err)
	}
	if len(out) < k {
		out = append(out, nearQuote(cat, cands, quote, k-len(out), out)...)
	}
	for i := range out {
		out[i].Rank = i + 1
	}
	return out, nil
}

// bm25 returns the n chunks best for terms by BM25 alone.
func (s *Store) bm25(ctx context.Context, terms []string, n int) ([]chunkObj, error) {
	bm := s.c.GraphQL().Bm25ArgBuilder().WithQuery(strings.Join(terms, " ")).WithProperties(pTerms)
	gb := s.c.GraphQL().Get().WithBM25(bm).WithLimit(n).WithFields(fields(pPath, pN, pStart, pEnd, pLine, pText)...)
	var objs []chunkObj
	err := s.get(ctx, "bm25", s.chunk, gb, &objs)
	return objs, err
}

// exactQuotes returns up to k exact occurrences of the folded quote q in
// the documents of cands, in path order.
func (s *Store) exactQuotes(ctx context.Context, cat *catalog, cands []chunkObj, q string, k int) ([]citebot.Passage, error) {
	var docs []string
	seen := map[string]bool{}
	for _, c := range cands {
		if _, ok := cat.byPath[c.Path]; ok && !seen[c.Path] {
			seen[c.Path] = true
			docs = append(docs, c.Path)
		}
	}
	sort.Strings(docs)
	var out []citebot.Passage
	for _, p := range docs {
		e := cat.byPath[p]
		txt, err := s.text(ctx, p, e.hash)
		if errors.Is(err, citebot.ErrNotFound) {
			continue // removed by an update since the catalog was read
		}
		if err != nil {
			return nil, err
		}
		folded, m := text.FoldMap(txt)
		for from := 0; len(out) < k; {
			i := strings.Index(folded[from:], q)
			if i < 0 {
				break
			}
			st, en := m[from+i], m[from+i+len(q)]
			n, err := s.chunkAt(ctx, p, st)
			if errors.Is(err, citebot.ErrNotFound) {
				break // replaced by an update since the catalog was read
			}
			if err != nil {
				return nil, err
			}
			out = append(out, spanOf(e, txt, n, st, en, 1))
			from += i + len(q)
		}
	}
	return out, nil
}

// chunkAt returns the position of the chunk of document p whose span
// holds byte off; 0 when none does.
func (s *Store) chunkAt(ctx context.Context, p string, off int) (int, error) {
	le := filtersInt(pStart, off, "LessThanEqual")
	gt := filtersInt(pEnd, off, "GreaterThan")
	var objs []chunkObj
	gb := s.c.GraphQL().Get().WithWhere(and(eqText(pPath, p), le, gt)).WithLimit(1).WithFields(fields(pN)...)
	if err := s.get(ctx, "chunk at", s.chunk, gb, &objs); err != nil {
		return 0, err
	}
	if len(objs) == 0 {
		return 0, fmt.Errorf("%w: no chunk of %q at byte %d", citebot.ErrNotFound, p, off)
	}
	return objs[0].N, nil
}

// spanOf renders a span of a document's text as a passage with the ID of
// chunk n (none when n is 0).
func spanOf(e entry, txt string, n, start, end int, score float64) citebot.Passage {
	id := ""
	if n > 0 {
		id = chunkRef(e.src.ID, n)
	}
	return citebot.Passage{ID: id, Doc: e.src.Path, Start: start, End: end, Score: score,
		Text: txt[start:end], Line: lineAt(txt, start), Source: e.src}
}

// nearQuote ranks the sentences of the candidate chunks by the share of
// the quote's words they carry (retrieval.NearQuotes).
func nearQuote(cat *catalog, cands []chunkObj, quote string, k int, have []citebot.Passage) []citebot.Passage {
	var usable []chunkObj
	var chunks []citebot.Passage
	for _, c := range cands {
		if _, ok := cat.byPath[c.Path]; ok && c.End-c.Start == len(c.Text) {
			usable = append(usable, c)
			chunks = append(chunks, citebot.Passage{Doc: c.Path, Start: c.Start, End: c.End, Text: c.Text})
		}
	}
	var out []citebot.Passage
	for _, q := range retrieval.NearQuotes(quote, chunks, k, have) {
		c := chunkHolding(usable, q)
		e := cat.byPath[q.Doc]
		out = append(out, citebot.Passage{ID: chunkRef(e.src.ID, c.N), Doc: q.Doc, Start: q.Start, End: q.End,
			Score: q.Score, Text: c.Text[q.Start-c.Start : q.End-c.Start],
			Line: c.Line + strings.Count(c.Text[:q.Start-c.Start], "\n"), Source: e.src})
	}
	return out
}

// chunkHolding is the first candidate chunk that holds q: the one its
// sentence was found in.
func chunkHolding(cands []chunkObj, q retrieval.QuoteSpan) chunkObj {
	for _, c := range cands {
		if c.Path == q.Doc && c.Start <= q.Start && q.End <= c.End {
			return c
		}
	}
	return chunkObj{} // NearQuotes only returns spans of the chunks it was given
}
