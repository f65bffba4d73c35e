// Package weaviate is a retrieval.Backend over a Weaviate server or
// cluster: a shared hybrid index that an indexing job fills (retrieval.Sync)
// and many bot replicas read.
//
// Each chunk is an object of the chunk class: its text, document path,
// byte span, line, position, content hash, vector, and its BM25 terms
// (retrieval.Chunk.Terms) joined by spaces in a whitespace-tokenised
// property, so that the server's BM25 ranks the stems citebot's own BM25
// ranks. Each document is an object of the document class (path, hash,
// text, metadata, chunk count, word counts), written only after all its
// chunks are stored: Documents lists only documents held completely, so
// an index job killed halfway is completed by the next run. Object IDs
// are UUIDv5 of the content keys, so writing a chunk again never
// duplicates it.
//
// Questions are read against the documents' word counts as the
// in-process Index reads them against its own vocabulary, and the
// server's BM25 and vector rankings are fused in the client as in
// process (Hybrid), so that both backends rank alike.
package weaviate

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/citebot/citebot/retrieval"
	"github.com/citebot/citebot/text/synonyms"
	wv "github.com/weaviate/weaviate-go-client/v5/weaviate"
	"github.com/weaviate/weaviate-go-client/v5/weaviate/auth"
	"github.com/weaviate/weaviate-go-client/v5/weaviate/grpc"
)

// Config says which server to use and how. The zero value of every field
// but Host is useful.
type Config struct {
	Host   string // host:port of the REST API, e.g. "127.0.0.1:8080"
	Scheme string // "http" (the default) or "https"
	// GRPCHost is host:port of the gRPC API (batch writes go through it);
	// "" means Host's host with port 50051.
	GRPCHost string
	APIKey   string // "" means no authentication
	// Class prefixes the two class names: <Class>Chunk and <Class>Doc.
	// "" means "Citebot". It must start with an upper-case letter.
	Class string
	// Replicas is the replication factor of classes this Store creates;
	// 0 means 1. Existing classes are used as they are.
	Replicas int
	// Shards is the number of shards of the chunk class this Store
	// creates; 0 means 1. Weaviate keeps BM25 statistics per shard, so
	// with more than one shard equal texts in different shards may score
	// differently: one shard (replicated) ranks exactly as the server's
	// BM25 over the whole corpus.
	Shards int
	// Embedder embeds questions for Search; it must be the one chunks
	// were embedded with. The zero value means retrieval.HashEmbedder(retrieval.DefaultDim).
	Embedder retrieval.Embedder
	// Synonyms relate the words of questions to words the corpus has, as
	// the in-process Index relates them; nil means synonyms.Load().
	Synonyms *synonyms.Table
	// Timeout bounds each request of the citebot.Library methods, which
	// take no context; 0 means 30 s.
	Timeout time.Duration
	// MaxAge is how long the list of documents is cached before it is read
	// again (an Update of this Store refreshes it at once); 0 means 10 s.
	MaxAge time.Duration
	Logger *slog.Logger // nil means slog.Default()
}

// ParseURL reads a store URL: weaviate://host:port (http) or
// weaviates://host:port (https), with optional query parameters grpc
// (host:port), class (the class prefix), replicas and shards (numbers).
func ParseURL(s string) (Config, error) {
	u, err := url.Parse(s)
	if err != nil {
		return Config{}, fmt.Errorf("store %q: %w", s, err)
	}
	var cfg Config
	switch u.Scheme {
	case "weaviate":
		cfg.Scheme = "http"
	case "weaviates":
		cfg.Scheme = "https"
	default:
		return Config{}, fmt.Errorf("store %q: want weaviate://host:port", s)
	}
	if u.Host == "" {
		return Config{}, fmt.Errorf("store %q: no host", s)
	}
	cfg.Host = u.Host
	q := u.Query()
	cfg.GRPCHost, cfg.Class = q.Get("grpc"), q.Get("class")
	for name, v := range map[string]*int{"replicas": &cfg.Replicas, "shards": &cfg.Shards} {
		if r := q.Get(name); r != "" {
			if *v, err = strconv.Atoi(r); err != nil || *v < 1 {
				return Config{}, fmt.Errorf("store %q: %s must be a positive number", s, name)
			}
		}
	}
	return cfg, nil
}

// Store is a retrieval.Backend over a Weaviate server; it also implements
// citebot.Retriever (Search), retrieval.QueryAnalyzer,
// retrieval.WordCounter, bot.TermWeigher, bot.DocFreqer and
// bot.Normalizer. It is safe for concurrent use. Several Stores (in several processes) may read one
// index; only one job at a time should Update it.
type Store struct {
	c       *wv.Client
	cfg     Config
	chunk   string // class names
	doc     string
	upd     sync.Mutex // serialises Updates
	cat     catalogCache
	weights termCache
	texts   textCache
	vocab   vocabCache
}

// Open connects to the server cfg names, waits until it is ready (within
// ctx) and creates the two classes if they do not exist. It fails with an
// error wrapping ErrUnavailable when the server cannot be reached.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	cfg = cfg.withDefaults()
	wcfg := wv.Config{Host: cfg.Host, Scheme: cfg.Scheme, Timeout: cfg.Timeout,
		GrpcConfig: &grpc.Config{Host: cfg.GRPCHost, Secured: cfg.Scheme == "https"}}
	if cfg.APIKey != "" {
		wcfg.AuthConfig = auth.ApiKey{Value: cfg.APIKey}
	}
	c, err := wv.NewClient(wcfg)
	if err != nil {
		return nil, classify("connect", err)
	}
	s := &Store{c: c, cfg: cfg, chunk: cfg.Class + "Chunk", doc: cfg.Class + "Doc"}
	s.cat.maxAge = cfg.MaxAge
	if s.vocab.syn = cfg.Synonyms; s.vocab.syn == nil {
		if s.vocab.syn, err = synonyms.Load(); err != nil {
			return nil, fmt.Errorf("load synonyms: %w", err)
		}
	}
	ready, err := c.Misc().ReadyChecker().Do(ctx)
	if err != nil || !ready {
		return nil, classify("ready", errOr(err, "server not ready"))
	}
	if err := s.ensureSchema(ctx); err != nil {
		return nil, err
	}
	return s, nil
}

func (cfg Config) withDefaults() Config {
	if cfg.Scheme == "" {
		cfg.Scheme = "http"
	}
	if cfg.GRPCHost == "" {
		host := cfg.Host
		if i := strings.LastIndexByte(host, ':'); i >= 0 {
			host = host[:i]
		}
		cfg.GRPCHost = host + ":50051"
	}
	if cfg.Class == "" {
		cfg.Class = "Citebot"
	}
	if cfg.Replicas <= 0 {
		cfg.Replicas = 1
	}
	if cfg.Embedder.Embed == nil {
		cfg.Embedder = retrieval.HashEmbedder(retrieval.DefaultDim)
	}
	if cfg.Shards <= 0 {
		cfg.Shards = 1
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 30 * time.Second
	}
	if cfg.MaxAge <= 0 {
		cfg.MaxAge = 10 * time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	return cfg
}

func errOr(err error, msg string) error {
	if err != nil {
		return err
	}
	return errors.New(msg)
}

// libCtx is the context of a citebot.Library call, which has none.
func (s *Store) libCtx() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), s.cfg.Timeout)
}
