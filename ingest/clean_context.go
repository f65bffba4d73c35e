package ingest

import "strings"

// repeatKey is the number of words a repeated passage must have to be
// looked for inside other blocks (pull quotes).
const repeatKey = 6

// markRepeats marks repeated blocks bad; page furniture already rejected
// by a pattern does not count. Blocks with the same words are all
// "duplicate" (a caption shown twice is not content), except prose, long
// or of middling length ending a sentence (a manual says "To stop at the
// first error, pass …" in each of its sections), whose first occurrence
// stays. A block of at least repeatKey words found
// word for word inside a longer block is a pull quote: "repeated text".
// Markdown headings are left alone.
func markRepeats(fs []blockFeat) {
	groups := map[string][]int{}
	for i := range fs {
		if len(fs[i].norms) > 0 && !fs[i].markdown && !fs[i].hard {
			k := strings.Join(fs[i].norms, " ")
			groups[k] = append(groups[k], i)
		}
	}
	for _, g := range groups {
		if len(g) < 2 {
			continue
		}
		keepFirst := fs[g[0]].cls == clsGood || fs[g[0]].cls == clsNearGood && fs[g[0]].sentenceEnd
		for n, i := range g {
			if !(keepFirst && n == 0) {
				fs[i].cls, fs[i].hard, fs[i].reason = clsBad, true, "duplicate"
			}
		}
	}
	markContained(fs)
}

// markContained marks blocks whose words occur in order inside a longer
// block as "repeated text".
func markContained(fs []blockFeat) {
	cands := map[[repeatKey]string][]int{} // by their first words
	for i := range fs {
		if n := fs[i].norms; len(n) >= repeatKey && fs[i].chars < longProse && !fs[i].hard {
			k := [repeatKey]string(n)
			cands[k] = append(cands[k], i)
		}
	}
	if len(cands) == 0 {
		return
	}
	for j := range fs {
		n := fs[j].norms
		if fs[j].hard && fs[j].reason != "duplicate" {
			continue
		}
		for p := 0; p+repeatKey <= len(n); p++ {
			for _, i := range cands[[repeatKey]string(n[p:])] {
				a := fs[i].norms
				if i != j && len(a) < len(n) && p+len(a) <= len(n) && equalWords(a, n[p:p+len(a)]) {
					fs[i].cls, fs[i].hard, fs[i].reason = clsBad, true, "repeated text"
				}
			}
		}
	}
}

