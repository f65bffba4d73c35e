package ingest

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/citebot/citebot/text"
)

// metaOf classifies doc and detects its metadata, checking the spans'
// contract: in order, within doc, no duplicates, each a whole trimmed line.
func metaOf(t *testing.T, doc string) Meta {
	t.Helper()
	m := detectMeta(doc, classify(doc))
	prev := -1
	for _, sp := range m.Spans {
		if sp.Start <= prev || sp.End <= sp.Start || sp.End > len(doc) {
			t.Fatalf("span %v out of order or bounds", sp)
		}
		line := doc[sp.Start:sp.End]
		if strings.Contains(line, "\n") || strings.TrimSpace(line) != line {
			t.Fatalf("span %v is not a trimmed line: %q", sp, line)
		}
		prev = sp.Start
	}
	return m
}

func TestMetaForms(t *testing.T) {
	body := "\n\n" + para1 + "\n\n" + para2 + "\n"
	tests := []metaCase{
		{"author line", "Water on the Moon\n\nAuthor: Jane Roe" + body,
			Meta{Title: "Water on the Moon", Author: "Jane Roe"}},
		{"by line", "Water on the Moon\n\nBy Jane Q. Roe and John Doe" + body,
			Meta{Title: "Water on the Moon", Author: "Jane Q. Roe and John Doe"}},
		{"interview by, in capitals", "Water on the Moon\n\nINTERVIEW BY JANE ROE, PHOTO BY JOHN DOE" + body,
			Meta{Title: "Water on the Moon", Author: "JANE ROE"}},
		{"by alone is unknown", "Water on the Moon\n\nBy" + body,
			Meta{Title: "Water on the Moon"}},
		{"written by with a date", "Water on the Moon\n\nWritten by Jane Roe on March 24, 2012" + body,
			Meta{Title: "Water on the Moon", Author: "Jane Roe", Date: "March 24, 2012", ISODate: "2012-03-24"}},
		{"posted by a user name", "jump to navigation\n\nWater on the Moon\n\nPosted by spacefan in : Science, News" + body,
			Meta{Title: "Water on the Moon", Author: "spacefan"}},
		{"name under the title beats a user name", "Water on the Moon\n\nPosted by spacefan in : Science\n\nJane Roe" + body,
			Meta{Title: "Water on the Moon", Author: "Jane Roe"}},
		{"note about the author at the end", "Water on the Moon" + body + "\n*Jane Roe is a PhD student at the School of Physics.\n",
			Meta{Title: "Water on the Moon", Author: "Jane Roe"}},
		{"chief editor note", "Water on the Moon" + body + "\nJane Roe is the Chief Editor of the Planet Journal.\n",
			Meta{Title: "Water on the Moon", Author: "Jane Roe"}},
		{"a sentence about someone else is no author", "Water on the Moon" + body + "\nVladimir Putin is expected to visit next year.\n",
			Meta{Title: "Water on the Moon"}},
		{"a source line is no name", "Water on the Moon\n\nSource: BuzzFeed" + body,
			Meta{Title: "Water on the Moon", Publisher: "BuzzFeed"}},
		{"a table row is no name nor date", "Water on the Moon\n\nFounded\tFebruary 28, 1998; 18 years ago\n\nFounder\tNetscape Communications Corporation" + body,
			Meta{Title: "Water on the Moon"}},
		{"a date row is a date", "Water on the Moon\n\nPublished\tMarch 24, 2012" + body,
			Meta{Title: "Water on the Moon", Date: "March 24, 2012", ISODate: "2012-03-24"}},
		{"a byline strip that reads as a menu dates the page", "Water on the Moon\n\nJane Roe · Planet News · Posted: Oct 14, 2022 9:27 AM ET | Last Updated: 2 hours ago" + body,
			Meta{Title: "Water on the Moon", Date: "Oct 14, 2022", ISODate: "2022-10-14"}},
		{"a list of the site's posts dates the page by its title", "Water on the Moon" + body + "\nLatest posts\n\nWater on the Moon - June 30, 2014\n\nFire on Mars - June 16, 2014\n",
			Meta{Title: "Water on the Moon", Date: "June 30, 2014", ISODate: "2014-06-30"}},
		{"a date line under the title in a list of posts", "Water on the Moon" + body + "\nRecent Posts\n\nWater on the Moon\n\nJune 30, 2014 • No Comment\n",
			Meta{Title: "Water on the Moon", Date: "June 30, 2014", ISODate: "2014-06-30"}},
		{"another post's listed date dates nothing", "Water on the Moon" + body + "\nLatest posts\n\nFire on Mars - June 16, 2014\n",
			Meta{Title: "Water on the Moon"}},
		{"an edit's date comes after the page's own", "Water on the Moon\n\nJane Roe on June 5, 2023" + body + "\n2025-09-05 edit: Updated the figures.\n",
			Meta{Title: "Water on the Moon", Date: "June 5, 2023", ISODate: "2023-06-05"}},
		{"an update's date when nothing else dates the page", "Water on the Moon\n\nUpdated: November 13, 2015" + body,
			Meta{Title: "Water on the Moon", Date: "November 13, 2015", ISODate: "2015-11-13"}},
		{"an embedded post's caption dates the post", "Water on the Moon\n\nUpdated: November 13, 2015" + body +
			"\nA photo posted by Jane Roe (@janeroe) on Nov 11, 2015 at 2:50pm PST\n",
			Meta{Title: "Water on the Moon", Date: "November 13, 2015", ISODate: "2015-11-13"}},
		{"an agency credited between the headline and its labelled date", "Water on the Moon | Planet News\n\nWater on the Moon\n\nReuters\n\nPosted: 03/10/2015 12:08 am EDT" + body,
			Meta{Title: "Water on the Moon", Author: "Reuters", Date: "03/10/2015", ISODate: "2015-03-10", Publisher: "Planet News"}},
		{"an agency named with its article", "Water on the Moon - Planet News\n\nWater on the Moon\n\nThe Associated Press\n\nPosted:   07/18/2013 04:44:59 PM PDT" + body,
			Meta{Title: "Water on the Moon", Author: "The Associated Press", Date: "07/18/2013", ISODate: "2013-07-18"}},
		{"a date's label under the headline is no writer", "Water on the Moon | Planet News\n\nWater on the Moon\n\nDate\n\nPosted: June 6, 2013" + body,
			Meta{Title: "Water on the Moon", Date: "June 6, 2013", ISODate: "2013-06-06", Publisher: "Planet News"}},
		{"a menu with a date but no label dates nothing", "Water on the Moon\n\nNews · Sport · Oct 14, 2022 · Weather" + body,
			Meta{Title: "Water on the Moon"}},
		{"a page's name said otherwise above the article", "Water Found on the Moon by a Lunar Probe | Planet News\n\n" + nav(12) +
			"Lunar Probe Finds Water on the Moon at Last\n\nEarlier reports" + body,
			Meta{Title: "Lunar Probe Finds Water on the Moon at Last", Publisher: "Planet News"}},
		{"the longest side of the name that stands again", "Weekly Address: Water on the Moon | planet.gov\n\n" + nav(12) +
			"Weekly Address\n\n" + nav(4) + "Weekly Address: Water on the Moon\n\nApril 11, 2015" + body,
			Meta{Title: "Weekly Address: Water on the Moon", Date: "April 11, 2015", ISODate: "2015-04-11", Publisher: "planet.gov"}},
		{"a masthead standing alone is the site, not the headline", "Probe Finds Water on the Moon at Last | Planet News\n\n" + nav(12) +
			"Planet News\n\n" + nav(4) + "Earlier reports" + body,
			Meta{Title: "Probe Finds Water on the Moon at Last", Publisher: "Planet News"}},
		{"a masthead in lower case is the site too", "probe finds water on the moon at last | planet notes\n\n" + nav(12) +
			"planet notes\n\n" + nav(4) + "Earlier reports" + body,
			Meta{Title: "probe finds water on the moon at last", Publisher: "planet notes"}},
		{"a blog's closing line dates it", "Water on the Moon" + body + "\nThis entry was posted on Sunday, March 24th, 2012 at 3:00 pm and is filed under Space, Science. " +
			"You can follow any responses to this entry through the RSS 2.0 feed. You can leave a response, or trackback from your own site.\n",
			Meta{Title: "Water on the Moon", Date: "March 24th, 2012", ISODate: "2012-03-24"}},
		{"a name and the place it was written at", "Water on the Moon\n\nJane Roe, Melbourne Cricket Ground\n\nMarch 24, 2012" + body,
			Meta{Title: "Water on the Moon", Author: "Jane Roe", Date: "March 24, 2012", ISODate: "2012-03-24"}},
		{"a domain name beside the headline is the site", "Water on the Moon | planetnews.com.au\n\n" + nav(12) + "Water on the Moon" + body,
			Meta{Title: "Water on the Moon", Publisher: "planetnews.com.au"}},
		{"a byline naming the site by its domain, read as a menu", "Water on the Moon | PlanetNews.com\n\n" + nav(12) + "Water on the Moon\n\nPrint\n\n" +
			"Jane Roe, PlanetNews.com | The Planet By Jane Roe, PlanetNews.com | The Planet" + body,
			Meta{Title: "Water on the Moon", Author: "Jane Roe", Publisher: "PlanetNews.com"}},
		{"a slashed date before a byline", "Water on the Moon\n\n11/19/2019 by Jane Roe" + body,
			Meta{Title: "Water on the Moon", Author: "Jane Roe", Date: "11/19/2019", ISODate: "2019-11-19"}},
		{"a slashed date that puts the day first", "Water on the Moon\n\n19/11/2019" + body,
			Meta{Title: "Water on the Moon", Date: "19/11/2019", ISODate: "2019-11-19"}},
		{"a navigation link is no author, a dated byline set apart by a bar is", "Water on the Moon\n\nNext Post\n\nOctober 9, 2018 | by Jane Roe" + body,
			Meta{Title: "Water on the Moon", Author: "Jane Roe", Date: "October 9, 2018", ISODate: "2018-10-09"}},
		{"a headline that opens with a navigation word is a headline", "Next Generation Rovers" + body,
			Meta{Title: "Next Generation Rovers"}},
		{"a navigation link is no headline", "Related Stories" + body,
			Meta{}},
		{"a navigation link alone is no author", "Water on the Moon\n\nNext Post" + body,
			Meta{Title: "Water on the Moon"}},
		{"a name in capitals over a date run into its label", "Water on the Moon\n\nJANE ROE\n\nNov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m." + body,
			Meta{Title: "Water on the Moon", Author: "JANE ROE", Date: "Nov. 20, 2019", ISODate: "2019-11-20"}},
		{"a day's name ends the byline's name", "Water on the Moon\n\nBy Jane Roe Tuesday, Aug. 17, 2010" + body,
			Meta{Title: "Water on the Moon", Author: "Jane Roe", Date: "Aug. 17, 2010", ISODate: "2010-08-17"}},
		{"a day's name that ends a byline's name and dates nothing is its name", "Water on the Moon\n\nBy Joe Friday" + body,
			Meta{Title: "Water on the Moon", Author: "Joe Friday"}},
		{"a name over a handle over a date line that opens with the day's name", "Water on the Moon | Planet News\n\n" + nav(12) + "Water on the Moon\n\nShare on Facebook\n\nShare on Twitter\n\nShare via Email\n\nClose\n\nJane Roe\n\n@janeroe\n\nFriday 18 November 2011 18.00 EST First published on Friday 18 November 2011 18.00 EST" + body,
			Meta{Title: "Water on the Moon", Author: "Jane Roe", Date: "18 November 2011", ISODate: "2011-11-18", Publisher: "Planet News"}},
		{"a site's domain name under the byline is no headline", "Water on the Moon at Last - Planet\n\nEmail\n\nPrint\n\nMore\n\nComments\n\nBy Jane Roe\n\nPlanetNews.com\n\nArchive | Contact" + body,
			Meta{Title: "Water on the Moon at Last - Planet", Author: "Jane Roe"}},
		{"a page's gallery link under the title is no author", "Water on the Moon | Planet News\n\n" + nav(12) + "Water on the Moon\n\nLoading Photo Gallery\n\nPrint" + body,
			Meta{Title: "Water on the Moon", Publisher: "Planet News"}},
		{"a photo's credit is no headline", "jump to navigation\n\nWater on the Moon\n\nImage by Getty Images\n\nBy Jane Roe" + body,
			Meta{Title: "Water on the Moon", Author: "Jane Roe"}},
		{"a slashed credit is no headline", "jump to navigation\n\nWater on the Moon\n\nESA/ATG\n\nMarch 24, 2012" + body,
			Meta{Title: "Water on the Moon", Date: "March 24, 2012", ISODate: "2012-03-24"}},
		{"a headline with a slash is no credit", "Planet News\n\nIsrael/Palestine Talks Resume\n\nBy Jane Roe" + body,
			Meta{Title: "Israel/Palestine Talks Resume", Author: "Jane Roe"}},
		{"a gallery's headline is no credit", "Planet News\n\nPhotos: Floods Sweep the Valley\n\nBy Jane Roe" + body,
			Meta{Title: "Photos: Floods Sweep the Valley", Author: "Jane Roe"}},
		{"a plain text's subtitle that rewords its title is no title", "Lunar Probe Finds Water on the Moon\n\nBy Jane Roe\n\nA Lunar Probe Has Found Water Ice on the Moon" + body,
			Meta{Title: "Lunar Probe Finds Water on the Moon", Author: "Jane Roe"}},
		{"a footer's labelled date does not date the page", "Water on the Moon\n\nMarch 24, 2012" + body + "\n\nPage last updated: March 3, 2019 · Privacy · Terms · Contact\n\nComments\n",
			Meta{Title: "Water on the Moon", Date: "March 24, 2012", ISODate: "2012-03-24"}},
		{"a teaser's labelled date in a menu does not outweigh the page's", "Planet News\n\nNews · Sport · Weather\n\nRecent: Posted: March 3, 2019 · Sport · Weather\n\nWater on the Moon\n\nMarch 24, 2012" + body,
			Meta{Title: "Water on the Moon", Date: "March 24, 2012", ISODate: "2012-03-24"}},
		{"day month year alone", "Water on the Moon\n\n21 March 2012" + body,
			Meta{Title: "Water on the Moon", Date: "21 March 2012", ISODate: "2012-03-21"}},
		{"ordinal date", "Water on the Moon\n\nMarch 17th 2019" + body,
			Meta{Title: "Water on the Moon", Date: "March 17th 2019", ISODate: "2019-03-17"}},
		{"iso date", "Water on the Moon\n\nPublished 2012-03-21" + body,
			Meta{Title: "Water on the Moon", Date: "2012-03-21", ISODate: "2012-03-21"}},
		{"a date in the body is not read", "Water on the Moon" + body + "\nThe probe will launch on May 5, 2030.\n",
			Meta{Title: "Water on the Moon"}},
		{"published in at the end", "Water on the Moon" + body + "\nPublished in Daily Planet, March 17th 2019.\n\nShare\n",
			Meta{Title: "Water on the Moon", Publisher: "Daily Planet", Date: "March 17th 2019", ISODate: "2019-03-17"}},
		{"a share button with dots in it is no headline", "Probe Finds Water - Planet\n\n" + nav(12) + "Water on the Moon at Last\n\nBy Jane Roe\n\n" +
			"Print\n\nEmail\n\nReprints\n\nshare\n\nLinkedIn\n\nStumbleUpon\n\nReddit\n\nDigg\n\nDel.i.cious\n\nTweet" + body,
			Meta{Title: "Probe Finds Water - Planet", Author: "Jane Roe"}},
		{"a headline of one hyphenated word over a byline", "Planet News\n\nCovid-19\n\nBy Jane Roe" + body,
			Meta{Title: "Covid-19", Author: "Jane Roe"}},
		{"a byline with a handle before its date", "Water on the Moon\n\nby Jane Roe   @janeroe November 29, 2016: 3:42 PM ET" + body,
			Meta{Title: "Water on the Moon", Author: "Jane Roe", Date: "November 29, 2016", ISODate: "2016-11-29"}},
		{"a name and the day's name before the date", "Water on the Moon\n\nJane D. Roe Thursday, March 25, 2021" + body,
			Meta{Title: "Water on the Moon", Author: "Jane D. Roe", Date: "March 25, 2021", ISODate: "2021-03-25"}},
		{"a day's name in a name is no day before a date", "Water on the Moon\n\nJoe Friday | March 25, 2021" + body,
			Meta{Title: "Water on the Moon", Author: "Joe Friday", Date: "March 25, 2021", ISODate: "2021-03-25"}},
		{"a headline repeated with a no-break space", "Water on the Moon – At Last – Planet\n\nPlanet\n\n" + nav(3) + "Water on the Moon – At\u00a0Last\n\nBy Jane Roe" + body,
			Meta{Title: "Water on the Moon – At Last", Author: "Jane Roe", Publisher: "Planet"}},
		{"published on a day's name names no publisher", "Water on the Moon\n\nPublished on Saturday, March 24, 2012" + body,
			Meta{Title: "Water on the Moon", Date: "March 24, 2012", ISODate: "2012-03-24"}},
		{"a byline printed twice, run together", "Water on the Moon\n\nAuthor: Jane RoeJane Roe" + body,
			Meta{Title: "Water on the Moon", Author: "Jane Roe"}},
		{"first appeared on", "Water on the Moon\n\nThis post first appeared on Space Review on 21 March 2012." + body,
			Meta{Title: "Water on the Moon", Publisher: "Space Review", Date: "21 March 2012", ISODate: "2012-03-21"}},
		{"originally published with its date is the page's own date", "Water on the Moon\n\nBy Jane Roe\n\nOriginally published: 03/24/2012\n\nLast updated: 03/26/2012" + body,
			Meta{Title: "Water on the Moon", Author: "Jane Roe", Date: "03/24/2012", ISODate: "2012-03-24"}},
		{"originally published and a date is the page's own date", "Water on the Moon | Planet News\n\n" + nav(6) + "March 20, 2012\n\n" + nav(2) +
			"Water on the Moon\n\nBy Jane Roe\n\nOriginally published March 24, 2012 at 6:00 am" + body,
			Meta{Title: "Water on the Moon", Author: "Jane Roe", Publisher: "Planet News", Date: "March 24, 2012", ISODate: "2012-03-24"}},
		{"originally published elsewhere dates the page only without a date of its own", "Water on the Moon\n\nMarch 24, 2012\n\nThis post was originally published on Space Review on 21 March 2012." + body,
			Meta{Title: "Water on the Moon", Date: "March 24, 2012", ISODate: "2012-03-24"}},
		{"a republished post is dated by its own date, not its first appearance's", "Water on the Moon March 24, 2012\n\nPosted by moonblog in : Space\n\nJane Roe\n\nThis post first appeared on Space Review on 21 March 2012." + body,
			Meta{Title: "Water on the Moon", Author: "Jane Roe", Publisher: "Space Review", Date: "March 24, 2012", ISODate: "2012-03-24"}},
		{"source line", "Water on the Moon" + body + "\nSource: Science Weekly\n",
			Meta{Title: "Water on the Moon", Publisher: "Science Weekly"}},
		{"organ of", "An organ of the Institute of Space Studies (ISS), Fremont, CA\n\nWater on the Moon" + body,
			Meta{Title: "Water on the Moon", Publisher: "Institute of Space Studies (ISS)"}},
		{"markdown title", "# Water on the Moon\n\nSome notes.\n",
			Meta{Title: "Water on the Moon"}},
		{"a markdown section heading below badges is no title", "[![CI](https://ci.example/badge.svg)](https://ci.example)\n\n## Description\n\nSome notes on water on the Moon.\n",
			Meta{}},
		{"a markdown level-2 heading on the first line is the title", "## Water on the Moon\n\nSome notes.\n",
			Meta{Title: "Water on the Moon"}},
		{"markdown title with badges and a link", "# Water on the [Moon](https://moon.example) ![CI](https://ci.example/badge.svg) [![Docs](https://docs.example/badge.svg)](https://docs.example)\n\nSome notes.\n",
			Meta{Title: "Water on the Moon"}},
		{"markdown setext title with badges", "Water on the Moon [![CI](https://ci.example/badge.svg)](https://ci.example)\n====\n\nSome notes.\n\nBuilding\n--------\n\nRun make.\n",
			Meta{Title: "Water on the Moon"}},
		{"markdown title with an HTML image", "# Water on the Moon <img src=\"moon.png\" width=\"40\" alt=\":moon:\"/>\n\nSome notes.\n",
			Meta{Title: "Water on the Moon"}},
		{"site header before the headline", "Planet Journal Team:\n\nEditor in chief:\nJane Roe\n\nDonate\n\nOctober 8, 2012\n\nWater on the Moon\n\nBy John Doe" + body,
			Meta{Title: "Water on the Moon", Author: "John Doe", Date: "October 8, 2012", ISODate: "2012-10-08"}},
		{"headline with a date", "Water on the Moon March 24, 2012" + body,
			Meta{Title: "Water on the Moon", Date: "March 24, 2012", ISODate: "2012-03-24"}},
		{"a label in capitals under the title is no author", "# 1.7.0 (June 5th, 2024)\n\nBUG FIXES\n\n* Fix a data race.\n" + body,
			Meta{Title: "1.7.0 (June 5th, 2024)", Date: "June 5th, 2024", ISODate: "2024-06-05"}},
		{"a name in capitals under the title is the author", "Water on the Moon\n\nJANE ROE" + body,
			Meta{Title: "Water on the Moon", Author: "JANE ROE"}},
		{"an address under the title is no title", "Water on the Moon\n\nJane Roe <jane@example.com>" + body,
			Meta{Title: "Water on the Moon"}},
		{"emacs mode line after the title", "Water on the Moon                    -*- outline -*-" + body,
			Meta{Title: "Water on the Moon"}},
		{"the byline over the date, not a video's credits above it", "Water on the Moon\n\nBy Ann Lee, Bo Park and Cy Young\n\nVideo: Jane Roe talks about the moon.\n\nBy JANE ROE\n\nPublished: May 9, 2013" + body,
			Meta{Title: "Water on the Moon", Author: "JANE ROE", Date: "May 9, 2013", ISODate: "2013-05-09"}},
		{"a user name in a byline", "Water on the Moon\n\nBy spacefan42, Community Contributor" + body,
			Meta{Title: "Water on the Moon", Author: "spacefan42"}},
		{"an English word after by is no user name", "Water on the Moon\n\nBy default, the page is cached" + body,
			Meta{Title: "Water on the Moon"}},
		{"a role in brackets between name and date", "Water on the Moon\n\nJane Roe (Blog) - May 15, 2013 1:42 PM" + body,
			Meta{Title: "Water on the Moon", Author: "Jane Roe", Date: "May 15, 2013", ISODate: "2013-05-15"}},
		{"a nickname in quotes inside the name", "Water on the Moon\n\nBy Jane \"Moon Girl\" Roe November 19, 2023 7:18 pm\n\nShare Article" + body,
			Meta{Title: "Water on the Moon", Author: `Jane "Moon Girl" Roe`, Date: "November 19, 2023", ISODate: "2023-11-19"}},
		{"a share button is no name", "Water on the Moon\n\nShare Article" + body,
			Meta{Title: "Water on the Moon"}},
		{"a name said twice after a label", "Water on the Moon\n\nAuthor: Jane Roe. Jane Roe" + body,
			Meta{Title: "Water on the Moon", Author: "Jane Roe"}},
		{"a date in capitals run into the name", "Water on the Moon\n\nBy JANE Q. ROEMARCH 16, 2016" + body,
			Meta{Title: "Water on the Moon", Author: "JANE Q. ROE"}},
		{"a row of buttons is no name", "Water on the Moon | Planet News\n\n" + nav(4) + "Water on the Moon\n\nFollow Comments Following Comments Unfollow Comments" + body,
			Meta{Title: "Water on the Moon", Publisher: "Planet News"}},
		{"a button under the headline is no name", "Water on the Moon | Planet News\n\n" + nav(4) + "Water on the Moon\n\nPrinter Friendly" + body,
			Meta{Title: "Water on the Moon", Publisher: "Planet News"}},
		{"a dateline's place is no name", "Water on the Moon\n\nTOPEKA, KS | November 28, 2012" + body,
			Meta{Title: "Water on the Moon", Date: "November 28, 2012", ISODate: "2012-11-28"}},
		{"a club's initials end its name, the title", "Raith Rovers F.C." + body,
			Meta{Title: "Raith Rovers F.C."}},
		{"a name in a place over its date is the author", "Water on the Moon\n\nJane Roe in Rome\n\nMonday 29 October 2012" + body,
			Meta{Title: "Water on the Moon", Author: "Jane Roe", Date: "29 October 2012", ISODate: "2012-10-29"}},
		{"a subheadline that reads as a name in a place is no author", "Water on the Moon\n\nStars Shoot Jets in Cosmic Playground" + body,
			Meta{Title: "Water on the Moon"}},
		{"two authors joined by and", "Water on the Moon\n\nJane Roe and John Doe and Ann Lee" + body,
			Meta{Title: "Water on the Moon", Author: "Jane Roe and John Doe and Ann Lee"}},
		{"a staff byline above the headline", "Water on the Moon | Planet News\n\n" + nav(4) + "Jane Roe, Planet News Staff\n\nCovering the worlds of space.\n\nScience\n\nWater on the Moon" + body,
			Meta{Title: "Water on the Moon", Author: "Jane Roe", Publisher: "Planet News"}},
		{"a date run into the name, over buttons", "Water on the Moon\n\nBy Jane Q. RoeJune 07, 20130\n\nShare\n\nRead Later" + body,
			Meta{Title: "Water on the Moon", Author: "Jane Q. Roe"}},
		{"a site last after a dash, over its masthead", "Probe Finds Water on the Moon at Last - The Daily Planet\n\nThe Daily Planet\n\nSubscribe\n\nMenu" + body,
			Meta{Title: "Probe Finds Water on the Moon at Last", Publisher: "The Daily Planet"}},
		{"a site first before a colon, over its masthead", "The Daily Planet: Probe Finds Water on the Moon at Last\n\nThe Daily Planet\n\nThursday, October 27, 2011" + body,
			Meta{Title: "Probe Finds Water on the Moon at Last", Publisher: "The Daily Planet", Date: "October 27, 2011", ISODate: "2011-10-27"}},
		{"a section's name run into the headline", "Daily Planet - Probe Finds Water on the Moon at Last\n\nHome\n\nScience\n\nSports\n\nScience Probe Finds Water on the Moon at Last\n\nJane Roe (Blog) - May 15, 2013 1:42 PM" + body,
			Meta{Title: "Probe Finds Water on the Moon at Last", Author: "Jane Roe", Date: "May 15, 2013", ISODate: "2013-05-15"}},
		{"no metadata", strings.TrimSpace(body), Meta{}},
		{"a byline and date under a long navigation", "Water on the Moon | Daily Planet\n\n" + nav(80) + "Water on the Moon\n\nJane Roe - Apr 16, 2015 8:02 pm UTC" + body + "\nCopyright Daily Planet\n",
			Meta{Title: "Water on the Moon", Author: "Jane Roe", Date: "Apr 16, 2015", ISODate: "2015-04-16", Publisher: "Daily Planet"}},
		{"site before the headline in the page's name", "Planet Blog: Water on the Moon\n\nPlanet Blog\n\n" + nav(10) + "Water on the Moon\n\nMarch 24, 2012" + body,
			Meta{Title: "Water on the Moon", Date: "March 24, 2012", ISODate: "2012-03-24", Publisher: "Planet Blog"}},
		{"a label before a colon is no site", "Re: Water on the Moon\n\nWater on the Moon" + body,
			Meta{Title: "Water on the Moon"}},
		{"a label after a dash is no site", "Pakistan-Russo Détente In New Epoch – OpEd\n\nPakistan-Russo Détente In New Epoch" + body,
			Meta{Title: "Pakistan-Russo Détente In New Epoch"}},
		{"a page's name of a very long line", strings.Repeat("Word ", 300) + "| Daily Planet\n\n" + strings.Repeat("Word ", 300) + body,
			Meta{}},
		{"a page named by its headline, past a cookie notice", "Water on the Moon\n\n" + nav(50) + "Please accept our privacy terms\n\n" +
			"We use cookies and similar technologies to improve your browsing experience and to show you offers. By clicking Accept you consent to these activities, and to the transfer of your data to our partners for their purposes.\n\n" +
			"Accept and continue\n\nWater on the Moon" + body,
			Meta{Title: "Water on the Moon"}},
		{"a running head is no headline", "Journal of Lunar Studies 12\n\nWater on the Moon\n\nJane Roe\n\nMarch 3, 2019" + body +
			"\nJournal of Lunar Studies 12\n\n" + para1 + "\n",
			Meta{Title: "Water on the Moon", Author: "Jane Roe", Date: "March 3, 2019", ISODate: "2019-03-03"}},
		{"a headline repeated at the end", "Water on the Moon\n\nJane Roe\n\nScience" + body + "\nWater on the Moon\n",
			Meta{Title: "Water on the Moon", Author: "Jane Roe"}},
		{"a browser notice before the headline", "Water on the Moon\n\n" + nav(10) +
			"Thank you for visiting example.org. You are using a browser version with limited support for CSS. To obtain the best experience, we recommend you use a more up to date browser (or turn off compatibility mode in Internet Explorer). In the meantime, to ensure continued support, we are displaying the site without styles and JavaScript.\n\n" +
			"News\n\n24 September 2019\n\nWater on the Moon\n\nJane Roe\n\nSearch for this author" + body,
			Meta{Title: "Water on the Moon", Author: "Jane Roe", Date: "24 September 2019", ISODate: "2019-09-24"}},
		{"a page named headline and site, past a browser notice", "Water on the Moon | Planet Journal\n\n" + nav(10) +
			"Thank you for visiting example.org. You are using a browser version with limited support for CSS. To obtain the best experience, we recommend you use a more up to date browser (or turn off compatibility mode in Internet Explorer).\n\n" +
			"Water on the Moon\n\nJane Roe\n\nJune 8, 2015" + body,
			Meta{Title: "Water on the Moon", Author: "Jane Roe", Date: "June 8, 2015", ISODate: "2015-06-08", Publisher: "Planet Journal"}},
		{"labelled fields below the article and its teasers", "Water on the Moon" + body + "\n" + nav(14) + "Date 10.06.2013\n\nAuthor Jane Roe\n",
			Meta{Title: "Water on the Moon", Author: "Jane Roe", Date: "10.06.2013", ISODate: "2013-06-10"}},
		{"a version number is no date", "Release notes\n\nVersion 1.10.2019" + body,
			Meta{Title: "Version 1.10.2019"}},
		{"a version number after words is no date", "Release notes\n\nBy Jane Roe\n\nUpdated to 1.10.2019 of the library, which is faster" + body,
			Meta{Title: "Release notes", Author: "Jane Roe"}},
		{"a changelog's versions are no dates", "Changelog\n\n1.10.2019\n\nFixed a crash\n\n1.9.2018\n\nAdded a flag\n",
			Meta{Title: "Changelog"}},
		{"a dotted date that is no day", "Water on the Moon\n\nDate 31.02.2020" + body,
			Meta{Title: "Water on the Moon", Date: "31.02.2020"}},
		{"a labelled dotted date", "Water on the Moon\n\nPublished: 1.2.2020" + body,
			Meta{Title: "Water on the Moon", Date: "1.2.2020", ISODate: "2020-02-01"}},
		{"a name over its date, under the headline's tags", "Water on the Moon\n\nscience,\n\nspace,\n\nmoon,\n\nwater\n\nJane Roe\n\nJune 8, 2015" + body,
			Meta{Title: "Water on the Moon", Author: "Jane Roe", Date: "June 8, 2015", ISODate: "2015-06-08"}},
		{"a name over a date above the headline is a teaser's", "Water on the Moon\n\n" + nav(50) + "Most read\n\nJohn Doe\n\nApril 4, 2019\n\nWater on the Moon" + body,
			Meta{Title: "Water on the Moon", Date: "April 4, 2019", ISODate: "2019-04-04"}},
		{"a site set apart by a pipe", "Water on the Moon | Planet Journal\n\n" + nav(5) + "Water on the Moon\n\nBy Jane Roe" + body,
			Meta{Title: "Water on the Moon", Author: "Jane Roe", Publisher: "Planet Journal"}},
		{"a word set apart by a pipe is a label", "Water on the Moon | Blog\n\n" + nav(5) + "Water on the Moon\n\nBy Jane Roe" + body,
			Meta{Title: "Water on the Moon", Author: "Jane Roe"}},
		{"a word set apart by a pipe and named again is a site", "Water on the Moon | Reuters\n\n" + nav(5) + "Water on the Moon\n\nBy Jane Roe" + body + "\nThomson Reuters\n",
			Meta{Title: "Water on the Moon", Author: "Jane Roe", Publisher: "Reuters"}},
		{"a caption ending in its credit between the headline and the byline", "Agency Finds Water on the Moon | Planet Journal\n\n" + nav(20) +
			"We Found Water on the Moon, Says the Agency \n\nWe Found Water on the Moon, Says the Agency \n\n" +
			"The sun rises over a crater on March 24, 2014 near the south pole.Jon Doe—Getty Images\n\nBy Jane Roe\n\nNovember 2, 2023 3:53 PM EDT" + body,
			Meta{Title: "We Found Water on the Moon, Says the Agency", Author: "Jane Roe", Date: "November 2, 2023", ISODate: "2023-11-02", Publisher: "Planet Journal"}},
		{"a byline naming the author the page's name names is no headline, nor the author a site", "Jane Q. Roe: If Millers Were Taxed Like Bank-Managers - ValleyTimes.com\n\n" + nav(20) +
			"October 26, 2012, 6:00 am\n\nIf Millers Were Taxed Like a Bank-Manager\n\nBy JANE Q. ROE\n\n" +
			"Jane Q. Roe is an economics professor at Valley College. She has some interests in mills." + body,
			Meta{Title: "If Millers Were Taxed Like a Bank-Manager", Author: "JANE Q. ROE", Date: "October 26, 2012", ISODate: "2012-10-26"}},
		{"a name and the place it was written at, over the site and the date, past share buttons", "Water on the Moon | World news | The Planet\n\n" + nav(20) +
			"Water on the Moon\n\nAstronomers plan a rally but skeptics protest against probes clogging up craters amid fears of dust\n\n" +
			"Share\n\nTweet this\n\nEmail\n\nJane Roe in Houston\n\nplanet.co.uk, Monday 29 October 2012 13.10 EDT" + body,
			Meta{Title: "Water on the Moon", Author: "Jane Roe", Date: "29 October 2012", ISODate: "2012-10-29"}},
		{"by alone over the name", "Water on the Moon\n\nBy\n\nJane Roe\n\nScience reporter" + body,
			Meta{Title: "Water on the Moon", Author: "Jane Roe"}},
		{"with no body, the header is the first lines", "Changes\n\nNewest first\n\nVersion 2.0 - March 3, 2019\n\n" + nav(60) + "Version 0.1 - May 1, 2001\n",
			Meta{Title: "Changes", Date: "March 3, 2019", ISODate: "2019-03-03"}},
		{"a name far under the title, past a long navigation, is no author", "Water on the Moon\n\nShare\n\n" + nav(60) + "Jane Roe\n\n" + nav(36) + "Science" + body,
			Meta{Title: "Water on the Moon"}},
		{"a headline with a date names no author", "Water Week - March 3, 2019" + body,
			Meta{Title: "Water Week", Date: "March 3, 2019", ISODate: "2019-03-03"}},
		{"a section far under the title is no author", "Water on the Moon\n\nShare\n\nComments\n\nSign in\n\nSpecial Reports" + body,
			Meta{Title: "Water on the Moon"}},
	}
	runMetaCases(t, tests)
}

