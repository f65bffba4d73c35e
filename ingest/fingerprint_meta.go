package ingest

import "strings"

// More probes of metadata detection (see probeTexts), each a page of
// the valley's mill with one form of byline or date, and the article of
// the scraped-page probes.

// probeBody is the article of most of the scraped-page probes (probeStrip
// and those after it in probeTexts).
const probeBody = "The old mill on the larger river was built of stone in 1820 and ground the valley's corn for a century and a half, " +
	"until its wheel was stopped in 1966 and its doors were closed to the town, which bought it from the miller's heirs in 1971.\n\n" +
	"The herons nest on its weir every spring, and the town counts them from the towpath along the river.\n"

// probeSectionBy is a page whose byline opens with its section's word.
var probeSectionBy = "Opinion: The Old Mill Should Stay Open\n\nOpinion by Jane Roe\n\n4 minute read\n\n" + probeBody

// probeYearless is a page whose byline gives a date with no year, a time
// and a handle after the name.
var probeYearless = "The Old Mill Reopens Its Doors\n\nBy Jane Roe March 24 at 7:00 AM Follow @janeroe\n\n" + probeBody

// probeCapsBar is a page whose byline gives the name in capitals, a bar,
// and a slashed date with a two-digit year, a strip read as a menu.
var probeCapsBar = "The Old Mill Reopens Its Doors\n\ndigg - The Old Mill Reopens Its Doors - reddit\n\nJANE ROE | 03/24/12 06:13 AM |\n\n" + probeBody

// probeDegree is a page whose author's name, a degree and a tagline
// stand over the headline, under a menu item naming "Us".
var probeDegree = "Valley Today\n\nContact Us\n\nJane Roe Ph.D. The Science of Mills\n\nThe Old Mill Reopens Its Doors\n\n" + probeBody

// probeUserAuthor is a blog's post whose author is a user name labelled
// after the date, and whose page names a menu item over a date above it.
var probeUserAuthor = "The Old Mill Reopens — Valley Gals\n\nValley Gals\n\nContact Us\n\nApril 15, 2011\n\nThe Old Mill Reopens\n\n" +
	"March 24, 2012 | Author: ValleyGal\n\n" + probeBody

// probeHandleTime is a page whose author's name stands over a handle,
// the name again, and a date line with its time and its update.
var probeHandleTime = "The Old Mill Reopens Its Doors\n\nNext\n\nJane Roe\n\n@janeroe\n\nJane Roe\n\n" +
	"24 Mar 2012 06:07AM (Updated: 24 Mar 2012 07:46AM)\n\n" + probeBody

// probeMonthYear is a magazine's page dated by a month and its year
// after a label.
var probeMonthYear = "IN THE MAGAZINE\n\nPublished March, 2012\n\nTHE OLD MILL\n\nINTERVIEW BY JANE ROE\n\n" + probeBody

// probeDottedShort is a page whose labelled date, said twice (for screen
// readers, then shown), is a dotted date with a two-digit year.
var probeDottedShort = "The Old Mill Reopens Its Doors | Valley\n\n" + strings.Repeat("News\n\nSport\n\n", 4) +
	"Author: Jane Roe\n\nDate of Publication: 03.24.12. 03.24.12\n\nThe Old Mill Reopens Its Doors\n\n" + probeBody

// probeShortYear is a page whose date gives a two-digit year after the
// month and the day, before a separator.
var probeShortYear = "The Old Mill Reopens Its Doors\n\nby\n\nJane Roe\n\n·\n\nMar. 24, 12 · Mills Zone\n\n" + probeBody

// probeUnderTitle is a page whose article runs in short paragraphs far
// below its headline, which stands amid a header too long to keep whole,
// with its updated line and its byline under it.
var probeUnderTitle = "Valley News - The Old Mill Reopens Its Doors\n\n" + strings.Repeat("News\n\nSport\n\n", 6) +
	"The Old Mill Reopens Its Doors\n\nPage last updated at 05:00 GMT, Friday, 23 March 2012 06:00 UK\n\nBy Jane Roe\n\n" +
	strings.Repeat("The mill opens on Monday.\n\n", 40) + probeBody

// probeLabelled is a page whose name tags its headline with a label
// ("(Opinion)"), whose menu names the headline near the top, and whose
// headline and byline stand above a carousel of videos longer than the
// header keeps.
var probeLabelled = "The Old Mill Reopens Its Doors (Opinion) - Valley.com\n\n" + strings.Repeat("News\n\nSport\n\n", 3) +
	"The Old Mill Reopens Its Doors\n\n" + strings.Repeat("News\n\nSport\n\n", 10) +
	"The Old Mill Reopens Its Doors\n\nBy Jane Roe, Valley\n\nUpdated 1701 GMT November 29, 2015\n\n" +
	strings.Repeat("Replay\n\nMore Videos\n\n", 25) + probeBody

// probeSummaryBy is a page whose byline, with its date, stands under a
// summary that opens the body, and whose comments are dated.
var probeSummaryBy = "The Old Mill Reopens Its Doors\n\nSummary: " + strings.Repeat("The town bought the mill and will open it again. ", 5) +
	"\n\nBy Jane Roe for The Valley Report | June 5, 2013 -- 13:03 GMT (06:03 PDT)\n\n" + probeBody + "\nmillfan\n\n6 June, 2013 09:45\n"

// probeSpacedBy is a page whose byline has a title before the name and
// a non-breaking space before the date.
var probeSpacedBy = "The Old Mill Reopens Its Doors\n\nPosted by Dr. Jane Roe \u00a0June 6, 2013 08:03 AM\n\n" + probeBody

