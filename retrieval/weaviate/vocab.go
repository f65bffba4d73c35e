package weaviate

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/citebot/citebot/retrieval"
	"github.com/citebot/citebot/text/synonyms"
)

// wordsBatch is how many documents' word counts one query reads.
const wordsBatch = 100

// wordCounts returns the word counts of a document: those Sync counted
// (Document.Words), or else the folded words of its chunks counted now.
func wordCounts(d retrieval.Document) map[string]int {
	if d.Words != nil {
		return d.Words
	}
	counts := make(map[string]int)
	for _, c := range d.Chunks {
		retrieval.CountWords(counts, c.Text)
	}
	return counts
}

// encodeWords writes word counts as pWords holds them.
func encodeWords(counts map[string]int) string {
	var b strings.Builder
	for _, w := range slices.Sorted(maps.Keys(counts)) {
		b.WriteString(w)
		b.WriteByte(' ')
		b.WriteString(strconv.Itoa(counts[w]))
		b.WriteByte('\n')
	}
	return b.String()
}

// decodeWords reads the counts encodeWords wrote.
func decodeWords(s string) (map[string]int, error) {
	counts := make(map[string]int)
	for line := range strings.Lines(s) {
		w, n, ok := strings.Cut(strings.TrimSuffix(line, "\n"), " ")
		k, err := strconv.Atoi(n)
		if !ok || err != nil || w == "" || k < 0 {
			return nil, fmt.Errorf("bad word count %q", line)
		}
		counts[w] += k
	}
	return counts, nil
}

// vocabCache keeps the word counts of the documents read so far, by path,
// and the Vocabulary of the last catalog asked for.
type vocabCache struct {
	syn  *synonyms.Table
	mu   sync.Mutex
	docs map[string]docWords
	key  string // the catalog's digest that vocab is of
	cur  *retrieval.Vocabulary
}

// docWords is the word counts of one version of a document.
type docWords struct {
	hash   string
	counts map[string]int
}

// vocabulary returns the Vocabulary of the documents of the current
// catalog, reading the word counts of those it has not read yet. On error
// it returns the last Vocabulary made, or an empty one (which still reads
// chat forms), and the error.
func (s *Store) vocabulary(ctx context.Context) (*retrieval.Vocabulary, error) {
	v := &s.vocab
	cat, _, err := s.current(ctx, false)
	if err != nil {
		return v.last(), err
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.cur != nil && v.key == cat.key {
		return v.cur, nil
	}
	if err := s.readWords(ctx, cat); err != nil {
		if v.cur != nil {
			return v.cur, err
		}
		return retrieval.NewVocabulary(nil, v.syn), err
	}
	v.cur, v.key = retrieval.NewVocabulary(s.heldWords(cat, nil), v.syn), cat.key
	return v.cur, nil
}

// last returns the last Vocabulary made, or an empty one.
func (v *vocabCache) last() *retrieval.Vocabulary {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.cur != nil {
		return v.cur
	}
	return retrieval.NewVocabulary(nil, v.syn)
}

// heldWords sums the word counts read of the documents of cat, but for
// those at the paths of skip. The caller holds vocab.mu.
func (s *Store) heldWords(cat *catalog, skip map[string]bool) map[string]int {
	sum := make(map[string]int)
	for p, e := range cat.byPath {
		if d, ok := s.vocab.docs[p]; ok && d.hash == e.hash && !skip[p] {
			for w, n := range d.counts {
				sum[w] += n
			}
		}
	}
	return sum
}

// readWords reads the word counts of the documents of cat that the cache
// lacks, in batches, and forgets those of documents no longer held. The
// caller holds vocab.mu.
func (s *Store) readWords(ctx context.Context, cat *catalog) error {
	v := &s.vocab
	if v.docs == nil {
		v.docs = make(map[string]docWords)
	}
	var todo []string
	for p, e := range cat.byPath {
		if d, ok := v.docs[p]; (!ok || d.hash != e.hash) && e.format >= docFormat {
			todo = append(todo, p)
		}
	}
	for p := range v.docs {
		if _, ok := cat.byPath[p]; !ok {
			delete(v.docs, p)
		}
	}
	sort.Strings(todo)
	for i := 0; i < len(todo); i += wordsBatch {
		batch := todo[i:min(i+wordsBatch, len(todo))]
		gb := s.c.GraphQL().Get().WithWhere(anyText(pPath, batch...)).WithLimit(len(batch)).
			WithFields(fields(pPath, pHash, pWords)...)
		var objs []docObj
		if err := s.get(ctx, "read word counts", s.doc, gb, &objs); err != nil {
			return err
		}
		for _, o := range objs {
			counts, err := decodeWords(o.Words)
			if err != nil {
				return fmt.Errorf("read word counts of %s: %w", o.Path, err)
			}
			v.docs[o.Path] = docWords{hash: o.Hash, counts: counts}
		}
	}
	return nil
}

// HeldWords implements retrieval.WordCounter: the word counts of the
// documents held, but for those at the paths of skip.
func (s *Store) HeldWords(ctx context.Context, skip map[string]bool) (map[string]int, error) {
	cat, _, err := s.current(ctx, true)
	if err != nil {
		return nil, fmt.Errorf("held words: %w", err)
	}
	s.vocab.mu.Lock()
	defer s.vocab.mu.Unlock()
	if err := s.readWords(ctx, cat); err != nil {
		return nil, fmt.Errorf("held words: %w", err)
	}
	return s.heldWords(cat, skip), nil
}

// AnalyzeQuery implements retrieval.QueryAnalyzer against the words of
// the documents held (retrieval.Vocabulary.AnalyzeQuery). When they
// cannot be read it reads the question without them (logged).
func (s *Store) AnalyzeQuery(question string) ([]string, []float64) {
	ctx, cancel := s.libCtx()
	defer cancel()
	return s.vocabOrLog(ctx).AnalyzeQuery(question)
}

// Normalize implements bot.Normalizer against the words of the documents
// held (retrieval.Vocabulary.Normalize); when they cannot be read it
// returns the question as it is (logged).
func (s *Store) Normalize(question string) string {
	ctx, cancel := s.libCtx()
	defer cancel()
	return s.vocabOrLog(ctx).Normalize(question)
}

// vocabOrLog is vocabulary, logging its error.
func (s *Store) vocabOrLog(ctx context.Context) *retrieval.Vocabulary {
	v, err := s.vocabulary(ctx)
	if err != nil {
		s.cfg.Logger.Warn("weaviate: word counts not read; questions read without them", "err", err)
	}
	return v
}
