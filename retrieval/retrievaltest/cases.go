package retrievaltest

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/retrieval"
)

// cases are the behaviours of a backend, run in order.
var cases = []struct {
	name string
	run  func(t *testing.T, h *harness)
}{
	{"empty", testEmpty},
	{"add", testAdd},
	{"re-add unchanged", testUnchanged},
	{"change a document", testChange},
	{"delete a document", testDelete},
	{"move a document", testMove},
	{"search order", testSearchOrder},
	{"exact spans", testExactSpans},
	{"concurrent use", testConcurrent},
}

// testEmpty: a new backend holds nothing and finds nothing.
func testEmpty(t *testing.T, h *harness) {
	docs, err := h.b.Documents(context.Background())
	if err != nil || len(docs) != 0 {
		t.Errorf("Documents of an empty backend = %v, %v", docs, err)
	}
	if ps := h.search(t, "rivers", 5); len(ps) != 0 {
		t.Errorf("an empty backend found %+v", ps)
	}
	if s := h.b.Sources(); len(s) != 0 {
		t.Errorf("Sources of an empty backend = %+v", s)
	}
	if _, err := h.b.Text("a.txt"); !errors.Is(err, citebot.ErrNotFound) {
		t.Errorf("Text of an empty backend: %v, want ErrNotFound", err)
	}
}

