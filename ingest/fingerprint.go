package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"sync"

	"github.com/citebot/citebot/text"
)

// probeDoc exercises the text pipeline: a title, a byline, navigation,
// prose with a year at a sentence end and words run together, a sentence
// between share buttons, a heading,
// a copyright sign played with in prose, a duplicated caption, a
// paragraph wrapped at a fixed width, a comment section, and menu items
// one a line; its menu line ends with a separator.
const probeDoc = `Home | News | About | Contact |

A Probe Article About Rivers and Bridges

By Jane Q. Example

Published in The Example Times, March 3rd 2019.

The river was first bridged in 1851. It carried traffic for a century and a half before it was replaced.Engineers then studied the old piers, which had settled by about 30 centimetres since 1901.

Share on Facebook

Share on Twitter

The county closed the old bridge to lorries last winter, and the ferry ran again for the first time in years.

Share on WhatsApp


Construction photo of the bridge
Construction photo of the bridge

The new design

Its span of 420 metres made it the longest in the region, and its builders, a consortium of three firms, finished two months early in October 2004. They named it the Valley Span™©, a joke of theirs.

The old bridge was closed to traffic in the
spring of 2003, and its piers were left standing
in the river for the herons, which the locals call
“the old guard”. It was demolished in the end
– in the summer of 2006.

Share
Leave a Reply

  1. Pingback: A probe article about rivers « Example blog

Recent Posts

Another headline
4 hours ago
Log in
Register
`

// probeWrapped is a text wrapped at a fixed width under a name in
// capitals and a source line ("Source: X", a label and no name), with a
// short paragraph
// whose line break falls before a capitalised name, and one whose
// sentence wraps onto a line ending with a semicolon.
const probeWrapped = `The Bridges of the Valley

ELEANOR AINGE ROY

Source: Valley Archives

The river was first bridged in 1851, when a stone arch was built for the
carts of the mill, and the town grew along the road that crossed it. It
carried traffic for a century and a half before it was replaced by a new
bridge of steel, which opened in October 2004 after two years of work.

The new bridge was opened by the President of the county council
Margaret Hale, who cut the ribbon.

The old bridge was kept for walkers and for the
market of the town, which it had served for years;
it was closed to carts.

Its span of 420 metres made it the longest in the region, and its
builders, a consortium of three firms, finished two months early.
`

// probeMarkdown is a Markdown file: raw HTML, a setext heading with an
// image and a badge, code run into prose, a fenced code block (a
// camel-case selector in a call, repeated lines, lone braces), an address
// in angle brackets and a link definition.
const probeMarkdown = "<p align=\"center\">\n<img src=\"logo.png\" alt=\"logo\" />\n</p>\n\nProbe Notes <img src=\"icon.png\"/> ![CI](https://ci.example/badge.svg)\n====\n\n" +
	"Pass an `http.Client` to the store.Then call db.Open() once, or use chromem.NewDB() in tests.\n\n" +
	"```go\nfunc main() {\n\tdb := chromem.NewDB()\n\tdefer db.Close()\n\tred := color.New(color.FgRed)\n\tif err != nil {\n\t\treturn\n\t}\n\tif err != nil {\n\t\treturn\n\t}\n}\n```\n\nMaintained by Jane Roe\n<jane.roe@example.com>\n\n[docs]: https://probe.example/docs\n"

// probeFront is a Markdown file with YAML front matter: a title, a list
// of authors, a date with a time, and a key that is no metadata.
const probeFront = "---\ntitle: \"Bridges, Old and New\"\nauthors: [Jane Roe, Jon Doe]\ndate: 2023-05-01T10:00:00Z\nlayout: article\n---\n\n" +
	"The valley has six bridges. The oldest was built in 1820 of stone.\n"

// probeSection is a Markdown file with no title: badges, then a section.
const probeSection = "[![CI](https://ci.example/badge.svg)](https://ci.example)\n\n## Description\n\nNotes on the rivers of the valley and their bridges.\n"

