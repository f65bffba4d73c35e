package retrieval

import (
	"context"
	"fmt"
	"log/slog"
	"sort"
)

// withDefaults fills in the zero fields of opts that have defaults.
func (opts Options) withDefaults() Options {
	if opts.Embedder.Embed == nil {
		opts.Embedder = HashEmbedder(DefaultDim)
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	return opts
}

// Sync brings b in line with the documents of c, using nothing but the
// Backend interface: documents whose bytes b already holds are not parsed
// or sent again; new and changed ones are parsed and sent whole, their
// chunks embedded unless b holds a vector for the same text; documents no
// longer in c are deleted. The report says what changed (Rebuilt and Saved
// are Open's). It uses opts.Embedder, Progress and Logger; DataDir and
// Rebuild concern Open's in-process index. Sync fails when the corpus
// cannot be read, embedding fails, b fails or ctx is done; b is changed
// only by a single Update, after every document is parsed and embedded.
func Sync(ctx context.Context, c Corpus, b Backend, opts Options) (Report, error) {
	var rep Report
	err := syncTo(ctx, c, b, opts.withDefaults(), &rep)
	return rep, err
}

// syncTo is Sync reporting into rep.
func syncTo(ctx context.Context, c Corpus, b Backend, opts Options, rep *Report) error {
	files, skips, err := listCorpus(c.FS)
	if err != nil {
		return err
	}
	rep.Skipped = skips
	held, err := b.Documents(ctx)
	if err != nil {
		return fmt.Errorf("list indexed documents: %w", err)
	}
	put, del, err := diff(ctx, files, held, rep)
	if err != nil {
		return err
	}
	if len(put) == 0 && len(del) == 0 {
		return nil
	}
	n, err := embedChunks(ctx, b, put, opts)
	rep.Embedded = n
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := b.Update(ctx, put, del); err != nil {
		return fmt.Errorf("update index: %w", err)
	}
	return nil
}

// diff compares the corpus files with the documents held (path → hash):
// it parses the new and changed files into documents to put and lists the
// held paths to delete, and reports both. A file that cannot be parsed is
// skipped, so a held document of that path is deleted. It stops with
// ctx's error when ctx is done.
func diff(ctx context.Context, files []sourceFile, held map[string]string, rep *Report) (put []Document, del []string, err error) {
	seen := make(map[string]bool, len(files))
	for _, f := range files {
		h, ok := held[f.Path]
		if ok && h == f.Hash {
			seen[f.Path] = true
			rep.Unchanged++
			continue
		}
		d, err := parse(ctx, f)
		if err != nil {
			rep.Skipped = append(rep.Skipped, Skip{Path: f.Path, Reason: err.Error()})
			continue
		}
		describe(&d)
		if ok {
			rep.Changed = append(rep.Changed, f.Path)
		} else {
			rep.Added = append(rep.Added, f.Path)
		}
		seen[f.Path] = true
		put = append(put, d)
	}
	for p := range held {
		if !seen[p] {
			del = append(del, p)
		}
	}
	sort.Strings(del)
	rep.Removed = append(rep.Removed, del...)
	return put, del, nil
}

// describe fills in the line, BM25 terms and content hash of a parsed
// document's chunks.
func describe(d *Document) {
	starts := lineStarts(d.Text)
	var title []string
	if d.Title != "" {
		title = chunkTerms(d.Title, nil)
	}
	for i := range d.Chunks {
		c := &d.Chunks[i]
		c.Line = lineOf(starts, c.Start)
		c.Terms = chunkTerms(c.Text, nil)
		if c.Meta {
			c.Terms = append(c.Terms, title...)
		}
		c.Hash = ChunkHash(c.Text)
	}
}

// embedBatch is how many chunks are handed to the embedder at once: large,
// so that a remote embedder can batch and parallelise its requests, yet
// small enough for the progress bar to move and ctx to be checked.
const embedBatch = 1024

// embedChunks gives every chunk of docs a vector: the one b holds for the
// same text, or a new one from the embedder, normalised. It returns how
// many chunks were embedded.
func embedChunks(ctx context.Context, b Backend, docs []Document, opts Options) (int, error) {
	var hashes []string
	for _, d := range docs {
		for _, c := range d.Chunks {
			hashes = append(hashes, c.Hash)
		}
	}
	have, err := b.Vectors(ctx, hashes)
	if err != nil {
		return 0, fmt.Errorf("look up vectors: %w", err)
	}
	dim := opts.Embedder.Dim
	var need []*Chunk
	var texts []string
	for i := range docs {
		for j := range docs[i].Chunks {
			c := &docs[i].Chunks[j]
			if v, ok := have[c.Hash]; ok {
				c.Vec = v
				if dim == 0 {
					dim = len(v)
				}
				continue
			}
			need = append(need, c)
			texts = append(texts, c.Text)
		}
	}
	return embedTexts(ctx, need, texts, dim, opts)
}

// embedTexts embeds texts[i] into need[i].Vec, in batches, checking that
// every vector has dim dimensions (the first one's when dim is 0). It
// returns how many were embedded: all of them unless it fails.
func embedTexts(ctx context.Context, need []*Chunk, texts []string, dim int, opts Options) (int, error) {
	for i := 0; i < len(need); i += embedBatch {
		if err := ctx.Err(); err != nil {
			return i, err
		}
		j := min(i+embedBatch, len(need))
		vecs, err := opts.Embedder.Embed(ctx, texts[i:j])
		if err != nil {
			return i, fmt.Errorf("embed chunks %d-%d: %w", i+1, j, err)
		}
		if len(vecs) != j-i {
			return i, fmt.Errorf("embed chunks %d-%d: got %d vectors for %d texts", i+1, j, len(vecs), j-i)
		}
		for k, v := range vecs {
			if dim == 0 {
				dim = len(v)
			}
			if len(v) != dim {
				return i, fmt.Errorf("embed chunk %d: %d dimensions, want %d", i+k+1, len(v), dim)
			}
			normalize(v)
			need[i+k].Vec = v
		}
		if opts.Progress != nil {
			opts.Progress(j, len(need))
		}
	}
	return len(need), nil
}
