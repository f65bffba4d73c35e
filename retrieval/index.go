package retrieval

import (
	"context"
	"errors"

	"github.com/citebot/citebot/bot"
)

// Index is a searchable index of a corpus. It is safe for concurrent use.
type Index struct{}

// Open loads the index of c from opts.DataDir, brings it up to date with
// the corpus (documents whose content is unchanged are not embedded again)
// and saves it atomically.
func Open(ctx context.Context, c Corpus, opts Options) (*Index, Report, error) {
	return nil, Report{}, errors.New("not implemented")
}

// Search implements bot.Retriever.
func (ix *Index) Search(ctx context.Context, query string, k int) ([]bot.Passage, error) {
	return nil, errors.New("not implemented")
}

// Sources implements bot.Library.
func (ix *Index) Sources() []bot.Source { return nil }

// Chunk implements bot.Library.
func (ix *Index) Chunk(id string) (bot.Context, error) { return bot.Context{}, bot.ErrNotFound }

// FindQuote implements bot.Library.
func (ix *Index) FindQuote(quote string, k int) ([]bot.Passage, error) { return nil, nil }

// Text implements bot.Library.
func (ix *Index) Text(doc string) (string, error) { return "", bot.ErrNotFound }