// probeScraped is the text of a scraped news page: its name ("Headline |
// Site"), a long navigation menu, then the headline, a byline with a date,
// the article and a line naming the site again.
var probeScraped = "A probe article about rivers | Example Times\n\n" +
	strings.Repeat("News\n\nSport\n\nWeather\n\nCulture\n\nSpecial Reports\n\n", 10) +
	"A probe article about rivers\n\nJane Roe - Apr 16, 2015 8:02 pm UTC\n\nBy\n\nJohn Doe\n\n" +
	"The rivers of the valley rise in the hills to the north and run south through the town, where six bridges cross them. " +
	"The oldest of the bridges was built of stone in 1820 and still carries the main road over the larger river.\n\n" +
	"Copyright Example Times\n"

// probeLabel is a page named by a label and its headline ("Re: …"): the
// label is no site.
const probeLabel = "Re: Rivers of the valley\n\nRivers of the valley\n\n" +
	"The rivers of the valley rise in the hills to the north and run south through the town, where six bridges cross them.\n"

// probePipe is a page named by its headline and a label set apart by a
// "|" ("… | Blog"): a word the page names nowhere else is no site.
const probePipe = "Rivers of the valley | Blog\n\nRivers of the valley\n\n" +
	"The rivers of the valley rise in the hills to the north and run south through the town, where six bridges cross them.\n"

// probeList is a text with no paragraph of prose, longer than a header:
// its metadata is read from its first lines, where a version number
// written like a date ("1.10.2019") is no date.
var probeList = "Changes\n\nNewest first\n\n1.10.2019\n\nVersion 2.0 - March 3, 2019\n\n" +
	strings.Repeat("- fixed a bug in the bridge tables\n", 50) + "\nVersion 0.1 - May 1, 2001\n"

// probeDated is a headline with a date, then a long navigation and a
// name far under the headline: neither names the author.
var probeDated = "River Week - March 3, 2019\n\nShare\n\n" + strings.Repeat("News\n\nSport\n\n", 30) + "Jon Roe\n\n" +
	"The rivers of the valley rise in the hills to the north and run south through the town, where six bridges cross them. " +
	"The oldest of the bridges was built of stone in 1820 and still carries the main road over the larger river.\n"

// probeCookie is a scraped page named by its headline alone, with a
// cookie notice before the article that reads as its first paragraph,
// and labelled fields below the article's teasers.
var probeCookie = "A probe article about bridges\n\n" + strings.Repeat("News\n\nSport\n\n", 12) +
	"Please accept our privacy terms\n\nWe use cookies and similar technologies to improve your browsing experience and to show you offers. " +
	"By clicking Accept you consent to these activities, and to the transfer of your data to our partners for their purposes.\n\n" +
	"A probe article about bridges\n\nThe six bridges of the town cross two rivers; the oldest, of stone, was built in 1820 and still carries the main road, " +
	"while the youngest, of steel, was built in 1990 and carries the railway over both rivers on nine arches.\n\n" +
	strings.Repeat("More\n\n", 14) + "Date 10.06.2013\n\nAuthor John Doe\n"

// probeNotice is a scraped page named "Headline | Site" whose site the
// page names nowhere else, with a teaser's name over its date (of the
// same day) above the headline, which is no author, a browser notice that
// reads as a first paragraph, and under the headline the author's name
// over the date, which labelled fields below the article's teasers do not
// outrank.
var probeNotice = "A probe page about locks | Example Journal\n\n" + strings.Repeat("News\n\nSport\n\n", 5) + "Jon Doe\n\nJune 8, 2015\n\n" +
	"Thank you for visiting example.org. You are using a browser version with limited support for CSS. To obtain the best experience, " +
	"we recommend you use a more up to date browser (or turn off compatibility mode in Internet Explorer).\n\n" +
	"A probe page about locks\n\nlocks,\n\ncanals\n\nJane Roe\n\nJune 8, 2015\n\n" +
	"The locks of the canal lift boats forty metres over six miles, and the oldest of them was built of stone in 1790 by the canal company, " +
	"which also built the warehouses, the stables and the lock keepers' cottages by the top lock.\n\n" +
	strings.Repeat("More\n\n", 14) + "Date 10.06.2013\n\nAuthor John Doe\n"

