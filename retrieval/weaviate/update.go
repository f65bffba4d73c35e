package weaviate

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/citebot/citebot/retrieval"
	"github.com/weaviate/weaviate-go-client/v5/weaviate/filters"
	"github.com/weaviate/weaviate/entities/models"
)

var (
	_ retrieval.Backend       = (*Store)(nil)
	_ retrieval.TermIndexer   = (*Store)(nil)
	_ retrieval.WordCounter   = (*Store)(nil)
	_ retrieval.QueryAnalyzer = (*Store)(nil)
)

// Sizes of writes: documents are written in groups of about groupChunks
// chunks, objects in batches of batchSize.
const (
	groupChunks = 1000
	batchSize   = 200
	vectorBatch = 100
	maxResults  = 10000 // the server's QUERY_MAXIMUM_RESULTS default
)

// Vectors implements retrieval.Backend.
func (s *Store) Vectors(ctx context.Context, hashes []string) (map[string][]float32, error) {
	out := make(map[string][]float32)
	want := slices.Compact(slices.Sorted(slices.Values(hashes)))
	for i := 0; i < len(want); i += vectorBatch {
		batch := want[i:min(i+vectorBatch, len(want))]
		gb := s.c.GraphQL().Get().WithWhere(anyText(pHash, batch...)).WithLimit(maxResults).
			WithFields(fields(pHash, "_additional", "vector")...)
		var objs []chunkObj
		if err := s.get(ctx, "read vectors", s.chunk, gb, &objs); err != nil {
			return nil, err
		}
		for _, o := range objs {
			if len(o.Additional.Vector) > 0 {
				out[o.Hash] = o.Additional.Vector
			}
		}
	}
	return out, nil
}

// Update implements retrieval.Backend. It checks the documents first and
// fails before writing anything if they are wrong. Then it deletes the
// documents of del, and writes put in groups: the group's document
// objects are deleted first (so Documents no longer lists them), the
// chunks whose objects are missing or differ are written and the stale
// ones deleted, and the document objects are written last. Every write
// waits for a quorum of replicas; per-object failures are errors.
func (s *Store) Update(ctx context.Context, put []retrieval.Document, del []string) error {
	if len(put) == 0 && len(del) == 0 {
		return nil
	}
	if err := check(put); err != nil {
		return err
	}
	s.upd.Lock()
	defer s.upd.Unlock()
	defer s.current(context.WithoutCancel(ctx), true) //nolint:errcheck // a refresh; errors show on the next read
	for _, p := range del {
		if err := s.deleteWhere(ctx, s.doc, eqText(pPath, p)); err != nil {
			return err
		}
		if err := s.deleteWhere(ctx, s.chunk, eqText(pPath, p)); err != nil {
			return err
		}
	}
	for len(put) > 0 {
		n, chunks := 0, 0
		for n < len(put) && (n == 0 || chunks+len(put[n].Chunks) <= groupChunks) {
			chunks += len(put[n].Chunks)
			n++
		}
		if err := s.putGroup(ctx, put[:n]); err != nil {
			return err
		}
		put = put[n:]
	}
	return nil
}

// check fails unless every document has a unique path and every chunk a
// span inside its text that is its text, a hash and a vector, all of one
// dimension.
func check(put []retrieval.Document) error {
	seen := make(map[string]bool, len(put))
	dim := 0
	for _, d := range put {
		if d.Path == "" || seen[d.Path] {
			return fmt.Errorf("document %q: empty or repeated path", d.Path)
		}
		seen[d.Path] = true
		for n, c := range d.Chunks {
			if dim == 0 {
				dim = len(c.Vec)
			}
			switch {
			case c.Start < 0 || c.Start > c.End || c.End > len(d.Text) || d.Text[c.Start:c.End] != c.Text:
				return fmt.Errorf("document %s chunk %d: span %d-%d is not the chunk's text", d.Path, n+1, c.Start, c.End)
			case c.Hash == "" || len(c.Vec) == 0:
				return fmt.Errorf("document %s chunk %d: no content hash or vector", d.Path, n+1)
			case len(c.Vec) != dim:
				return fmt.Errorf("document %s chunk %d: vector of %d dimensions, want %d", d.Path, n+1, len(c.Vec), dim)
			}
		}
	}
	return nil
}

