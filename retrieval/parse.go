package retrieval

import (
	"context"
	"io/fs"

	"github.com/citebot/citebot/ingest"
)

// This file is the one place retrieval calls into the text pipeline
// (package ingest: walking the corpus, extraction, block classification,
// metadata detection, chunking).

// sourceFile is a corpus file that can be indexed: its slash-separated
// path, the hex SHA-256 of its bytes, and the bytes.
type sourceFile = ingest.File

// listCorpus lists the indexable files of fsys in path order and the files
// it skipped, with reasons.
func listCorpus(fsys fs.FS) ([]sourceFile, []Skip, error) { return ingest.Walk(fsys) }

// pipelineVersion names the text pipeline: a stored index made by another
// one is rebuilt.
func pipelineVersion() string { return ingest.Fingerprint() }

// shortDocIDs gives each path its short document ID; the IDs depend only
// on the set of paths.
func shortDocIDs(paths []string) map[string]string { return docIDs(paths) }

// parse extracts, classifies and chunks one file into a Document whose
// chunks have their spans, text and metadata flag (not yet their line,
// terms, hash or vector). Its errors are ingest's (ingest.ErrNoChunks for
// a file with no indexable text), or ctx's when it is done.
func parse(ctx context.Context, f sourceFile) (Document, error) {
	x, err := ingest.ParseContext(ctx, f)
	if err != nil {
		return Document{}, err
	}
	d := Document{Path: x.Path, Hash: x.Hash, Text: x.Text,
		Title: x.Meta.Title, Author: x.Meta.Author, Date: x.Meta.Date, Publisher: x.Meta.Publisher}
	for _, c := range x.Chunks {
		d.Chunks = append(d.Chunks, Chunk{Start: c.Start, End: c.End, Text: x.Text[c.Start:c.End], Meta: c.Meta})
	}
	return d, nil
}