// probeRunning is a paper whose running head, its first line, stands
// again over its second page: the head is no headline.
var probeRunning = "Journal of Bridge Studies 12\n\nThe six bridges of the town\n\nJane Roe\n\n" +
	"The rivers of the valley rise in the hills to the north and run south through the town, where six bridges cross them. " +
	"The oldest of the bridges was built of stone in 1820 and still carries the main road over the larger river.\n\n" +
	"The youngest of the bridges was built of steel in 1990 and carries the railway over both rivers, on nine arches of its own " +
	"that stand in the water meadows south of the station, where the old goods yard was until the line was closed in 1966.\n\nJournal of Bridge Studies 12\n\n" +
	"Herons nest on the piers of the old bridge, and the town counts them every spring from the towpath along the larger river.\n"

// probeStrip is a scraped page whose name words its headline otherwise
// ("… | Site" over "Old Mill Reopens Its Doors to Curious Visitors"), with
// a photo's credit and a byline strip that reads as a menu ("Jane Roe ·
// Site · Posted: <date>").
var probeStrip = "The Old Mill Reopens Its Doors to Visitors | Valley News\n\n" + strings.Repeat("News\n\nSport\n\n", 8) +
	"Old Mill Reopens Its Doors to Curious Visitors\n\nImage by Valley Archives\n\n" +
	"Jane Roe · Valley News · Posted: Oct 14, 2022 9:27 AM ET | Last Updated: 2 hours ago\n\n" + probeBody

// probeCredit is a page named by a question it does not repeat, whose
// headline stands above share buttons, a photo's credit and a byline with
// a non-breaking space.
var probeCredit = "Why do rivers flood in spring?\n\n" + strings.Repeat("News\n\nSport\n\n", 8) +
	"The Rivers of the Valley in Spring\n\nShare on Facebook\n\nImage by Valley Archives\n\nBy Jane\u00a0Roe March 3, 2019\n\n" + probeBody

// probeMast is a page named "Headline | Site" whose masthead, the site's
// name, stands alone above the article and a byline with the place it was
// written at, and whose closing line, too long for a metadata line, dates
// it.
var probeMast = "The Old Mill Reopens Its Doors to Its Visitors | Valley News\n\n" + strings.Repeat("News\n\nSport\n\n", 8) +
	"Valley News\n\nJane Roe, Valley Mill Museum\n\nMarch 3, 2019\n\n" + probeBody + "\nThis entry was posted on Sunday, March 3rd, 2019 at 3:00 pm and is filed under Rivers, Mills. " +
	"You can follow any responses to this entry through the RSS 2.0 feed. You can leave a response, or trackback from your own site.\n"

// probeGallery is a page whose headline names a gallery ("Photos: …"),
// which is no photo's credit, under the site's name.
var probeGallery = "Valley News\n\nPhotos: Floods Sweep the Valley Again\n\nBy Jane Roe\n\n" + probeBody

// probeDek is a plain text whose subtitle, under its byline, rewords its
// title: the title stays the first line.
var probeDek = "Old Mill Reopens Its Doors to Visitors\n\nBy Jane Roe\n\nThe Old Mill Has Reopened Its Doors to Curious Visitors\n\n" + probeBody

// probeFooter is a dated page whose footer menu gives the site's own
// "Page last updated" date.
var probeFooter = "Old Mill Reopens Its Doors\n\nMarch 24, 2012\n\n" + probeBody +
	"\nPage last updated: March 3, 2019 · Privacy · Terms · Contact\n\nComments\n"

// probeDomain is a page whose name gives the site by its domain name, and
// whose byline, which reads as a menu, names the author before it.
var probeDomain = "The Old Mill Reopens Its Doors to Visitors | valleynews.com\n\n" + strings.Repeat("News\n\nSport\n\n", 8) +
	"The Old Mill Reopens Its Doors to Visitors\n\nPrint\n\nJane Roe, valleynews.com | The Valley Times By Jane Roe, valleynews.com | The Valley Times\n\n" + probeBody

// probeSlash is a page whose byline follows a slashed date, under its
// navigation's "Next Post".
var probeSlash = "The Old Mill Reopens Its Doors\n\nPrevious Post\n\nNext Post\n\n11/19/2019 by Jane Roe\n\n" + probeBody

// probeNav is a page whose headline opens with a word that begins
// navigation links ("Recent"), over its navigation's "Next Post" and a
// byline whose name ends in a day's name.
var probeNav = "Recent Mill Repairs\n\nNext Post\n\nBy Joe Friday\n\n" + probeBody

