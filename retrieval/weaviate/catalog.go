package weaviate

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/retrieval"
)

// catalog is the list of documents held completely, without their texts.
type catalog struct {
	srcs   []citebot.Source // in path order
	byPath map[string]entry
	byID   map[string]entry
	chunks int    // all chunks of all documents
	key    string // digest of the documents' paths and hashes
	at     time.Time
}

// entry is one document of a catalog.
type entry struct {
	src    *citebot.Source
	hash   string
	format int // pFormat
}

// catalogCache holds the last catalog read. Reads of the catalog by
// Library calls reuse it for maxAge.
type catalogCache struct {
	maxAge time.Duration
	load   sync.Mutex // one load at a time
	mu     sync.Mutex
	cur    *catalog
	gen    int // counts loads
}

// current returns the cached catalog, or reads it again when it is
// older than maxAge or fresh is set. On error it returns the cached one
// (or an empty one) with the error.
func (s *Store) current(ctx context.Context, fresh bool) (*catalog, int, error) {
	c := &s.cat
	c.mu.Lock()
	cur, gen := c.cur, c.gen
	c.mu.Unlock()
	if !fresh && cur != nil && time.Since(cur.at) < c.maxAge {
		return cur, gen, nil
	}
	c.load.Lock()
	defer c.load.Unlock()
	c.mu.Lock()
	if c.gen != gen && !fresh { // another caller loaded it meanwhile
		cur, gen = c.cur, c.gen
		c.mu.Unlock()
		return cur, gen, nil
	}
	c.mu.Unlock()
	cat, err := s.loadCatalog(ctx)
	if err != nil {
		if cur == nil {
			cur = newCatalog(nil)
		}
		return cur, gen, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.cur = cat
	c.gen++
	return c.cur, c.gen, nil
}

// loadCatalog reads every document object but its text, a page at a time.
func (s *Store) loadCatalog(ctx context.Context) (*catalog, error) {
	const page = 1000
	var all []docObj
	after := ""
	for {
		gb := s.c.GraphQL().Get().WithLimit(page).
			WithFields(fields(pPath, pHash, pTitle, pAuthor, pDate, pPublisher, pChunks, pBytes, pFormat, "_additional", "id")...)
		if after != "" {
			gb = gb.WithAfter(after)
		}
		var objs []docObj
		if err := s.get(ctx, "list documents", s.doc, gb, &objs); err != nil {
			return nil, err
		}
		all = append(all, objs...)
		if len(objs) < page {
			return newCatalog(all), nil
		}
		after = objs[len(objs)-1].Additional.ID
	}
}

// newCatalog makes a catalog of document objects; doc IDs are assigned
// as the in-process index assigns them.
func newCatalog(objs []docObj) *catalog {
	sort.Slice(objs, func(i, j int) bool { return objs[i].Path < objs[j].Path })
	paths := make([]string, len(objs))
	for i, o := range objs {
		paths[i] = o.Path
	}
	idOf := retrieval.DocIDs(paths)
	c := &catalog{srcs: make([]citebot.Source, len(objs)), byPath: make(map[string]entry, len(objs)),
		byID: make(map[string]entry, len(objs)), at: time.Now()}
	h := sha256.New()
	for i, o := range objs {
		c.srcs[i] = citebot.Source{ID: idOf[o.Path], Path: o.Path, Title: o.Title, Author: o.Author,
			Date: o.Date, Publisher: o.Publisher, Chunks: o.Chunks, Bytes: o.Bytes}
		e := entry{src: &c.srcs[i], hash: o.Hash, format: o.Format}
		c.byPath[o.Path], c.byID[c.srcs[i].ID] = e, e
		c.chunks += o.Chunks
		fmt.Fprintf(h, "%s\x00%s\x00%d\x00", o.Path, o.Hash, o.Format)
	}
	c.key = hex.EncodeToString(h.Sum(nil))
	return c
}

// IndexesTerms implements retrieval.TermIndexer: Weaviate searches the
// chunks' analysed terms, so Sync must send them.
func (s *Store) IndexesTerms() bool { return true }

// Documents implements retrieval.Backend: it reads the document objects,
// which are written only after all their chunks. A document written
// before its object held its word counts (pFormat) is listed with hash
// "", as changed, so that Sync writes it again.
func (s *Store) Documents(ctx context.Context) (map[string]string, error) {
	cat, _, err := s.current(ctx, true)
	if err != nil {
		return nil, fmt.Errorf("documents: %w", err)
	}
	out := make(map[string]string, len(cat.byPath))
	for p, e := range cat.byPath {
		if out[p] = e.hash; e.format < docFormat {
			out[p] = ""
		}
	}
	return out, nil
}

// libCatalog is the catalog for a Library call: on error, the last one
// read (logged).
func (s *Store) libCatalog() *catalog {
	ctx, cancel := s.libCtx()
	defer cancel()
	cat, _, err := s.current(ctx, false)
	if err != nil {
		s.cfg.Logger.Warn("weaviate: documents not read", "err", err)
	}
	return cat
}

// Sources implements citebot.Library: the documents in path order. When
// the server cannot be reached it returns the last list read.
func (s *Store) Sources() []citebot.Source {
	return append([]citebot.Source(nil), s.libCatalog().srcs...)
}

// textCache keeps the texts of recently read documents, by path and hash.
type textCache struct {
	mu    sync.Mutex
	texts map[string]string
	order []string
}

const textCacheSize = 64

func (c *textCache) get(key string) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	t, ok := c.texts[key]
	return t, ok
}

func (c *textCache) put(key, text string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.texts == nil {
		c.texts = make(map[string]string)
	}
	if _, ok := c.texts[key]; ok {
		return
	}
	if len(c.order) >= textCacheSize {
		delete(c.texts, c.order[0])
		c.order = c.order[1:]
	}
	c.texts[key] = text
	c.order = append(c.order, key)
}
