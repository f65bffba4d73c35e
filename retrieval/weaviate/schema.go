package weaviate

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/go-openapi/strfmt"
	"github.com/google/uuid"
	"github.com/weaviate/weaviate/entities/models"

	"github.com/citebot/citebot/retrieval"
)

// Chunk and document properties.
const (
	pPath  = "path"  // document path (both classes); field-tokenised
	pHash  = "hash"  // content hash: of the chunk text, or of the document file
	pN     = "n"     // 1-based position of a chunk in its document
	pStart = "start" // byte span of a chunk
	pEnd   = "end"
	pLine  = "line"
	pMeta  = "meta"
	pSig   = "sig"   // hash of everything but the vector: an unchanged chunk is not sent again
	pTerms = "terms" // BM25 terms, space-separated; the only searchable property
	pText  = "text"  // chunk or document text; not indexed

	pTitle, pAuthor, pDate, pPublisher = "title", "author", "date", "publisher"
	pChunks, pBytes                    = "chunks", "bytes"

	// Each document object holds its word counts (pWords): the
	// occurrences of the folded words of its chunks
	// (retrieval.CountWords). Summed over the documents held they are the
	// corpus's vocabulary, which the Store reads questions against as the
	// in-process Index reads them against its own (vocab.go). Objects
	// written before the counts were kept have format 0 (pFormat), and
	// Documents lists them as changed, so that the next index job writes
	// them again.
	pWords  = "words"  // "word count" lines, sorted by word; stored only
	pFormat = "format" // docFormat for objects that hold their words
)

// docFormat is the pFormat of the document objects this Store writes.
const docFormat = 1

// ensureSchema creates the chunk and document classes unless they exist,
// and waits until both can be queried.
func (s *Store) ensureSchema(ctx context.Context) error {
	if err := s.createClasses(ctx); err != nil {
		return err
	}
	for _, class := range []string{s.chunk, s.doc} {
		if err := s.waitQueryable(ctx, class); err != nil {
			return err
		}
	}
	return nil
}