func equalWords(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// articleEnd returns the index of the block where the matter after the
// article starts (a comment section or sidebar with no more good text
// after it than before), or len(fs).
func articleEnd(fs []blockFeat) int {
	total := goodIn(fs)
	before := 0
	for i, f := range fs {
		if f.end != endNone && before > 0 && total-before <= before {
			return i
		}
		if f.cls == clsGood {
			before += f.chars
		}
	}
	return len(fs)
}

// postButtons is how many times a comment marker must stand in a page to
// be a button under each post of a thread ("Reply") rather than the start
// of a comment section.
const postButtons = 3

// markPostButtons makes the comment markers of a thread no end of its
// article. A forum thread or a Q&A page has a button under every post:
// the same short marker, postButtons times or more, with good text
// between its occurrences (postThread). The posts are then the page's
// matter, not comments under an article; each is judged on its own and
// by its context.
func markPostButtons(fs []blockFeat) {
	groups := map[string][]int{}
	for i, f := range fs {
		if f.end == endComments && f.words <= 2 {
			k := strings.Join(f.norms, " ")
			groups[k] = append(groups[k], i)
		}
	}
	total := goodIn(fs)
	for _, g := range groups {
		if postThread(fs, g, total) {
			for _, i := range g {
				fs[i].end = endNone
			}
		}
	}
}

// postThread reports whether the markers at g (in order) stand under the
// posts of a thread, whose good text is total runes: there are
// postButtons or more, the good text before the first (the opening post)
// is at most a quarter of the page's, and good text stands between
// postButtons-1 pairs of them, none of which holds half of the page's. An article with comments has most of its
// text before them or between two of them ("Comments" above the article
// and again below it).
func postThread(fs []blockFeat, g []int, total int) bool {
	if len(g) < postButtons || goodIn(fs[:g[0]])*4 > total {
		return false
	}
	posts := 0
	for j := 1; j < len(g); j++ {
		switch n := goodIn(fs[g[j-1]+1 : g[j]]); {
		case 2*n > total:
			return false
		case n > 0:
			posts++
		}
	}
	return posts >= postButtons-1
}

// goodIn returns the runes of good text in fs.
func goodIn(fs []blockFeat) int {
	total := 0
	for _, f := range fs {
		if f.cls == clsGood {
			total += f.chars
		}
	}
	return total
}

// markInlineBoxes makes each box of related links inside the article
// (inlineBox), a news page's "Related Articles" between its paragraphs,
// no end of the article: its links are judged by their context, as
// those of a box near the top are.
func markInlineBoxes(fs []blockFeat) {
	before := 0
	for i := range fs {
		if before > 0 && inlineBox(fs, i, before) {
			fs[i].end = endNone
		}
		if fs[i].cls == clsGood {
			before += fs[i].chars
		}
	}
}

// inlineBox reports whether the sidebar that fs[i] opens stands inside the
// article: good or near-good text (short paragraphs of prose) resumes
// after it, before any other comment or sidebar marker, in two blocks at
// least and half as much as the good text the article had before it (a
// news page's "Related Articles" between its paragraphs).
func inlineBox(fs []blockFeat, i, before int) bool {
	if fs[i].end != endSidebar {
		return false
	}
	blocks, chars := 0, 0
	for _, f := range fs[i+1:] {
		if f.end != endNone {
			break
		}
		if f.cls == clsGood || f.cls == clsNearGood {
			blocks++
			chars += f.chars
		}
	}
	return blocks >= 2 && 2*chars >= before
}

// markBios makes a note about the author among the last blocks of the
// article (before end) good.
func markBios(fs []blockFeat, end int) {
	seen := 0
	for i := end - 1; i >= 0 && seen < 3; i-- {
		if fs[i].hard {
			continue
		}
		seen++
		if isBio(&fs[i]) {
			fs[i].cls, fs[i].hard, fs[i].reason = clsGood, true, ""
		}
	}
}

// cutAfter marks every block after the article's end bad, except long
// prose, with the reason of the last comment or sidebar marker before it.
func cutAfter(fs []blockFeat, end int) {
	if end >= len(fs) {
		return
	}
	reason := fs[end].reason
	for i := end + 1; i < len(fs); i++ {
		f := &fs[i]
		if f.end != endNone {
			reason = f.reason
		}
		if f.hard || (f.cls == clsGood && f.chars >= longProse) {
			continue
		}
		f.cls, f.hard, f.reason = clsBad, true, reason
	}
}

// applyContext is jusText's context-sensitive step. A short heading-like
// block followed within headingReach runes by a good block, with no bad
// block between them, becomes near-good. A short block between good blocks is good, between bad ones
// bad; next to a near-good block it is good. A near-good block is good
// unless both its neighbours are bad, save a sentence whose neighbours
// past share buttons are good on both sides (blockNeighboursPast). The
// document's edges count as bad.
func applyContext(fs []blockFeat) {
	for i := range fs {
		if fs[i].cls == clsShort && fs[i].heading && goodWithin(fs, i) {
			fs[i].cls = clsNearGood
		}
	}
	nb := blockNeighbours(fs)
	next := make([]blockClass, len(fs))
	for i, f := range fs {
		next[i] = f.cls
		if f.cls == clsShort {
			next[i] = nb.shortClass(i)
		}
	}
	for i := range fs {
		fs[i].cls = next[i]
	}
	nb = blockNeighbours(fs)
	past := blockNeighboursPast(fs, "share button")
	article := nearGoodRuns(fs)
	for i := range fs {
		switch {
		case fs[i].cls == clsNearGood && nb.prev[i] == clsBad && nb.next[i] == clsBad && !article[i] &&
			!(fs[i].sentenceEnd && past.prev[i] == clsGood && past.next[i] == clsGood):
			fs[i].cls, fs[i].reason = clsBad, "near boilerplate"
		case fs[i].cls == clsNearGood:
			fs[i].cls = clsGood
		}
		switch {
		case fs[i].cls == clsGood:
			fs[i].reason = ""
		case fs[i].reason == "":
			fs[i].reason = "short line"
		}
	}
}

// nearGoodRuns marks the near-good blocks of every run of them (good
// blocks count in a run too; inline oddities are passed over) that makes
// an article of short paragraphs (proseRuns): an article written in
// paragraphs of a sentence or two (a tabloid's), which has no long
// paragraph to be good and stands between a comment link and a "Back to
// top". A lone near-good block between bad ones stays boilerplate: a
// teaser, a sidebar's blurb.
func nearGoodRuns(fs []blockFeat) []bool {
	return proseRuns(len(fs),
		func(i int) bool { return fs[i].cls == clsNearGood || fs[i].cls == clsGood },
		func(i int) bool { return inlineReasons[fs[i].reason] },
		func(i int) int { return fs[i].chars })
}

// proseRuns marks every run of runBlocks or more of the n blocks that are
// members, with only blocks passed over between them, whose sizes (in
// runes) add up to longProse or more: as much prose as a long paragraph,
// in short ones.
func proseRuns(n int, member, passOver func(int) bool, size func(int) int) []bool {
	in := make([]bool, n)
	var run []int
	total := 0
	flush := func() {
		if len(run) >= runBlocks && total >= longProse {
			for _, j := range run {
				in[j] = true
			}
		}
		run, total = run[:0], 0
	}
	for i := 0; i < n; i++ {
		switch {
		case member(i):
			run = append(run, i)
			total += size(i)
		case passOver(i):
		default:
			flush()
		}
	}
	flush()
	return in
}

// shortClass is the class a short block i takes from its neighbours.
func (nb nbrs) shortClass(i int) blockClass {
	p, n := nb.prev[i], nb.next[i]
	switch {
	case p == clsGood && n == clsGood,
		p == clsBad && nb.prevNear[i] == clsNearGood, n == clsBad && nb.nextNear[i] == clsNearGood:
		return clsGood
	}
	return clsBad
}

// goodWithin reports whether a good block follows block i within
// headingReach runes, with no bad block between them.
func goodWithin(fs []blockFeat, i int) bool {
	dist := 0
	for j := i + 1; j < len(fs) && dist <= headingReach; j++ {
		switch {
		case fs[j].cls == clsGood:
			return true
		case fs[j].cls == clsBad && !inlineReasons[fs[j].reason]:
			return false
		}
		dist += fs[j].chars
	}
	return false
}

// nbrs holds, for every block, the class of the nearest block before and
// after it that is not short (prevNear, nextNear) and that is neither short
// nor near-good (prev, next), passing over inline oddities; clsBad at the
// edges.
type nbrs struct{ prev, next, prevNear, nextNear []blockClass }

func blockNeighbours(fs []blockFeat) nbrs { return blockNeighboursPast(fs, "") }

// blockNeighboursPast is blockNeighbours passing over the bad blocks of
// reason too: a sentence between share buttons inside an article ("Share
// on WhatsApp" above the opening paragraph, "Facebook Twitter Pinterest"
// under a photograph) has the article's good blocks for neighbours.
func blockNeighboursPast(fs []blockFeat, reason string) nbrs {
	n := len(fs)
	nb := nbrs{make([]blockClass, n), make([]blockClass, n), make([]blockClass, n), make([]blockClass, n)}
	strong, near := clsBad, clsBad
	for i := 0; i < n; i++ {
		nb.prev[i], nb.prevNear[i] = strong, near
		strong, near = nbAdvance(&fs[i], reason, strong, near)
	}
	strong, near = clsBad, clsBad
	for i := n - 1; i >= 0; i-- {
		nb.next[i], nb.nextNear[i] = strong, near
		strong, near = nbAdvance(&fs[i], reason, strong, near)
	}
	return nb
}

// nbAdvance returns the neighbour classes seen past block f: short
// blocks, inline oddities and bad blocks of reason (when not "") are
// passed over.
func nbAdvance(f *blockFeat, reason string, strong, near blockClass) (blockClass, blockClass) {
	switch {
	case f.cls == clsShort || inlineReasons[f.reason] || reason != "" && f.reason == reason:
		return strong, near
	case f.cls == clsNearGood:
		return strong, f.cls
	}
	return f.cls, f.cls
}

// inlineReasons are bad blocks found inside articles (a caption shown
// twice, a pull quote, a line in another script, "* * *"): they say nothing
// of their neighbours and context passes over them.
var inlineReasons = map[string]bool{"duplicate": true, "repeated text": true, "other language": true, "no words": true}
