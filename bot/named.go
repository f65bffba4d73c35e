package bot

import (
	"cmp"
	"context"
	"path"
	"slices"
	"strings"
	"sync"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/bot/asked"
	"github.com/citebot/citebot/bot/extract"
	"github.com/citebot/citebot/text"
)

// namedPoolFactor is how many times the usual pool is searched for a
// question that names a document, so that the named document's passages
// are found below those of documents that share its words.
const namedPoolFactor = 3

// namedWidePoolFactor is how many times the usual pool is searched when
// the first search finds none of a named document's passages: other
// documents say the question's words more often ("new versions of the
// License" of four licences).
const namedWidePoolFactor = 12

// maxVersion is the most characters of a number in a file's name read as
// a version ("2.0", "2.1.3"), whose openings name the file too; a longer
// one is a date or part of a hash.
const maxVersion = 6

// docKeys returns the words that name one document and no other, with
// the document's index: its file's name, its words run together, and
// without a version or with an opening of it ("GPL-3.txt": gpl, gpl3,
// gplv3; "MPL-2.0.txt": mpl, mpl2, mpl2.0, mplv2; "Apache-2.0.txt":
// apache, apache2, apache2.0; "fsnotify-README.md": fsnotify, fsnotifyreadme; a
// release's notes, "2.30.0.txt": 2.30, v2.30, 2.30.0), the
// surname of its author, or its publisher's words run together. A single
// word counts only when it is no English word (text.Spelt) and has three
// letters or more ("fsnotify", "ghazali", not "open" or "go"), or when
// it is the file's name but for a version ("artistic", "apache"). A word
// two documents share names neither. Words of a title are no keys: they
// say what a document is about ("Obama", "Toronto"), which a question
// may ask about in another.
func docKeys(srcs []citebot.Source) map[string]int {
	keys := map[string]int{}
	add := func(k string, i int) {
		if j, ok := keys[k]; ok && j != i {
			keys[k] = -1 // shared: names no one document
			return
		}
		keys[k] = i
	}
	for i, s := range srcs {
		base := path.Base(s.Path)
		fileKeys(norms(strings.TrimSuffix(base, path.Ext(base))), func(k string) { add(k, i) })
		if a := norms(s.Author); len(a) > 0 && distinctive(a[len(a)-1]) {
			add(a[len(a)-1], i)
		}
		if p := norms(s.Publisher); len(p) > 1 && len(p) <= 3 {
			add(strings.Join(p, ""), i)
		}
	}
	for k, i := range keys {
		if i < 0 {
			delete(keys, k)
		}
	}
	return keys
}

// fileKeys calls add with the keys of a file name of words ws: its first
// word when that is distinctive or only numbers follow it, or when it is
// a version ("2.30.0.txt": 2.30.0, 2.30, v2.30); all its words run
// together; and its first word or two run together with an opening of a
// version after them, with or without a "v" ("gpl" + "3", "gplv3",
// "mpl" + "2.0", "mpl2").
func fileKeys(ws []string, add func(string)) {
	if len(ws) == 0 {
		return
	}
	if w := ws[0]; isVersion(w) {
		for _, v := range []string{w, shortVersion(w)} {
			add(v)
			add("v" + v)
		}
	} else if distinctive(w) || len(w) >= 4 && !text.IsStop(w) && !isNumber(w) && versioned(ws[1:]) {
		add(w)
	}
	add(strings.Join(ws, ""))
	joined := ""
	for i, w := range ws[:len(ws)-1] {
		joined += w
		if next := ws[i+1]; i < 2 && len(w) >= 2 && isNumber(next) && len(next) <= maxVersion && !isNumber(w) {
			for n := 1; n <= len(next); n++ {
				if next[n-1] != '.' { // "mpl2", "mpl2.0", not "mpl2."
					add(joined + next[:n])
					add(joined + "v" + next[:n])
				}
			}
		}
	}
}

// isVersion reports whether w is a version of two parts or more ("2.30",
// "1.4.2"), not a number alone.
func isVersion(w string) bool {
	return strings.Contains(w, ".") && isNumber(w) && !strings.HasPrefix(w, ".") && !strings.HasSuffix(w, ".")
}

// shortVersion returns version v without the ".0" parts that end it
// ("2.30.0" → "2.30"), but at least its first two parts ("2.0.0" → "2.0").
func shortVersion(v string) string {
	for strings.Count(v, ".") > 1 && strings.HasSuffix(v, ".0") {
		v = strings.TrimSuffix(v, ".0")
	}
	return v
}

// withoutZeros returns version v without the ".0" parts that end it
// ("3.0" → "3", "2.30.0" → "2.30").
func withoutZeros(v string) string {
	for strings.HasSuffix(v, ".0") {
		v = strings.TrimSuffix(v, ".0")
	}
	return v
}

// versioned reports whether the words after a file name's first are
// numbers alone (none, or a version: "Apache-2.0"), so that the first
// names the file even when it is an English word ("artistic",
// "apache").
func versioned(rest []string) bool {
	for _, w := range rest {
		if !isNumber(w) {
			return false
		}
	}
	return true
}

// distinctive reports whether w names something by itself: three letters
// or more and no English word.
func distinctive(w string) bool {
	return len(w) >= 3 && !isNumber(w) && !text.Spelt(w)
}