// waitQueryable waits (up to schemaWait, within ctx) until the node
// answers queries of class: a node of a cluster rebuilds its GraphQL
// schema a moment after a class is created, and until then a query of it
// fails with "Cannot query field".
func (s *Store) waitQueryable(ctx context.Context, class string) error {
	ctx, cancel := context.WithTimeout(ctx, schemaWait)
	defer cancel()
	for {
		_, err := s.count(ctx, class, nil)
		if err == nil || !strings.Contains(err.Error(), "Cannot query field") {
			return err
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("class %s: not queryable after it was created: %w", class, err)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// schemaWait bounds waitQueryable.
const schemaWait = 30 * time.Second

// createClasses creates the chunk and document classes unless they exist.
func (s *Store) createClasses(ctx context.Context) error {
	for _, cls := range []*models.Class{s.chunkClass(), s.docClass()} {
		ok, err := s.c.Schema().ClassExistenceChecker().WithClassName(cls.Class).Do(ctx)
		if err != nil {
			return classify("schema "+cls.Class, err)
		}
		if ok {
			if err := s.addProperties(ctx, cls); err != nil {
				return err
			}
			continue
		}
		if err := s.c.Schema().ClassCreator().WithClass(cls).Do(ctx); err != nil {
			// another process may have created it meanwhile
			if ok, err2 := s.c.Schema().ClassExistenceChecker().WithClassName(cls.Class).Do(ctx); err2 != nil || !ok {
				return classify("create class "+cls.Class, err)
			}
		}
	}
	return nil
}

// addProperties adds to an existing class the properties of cls that it
// lacks: those that a later version of this package added (pWords,
// pFormat), which the objects written before hold no value of.
func (s *Store) addProperties(ctx context.Context, cls *models.Class) error {
	have, err := s.c.Schema().ClassGetter().WithClassName(cls.Class).Do(ctx)
	if err != nil {
		return classify("schema "+cls.Class, err)
	}
	for _, p := range cls.Properties {
		if slices.ContainsFunc(have.Properties, func(h *models.Property) bool { return strings.EqualFold(h.Name, p.Name) }) {
			continue
		}
		if err := s.c.Schema().PropertyCreator().WithClassName(cls.Class).WithProperty(p).Do(ctx); err != nil {
			return classify("add property "+p.Name+" to "+cls.Class, err)
		}
	}
	return nil
}

func (s *Store) chunkClass() *models.Class {
	return &models.Class{
		Class: s.chunk, Vectorizer: "none",
		VectorIndexConfig: map[string]any{"distance": "cosine"},
		InvertedIndexConfig: &models.InvertedIndexConfig{
			Bm25:      &models.BM25Config{K1: float32(retrieval.DefaultBM25().K1), B: float32(retrieval.DefaultBM25().B)}, // as in process
			Stopwords: &models.StopwordConfig{Preset: "none"},
		},
		ReplicationConfig: &models.ReplicationConfig{Factor: int64(s.cfg.Replicas)},
		ShardingConfig:    map[string]any{"desiredCount": s.cfg.Shards},
		Properties: []*models.Property{
			keyProp(pPath), keyProp(pHash), keyProp(pSig),
			intProp(pN), intProp(pStart), intProp(pEnd), intProp(pLine),
			{Name: pMeta, DataType: []string{"boolean"}, IndexFilterable: ptr(false)},
			{Name: pTerms, DataType: []string{"text"}, Tokenization: models.PropertyTokenizationWhitespace,
				IndexSearchable: ptr(true), IndexFilterable: ptr(true)},
			storedProp(pText),
		},
	}
}

func (s *Store) docClass() *models.Class {
	return &models.Class{
		Class: s.doc, Vectorizer: "none",
		ReplicationConfig: &models.ReplicationConfig{Factor: int64(s.cfg.Replicas)},
		Properties: []*models.Property{
			keyProp(pPath), keyProp(pHash), storedProp(pText),
			storedProp(pTitle), storedProp(pAuthor), storedProp(pDate), storedProp(pPublisher),
			intProp(pChunks), intProp(pBytes), storedProp(pWords), intProp(pFormat),
		},
	}
}

// keyProp is a text property matched whole by filters, not searched.
func keyProp(name string) *models.Property {
	return &models.Property{Name: name, DataType: []string{"text"}, Tokenization: models.PropertyTokenizationField,
		IndexFilterable: ptr(true), IndexSearchable: ptr(false)}
}

// storedProp is a text property that is only stored.
func storedProp(name string) *models.Property {
	return &models.Property{Name: name, DataType: []string{"text"}, IndexFilterable: ptr(false), IndexSearchable: ptr(false)}
}

func intProp(name string) *models.Property {
	return &models.Property{Name: name, DataType: []string{"int"}, IndexFilterable: ptr(true)}
}

func ptr[T any](v T) *T { return &v }

// ids is the namespace of object IDs.
var ids = uuid.MustParse("3b1f0c52-8a4e-4d55-9c1e-6c1a9f2d7e41")

// docUUID is the object ID of the document at path.
func docUUID(path string) string { return uuid.NewSHA1(ids, []byte("doc\x00"+path)).String() }

// chunkUUID is the object ID of a chunk by its content key (path, chunk
// hash and, for a repeated text, the repetition), as the in-process index
// keys vectors: a chunk that moves within its document keeps its ID.
func chunkUUID(key string) string { return uuid.NewSHA1(ids, []byte("chunk\x00"+key)).String() }

func strfmtUUID(s string) strfmt.UUID { return strfmt.UUID(s) }

// Drop deletes the Store's two classes and everything in them.
func (s *Store) Drop(ctx context.Context) error {
	for _, c := range []string{s.chunk, s.doc} {
		if err := s.c.Schema().ClassDeleter().WithClassName(c).Do(ctx); err != nil {
			return classify("drop "+c, err)
		}
	}
	return nil
}
