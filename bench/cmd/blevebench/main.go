// Command blevebench indexes the chunks citebot would index into a bleve
// v2 index (scorch, English analyzer, BM25 scoring) and times searches
// over a question file, for the issue-9 comparison:
//
//	blevebench chunks -corpus C -out CHUNKS.jsonl   # citebot's chunks, untimed prep
//	blevebench index -chunks CHUNKS.jsonl -index DIR  # DIR must not exist
//	blevebench query -index DIR -questions Q [-k 5] [-runs 3]
//
// Each prints one JSON object on stdout. Chunks come from citebot's own
// ingest.Parse, so both engines index the same spans; a chunk is a bleve
// document whose ID is "path#n" and whose one field "text" is analysed
// but not stored (no stored text, term vectors or doc values).
package main

import (
	"encoding/json"
	"fmt"
	"os"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "blevebench:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("usage: blevebench chunks|index|query [flags]")
	}
	var out any
	var err error
	switch args[0] {
	case "chunks":
		out, err = chunksCmd(args[1:])
	case "index":
		out, err = indexCmd(args[1:])
	case "query":
		out, err = queryCmd(args[1:])
	default:
		return fmt.Errorf("unknown command %q (want chunks, index or query)", args[0])
	}
	if err != nil {
		return err
	}
	return json.NewEncoder(os.Stdout).Encode(out)
}
