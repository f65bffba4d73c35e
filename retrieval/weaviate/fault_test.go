package weaviate_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/citebot/citebot/retrieval"
	"github.com/citebot/citebot/retrieval/weaviate"
)

// bigCorpus has n documents of several chunks each.
func bigCorpus(n int) fstest.MapFS {
	fs := fstest.MapFS{}
	for i := 0; i < n; i++ {
		var b strings.Builder
		for p := 0; p < 12; p++ {
			fmt.Fprintf(&b, "Report %d, part %d: the committee on topic%d met and agreed on the budget of item%d, "+
				"the schedule of works and the staff needed before the winter of %d.\n\n", i, p, i, p, 1900+i)
		}
		fs[fmt.Sprintf("doc%03d.txt", i)] = &fstest.MapFile{Data: []byte(b.String())}
	}
	return fs
}

// cancelAfter is a Backend whose Update's context is cancelled once the
// first documents are listed as held, as if the job were killed halfway.
type cancelAfter struct {
	*weaviate.Store
}

func (c cancelAfter) Update(ctx context.Context, put []retrieval.Document, del []string) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- c.Store.Update(ctx, put, del) }()
	for {
		select {
		case err := <-done:
			return err
		default:
		}
		if docs, err := c.Store.Documents(context.Background()); err == nil && len(docs) > 0 {
			cancel()
			return <-done
		}
	}
}