// probeGlued is a page whose name in capitals stands over a date run into
// its label.
var probeGlued = "The Old Mill Reopens Its Doors\n\nJANE ROE\n\nNov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.\n\n" + probeBody

// probeHandle is a page whose author's name stands over a handle and a
// date line that opens with the day's name, and whose byline names the
// day, under a site's domain name.
var probeHandle = "The Old Mill Reopens Its Doors - Valley\n\nValleyNews.com\n\nBy Jane Roe Tuesday, Aug. 17, 2010\n\nJohn Doe\n\n@johndoe\n\n" +
	"Friday 18 November 2011 18.00 EST First published on Friday 18 November 2011 18.00 EST\n\n" + probeBody

// probeBox is a page whose article goes on after a box of related
// articles between its paragraphs.
var probeBox = "The Old Mill Reopens Its Doors\n\nShare\n\n" + probeBody + "\nRelated Articles\n\nThe Weir Is Mended\n\n05 Oct 2011\n\n" +
	"The miller's heirs said on Tuesday that they were glad the town had kept the wheel and the stones of the mill.\n\n" +
	"The town will open the mill to schools in the spring, and the herons will be counted from its loft.\n\nRecent Posts\n\nThe Weir Is Mended\n"

// probeRepost is a blog's post, dated after its headline, of a piece
// that first appeared elsewhere on another day, under a byline whose name
// the page printed twice.
var probeRepost = "The Old Mill Reopens Its Doors March 24, 2012\n\nPosted by valleyblog in : Mills\n\nAuthor: Jane RoeJane Roe\n\n" +
	"This post first appeared on Valley News on 21 March 2012.\n\n" + probeBody

// probeLower is a page named in lower case by its headline and its site,
// whose masthead heads it again, published on a day it names.
var probeLower = "the old mill reopens its doors | valley notes\n\n" + strings.Repeat("News\n\nSport\n\n", 6) +
	"valley notes\n\n" + strings.Repeat("News\n\nSport\n\n", 2) + "Published on Saturday, March 24, 2012\n\nEarlier reports\n\n" + probeBody

// probeShare is a page whose headline, worded otherwise than its name,
// stands over a byline with a handle and a column of share buttons, one
// of them a word with dots in it ("Del.i.cious").
var probeShare = "Weirs Hold the Valley's River Back - Valley\n\n" + strings.Repeat("News\n\nSport\n\n", 6) +
	"The Weir That Saved the Mill\n\nby Jane Roe   @janeroe November 29, 2016: 3:42 PM ET\n\nPrint\n\nEmail\n\nReprints\n\nshare\n\nLinkedIn\n\n" +
	"StumbleUpon\n\nReddit\n\nDigg\n\nDel.i.cious\n\nTweet\n\n" + probeBody

// probeOriginal is a page dated by its own "Originally published" line,
// over a later update.
var probeOriginal = "The Old Mill Reopens Its Doors\n\nBy Jane Roe\n\nOriginally published: 03/24/2012\n\nLast updated: 03/26/2012\n\n" + probeBody

// probeHyphen is a page headed by its site's name over a headline of one
// hyphenated word ("Covid-19") over its byline.
var probeHyphen = "Valley Notes\n\nMill-Weir\n\nBy Jane Roe\n\n" + probeBody

// probeSpaced is a page whose name holds a dash in its headline and
// before its site, whose headline stands again with a no-break space in
// it, under a byline of a name and a date after the date's day.
var probeSpaced = "The Old Mill – Its Doors Reopen – Valley Notes\n\nValley Notes\n\nNews\n\nSport\n\n" +
	"The Old Mill – Its Doors\u00a0Reopen\n\nJane D. Roe Thursday, March 25, 2021\n\n" + probeBody

