package retrieval

import (
	"context"
	"fmt"
	"io/fs"
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
// longer in c are deleted. When b is a Stater, a file whose size and
// modification time are those b recorded is not even read. The report
// says what changed (Rebuilt and Saved are Open's). It uses
// opts.Embedder, Progress, Listed and Logger; DataDir and Rebuild concern Open's
// in-process index. Files are read and parsed on every core, and the
// outcome does not depend on their order. Sync fails when the corpus
// cannot be read, embedding fails, b fails or ctx is done; b is changed
// only by a single Update, after every document is parsed and embedded
// (and, when it is a StatRecorder, by RecordFileStats).
func Sync(ctx context.Context, c Corpus, b Backend, opts Options) (Report, error) {
	var rep Report
	err := syncTo(ctx, c, b, opts.withDefaults(), nil, &rep)
	return rep, err
}

// syncTo is Sync reporting into rep, keeping the texts of the documents
// parsed in spill (nil: in the heap).
func syncTo(ctx context.Context, c Corpus, b Backend, opts Options, spill *textSpill, rep *Report) error {
	files, skips, err := listCorpus(c.FS)
	if err != nil {
		return err
	}
	rep.Skipped = skips
	if opts.Listed != nil {
		var size int64
		for _, f := range files {
			size += f.Size
		}
		opts.Listed(len(files), size)
	}
	held, err := heldFiles(ctx, b)
	if err != nil {
		return fmt.Errorf("list indexed documents: %w", err)
	}
	rt := recordTaker(b)
	d, err := diff(ctx, c.FS, files, held, loadMode{records: rt != nil, spill: spill}, opts.Progress, rep)
	if err != nil {
		return err
	}
	if rt != nil && (len(d.recs) > 0 || len(d.del) > 0) {
		recs := d.recs
		d.recs = nil
		if err := rt.updateRecords(ctx, recs, d.del); err != nil {
			return fmt.Errorf("update index: %w", err)
		}
	} else if len(d.put) > 0 || len(d.del) > 0 {
		if wantsTerms(b) {
			if err := fillTerms(ctx, b, d.put, d.del); err != nil {
				return err
			}
		}
		if wantsVectors(b) {
			n, err := embedChunks(ctx, b, d.put, opts)
			rep.Embedded = n
			if err != nil {
				return err
			}
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		put := d.put
		d.put = nil // the backend may be done with the documents before Update returns
		if err := b.Update(ctx, put, d.del); err != nil {
			return fmt.Errorf("update index: %w", err)
		}
	}
	return recordStats(ctx, b, d.restat)
}

// heldFiles returns what b holds by path: the content hash of each
// document, and its file's size and modification time when b is a Stater.
func heldFiles(ctx context.Context, b Backend) (map[string]FileStat, error) {
	if s, ok := b.(Stater); ok {
		return s.FileStats(ctx)
	}
	docs, err := b.Documents(ctx)
	if err != nil {
		return nil, err
	}
	held := make(map[string]FileStat, len(docs))
	for p, h := range docs {
		held[p] = FileStat{Hash: h}
	}
	return held, nil
}

// changes is what diff found: documents to put, paths to delete, and the
// new stats of files whose content is unchanged but whose size or time is
// not what b recorded.
type changes struct {
	put    []Document
	recs   []*docRec // instead of put, for a recordTaker
	del    []string
	restat map[string]FileStat
}

// diff compares the corpus files with the files held: it reads the files
// that may have changed and parses the new and changed ones into
// documents to put, lists the held paths to delete, and reports both. A
// file that cannot be read or parsed is skipped, so a held document of
// that path is deleted. mode says how to hand out the documents parsed
// (loadMode). It stops with ctx's error when ctx is done.
func diff(ctx context.Context, fsys fs.FS, files []sourceEntry, held map[string]FileStat, mode loadMode, progress func(string, int, int), rep *Report) (changes, error) {
	loads, err := loadFiles(ctx, fsys, files, held, mode, progress)
	if err != nil {
		return changes{}, err
	}
	var d changes
	seen := make(map[string]bool, len(files))
	for i, f := range files {
		l := loads[i]
		switch _, ok := held[f.Path]; {
		case l.skip != "":
			rep.Skipped = append(rep.Skipped, Skip{Path: f.Path, Reason: l.skip})
			continue
		case l.doc == nil && l.rec == nil:
			rep.Unchanged++
			if l.restat != nil {
				if d.restat == nil {
					d.restat = make(map[string]FileStat)
				}
				d.restat[f.Path] = *l.restat
			}
		case ok:
			rep.Changed = append(rep.Changed, f.Path)
			d.add(l)
		default:
			rep.Added = append(rep.Added, f.Path)
			d.add(l)
		}
		seen[f.Path] = true
	}
	for p := range held {
		if !seen[p] {
			d.del = append(d.del, p)
		}
	}
	sort.Strings(d.del)
	rep.Removed = append(rep.Removed, d.del...)
	return d, nil
}

// add puts the document of l.
func (d *changes) add(l loaded) {
	if l.rec != nil {
		d.recs = append(d.recs, l.rec)
	} else {
		d.put = append(d.put, *l.doc)
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
			opts.Progress(StageEmbedding, j, len(need))
		}
	}
	return len(need), nil
}