// metaCase is a document and the metadata detectMeta should read of it.
type metaCase struct {
	name string
	doc  string
	want Meta // Spans are checked by metaOf; here only the fields
}

// runMetaCases checks each case's fields in a subtest.
func runMetaCases(t *testing.T, tests []metaCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := metaOf(t, tt.doc)
			got.Spans = nil
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

// TestNearWords: a headline said otherwise shares most of its words with
// the page's name; a teaser on a like subject shares a few.
func TestNearWords(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"An Ode to the Rosetta Spacecraft as It Flings Itself Into a Comet", "The Rosetta Spacecraft Ends Its Mission as It Flings Itself Into a Comet", true},
		{"Lunar Probe Finds Water on the Moon at Last", "Water Found on the Moon by a Lunar Probe", true},
		{"Mars Probe Finds Ice Near Its Pole", "Water Found on the Moon by a Lunar Probe", false},
		{"Water on the Moon", "Water on the Moon at Last", false},                           // two words: too few to tell
		{"Moon, Moon, Moon Landing", "Moon Landing Plans for the Next Decade Ahead", false}, // a word said thrice is shared once
	}
	for _, tt := range tests {
		if got := nearWords(tt.a, tt.b); got != tt.want {
			t.Errorf("nearWords(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestCreditLine(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Image by Getty Images", true},
		{"Photo: Reuters", true},
		{"ESA/ATG", true},
		{"(Scott Heins/Gothamist)", true},
		{"Evan Mitsui/CBC", true},
		{"and/or", false}, // capitals only: a credit names
		{"(ESA/ATG", false},
		{"REUTERS/Kevin Lamarque", true},
		{"Israel/Palestine Talks Resume", false},
		{"Photo courtesy of NASA", true},
		{"Photos: Floods Sweep the Valley", false},
		{"Images of the Valley in Spring", false},
		{"The Rivers of the Valley in Spring", false},
	}
	for _, tt := range tests {
		if got := photoCredit(tt.s); got != tt.want {
			t.Errorf("photoCredit(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// nav returns n lines of a site's navigation menu, each a block.
func nav(n int) string {
	words := []string{"News", "Sport", "Weather", "Culture", "Travel", "Science", "Opinion", "Video"}
	var b strings.Builder
	for i := range n {
		b.WriteString(words[i%len(words)] + "\n\n")
	}
	return b.String()
}

func TestMetaSpansCoverFields(t *testing.T) {
	doc := "Water on the Moon\n\nAuthor: Jane Roe\n\n" + para1 + "\n\nPublished in Daily Planet, March 17th 2019.\n"
	m := metaOf(t, doc)
	want := []string{"Water on the Moon", "Author: Jane Roe", "Published in Daily Planet, March 17th 2019."}
	if len(m.Spans) != len(want) {
		t.Fatalf("spans %v, want %d", m.Spans, len(want))
	}
	for i, sp := range m.Spans {
		if got := doc[sp.Start:sp.End]; got != want[i] {
			t.Errorf("span %d = %q, want %q", i, got, want[i])
		}
	}
}

func TestMetaCorpus(t *testing.T) {
	docs := corpusDocs(t)
	tests := []struct {
		prefix string
		want   Meta
	}{
		{"000", Meta{Title: "Russia – Pakistan: the Way is Open for New Projects", Publisher: "Strategic Culture Foundation"}},
		{"001", Meta{Title: "Pakistan-Russia relations warm up", Author: "Abdus Sattar Ghazali", Date: "October 8, 2012",
			ISODate: "2012-10-08", Publisher: "American Institute of International Studies (AIIS)"}},
		{"002", Meta{Title: "Pakistan-Russo Détente In New Epoch – OpEd", Author: "Rana Danish Nisar"}},
		{"003", Meta{Title: "Pakistan and Russia seek enhanced cooperation", Author: "Serge Desilva Ranasinghe",
			Date: "March 24, 2012", ISODate: "2012-03-24", Publisher: "Future Directions International"}},
		{"004", Meta{Title: "Managing Pakistan-Russia relations", Author: "Haris Bilal Malik", Date: "March 17th 2019",
			ISODate: "2019-03-17", Publisher: "Daily Times"}},
	}
	for _, tt := range tests {
		for name, doc := range docs {
			if !strings.HasPrefix(name, tt.prefix) {
				continue
			}
			got := metaOf(t, doc)
			for _, sp := range got.Spans {
				t.Logf("%s span %q", tt.prefix, short(doc[sp.Start:sp.End]))
			}
			got.Spans = nil
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("%s:\ngot  %+v\nwant %+v", tt.prefix, got, tt.want)
			}
		}
	}
}

// TestMetaDeclared: a page's declared title (its first line) is the title
// when the headline above the body names a section instead, or when no
// line reads as a title; a headline that holds the declared title stays.
func TestMetaDeclared(t *testing.T) {
	body := "\n\n" + para1 + "\n\n" + para2 + "\n"
	for _, tt := range []struct{ declared, doc, want string }{
		{"Valgrind FAQ", "Valgrind FAQ\n\n1. Background\n\n1.2. Where does the name come from?" + body, "Valgrind FAQ"},
		{"The Basics", "The Basics\n\n2.1 The Basics" + body, "2.1 The Basics"},
		{"zlib usage example", "zlib usage example" + body, "zlib usage example"},
		{"", "Water on the Moon\n\n1. Background" + body, "1. Background"},
	} {
		declared := Meta{Title: tt.declared}
		if tt.declared != "" {
			declared.Spans = []text.Span{{Start: 0, End: len(tt.declared)}}
		}
		m := detectMetaDeclared(tt.doc, classify(tt.doc), declared)
		if m.Title != tt.want || len(m.Spans) == 0 || !strings.Contains(tt.doc[m.Spans[0].Start:m.Spans[0].End], m.Title) {
			t.Errorf("declared %q: meta %+v, want title %q", tt.declared, m, tt.want)
		}
	}
}

// TestMetaOfSavedPages reads the byline of saved web pages whose forms the
// synthetic cases leave out: a credit closing the article ("Written by
// Marie Ellis") above references and a readers' forum whose long notices
// keep it out of the page's tail, and a byline with its date and comment
// count run into the name over the page's buttons ("Read Later"), and a
// staff byline above the headline over a row of buttons.
func TestMetaOfSavedPages(t *testing.T) {
	for _, tt := range []struct{ path, author string }{
		{"../eval/testdata/final40/page-al/mnt-anthracimycin-ocean-antibiotic.txt", "Marie Ellis"},
		{"../eval/testdata/final40/page-al/time-nuclear-tests-brain-neurons.txt", "Michael D. Lemonick"},
		{"../eval/testdata/final40/page-al/forbes-google-glass-qr-photobomb.txt", "Andy Greenberg"},
	} {
		data, err := os.ReadFile(tt.path)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Parse(File{Path: tt.path, Data: data})
		if err != nil {
			t.Fatal(err)
		}
		if doc.Meta.Author != tt.author {
			t.Errorf("%s: author %q, want %q", tt.path, doc.Meta.Author, tt.author)
		}
	}
}