// probeSentences are sentences whose breaks the sentence splitter must
// find or pass over: an abbreviation it does not know before lower case
// ("bbl. of"), initials, a year ending a sentence, sentences run
// together, a line, a name in mixed case or an identifier that starts
// in lower case, a sentence naming code in backticks that runs on
// past a line break, a month's abbreviation before its day at the
// start of a line, a link whose target runs a word into a capital, and
// a quotation ending a sentence before one that opens the next, and a
// title's abbreviation Punkt does not know before a name, and a middle
// initial before a surname that ends the sentence.
const probeSentences = "The mill ground 4.9 million bbl. of corn for V.L. Mutko in 1966. It closed in 1971.The town bought it.\n" +
	"mills were cheap. eBay sold its stones. x2 was the lot.\n" +
	"You can run `mill.Grind()` on both sacks and\nthen weigh the flour.\nJun. 10, 17 · Mill Zone\n" +
	"It waits until the\n`Mill` reports its `State` as ground.\n" +
	"See the [mill](/mills#Old.Mill) for more. Was it “meh?” “It was fine,” said Capt. Jane Roe. It was ground by Samuel A. Ward."

// probeHTML is a page of a manual: a title that names the manual in
// brackets after a colon, a navigation line of rel links above the
// section, a table of contents, headings with permalinks, prose with a
// link to the next page, a code example, a table, a paragraph that is a
// link to another page ("Related: ...") and one of prose around a link,
// a caption with a credit, and a word with a soft hyphen.
const probeHTML = `<!DOCTYPE html>
<html><head><title>Simple Example (probe: the portable river bridging library)</title>
<link href="Types.html" rel="next" title="Types"></head>
<body lang="en"><div class="section" id="Simple-Example">
<div class="header"><p>
Next: <a href="Types.html" accesskey="n" rel="next">Types</a>, Previous: <a href="The-Basics.html" accesskey="p" rel="prev">The Basics</a>, Up: <a href="Using-probe.html" accesskey="u" rel="up">Using probe</a> &nbsp; [<a href="Index.html" title="Index" rel="index">Index</a>]</p>
</div><hr>
<dl class="toc"><dt>2.2.1 <a href="#example">Simple Example</a></dt><dd>2.2.2 <a href="probe.html#notes">Notes</a></dd></dl>
<h3 class="section" id="example">2.2 Building the first bridge<a class="headerlink" href="#example" title="Permalink to this heading">¶</a></h3>
<p>Here is a trivial example that bridges a river twice. The library assumes that you know the span of the river and
the load of the bridge, as well as the number of piers it stands on; the <a href="Types.html" rel="next">next section</a>
describes the types that describe them.</p>
<pre class="example">#include &lt;bridge.h&gt;

int main()
{
  bridge_t b;
  bridge_init(&amp;b, 420);
  return 0;
}
</pre>
<p>The first call to <code>bridge_init</code> reserves the piers; a second call with the same span returns
<code>BRIDGE_OK</code> without reserving them again, so it is safe to call it once for each river.</p>
<table><tr><th>Span </th><th> Piers</th></tr><tr><td> 420 m</td><td>3 </td></tr></table>
<p><a href="Rivers.html"><span>Related: The rivers the library has bridged so far</span></a></p>
<p>A river wider than the span needs a second bridge: see <a href="Rivers.html">the rivers it has bridged</a>.</p>
<figure><img src="bridge.jpg" alt=""><figcaption><span>The first bridge, in 1851.</span> <span itemprop="copyrightHolder">Credit: Valley Archives</span></figcaption></figure>
<h4 id="notes">Notes<a class="headerlink" href="#notes">¶</a></h4>
<p>Bridges built this way carry traffic for a century and a half before they need to be replaced, and the piers
left standing in the river are a home for the herons. The her&shy;ons nest on them in spring.</p>
</div></body></html>
`

// probeTexts are the plain-text probe documents, in the order Fingerprint
// hashes them; a new probe goes at the end (of probeMoreMeta).
var probeTexts = append([]string{probeDoc, probeWrapped, probeMarkdown, probeSection, probeScraped, probeLabel, probePipe, probeList,
	probeDated, probeCookie, probeNotice, probeRunning, probeStrip, probeCredit, probeMast, probeGallery, probeDek, probeFooter,
	probeDomain, probeSlash, probeNav, probeGlued, probeHandle, probeBox, probeRepost, probeLower, probeShare, probeOriginal,
	probeHyphen, probeSpaced, probeInterview, probeDoubled, probeCaption, probeAuthorNamed, probeWrittenAt}, probeMoreMeta...)

// probeInterview is an interview whose byline names the interviewer in
// capitals, with the photographer after it.
const probeInterview = "A talk with the bridge builder\n\nINTERVIEW BY JANE EXAMPLE, PHOTO BY JON EXAMPLE\n\n" + probeBody

