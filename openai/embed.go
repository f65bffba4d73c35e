package openai

import (
	"context"
	"crypto/sha256"
	"fmt"
	"sync"
	"time"

	"github.com/citebot/citebot"
	goopenai "github.com/sashabaranov/go-openai"
)

// EmbedOptions tune an Embedder. The zero value is 128 inputs per request,
// 4 requests in flight, 2 minutes per request and a 100,000-vector
// in-memory cache.
type EmbedOptions struct {
	// BatchSize is how many inputs one request carries.
	BatchSize int
	// Concurrency is how many requests may be in flight at once.
	Concurrency int
	// RequestTimeout bounds each request, retries included.
	RequestTimeout time.Duration
	// Cache keeps vectors by (model, text hash); nil means a new
	// MemoryCache of 100,000 vectors.
	Cache Cache
}

func (o EmbedOptions) withDefaults() EmbedOptions {
	if o.BatchSize <= 0 {
		o.BatchSize = 128
	}
	if o.Concurrency <= 0 {
		o.Concurrency = 4
	}
	if o.RequestTimeout <= 0 {
		o.RequestTimeout = 2 * time.Minute
	}
	if o.Cache == nil {
		o.Cache = NewMemoryCache(100_000)
	}
	return o
}

// Embedder embeds texts with an OpenAI-compatible /embeddings endpoint:
// many inputs per request, a bounded number of requests in flight, results
// in input order, and a cache so that text it has embedded before costs no
// request. It is safe for concurrent use.
type Embedder struct {
	api   *goopenai.Client
	model string
	key   string
	opts  EmbedOptions

	mu  sync.Mutex
	dim int // zero until the first vector is seen
}

// NewEmbedder returns an Embedder for cfg.Model at cfg.BaseURL.
func NewEmbedder(cfg Config, opts EmbedOptions) *Embedder {
	return &Embedder{api: newAPI(cfg), model: cfg.Model, key: cfg.APIKey, opts: opts.withDefaults()}
}

// Name is "openai:" and the model name; an index records it.
func (e *Embedder) Name() string { return "openai:" + e.model }

// dimProbe is the text embedded to learn the dimension.
const dimProbe = "citebot dimension probe"

// Dim returns the dimension of the model's vectors. The first call (unless
// Embed ran before) embeds one short probe text; later calls, and the
// cache, make it free.
func (e *Embedder) Dim(ctx context.Context) (int, error) {
	e.mu.Lock()
	d := e.dim
	e.mu.Unlock()
	if d != 0 {
		return d, nil
	}
	vs, err := e.Embed(ctx, []string{dimProbe})
	if err != nil {
		return 0, err
	}
	return len(vs[0]), nil
}

// Embed returns one vector per text, in order. Identical texts and cached
// texts are embedded once. Every vector has the same dimension: a server
// answering with another one than it did before is an error wrapping
// citebot.ErrBadResponse, and so is a response with missing vectors. Failures
// are *Error values, as for Client.Complete.
func (e *Embedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, len(texts))
	where := map[string][]int{} // text → positions still to fill
	var todo []string
	for i, t := range texts {
		if v, ok := e.opts.Cache.Get(e.key32(t)); ok {
			out[i] = v
			continue
		}
		if _, seen := where[t]; !seen {
			todo = append(todo, t)
		}
		where[t] = append(where[t], i)
	}
	vecs, err := e.embedAll(ctx, todo)
	if err != nil {
		return nil, err
	}
	for j, t := range todo {
		for n, i := range where[t] {
			if n == 0 {
				out[i] = vecs[j]
			} else {
				out[i] = append([]float32(nil), vecs[j]...)
			}
		}
	}
	return out, nil
}

// key32 is the cache key of a text: SHA-256 of the model and the text.
func (e *Embedder) key32(text string) [32]byte {
	h := sha256.New()
	h.Write([]byte(e.model))
	h.Write([]byte{0})
	h.Write([]byte(text))
	var k [32]byte
	h.Sum(k[:0])
	return k
}

