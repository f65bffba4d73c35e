package retrieval

import (
	"errors"
	"io/fs"
)

// This file is the one place retrieval calls into the text pipeline
// (walking the corpus, extraction, block classification, metadata
// detection, chunking, document IDs).

// sourceFile is a corpus file that can be indexed: its slash-separated
// path, the hex SHA-256 of its bytes, and the bytes.
type sourceFile = rawDoc

// listCorpus lists the indexable files of fsys in path order and the files
// it skipped, with reasons.
func listCorpus(fsys fs.FS) ([]sourceFile, []Skip, error) { return walk(fsys) }

// pipelineVersion names the text pipeline: a stored index made by another
// one is rebuilt.
func pipelineVersion() string { return pipelineFingerprint() }

// shortDocIDs gives each path its short document ID; the IDs depend only
// on the set of paths.
func shortDocIDs(paths []string) map[string]string { return docIDs(paths) }

// parse extracts, classifies and chunks one file into a Document whose
// chunks have their spans, text and metadata flag (not yet their line,
// terms, hash or vector).
func parse(f sourceFile) (Document, error) {
	txt, err := extractText(f.Path, f.Data)
	if err != nil {
		return Document{}, err
	}
	blocks := classify(txt)
	meta := detectMeta(txt, blocks)
	d := Document{Path: f.Path, Hash: f.Hash, Text: txt,
		Title: meta.Title, Author: meta.Author, Date: meta.Date, Publisher: meta.Publisher}
	for _, p := range makeChunks(txt, blocks, meta) {
		d.Chunks = append(d.Chunks, Chunk{Start: p.Start, End: p.End, Text: txt[p.Start:p.End], Meta: p.Meta})
	}
	if len(d.Chunks) == 0 {
		return Document{}, errors.New("no indexable text")
	}
	return d, nil
}
