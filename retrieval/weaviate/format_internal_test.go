package weaviate

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/citebot/citebot/retrieval"
	wv "github.com/weaviate/weaviate-go-client/v5/weaviate"
	"github.com/weaviate/weaviate/entities/models"
)

// TestOldDocumentsWrittenAgain opens a Store on classes made before
// document objects held their word counts: Open adds the properties, a
// document object without its counts is listed as changed, left out of
// the vocabulary, and written again by the next Sync.
func TestOldDocumentsWrittenAgain(t *testing.T) {
	u := os.Getenv("CITEBOT_WEAVIATE_URL")
	if u == "" {
		t.Skip("CITEBOT_WEAVIATE_URL is not set: no Weaviate server to test against (scripts/weaviate-cluster.sh start)")
	}
	cfg, err := ParseURL(u)
	if err != nil {
		t.Fatal(err)
	}
	b := make([]byte, 6)
	rand.Read(b)
	cfg.Class = "T" + hex.EncodeToString(b)
	ctx := context.Background()
	oldClasses(t, cfg.withDefaults())
	s, err := Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Drop(context.Background()) })
	have, err := s.c.Schema().ClassGetter().WithClassName(s.doc).Do(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{pWords, pFormat} {
		if !slices.ContainsFunc(have.Properties, func(h *models.Property) bool { return h.Name == p }) {
			t.Errorf("Open did not add property %s to the existing class %s", p, s.doc)
		}
	}
	fsys := fstest.MapFS{
		"a.txt": {Data: []byte("The helicopters landed at Karachi. Helicopters again.\n")},
		"b.txt": {Data: []byte("Zanzibar cloves are traded in Moscow.\n")},
	}
	c := retrieval.Corpus{FS: fsys, Name: "two"}
	if _, err := retrieval.Sync(ctx, c, s, retrieval.Options{}); err != nil {
		t.Fatal(err)
	}
	// b.txt's object as an older Store wrote it
	if err := s.c.Data().Updater().WithMerge().WithClassName(s.doc).WithID(docUUID("b.txt")).
		WithProperties(map[string]any{pFormat: 0, pWords: ""}).Do(ctx); err != nil {
		t.Fatal(err)
	}
	docs, err := s.Documents(ctx)
	if err != nil || docs["b.txt"] != "" || docs["a.txt"] == "" {
		t.Fatalf("Documents = %v, %v; want b.txt listed with no hash, a.txt with its own", docs, err)
	}
	if terms, _ := s.AnalyzeQuery("zanzibr cloves"); slices.Contains(terms, "zanzibar") {
		t.Errorf("terms %v: the words of a document without counts were read", terms)
	}
	rep, err := retrieval.Sync(ctx, c, s, retrieval.Options{})
	if err != nil || !slices.Equal(rep.Changed, []string{"b.txt"}) {
		t.Fatalf("Sync: changed %v, %v; want b.txt written again", rep.Changed, err)
	}
	if terms, _ := s.AnalyzeQuery("zanzibr cloves"); !slices.Contains(terms, "zanzibar") {
		t.Errorf("terms %v after b.txt was written again: want the correction zanzibar", terms)
	}
}

// oldClasses creates the classes of cfg as they were before the document
// class had pWords and pFormat.
func oldClasses(t *testing.T, cfg Config) {
	t.Helper()
	c, err := wv.NewClient(wv.Config{Host: cfg.Host, Scheme: cfg.Scheme})
	if err != nil {
		t.Fatal(err)
	}
	s := &Store{c: c, cfg: cfg, chunk: cfg.Class + "Chunk", doc: cfg.Class + "Doc"}
	doc := s.docClass()
	doc.Properties = slices.DeleteFunc(doc.Properties, func(p *models.Property) bool { return p.Name == pWords || p.Name == pFormat })
	for _, cls := range []*models.Class{s.chunkClass(), doc} {
		if err := c.Schema().ClassCreator().WithClass(cls).Do(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	t.Cleanup(func() { s.Drop(context.Background()) })
}