// embedAll embeds texts in batches, Concurrency at a time; the first
// failure cancels the rest.
func (e *Embedder) embedAll(ctx context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, len(texts))
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	sem := make(chan struct{}, e.opts.Concurrency)
	var wg sync.WaitGroup
	var once sync.Once
	var first error
	for i := 0; i < len(texts); i += e.opts.BatchSize {
		j := min(i+e.opts.BatchSize, len(texts))
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
		}
		if ctx.Err() != nil {
			break
		}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			if err := e.batch(ctx, texts[i:j], out[i:j]); err != nil {
				once.Do(func() { first = err; cancel() })
			}
		}()
	}
	wg.Wait()
	if first == nil && ctx.Err() != nil {
		first = classify(ctx, "embeddings", ctx.Err(), e.scrub)
	}
	return out, first
}

// batch embeds one request's worth of texts into out and the cache.
func (e *Embedder) batch(ctx context.Context, texts []string, out [][]float32) error {
	ctx, cancel := context.WithTimeout(ctx, e.opts.RequestTimeout)
	defer cancel()
	input := make([]string, len(texts))
	for i, t := range texts {
		input[i] = t
		if t == "" {
			input[i] = " " // servers reject empty inputs
		}
	}
	resp, err := e.api.CreateEmbeddings(ctx, goopenai.EmbeddingRequestStrings{Input: input, Model: goopenai.EmbeddingModel(e.model)})
	if err != nil {
		return classify(ctx, "embeddings", err, e.scrub)
	}
	if len(resp.Data) != len(texts) {
		return e.bad("%d vectors for %d inputs", len(resp.Data), len(texts))
	}
	for _, d := range resp.Data {
		if d.Index < 0 || d.Index >= len(out) || out[d.Index] != nil {
			return e.bad("bad or repeated index %d", d.Index)
		}
		if err := e.checkDim(len(d.Embedding)); err != nil {
			return err
		}
		out[d.Index] = d.Embedding
	}
	for i, t := range texts {
		e.opts.Cache.Put(e.key32(t), out[i])
	}
	return nil
}

// checkDim records the dimension of the first vector and rejects others.
func (e *Embedder) checkDim(n int) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	if n == 0 {
		return e.bad("empty vector")
	}
	if e.dim == 0 {
		e.dim = n
	}
	if n != e.dim {
		return e.bad("vector of %d dimensions, want %d", n, e.dim)
	}
	return nil
}

func (e *Embedder) bad(format string, args ...any) error {
	return &Error{Op: "embeddings", Msg: "malformed response: " + fmt.Sprintf(format, args...), kind: citebot.ErrBadResponse}
}

func (e *Embedder) scrub(s string) string { return scrubKey(s, e.key) }

// Cache keeps embedding vectors by key. Implementations must be safe for
// concurrent use and must not keep or hand out slices their callers own:
// Put copies, Get returns a copy.
type Cache interface {
	Get(key [32]byte) ([]float32, bool)
	Put(key [32]byte, v []float32)
}

// MemoryCache is an in-memory Cache holding at most a fixed number of
// vectors; once full it keeps what it has. It is safe for concurrent use.
type MemoryCache struct {
	mu  sync.RWMutex
	max int
	m   map[[32]byte][]float32
}

// NewMemoryCache returns a MemoryCache of at most max vectors.
func NewMemoryCache(max int) *MemoryCache {
	return &MemoryCache{max: max, m: map[[32]byte][]float32{}}
}

// Get implements Cache.
func (c *MemoryCache) Get(key [32]byte) ([]float32, bool) {
	c.mu.RLock()
	v, ok := c.m[key]
	c.mu.RUnlock()
	if !ok {
		return nil, false
	}
	return append([]float32(nil), v...), true
}

// Put implements Cache.
func (c *MemoryCache) Put(key [32]byte, v []float32) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.m[key]; ok || len(c.m) >= c.max {
		return
	}
	c.m[key] = append([]float32(nil), v...)
}

// Len returns how many vectors c holds.
func (c *MemoryCache) Len() int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return len(c.m)
}