// probeListed is a page dated only by its site's list of latest posts,
// which names it with its date.
var probeListed = "The Old Mill Reopens Its Doors\n\n" + probeBody + "\nLatest posts\n\nThe Old Mill Reopens Its Doors - June 30, 2014\n\nA New Bridge - June 16, 2014\n"

// probeEdited is a page dated under its headline whose note at the end
// dates an edit ("… edit: Updated …"), with an embedded post's caption.
var probeEdited = "The Old Mill Reopens Its Doors\n\nJane Roe on June 5, 2023\n\n" + probeBody +
	"\nA photo posted by Jane Roe (@janeroe) on Nov 11, 2015 at 2:50pm PST\n\n2025-09-05 edit: Updated the opening hours.\n"

// probeAgency is a page whose writer is an agency, credited between its
// headline and its labelled date.
var probeAgency = "The Old Mill Reopens Its Doors | Valley.com\n\nThe Old Mill Reopens Its Doors\n\nThe Valley Press\n\nPosted: 03/10/2015 12:08 am EDT\n\n" + probeBody

// probeShortParas is an article in paragraphs of a sentence or two
// between a comment link and a link back to the top, none long enough to
// be good alone.
var probeShortParas = "Home\n\nNews\n\nMill reopens\n\nBy JANE ROE\n\nAdd a comment\n\n" +
	"THE OLD MILL on the river is set to reopen its doors to the town after fifty years.\n\n" +
	"The mayor said that the mill would open on Saturday and that the first bread from its flour would be sold in the square.\n\n" +
	"It was built of stone in 1820 and ground the valley's corn for a century and a half before its wheel was stopped.\n\n" +
	"The town bought it from the miller's heirs in 1971, and volunteers have spent the last ten years mending its wheel.\n\n" +
	"Back to top of page\n\nToday's Discussion\n"

// probeDayDate is a short note under a date line that opens with its
// day's name, which is no title.
var probeDayDate = "Fri, 02 Dec 2011\n\nThe Old Mill Reopens Its Doors\n\nIt opens on Saturday.\n"

// probeRepeated says a sentence of middling length twice, whose first
// occurrence is content.
var probeRepeated = "The Old Mill Reopens Its Doors\n\nThe mill opens at nine and closes at five on every day of the week but Sunday.\n\n" +
	probeBody + "\nThe mill opens at nine and closes at five on every day of the week but Sunday.\n"

// probeLede opens its article with a sentence full of names, between
// good paragraphs.
var probeLede = "Home\n\nThe Old Mill Reopens Its Doors\n\n" + probeBody +
	"\nVALLEY TOWN—Mayor Jane Roe, Miller John Doe and Valley Heritage Trust chair Max Mustermann opened Old Mill Lane Monday.\n\n" +
	"The lane runs from the bridge to the mill along the river, and it was closed for two years while the town repaired the old stone wall that holds the bank above the weir, which the winter floods of the last ten years had washed out in three places.\n\nShare\n"

// probeOpening and probeSenior are encyclopedia articles whose first line
// is their title: in lower case, said again by the first paragraph, and
// ending in a name's abbreviation.
var (
	probeOpening = "the old mill of valley town\n\nThe Old Mill of Valley Town was built of stone in 1820 on the larger river and ground the valley's corn for a century and a half, until its wheel was stopped in 1966 and the town bought it from the miller's heirs.\n"
	probeSenior  = "John Miller Sr.\n\nJohn Miller Sr. (1795 – 1869) was the miller of Valley Town, who built the old mill of stone on the larger river in 1820 and ground the valley's corn there for almost fifty years before his sons took it over.\n"
)

// probeMiddle names its headline between two separators of its page's
// name, after a section that its menu repeats.
var probeMiddle = "News Releases - Newsroom - The Old Mill Reopens Its Doors - Valley Town Council\n\nValley Town Council\n\nNews Releases\n\n" +
	"The Old Mill Reopens Its Doors\n\nJul 16 2015\n\n" + probeBody

// probeThread is a forum thread: a reply button under each post, and
// most of its text after the first.
var probeThread = "Valley Talk | Sign in\n\nIs the old mill open again?\n\nmillfan · 20/07/2021 11:16\n\nDoes anyone know when the old mill opens its doors again?\n\nReply\n\n" +
	"riverside · 20/07/2021 11:20\n\n" + probeBody + "\nReply\n\nbaker · 20/07/2021 11:24\n\n" +
	"The mayor said at the meeting on Tuesday that the mill would open on Saturday and that the first bread from its flour would be sold in the square, so we will all go down there early and see it for ourselves.\n\nReply\n\n" +
	"miller · 20/07/2021 11:31\n\nThe town bought it from the miller's heirs in 1971, and a group of volunteers from the valley have spent most of the last ten years mending its wheel and the two old sluice gates that feed it with water from the weir.\n\nReply\n"

// probeMoreMeta are these probes, in the order Fingerprint hashes them,
// after the others of probeTexts.
var probeMoreMeta = []string{probeSectionBy, probeYearless, probeCapsBar, probeDegree, probeUserAuthor, probeHandleTime,
	probeMonthYear, probeDottedShort, probeShortYear, probeUnderTitle, probeLabelled, probeSummaryBy, probeSpacedBy, probeListed, probeEdited, probeAgency, probeShortParas, probeDayDate, probeRepeated, probeLede, probeOpening, probeSenior, probeMiddle, probeThread}
