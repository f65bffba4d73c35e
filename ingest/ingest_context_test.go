package ingest

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// doneAfter is a context that is done after its Err has been asked n
// times: it stands for a Ctrl-C in the middle of a parse.
type doneAfter struct {
	context.Context
	n int
}

func (c *doneAfter) Err() error {
	if c.n--; c.n < 0 {
		return context.Canceled
	}
	return nil
}

func TestParseContextStops(t *testing.T) {
	var pages [][]byte
	for range 200 {
		pages = append(pages, textPage("A page of text."))
	}
	prose := strings.Repeat("<p>A sentence of prose.</p>\n\n", 300)
	for _, f := range []File{
		{Path: "long.pdf", Data: makePDF(pages...)},
		{Path: "long.txt", Data: []byte(prose)},
		{Path: "long.html", Data: []byte(prose)},
	} {
		for _, n := range []int{0, 1, 2, 50} {
			ctx := &doneAfter{context.Background(), n}
			_, err := ParseContext(ctx, f)
			switch {
			case ctx.n >= 0 && err != nil:
				t.Errorf("%s: %v", f.Path, err)
			case ctx.n < 0 && !errors.Is(err, context.Canceled):
				t.Errorf("%s, done after %d checks: err %v", f.Path, n, err)
			case ctx.n < -2:
				t.Errorf("%s, done after %d checks: returned after %d more", f.Path, n, -ctx.n)
			case n < 2 && ctx.n >= 0:
				t.Errorf("%s: ctx checked %d times", f.Path, n-ctx.n)
			}
		}
	}
}
