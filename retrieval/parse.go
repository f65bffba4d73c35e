package retrieval

import (
	"context"
	"io/fs"
	"strings"

	"github.com/citebot/citebot/ingest"
)

// This file is the one place retrieval calls into the text pipeline
// (package ingest: walking the corpus, extraction, block classification,
// metadata detection, chunking).

// sourceEntry is a corpus file as listed, not yet read: its
// slash-separated path, size and modification time.
type sourceEntry = ingest.Entry

// sourceFile is a corpus file read whole: its path, the hex SHA-256 of its
// bytes, the bytes and its modification time (zero: not to be trusted).
type sourceFile = ingest.File

// listCorpus lists the indexable files of fsys in path order, without
// reading them, and the files it skipped, with reasons.
func listCorpus(fsys fs.FS) ([]sourceEntry, []Skip, error) { return ingest.Walk(fsys) }

// readFile reads and hashes a listed file; its errors read as skip
// reasons.
func readFile(fsys fs.FS, e sourceEntry) (sourceFile, error) { return ingest.Read(fsys, e) }

// pipelineVersion names the text pipeline and the analysis of its words
// into indexed terms: a stored index made by another one is rebuilt.
func pipelineVersion() string { return ingest.Fingerprint() + "/" + analysisVersion() }

// shortDocIDs gives each path its short document ID; the IDs depend only
// on the set of paths.
func shortDocIDs(paths []string) map[string]string { return docIDs(paths) }

// parse extracts, classifies and chunks one file into a Document with the
// file's size and modification time, whose chunks have their spans, text,
// metadata flag and hash (not yet their line, terms or vector). Its errors
// are ingest's (ingest.ErrNoChunks for a file with no indexable text), or
// ctx's when it is done.
func parse(ctx context.Context, f sourceFile) (Document, error) {
	x, err := ingest.ParseContext(ctx, f)
	if err != nil {
		return Document{}, err
	}
	// the metadata may point into the text: copied, they do not keep it
	// alive once it is spilled (textSpill)
	d := Document{Path: x.Path, Hash: x.Hash, Text: x.Text, Size: int64(len(f.Data)), ModTime: f.ModTime,
		Title: strings.Clone(x.Meta.Title), Author: strings.Clone(x.Meta.Author), Date: strings.Clone(x.Meta.Date),
		Publisher: strings.Clone(x.Meta.Publisher),
		Chunks:    make([]Chunk, len(x.Chunks))}
	for i, c := range x.Chunks {
		d.Chunks[i] = Chunk{Start: c.Start, End: c.End, Text: x.Text[c.Start:c.End], Meta: c.Meta, Hash: c.Hash}
	}
	return d, nil
}
