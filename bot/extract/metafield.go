package extract

import (
	"regexp"

	"github.com/citebot/citebot/bot/asked"
)

// metaField is the document metadata a question asks for, if any.
type metaField int

const (
	metaNone metaField = iota
	metaAuthor
	metaPublisher
	metaDate
	metaTitle
)

var (
	// rePublisher asks for the outlet of a document: "which site ran ...",
	// "where was ... published", "what is the name of the blog that
	// published ..." (but not "who attacked the paper that published ...",
	// which names the outlet to ask something else).
	rePublisher = regexp.MustCompile(`\b(which|what) (outlet|newspaper|paper|website|site|magazine|publication)s?((/| or )(outlet|newspaper|paper|website|site|magazine|publication)s?)? (is|was|are|were) (.*\b(article|story|post|piece|report|column|review|interview|essay|op-?ed)s?|.*['"][^'"]+['"]) from\b|\b(which|what) ([a-z]+['’]s )?(outlet|newspaper|paper|website|site|magazine|journal|publication|publisher|think tank|blog|news agency|agency|institute|organi[sz]ation)\b.*\b(publish|published|run|ran|appear|appeared|come from|came from|carry|carried|post|posted|print|printed)\b|\b(where|in which [a-z ]+) (was|did) .*\b(published|appear|run|posted)\b|\bwho published\b|\b((what|which)( is| was| are| were|['’]?s) |name )(the names? of )?(the|an?) ([a-z]+ ){0,2}(outlet|newspaper|paper|website|site|magazine|publication|journal|blog|news agency|think tank)s? (that|which) (first )?(published|ran|posted|carried|printed|put out|put up)\b|\b(outlet|newspaper|publisher|website|think tank) (of|for|behind)\b`)
	// rePubTitle asks for a document's title: its headline ("the headline
	// of ...", "what headline did X run", but not "headline inflation" or
	// "the headline act"), the title of an article, a post, a review...
	// ("the title of Jane Q. Roe's March 2021 post"; "the title of
	// McPherson's insider account" asks for a book's, which its text
	// gives), or what an article is called ("what was the bridges article
	// called", but not "what was the post office called" nor "in the
	// story, what is the dog named").
	rePubTitle = regexp.MustCompile(`\bhead ?lines? (of|for|on|that|did|does|do|was|is|were|are|read|reads|ran|runs|say|says|said)\b|\bhead ?lines?\W*$` +
		`|\btitle of (the |this |that |an? |[a-z0-9./-]+['’]s? )?([a-z0-9./'’-]+ ){0,6}(article|story|post|piece|report|review|paper|study|press release|op-?ed|column|editorial|essay|interview|web ?page|page|blog post|blog entry|news release|readme|document|doc|docs|documentation|guide|manual|tutorial|handbook|note|notes|faq|thread|newsletter|announcement)s?([^\w'’]|$)` +
		`|\b(what|how) (is|was|are|were) (the|that|this|his|her|their|its|an?|[a-z0-9.-]+['’]s?) ([a-z0-9.'’-]+ ){0,4}(article|story|post|piece|report|review|press release|op-?ed|column|essay|web ?page|blog post)s? ((on|about|by|in|from|for) [^?,]*)?(called|titled|named)\W*$` +
		// "what title did X give his article", "what did X call her op-ed"
		`|\bwhat (title|headline|name) did [^?]{1,60} give (his|her|their|its|the|this|that|an?) ([a-z0-9./'’-]+ ){0,6}(article|story|post|piece|report|review|op-?ed|column|editorial|essay|blog post)s?([^\w'’]|$)` +
		`|\bwhat (did|does) [^?]{1,60} (call|title|name|headline) (his|her|their|its|the|this|that) ([a-z0-9./'’-]+ ){0,6}(article|story|post|piece|report|review|op-?ed|column|editorial|essay|blog post)s?([^\w'’]|$)`)
	// reAlsoDate asks for a date after asking something else: "who wrote
	// it, and when?", "... and on what date".
	reAlsoDate = regexp.MustCompile(`(,|\band)\s+(when|on what (date|day)|what (date|day)|which (date|day))\b`)
	// reAboutDoc names a document by what it says: "the op-ed about the
	// drills", "the story on the strike", "the post that describes ...".
	reAboutDoc = regexp.MustCompile(`\b(article|story|post|piece|report|column|essay|op-?ed|editorial|blog post|write-?up|interview|review)s? (about|on|regarding|describing|discussing|covering|explaining|(that|which) (describes|described|discusses|discussed|covers|covered|explains|explained|mentions|mentioned|talks about|talked about|is about|was about))\b`)
	rePubDate  = regexp.MustCompile(`\bwhen (was|were) .*\b(published|written|posted)\b|\b(what|which) (date|day|year)\b.*\b(publish|published|run|ran|appear|appeared|post|posted|written)\b|\bpublication date\b|\bwhen did .*\b(appear|run|come out|go online)\b` +
		// released, issued, submitted or updated: a document, not a
		// program's version ("when was ecmascript 3 released") or a
		// thing let go
		`|\b(when (was|were)|(what|which) (date|day|year)\b)(.*\b` + docNouns + `\b.*\b(released|issued|submitted|updated)\b|.*\b(released|issued|submitted|updated)\b.*\b` + docNouns + `\b)` +
		`|\bwhen did .*\b(publish|post|put up|put out)\b.*(\b(article|story|post|piece|report|blog|op-?ed|column|essay|interview|review)s?\b|["“][^"”]+["”])`)
)

// docNouns name a document a question may ask the release date of.
const docNouns = `(article|story|post|piece|report|review|press release|news release|release|op-?ed|column|essay|interview|statement|address|speech|announcement|paper|study|document|newsletter|bulletin)s?`

// metaFieldOf reads which metadata field a question asks for. A question
// asks for the date when it asks when, or on what date, a document was
// published, written or posted, or released or issued when it names a
// document (docNouns: not "when was ECMAScript 3 released"), and "when did X publish, post,
// put up or put out" only when a document (an article, a story..., or a
// title in double quotes) is what X put out: "when did the company post its first profit" asks no
// document's date. It asks for the title as rePubTitle reads it.
func metaFieldOf(f string, typ asked.Type) metaField {
	switch {
	case typ == asked.TypeAuthor:
		return metaAuthor
	case rePublisher.MatchString(f):
		return metaPublisher
	case rePubDate.MatchString(f):
		return metaDate
	case rePubTitle.MatchString(f):
		return metaTitle
	}
	return metaNone
}

// AsksMeta reports whether q asks for a document's metadata: its author,
// publisher, date or title.
func AsksMeta(q *asked.Question) bool {
	return metaFieldOf(q.Folded, q.Type) != metaNone
}
