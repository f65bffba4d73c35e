package ingest

import "testing"

// proseSeed is two paragraphs of prose under a title.
const proseSeed = "A report on x\n\n" +
	"The x committee met for session 1 in the spring of 1990 and agreed on several measures. " +
	"Members of the x group discussed the budget, the schedule and the staff needed for the work.\n\n" +
	"They noted that progress on x had been steady since the previous meeting.\n"

func FuzzChunks(f *testing.F) {
	for _, s := range []string{proseSeed, "Title\n\nBy Someone\n\nOne. Two. Three.", "a\u00a0b. \n\n\n", "\xff\xfe", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		blocks := classify(doc)
		meta := detectMeta(doc, blocks)
		last := -1
		for _, p := range makeChunks(doc, blocks, meta) {
			if p.Start < 0 || p.End > len(doc) || p.Start >= p.End || p.Start < last {
				t.Fatalf("bad piece %+v (after %d) in %q", p, last, doc)
			}
			last = p.Start
		}
	})
}