// putGroup writes a group of documents, chunks before documents.
func (s *Store) putGroup(ctx context.Context, docs []retrieval.Document) error {
	paths := make([]string, len(docs))
	for i, d := range docs {
		paths[i] = d.Path
	}
	if err := s.deleteWhere(ctx, s.doc, anyText(pPath, paths...)); err != nil {
		return err
	}
	held, err := s.heldChunks(ctx, paths)
	if err != nil {
		return err
	}
	var objs []*models.Object
	for _, d := range docs {
		for _, o := range chunkObjects(s.chunk, d) {
			if held[string(o.ID)] != o.Properties.(map[string]any)[pSig] {
				objs = append(objs, o)
			}
			delete(held, string(o.ID))
		}
	}
	if err := s.write(ctx, objs); err != nil {
		return err
	}
	stale := make([]string, 0, len(held))
	for id := range held {
		stale = append(stale, id)
	}
	for i := 0; i < len(stale); i += batchSize {
		w := filters.Where().WithPath([]string{"id"}).WithOperator(filters.ContainsAny).WithValueText(stale[i:min(i+batchSize, len(stale))]...)
		if err := s.deleteWhere(ctx, s.chunk, w); err != nil {
			return err
		}
	}
	dobjs := make([]*models.Object, len(docs))
	for i, d := range docs {
		dobjs[i] = s.docObject(d)
	}
	return s.write(ctx, dobjs)
}

// heldChunks returns the IDs and signatures of the chunks held for paths,
// held completely or not.
func (s *Store) heldChunks(ctx context.Context, paths []string) (map[string]string, error) {
	out := make(map[string]string)
	for i := 0; i < len(paths); {
		j := i + 1
		var objs []chunkObj
		gb := s.c.GraphQL().Get().WithWhere(anyText(pPath, paths[i:]...)).WithLimit(maxResults).WithFields(fields(pSig, "_additional", "id")...)
		if err := s.get(ctx, "list chunks", s.chunk, gb, &objs); err != nil {
			return nil, err
		}
		if len(objs) == maxResults { // too many for one query: one path at a time, by cursor
			if err := s.heldChunksOf(ctx, paths[i], out); err != nil {
				return nil, err
			}
		} else {
			j = len(paths)
			for _, o := range objs {
				out[o.Additional.ID] = o.Sig
			}
		}
		i = j
	}
	return out, nil
}

// heldChunksOf adds the chunks of one path to out, by pages of its
// positions.
func (s *Store) heldChunksOf(ctx context.Context, p string, out map[string]string) error {
	const page = 1000
	for lo := 0; ; lo += page {
		w := and(eqText(pPath, p), filtersInt(pN, lo, filters.GreaterThan), filtersInt(pN, lo+page, filters.LessThanEqual))
		var objs []chunkObj
		gb := s.c.GraphQL().Get().WithWhere(w).WithLimit(maxResults).WithFields(fields(pSig, "_additional", "id")...)
		if err := s.get(ctx, "list chunks", s.chunk, gb, &objs); err != nil {
			return err
		}
		if len(objs) == 0 {
			return nil
		}
		for _, o := range objs {
			out[o.Additional.ID] = o.Sig
		}
	}
}

// chunkObjects makes the objects of a document's chunks, keyed as the
// in-process index keys vectors.
func chunkObjects(class string, d retrieval.Document) []*models.Object {
	out := make([]*models.Object, len(d.Chunks))
	seen := make(map[string]int, len(d.Chunks))
	for i, c := range d.Chunks {
		key := d.Path + "\x00" + c.Hash
		seen[key]++
		if k := seen[key]; k > 1 {
			key += "\x00" + strconv.Itoa(k)
		}
		terms := strings.Join(c.Terms, " ")
		sum := sha256.Sum256([]byte(fmt.Sprintf("%d %d %d %d %v %s\x00%s", i+1, c.Start, c.End, c.Line, c.Meta, c.Hash, terms)))
		out[i] = &models.Object{Class: class, ID: strfmtUUID(chunkUUID(key)), Vector: c.Vec,
			Properties: map[string]any{pPath: d.Path, pHash: c.Hash, pSig: hex.EncodeToString(sum[:12]),
				pN: i + 1, pStart: c.Start, pEnd: c.End, pLine: c.Line, pMeta: c.Meta, pTerms: terms, pText: c.Text}}
	}
	return out
}