// probeDoubled is a page scraped with its line breaks doubled: a blank
// line after each line of paragraphs wrapped at a fixed width, one
// sentence going on past a line that ends in "with" and one past a line
// that ends in a comma.
const probeDoubled = "The old mill and its weir\n\n" +
	"The old mill on the larger river was built of stone in 1820 and it\n\n" +
	"ground the valley's corn for a century and a half, until its wheel was\n\n" +
	"stopped in 1966 and its doors were closed to the town, which bought it\n\n" +
	"from the miller's heirs in 1971. The weir can be crossed with\n\n" +
	"care in summer, when the river is low,\n\n" +
	"and the mill's yard is open.\n\n" +
	"The herons nest on its weir every spring, and the town counts them\n\n" +
	"from the towpath along the river, as it has done since the mill closed.\n\n" +
	"Comments\n"

// probeCaption is a page whose headline, repeated, stands over a dated
// photo caption ending in its credit, then the byline and the page's own
// date.
var probeCaption = "Mill Reopens in the Valley | Valley News\n\n" + strings.Repeat("News\n\nSport\n\n", 8) +
	"The Old Mill Reopens Its Doors \n\nThe Old Mill Reopens Its Doors \n\n" +
	"The sun rises over the weir on March 24, 2014 near the old bridge.Jon Doe—Valley Archives\n\nBy Jane Roe\n\n" +
	"November 2, 2023 3:53 PM EDT\n\n" + probeBody

// probeAuthorNamed is a page named "Author: Headline - Site" whose
// headline, worded a little otherwise, stands over a byline of four words
// in capitals.
var probeAuthorNamed = "Jane Q. Roe: If Millers Were Taxed Like Bank-Managers - ValleyTimes.com\n\n" + strings.Repeat("News\n\nSport\n\n", 8) +
	"October 26, 2012, 6:00 am\n\nIf Millers Were Taxed Like a Bank-Manager\n\nBy JANE Q. ROE\n\n" + probeBody

// probeWrittenAt is a page whose byline names the author and the place
// the piece was written at, past share buttons, over the site's domain
// name and the date.
var probeWrittenAt = "The Old Mill Reopens Its Doors | Valley news | The Valley\n\n" + strings.Repeat("News\n\nSport\n\n", 8) +
	"The Old Mill Reopens Its Doors\n\nShare\n\nTweet this\n\nEmail\n\nJane Roe in Millbrook\n\n" +
	"valley.co.uk, Monday 29 October 2012 13.10 EDT\n\n" + probeBody

// Fingerprint hashes what extraction, block classification, metadata
// detection and chunking make of the probe documents (probeTexts, the
// page probeHTML and the PDF probePDF),
// and the sentences text.Sentences finds in probeSentences: a short hex
// string that changes when the pipeline's output does. An index stores it, so
// that an index made by a different pipeline is rebuilt rather than mixed
// with new chunks. It is computed once, on first use (every Open
// asks for it twice), and is safe for concurrent use.
func Fingerprint() string { return fingerprint() }

var fingerprint = sync.OnceValue(computeFingerprint)

// computeFingerprint is Fingerprint, computed.
func computeFingerprint() string {
	h := sha256.New()
	for _, doc := range probeTexts {
		x, err := extract("probe.txt", []byte(doc))
		txt := x.Text
		fmt.Fprintf(h, "%q %v\n", txt, err)
		blocks := classify(txt)
		meta := detectMeta(txt, blocks)
		fmt.Fprintf(h, "%+v\n%+v\n%+v\n", blocks, meta, makeChunks(context.Background(), txt, blocks, meta))
	}
	fmt.Fprintf(h, "%v\n", text.Sentences(probeSentences)) // long blocks are chunked by sentences
	for _, f := range []File{{Path: "probe.html", Data: []byte(probeHTML)}, {Path: "probe.pdf", Data: probePDF}, {Path: "probe.md", Data: []byte(probeFront)}} {
		if d, err := Parse(f); err == nil {
			fmt.Fprintf(h, "%q\n%+v\n%+v\n%+v\n", d.Text, d.Meta, d.Declared, d.Chunks)
		} else {
			fmt.Fprintf(h, "%v\n", err)
		}
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}
