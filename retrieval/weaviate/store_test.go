package weaviate_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/retrieval"
	"github.com/citebot/citebot/retrieval/retrievaltest"
	"github.com/citebot/citebot/retrieval/weaviate"
)

// urlEnv names a running Weaviate server or cluster, e.g.
// weaviate://127.0.0.1:8080?grpc=127.0.0.1:50051 (scripts/weaviate-cluster.sh
// prints it). Without it the server tests are skipped.
const urlEnv = "CITEBOT_WEAVIATE_URL"

// server returns the Config of the server urlEnv names, with a class
// prefix of its own that is dropped when t ends, or skips t.
func server(t testing.TB) weaviate.Config {
	t.Helper()
	u := os.Getenv(urlEnv)
	if u == "" {
		t.Skipf("%s is not set: no Weaviate server to test against (scripts/weaviate-cluster.sh start)", urlEnv)
	}
	cfg, err := weaviate.ParseURL(u)
	if err != nil {
		t.Fatal(err)
	}
	b := make([]byte, 6)
	rand.Read(b)
	cfg.Class = "T" + hex.EncodeToString(b)
	return cfg
}

// open opens a Store of cfg and drops its classes when t ends.
func open(t testing.TB, cfg weaviate.Config) *weaviate.Store {
	t.Helper()
	s, err := weaviate.Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Drop(context.Background()); err != nil {
			t.Logf("drop classes: %v", err)
		}
	})
	return s
}

// TestBackendSuite runs the backend behaviour suite against the server.
func TestBackendSuite(t *testing.T) {
	server(t)
	retrievaltest.RunBackendSuite(t, func(t *testing.T) retrieval.Backend {
		cfg := server(t)
		cfg.Embedder = retrieval.HashEmbedder(64)
		return open(t, cfg)
	})
}

func TestParseURL(t *testing.T) {
	cfg, err := weaviate.ParseURL("weaviate://10.0.0.1:8080?grpc=10.0.0.1:50052&class=Books&replicas=2")
	if err != nil || cfg.Host != "10.0.0.1:8080" || cfg.Scheme != "http" || cfg.GRPCHost != "10.0.0.1:50052" ||
		cfg.Class != "Books" || cfg.Replicas != 2 {
		t.Errorf("ParseURL = %+v, %v", cfg, err)
	}
	if cfg, err := weaviate.ParseURL("weaviates://db.example:443"); err != nil || cfg.Scheme != "https" || cfg.GRPCHost != "" {
		t.Errorf("https URL = %+v, %v", cfg, err)
	}
	for _, bad := range []string{"http://x:1", "weaviate://", "weaviate://x:1?replicas=0", "::"} {
		if _, err := weaviate.ParseURL(bad); err == nil {
			t.Errorf("ParseURL(%q) did not fail", bad)
		}
	}
}

// TestUnreachable: a server that is not there is ErrUnavailable.
func TestUnreachable(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	_, err := weaviate.Open(ctx, weaviate.Config{Host: "127.0.0.1:1"})
	if !errors.Is(err, weaviate.ErrUnavailable) || !errors.Is(err, citebot.ErrUnavailable) {
		t.Errorf("Open of a closed port: %v, want ErrUnavailable (and citebot.ErrUnavailable)", err)
	}
}