// testAdd: the first sync sends and embeds everything, and the backend
// holds every document with its hash, text and chunks.
func testAdd(t *testing.T, h *harness) {
	rep := h.sync(t)
	if !slices.Equal(rep.Added, indexed) || len(rep.Changed)+len(rep.Removed)+rep.Unchanged != 0 {
		t.Fatalf("report %+v, want %v added", rep, indexed)
	}
	if len(rep.Skipped) != 1 || rep.Skipped[0].Path != "skip.bin" {
		t.Errorf("skipped %+v, want skip.bin", rep.Skipped)
	}
	docs, err := h.b.Documents(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	for _, p := range indexed {
		want[p] = sha(h.files[p].Data)
	}
	if !maps.Equal(docs, want) {
		t.Errorf("Documents = %v, want %v", docs, want)
	}
	chunks := 0
	srcs := h.b.Sources()
	for i, s := range srcs {
		chunks += s.Chunks
		if i < len(indexed) && s.Path != indexed[i] || s.ID == "" || s.Chunks == 0 {
			t.Errorf("source %d = %+v", i, s)
		}
	}
	if len(srcs) != len(indexed) || rep.Embedded != chunks || h.embedded.Load() != int64(chunks) {
		t.Errorf("%d sources, %d chunks, %d embedded (%d by the embedder)", len(srcs), chunks, rep.Embedded, h.embedded.Load())
	}
	if txt, err := h.b.Text("a.txt"); err != nil || txt != string(h.files["a.txt"].Data) {
		t.Errorf("Text(a.txt) is not the file: %v", err)
	}
	if s := h.b.Sources()[2]; s.Title != "Canals of the north" || s.Author != "Ann Writer" {
		t.Errorf("c.html metadata: %+v", s)
	}
	ps := h.search(t, "rivers committee budget", 3)
	if len(ps) == 0 || ps[0].Doc != "a.txt" {
		t.Fatalf("search for rivers: %+v", ps)
	}
	vecs, err := h.b.Vectors(context.Background(), []string{retrieval.ChunkHash(ps[0].Text), "no-such-hash"})
	if err != nil || len(vecs) != 1 || len(vecs[retrieval.ChunkHash(ps[0].Text)]) != 64 {
		t.Errorf("Vectors of a held chunk: %d vectors, %v", len(vecs), err)
	}
}

// testUnchanged: syncing the same corpus again sends and embeds nothing
// and changes no answer.
func testUnchanged(t *testing.T, h *harness) {
	h.sync(t)
	before := h.search(t, "bridges budget schedule", 5)
	n, embedded := h.b.count(), h.embedded.Load()
	rep := h.sync(t)
	if rep.Unchanged != len(indexed) || rep.Embedded != 0 || len(rep.Added)+len(rep.Changed)+len(rep.Removed) != 0 {
		t.Errorf("second sync re-did work: %+v", rep)
	}
	if u := h.b.since(n); len(u) != 0 {
		t.Errorf("second sync sent %+v", u)
	}
	if got := h.embedded.Load() - embedded; got != 0 {
		t.Errorf("second sync embedded %d texts", got)
	}
	if after := h.search(t, "bridges budget schedule", 5); !reflect.DeepEqual(before, after) {
		t.Errorf("answers changed:\n%+v\n%+v", before, after)
	}
}

// testChange: a changed document is sent again whole, only its new chunk
// texts are embedded, and searches see the new text, not the old.
func testChange(t *testing.T, h *harness) {
	h.sync(t)
	n, embedded := h.b.count(), h.embedded.Load()
	old := string(h.files["b.md"].Data)
	h.files["b.md"] = &fstest.MapFile{Data: []byte(strings.Replace(old, "session 2 ", "session two ", 1))}
	rep := h.sync(t)
	if !slices.Equal(rep.Changed, []string{"b.md"}) || rep.Unchanged != len(indexed)-1 || len(rep.Added)+len(rep.Removed) != 0 {
		t.Fatalf("report %+v, want b.md changed", rep)
	}
	if u := h.b.since(n); len(u) != 1 || !slices.Equal(u[0].put, []string{"b.md"}) || len(u[0].del) != 0 {
		t.Errorf("sent %+v, want b.md alone", u)
	}
	if got := h.embedded.Load() - embedded; rep.Embedded == 0 || int64(rep.Embedded) != got || rep.Embedded >= h.chunks(t, "b.md") {
		t.Errorf("embedded %d (%d by the embedder) of %d chunks; only the changed ones should be", rep.Embedded, got, h.chunks(t, "b.md"))
	}
	ps := h.search(t, "bridges session two", 1)
	if len(ps) != 1 || !strings.Contains(ps[0].Text, "session two") {
		t.Errorf("new text not found: %+v", ps)
	}
	for _, p := range h.search(t, "bridges committee session", 20) {
		if strings.Contains(p.Text, "bridges committee met for session 2 ") {
			t.Errorf("old text still found: %s", p.ID)
		}
	}
	checkExact(t, h.b, "after change", ps)
}

// testDelete: a document gone from the corpus is deleted, and nothing of
// it is found any more.
func testDelete(t *testing.T, h *harness) {
	h.sync(t)
	var cID string
	for _, s := range h.b.Sources() {
		if s.Path == "c.html" {
			cID = s.ID
		}
	}
	n := h.b.count()
	delete(h.files, "c.html")
	rep := h.sync(t)
	if !slices.Equal(rep.Removed, []string{"c.html"}) || rep.Embedded != 0 || len(rep.Added)+len(rep.Changed) != 0 {
		t.Fatalf("report %+v, want c.html removed", rep)
	}
	if u := h.b.since(n); len(u) != 1 || len(u[0].put) != 0 || !slices.Equal(u[0].del, []string{"c.html"}) {
		t.Errorf("sent %+v, want the deletion of c.html", u)
	}
	if docs, _ := h.b.Documents(context.Background()); len(docs) != len(indexed)-1 || docs["c.html"] != "" {
		t.Errorf("Documents = %v", docs)
	}
	for _, s := range h.b.Sources() {
		if s.Path == "c.html" {
			t.Errorf("deleted document still a source")
		}
	}
	if _, err := h.b.Text("c.html"); !errors.Is(err, citebot.ErrNotFound) {
		t.Errorf("Text(c.html): %v, want ErrNotFound", err)
	}
	if _, err := h.b.Chunk(cID + "#1"); !errors.Is(err, citebot.ErrNotFound) {
		t.Errorf("Chunk(%s#1): %v, want ErrNotFound", cID, err)
	}
	for _, p := range h.search(t, "canal barges locks coal", 20) {
		if p.Doc == "c.html" {
			t.Errorf("deleted document found: %s", p.ID)
		}
	}
	if ps, _ := h.b.FindQuote("last coal barge made its final trip", 3); len(ps) != 0 && ps[0].Doc == "c.html" {
		t.Errorf("quote found in a deleted document")
	}
}

// testMove: a document moved to another path is deleted and added, and
// its chunks keep their vectors.
func testMove(t *testing.T, h *harness) {
	h.sync(t)
	embedded := h.embedded.Load()
	h.files["notes/e.txt"] = h.files["notes/d.txt"]
	delete(h.files, "notes/d.txt")
	rep := h.sync(t)
	if !slices.Equal(rep.Added, []string{"notes/e.txt"}) || !slices.Equal(rep.Removed, []string{"notes/d.txt"}) {
		t.Fatalf("report %+v, want d.txt moved to e.txt", rep)
	}
	if rep.Embedded != 0 || h.embedded.Load() != embedded {
		t.Errorf("moved text embedded again: %d", rep.Embedded)
	}
	if ps := h.search(t, "harbours committee", 1); len(ps) != 1 || ps[0].Doc != "notes/e.txt" {
		t.Errorf("moved document not found: %+v", ps)
	}
}

// testSearchOrder: passages come best first, ranked 1, 2, ..., the same
// every time, a longer list extends a shorter one, and equal scores go in
// path order.
func testSearchOrder(t *testing.T, h *harness) {
	h.files["tie-1.txt"] = &fstest.MapFile{Data: []byte(prose("glaciers", 1))}
	h.files["tie-2.txt"] = &fstest.MapFile{Data: []byte(prose("glaciers", 1))}
	h.sync(t)
	for _, q := range []string{"rivers budget", "bridges session 3", "canal barges", "glaciers", "the of and", "zzqx"} {
		ps := h.search(t, q, 10)
		for i, p := range ps {
			if p.Rank != i+1 || i > 0 && p.Score > ps[i-1].Score {
				t.Errorf("%q: passage %d: rank %d, score %v after %v", q, i, p.Rank, p.Score, ps[max(0, i-1)].Score)
			}
		}
		if again := h.search(t, q, 10); !reflect.DeepEqual(ps, again) {
			t.Errorf("%q: answers differ between two searches", q)
		}
		if short := h.search(t, q, 3); !reflect.DeepEqual(short, ps[:min(3, len(ps))]) {
			t.Errorf("%q: the top 3 are not the first 3 of the top 10", q)
		}
	}
	ps := h.search(t, "glaciers committee", 2)
	if len(ps) != 2 || ps[0].Score != ps[1].Score || ps[0].Doc != "tie-1.txt" || ps[1].Doc != "tie-2.txt" {
		var got []string
		for _, p := range ps {
			got = append(got, fmt.Sprintf("%s %v", p.ID, p.Score))
		}
		t.Errorf("equal chunks: %v, want tie-1.txt then tie-2.txt at one score", got)
	}
	if ps := h.search(t, "glaciers", 0); len(ps) != 0 {
		t.Errorf("k = 0 gave %d passages", len(ps))
	}
	if ps, err := h.b.Hybrid(context.Background(), retrieval.Query{K: 5}); err != nil || len(ps) != 0 {
		t.Errorf("a query of nothing: %d passages, %v", len(ps), err)
	}
}

// testExactSpans: every passage, quote and chunk the backend gives is the
// exact bytes of its document.
func testExactSpans(t *testing.T, h *harness) {
	h.sync(t)
	for _, q := range []string{"rivers budget", "canal board locks", "coal barge museum", "harbours"} {
		ps := h.search(t, q, 10)
		checkExact(t, h.b, "search "+q, ps)
		for _, p := range ps {
			c, err := h.b.Chunk(p.ID)
			if err != nil || c.Passage.Text != p.Text || c.Passage.Start != p.Start {
				t.Errorf("Chunk(%s) = %+v, %v; search gave %d-%d", p.ID, c.Passage, err, p.Start, p.End)
			}
		}
	}
	for _, s := range h.b.Sources() {
		doc, _ := h.b.Text(s.Path)
		for n := 1; n <= s.Chunks; n++ {
			c, err := h.b.Chunk(fmt.Sprintf("%s#%d", s.ID, n))
			if err != nil {
				t.Fatalf("Chunk(%s#%d): %v", s.ID, n, err)
			}
			checkExact(t, h.b, "chunk", []citebot.Passage{c.Passage})
			if !strings.Contains(doc, c.Before+c.Passage.Text+c.After) {
				t.Errorf("Chunk(%s#%d): context is not contiguous text", s.ID, n)
			}
		}
	}
	for _, q := range []string{"THE LAST COAL BARGE made its final trip", "progress on rivers had been steady", "coal grain railways century"} {
		ps, err := h.b.FindQuote(q, 3)
		if err != nil || len(ps) == 0 {
			t.Errorf("FindQuote(%q) = %v, %v", q, ps, err)
		}
		checkExact(t, h.b, "quote "+q, ps)
	}
}

// testConcurrent: searches and library calls run while the corpus is
// synced again and again, and see whole states (run it with -race).
func testConcurrent(t *testing.T, h *harness) {
	h.sync(t)
	done := make(chan struct{})
	var started, wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		started.Add(1)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				searchOnce(t, h, i)
				if i == 0 {
					started.Done()
				}
				select {
				case <-done:
					return
				default:
				}
			}
		}()
	}
	started.Wait()
	for i := 0; i < 6; i++ {
		h.files["b.md"] = &fstest.MapFile{Data: []byte(prose(fmt.Sprintf("bridges%d", i), 3))}
		if i%2 == 0 {
			delete(h.files, "c.html")
		} else {
			h.files["c.html"] = &fstest.MapFile{Data: []byte(canals)}
		}
		h.sync(t)
	}
	close(done)
	wg.Wait()
	ps := h.search(t, "bridges5 committee", 5)
	if len(ps) == 0 || ps[0].Doc != "b.md" {
		t.Errorf("last change not found: %+v", ps)
	}
	checkExact(t, h.b, "after updates", ps)
}

// searchOnce is one round of a concurrent reader: a search, the chunks it
// found, the sources and a quote. A chunk may be gone by the time it is
// asked for, but a passage must be whole.
func searchOnce(t *testing.T, h *harness, i int) {
	q, err := retrieval.NewQuery(context.Background(), h.emb, []string{"bridges budget", "canal coal", "rivers"}[i%3], 5)
	if err != nil {
		t.Error(err)
		return
	}
	ps, err := h.b.Hybrid(context.Background(), q)
	if err != nil {
		t.Errorf("Hybrid during updates: %v", err)
		return
	}
	for j, p := range ps {
		if p.Rank != j+1 || p.End-p.Start != len(p.Text) || p.Source == nil || p.Source.Path != p.Doc {
			t.Errorf("passage during updates: %+v", p)
		}
		if _, err := h.b.Chunk(p.ID); err != nil && !errors.Is(err, citebot.ErrNotFound) {
			t.Errorf("Chunk(%s) during updates: %v", p.ID, err)
		}
	}
	_ = h.b.Sources()
	if _, err := h.b.FindQuote("progress on rivers had been steady", 2); err != nil {
		t.Errorf("FindQuote during updates: %v", err)
	}
}