// docObject makes the object of a document.
func (s *Store) docObject(d retrieval.Document) *models.Object {
	return &models.Object{Class: s.doc, ID: strfmtUUID(docUUID(d.Path)),
		Properties: map[string]any{pPath: d.Path, pHash: d.Hash, pText: d.Text, pTitle: d.Title, pAuthor: d.Author,
			pDate: d.Date, pPublisher: d.Publisher, pChunks: len(d.Chunks), pBytes: len(d.Text),
			pWords: encodeWords(wordCounts(d)), pFormat: docFormat}}
}

// writeTries is how often a batch is sent when the cluster fails it as
// unavailable (a replica too slow to commit under load); writing a batch
// again is harmless, as object IDs are content keys.
const writeTries = 3

// write stores objects in batches, failing on the first object the server
// did not store.
func (s *Store) write(ctx context.Context, objs []*models.Object) error {
	for i := 0; i < len(objs); i += batchSize {
		if err := s.writeBatch(ctx, objs[i:min(i+batchSize, len(objs))]); err != nil {
			return err
		}
	}
	return nil
}

// writeBatch sends one batch; when the cluster could not take it (the
// request or an object failed as unavailable) it sends it again after a
// pause, up to writeTries times.
func (s *Store) writeBatch(ctx context.Context, batch []*models.Object) error {
	for try := 1; ; try++ {
		err := s.sendBatch(ctx, batch)
		if err == nil || try == writeTries || !errors.Is(err, ErrUnavailable) || ctx.Err() != nil {
			return err
		}
		s.cfg.Logger.Warn("weaviate: batch not taken; sending it again", "try", try, "err", err)
		select {
		case <-ctx.Done():
			return err
		case <-time.After(time.Duration(try) * 2 * time.Second):
		}
	}
}

// sendBatch sends one batch and checks every object's result.
func (s *Store) sendBatch(ctx context.Context, batch []*models.Object) error {
	res, err := s.c.Batch().ObjectsBatcher().WithObjects(batch...).WithConsistencyLevel(writeLevel).Do(ctx)
	if err != nil {
		return classify("write objects", err)
	}
	if len(res) != len(batch) {
		return fmt.Errorf("write objects: %d results for %d objects", len(res), len(batch))
	}
	for j, r := range res {
		if msg := objectError(r); msg != "" {
			return gqlError(fmt.Sprintf("write %s object %s", batch[j].Class, batch[j].ID), msg)
		}
	}
	return nil
}

// objectError is the error of one object of a batch, "" when it was stored.
func objectError(r models.ObjectsGetResponse) string {
	if r.Result == nil || r.Result.Errors == nil || len(r.Result.Errors.Error) == 0 {
		return ""
	}
	var msgs []string
	for _, e := range r.Result.Errors.Error {
		msgs = append(msgs, e.Message)
	}
	return strings.Join(msgs, "; ")
}

// deleteWhere deletes the objects of class that w matches, as many
// rounds as the server's per-request limit needs.
func (s *Store) deleteWhere(ctx context.Context, class string, w *filters.WhereBuilder) error {
	for {
		res, err := s.c.Batch().ObjectsBatchDeleter().WithClassName(class).WithWhere(w).
			WithConsistencyLevel(writeLevel).WithOutput("minimal").Do(ctx)
		if err != nil {
			return classify("delete "+class+" objects", err)
		}
		if res.Results == nil || res.Results.Matches == 0 {
			return nil
		}
		if res.Results.Failed > 0 {
			return fmt.Errorf("delete %s objects: %d of %d failed", class, res.Results.Failed, res.Results.Matches)
		}
		if res.Results.Matches < res.Results.Limit {
			return nil
		}
	}
}