// TestInterruptedIndex: an index job stopped halfway leaves only complete
// documents listed; the next run completes it, and nothing is duplicated.
func TestInterruptedIndex(t *testing.T) {
	cfg := server(t)
	s := open(t, cfg)
	ctx := context.Background()
	c := retrieval.Corpus{FS: bigCorpus(300), Name: "big"}
	_, err := retrieval.Sync(ctx, c, cancelAfter{s}, retrieval.Options{})
	if err == nil {
		t.Fatal("the interrupted job did not fail")
	}
	held, err := s.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(held) == 0 || len(held) >= len(c.FS.(fstest.MapFS)) {
		t.Fatalf("%d documents held after the interruption, want some", len(held))
	}
	for _, src := range s.Sources() {
		for n := 1; n <= src.Chunks; n++ {
			if _, err := s.Chunk(fmt.Sprintf("%s#%d", src.ID, n)); err != nil {
				t.Fatalf("listed document %s is not complete: %v", src.Path, err)
			}
		}
	}
	rep, err := retrieval.Sync(ctx, c, s, retrieval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// a batch in flight when the job stopped may still land on the server,
	// so more documents may be held by now than were listed then
	if rep.Unchanged < len(held) || rep.Unchanged+len(rep.Added) != 300 || len(rep.Added) == 0 {
		t.Errorf("second run: %d unchanged, %d added; %d were held", rep.Unchanged, len(rep.Added), len(held))
	}
	chunks, docs, err := s.Count(ctx)
	want := 0
	for _, src := range s.Sources() {
		want += src.Chunks
	}
	if err != nil || docs != 300 || chunks != want {
		t.Errorf("after the second run: %d chunk and %d document objects (%v), want %d and 300", chunks, docs, err, want)
	}
	t.Logf("interrupted after %d of 300 documents; completed with %d chunks", len(held), chunks)
}

// proxy forwards TCP connections to target until closed.
type proxy struct {
	ln     net.Listener
	target string
	mu     sync.Mutex
	conns  []net.Conn
}

func newProxy(t *testing.T, addr, target string) *proxy {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{ln: ln, target: target}
	go p.serve()
	t.Cleanup(p.close)
	return p
}

func (p *proxy) serve() {
	for {
		in, err := p.ln.Accept()
		if err != nil {
			return
		}
		out, err := net.Dial("tcp", p.target)
		if err != nil {
			in.Close()
			continue
		}
		p.mu.Lock()
		p.conns = append(p.conns, in, out)
		p.mu.Unlock()
		go func() { io.Copy(out, in); out.Close() }()
		go func() { io.Copy(in, out); in.Close() }()
	}
}

func (p *proxy) close() {
	p.ln.Close()
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

// TestClusterDown: when the server cannot be reached, searches and
// Documents fail with ErrUnavailable, the library keeps the last list of
// sources, and all works again once the server is back.
func TestClusterDown(t *testing.T) {
	cfg := server(t)
	direct := open(t, cfg) // creates (and later drops) the classes
	p := newProxy(t, "127.0.0.1:0", cfg.Host)
	cfg.Host = p.ln.Addr().String()
	s, err := weaviate.Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	c := retrieval.Corpus{FS: bigCorpus(3), Name: "small"}
	if _, err := retrieval.Sync(ctx, c, s, retrieval.Options{}); err != nil {
		t.Fatal(err)
	}
	if ps, err := s.Search(ctx, "committee topic1 budget", 3); err != nil || len(ps) == 0 {
		t.Fatalf("search before: %v, %v", ps, err)
	}
	p.close()
	if _, err := s.Search(ctx, "committee topic1 budget", 3); !errors.Is(err, weaviate.ErrUnavailable) {
		t.Errorf("search with the server down: %v, want ErrUnavailable", err)
	}
	if _, err := s.Documents(ctx); !errors.Is(err, weaviate.ErrUnavailable) {
		t.Errorf("Documents with the server down: %v, want ErrUnavailable", err)
	}
	if n := len(s.Sources()); n != 3 {
		t.Errorf("Sources with the server down: %d, want the 3 last read", n)
	}
	newProxy(t, cfg.Host, p.target)
	if ps, err := s.Search(ctx, "committee topic1 budget", 3); err != nil || len(ps) == 0 {
		t.Errorf("search after the server is back: %v, %v", ps, err)
	}
	_ = direct
}

// killEnv is a shell command that, given a node number (node<N> is its
// name), kills that node of the cluster:
// "scripts/weaviate-cluster.sh kill-node" (run from the repository root).
const killEnv = "CITEBOT_WEAVIATE_KILL_NODE"

// TestNodeKilledDuringQueries: with replication factor 2, every object
// reaches both replicas, and searches go on while a node that holds a
// replica of the chunks (not the one the URL names) is killed, each
// answering from the document it answered from before the kill. The
// chunks of a document of bigCorpus match its query equally (the same
// words as often, the same length), so which of them comes first rests on
// the last digits of the vector scores, which the two replicas' HNSW
// graphs may give apart: CI saw "doc027#3" take the place of "doc027#2"
// in 3 of 200 searches, both of doc027.
func TestNodeKilledDuringQueries(t *testing.T) {
	cfg := server(t)
	kill := os.Getenv(killEnv)
	if kill == "" || cfg.Replicas < 2 {
		t.Skipf("%s is not set or the URL asks no replication: no node to kill", killEnv)
	}
	s := open(t, cfg)
	ctx := context.Background()
	if _, err := retrieval.Sync(ctx, retrieval.Corpus{FS: bigCorpus(60), Name: "kill"}, s, retrieval.Options{}); err != nil {
		t.Fatal(err)
	}
	replicasHold(t, cfg, cfg.Class+"Chunk", cfg.Class+"Doc")
	query := func(i int) string { return fmt.Sprintf("committee topic%d budget", i%60) }
	want := make([]string, 60)
	for i := range want {
		ps, err := s.Search(ctx, query(i), 5)
		if err != nil || len(ps) == 0 {
			t.Fatalf("search %d before the kill: %v, %v", i, ps, err)
		}
		want[i] = ps[0].Doc
	}
	victim := chunkHolder(t, cfg, cfg.Class+"Chunk")
	cmd := exec.Command("sh", "-c", kill+" "+victim)
	cmd.Dir = "../.."
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s %s: %v\n%s", kill, victim, err, out)
	}
	t.Logf("killed node%s", victim)
	failed := 0
	for i := 0; i < 200; i++ {
		ps, err := s.Search(ctx, query(i), 5)
		if err == nil && (len(ps) == 0 || ps[0].Doc != want[i%60]) {
			err = fmt.Errorf("top passage %v, want one of %s as before the kill", ps, want[i%60])
		}
		if err != nil {
			failed++
			t.Logf("search %d after the kill: %v", i, err)
		}
	}
	if failed > 0 {
		t.Errorf("%d of 200 searches failed or changed after a node was killed", failed)
	}
}

// replicasHold fails t unless every object of each class in classes is
// held by cfg.Replicas nodes: it reads each object from each node's own
// replica (node_name), as the cluster's node status lists the nodes.
func replicasHold(t *testing.T, cfg weaviate.Config, classes ...string) {
	t.Helper()
	var st struct{ Nodes []struct{ Name string } }
	getJSON(t, "http://"+cfg.Host+"/v1/nodes", &st)
	for _, class := range classes {
		var list struct{ Objects []struct{ ID string } }
		getJSON(t, "http://"+cfg.Host+"/v1/objects?limit=10000&class="+class, &list)
		short := 0
		for _, o := range list.Objects {
			held := 0
			for _, n := range st.Nodes {
				resp, err := http.Get("http://" + cfg.Host + "/v1/objects/" + class + "/" + o.ID + "?node_name=" + n.Name)
				if err != nil {
					t.Fatal(err)
				}
				resp.Body.Close()
				if resp.StatusCode == http.StatusOK {
					held++
				}
			}
			if held != cfg.Replicas {
				short++
			}
		}
		t.Logf("%s: %d objects on %d nodes, %d not on %d replicas", class, len(list.Objects), len(st.Nodes), short, cfg.Replicas)
		if short > 0 {
			t.Errorf("%s: %d of %d objects are not held by %d replicas", class, short, len(list.Objects), cfg.Replicas)
		}
	}
}

// chunkHolder returns the number of a node that holds a replica of class
// and is not node0, the node the URL of scripts/weaviate-cluster.sh names.
func chunkHolder(t *testing.T, cfg weaviate.Config, class string) string {
	t.Helper()
	var st struct {
		Nodes []struct {
			Name   string
			Shards []struct{ Class string }
		}
	}
	getJSON(t, "http://"+cfg.Host+"/v1/nodes?output=verbose", &st)
	for _, n := range st.Nodes {
		for _, sh := range n.Shards {
			if sh.Class == class && n.Name != "node0" && strings.HasPrefix(n.Name, "node") {
				return strings.TrimPrefix(n.Name, "node")
			}
		}
	}
	t.Fatalf("no node but node0 holds %s: %+v", class, st.Nodes)
	return ""
}

func getJSON(t *testing.T, url string, v any) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatalf("%s: %v", url, err)
	}
}