// isNumber reports whether w is digits, with points between them or not
// ("3", "2.0").
func isNumber(w string) bool {
	return w != "" && strings.Trim(w, "0123456789.") == "" && strings.Trim(w, ".") != ""
}

// norms returns the normalised words of s (text.Token's Norm).
func norms(s string) []string {
	var out []string
	for _, t := range text.Tokens(s) {
		out = append(out, t.Norm)
	}
	return out
}

// docKeyCache keeps the keys (docKeys) of the corpus's documents as last
// read, so that a question does not make them again while the documents'
// names stay the same: about 4 ms a thousand documents. Its zero value is
// empty; it is safe for concurrent use.
type docKeyCache struct {
	mu   sync.Mutex
	srcs []citebot.Source
	keys map[string]int
}

// of returns the keys of srcs, made again only when a document's path,
// author or publisher differs from the last call's.
func (c *docKeyCache) of(srcs []citebot.Source) map[string]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.keys == nil || !slices.EqualFunc(c.srcs, srcs, func(a, b citebot.Source) bool {
		return a.Path == b.Path && a.Author == b.Author && a.Publisher == b.Publisher
	}) {
		c.srcs, c.keys = srcs, docKeys(srcs)
	}
	return c.keys
}

// namedDocs returns the paths of the documents srcs question names by
// their keys (docKeys of srcs), by one word or by two or three run
// together ("gpl 3", "lgpl 2.1"), and question without those words; nil
// when it names none, or names every document.
func namedDocs(question string, srcs []citebot.Source, keys map[string]int) (named map[string]bool, rest string) {
	if len(srcs) < 2 {
		return nil, question
	}
	toks := text.Tokens(question)
	named = map[string]bool{}
	var cut []text.Token // the first and last token of each name
	for i := range toks {
		joined := ""
		for j := i; j < len(toks) && j < i+3; j++ {
			joined += toks[j].Norm
			k, ok := keys[joined]
			if !ok && isVersion(toks[j].Norm) {
				k, ok = keys[joined[:len(joined)-len(toks[j].Norm)]+withoutZeros(toks[j].Norm)] // "gpl 3.0", "2.30.0"
			}
			if ok {
				named[srcs[k].Path] = true
				cut = append(cut, toks[i], toks[j])
			}
		}
	}
	if len(named) == 0 || len(named) == len(srcs) {
		return nil, question
	}
	var sb strings.Builder
	at := 0
	for i := 0; i < len(cut); i += 2 {
		if cut[i].Start >= at {
			sb.WriteString(question[at:cut[i].Start])
		}
		at = max(at, cut[i+1].End)
	}
	sb.WriteString(question[at:])
	return named, strings.Join(strings.Fields(sb.String()), " ")
}

// scoped is a question that names documents (namedDocs), as it is
// searched within them.
type scoped struct {
	named map[string]bool // the documents' paths
	names []string        // their titles, or paths when untitled, in the corpus's order
	query string          // the question without the words that name them
}

// scope reads which documents query names, and what is searched for
// within them: the query without their names, or as it is when that
// leaves fewer than two words that are no stop words. It returns a zero
// scoped when query names no document, asks for a document's metadata
// (which the answerer finds by the name: "who wrote the gpl3"), or when
// the Retriever is no citebot.Library.
func (b *Bot) scope(query string) scoped {
	lib, ok := b.ret.(citebot.Library)
	if !ok {
		return scoped{}
	}
	srcs := lib.Sources()
	named, rest := namedDocs(query, srcs, b.keys.of(srcs))
	if named == nil || extract.AsksMeta(asked.Parse(query)) {
		return scoped{}
	}
	content := 0
	for _, t := range text.Tokens(rest) {
		if !text.IsStop(t.Norm) {
			content++
		}
	}
	if content < 2 {
		rest = query
	}
	var names []string
	for _, src := range srcs {
		if named[src.Path] {
			names = append(names, "“"+cmp.Or(src.Title, src.Path)+"”")
		}
	}
	return scoped{named: named, names: names, query: rest}
}

// namedOnly returns the passages of the documents sc names alone, at
// most k, ranked anew, from a search for sc.query (the question without
// the names) in a pool namedPoolFactor times k, or namedWidePoolFactor
// times k when that pool has none of them. Without the names,
// passages that only name a document ("licensed under the GPL") no
// longer crowd out those that answer, and without the other documents,
// one that says the question's words about another licence, library or
// author is not taken for the answer. It reports true with them; it
// returns ps as they are and false when sc names no document, or when
// the search finds none of the named documents' passages (an error of
// that search included).
func (b *Bot) namedOnly(ctx context.Context, sc scoped, ps []citebot.Passage, k int) ([]citebot.Passage, bool) {
	if sc.named == nil {
		return ps, false
	}
	for _, pool := range []int{namedPoolFactor * k, namedWidePoolFactor * k} {
		more, err := b.ret.Search(ctx, sc.query, pool)
		if err != nil {
			return ps, false
		}
		var out []citebot.Passage
		for _, p := range more {
			if sc.named[p.Doc] && len(out) < k {
				p.Rank = len(out) + 1
				out = append(out, p)
			}
		}
		if len(out) > 0 {
			return out, true
		}
	}
	return ps, false
}
