package ingest

import (
	"strings"
	"testing"
)

// TestMetaMoreForms: bylines and dates as news and blog pages write them
// beyond TestMetaForms's: a section's word before "by", a date with no
// year after the name, a name in capitals before a bar and a short date,
// a degree after the name, a labelled user name after the date, a name
// over its handle over a date line with its time; a month and its year
// after a label, a labelled dotted date with a two-digit year, a
// two-digit year after the month and the day, the dated line under a
// headline amid a header too long to keep whole; a headline over its
// byline past a carousel longer than the header keeps, which the page's
// name tags with a label; a byline and its date under a summary that
// opens the body; a non-breaking space between a byline's name and date;
// a headline that the page's name cuts short ("…  sat... - Planet News").
func TestMetaMoreForms(t *testing.T) {
	body := "\n\n" + para1 + "\n\n" + para2 + "\n"
	tests := []metaCase{
		{"a section's word before by", "Opinion: Water on the Moon\n\nOpinion by Jane Roe\n\n4 minute read" + body,
			Meta{Title: "Opinion: Water on the Moon", Author: "Jane Roe"}},
		{"analysis by", "Water on the Moon\n\nAnalysis by Jane Roe, Planet News" + body,
			Meta{Title: "Water on the Moon", Author: "Jane Roe"}},
		{"photos by is no author", "Water on the Moon\n\nPhotos by Jane Roe" + body,
			Meta{Title: "Water on the Moon"}},
		{"a date with no year ends the byline's name", "Water on the Moon\n\nBy Jane Roe March 24 at 7:00 AM Follow @janeroe" + body,
			Meta{Title: "Water on the Moon", Author: "Jane Roe"}},
		{"a name in capitals before a bar and a short date", "Water on the Moon\n\ndigg - Water on the Moon - reddit\n\nJANE ROE | 03/24/12 06:13 AM |" + body,
			Meta{Title: "Water on the Moon", Author: "JANE ROE"}},
		{"a short slashed date alone is no date", "Water on the Moon\n\nBy Jane Roe\n\n03/24/12" + body,
			Meta{Title: "Water on the Moon", Author: "Jane Roe"}},
		{"a name and a degree over a tagline, above the headline", "Planet Today\n\nFind a Lunar Guide\n\nJane Roe Ph.D. The Science of Space\n\nWater on the Moon\n\nNew finds show that water lasts, but not near the pole." + body,
			Meta{Title: "Water on the Moon", Author: "Jane Roe"}},
		{"a name and a degree after a comma", "Water on the Moon\n\nJane Roe, M.D." + body,
			Meta{Title: "Water on the Moon", Author: "Jane Roe"}},
		{"a menu item with a pronoun is no name", "# Water on the Moon\n\nContact Us\n\nApril 15, 2011" + body,
			Meta{Title: "Water on the Moon", Date: "April 15, 2011", ISODate: "2011-04-15"}},
		{"a labelled user name after the date", "Water on the Moon — Planet Gals\n\nPlanet Gals\n\nAbout Us\n\nContact Us\n\nApril 15, 2011\n\nWater on the Moon\n\nMarch 24, 2012 | Author: PlanetGal" + body,
			Meta{Title: "Water on the Moon", Author: "PlanetGal", Date: "April 15, 2011", ISODate: "2011-04-15", Publisher: "Planet Gals"}},
		{"a month and its year after a label", "Water on the Moon\n\nPublished March, 2012" + body,
			Meta{Title: "Water on the Moon", Date: "March, 2012"}},
		{"a month and its year alone is no date", "Water on the Moon\n\nBy Jane Roe\n\nMarch 2012" + body,
			Meta{Title: "Water on the Moon", Author: "Jane Roe"}},
		{"a labelled dotted date with a two-digit year", "Water on the Moon\n\nDate of Publication: 03.24.12." + body,
			Meta{Title: "Water on the Moon", Date: "03.24.12", ISODate: "2012-03-24"}},
		{"a dotted date with a two-digit year and no label is no date", "Water on the Moon\n\nBy Jane Roe\n\n03.24.12" + body,
			Meta{Title: "Water on the Moon", Author: "Jane Roe"}},
		{"a two-digit year after the month and day", "Water on the Moon\n\nJane Roe\n\n·\n\nMar. 24, 12 · Space Zone" + body,
			Meta{Title: "Water on the Moon", Author: "Jane Roe", Date: "Mar. 24, 12", ISODate: "2012-03-24"}},
		{"a number after the month and day is no year", "Water on the Moon\n\nBy Jane Roe\n\nOn Mar. 24, 12 probes landed" + body,
			Meta{Title: "Water on the Moon", Author: "Jane Roe"}},
		{"the updated line under a headline in a long header", "Planet News - Water on the Moon\n\n" + nav(12) +
			"Water on the Moon\n\nPage last updated at 05:00 GMT, Friday, 24 March 2012 06:00 UK\n\nE-mail this to a friend\n\n" +
			strings.Repeat("The probe landed near the pole.\n\n", 40) + para1 + "\n\n" + para2 + "\n",
			Meta{Title: "Water on the Moon", Date: "24 March 2012", ISODate: "2012-03-24"}},
		{"a name over a handle over the name over its date line", "Water on the Moon\n\nNext\n\nJane Roe\n\n@janeroe\n\nJane Roe\n\n" +
			"24 Mar 2012 06:07AM (Updated: 24 Mar 2012 07:46AM)\n\nShare" + body,
			Meta{Title: "Water on the Moon", Author: "Jane Roe", Date: "24 Mar 2012", ISODate: "2012-03-24"}},
		{"a labelled name, the headline over its byline past a carousel", "Water on the Moon (Opinion) - Planet.com\n\n" + nav(6) +
			"Water on the Moon\n\n" + nav(20) + "Water on the Moon\n\nBy Jane Roe, Planet\n\nUpdated 1701 GMT November 29, 2015\n\n" +
			strings.Repeat("Replay\n\nMore Videos\n\n", 25) + para1 + "\n\n" + para2 + "\n",
			Meta{Title: "Water on the Moon", Author: "Jane Roe", Date: "November 29, 2015", ISODate: "2015-11-29", Publisher: "Planet.com"}},
		{"a byline under the summary, over the article and its comments", "Water on the Moon\n\nSummary: " + para1 +
			"\n\nBy Jane Roe for The Planet Report | June 5, 2013 -- 13:03 GMT (06:03 PDT)" + body + "\nspacefan\n\n6 June, 2013 09:45\n",
			Meta{Title: "Water on the Moon", Author: "Jane Roe", Date: "June 5, 2013", ISODate: "2013-06-05"}},
		{"a sentence of the body opening with by is no byline", "Water on the Moon\n\n" + para1 + "\n\nBy March the probe had landed." + body,
			Meta{Title: "Water on the Moon"}},
		{"a non-breaking space before the byline's date", "Water on the Moon\n\nPosted by Dr. Jane Roe \u00a0June 6, 2013 08:03 AM" + body,
			Meta{Title: "Water on the Moon", Author: "Dr. Jane Roe", Date: "June 6, 2013", ISODate: "2013-06-06"}},
		{"a title alone is no user name", "Water on the Moon\n\nPosted by Dr." + body,
			Meta{Title: "Water on the Moon"}},
		{"a headline the page's name cuts short, over the article", "Water on the Moon of the planet's largest sat... - Planet News\n\n" + nav(6) +
			"See comments below\n\nWater on the Moon of the planet's largest satellite: a survey of its polar craters.\n\nAbstract" + body,
			Meta{Title: "Water on the Moon of the planet's largest satellite: a survey of its polar craters."}},
		{"a side cut short to three words names nothing", "Water on th... - Planet News\n\n" + nav(6) +
			"See comments below\n\nWater on the Moon of the planet's largest satellite.\n\nAbstract" + body,
			Meta{Title: "See comments below"}},
	}
	runMetaCases(t, tests)
}

// TestMetaShortParagraphs: an article in paragraphs of a sentence or two
// (shortParas) is the body its headline and byline stand above, though no
// paragraph is long; a day's name left of a date line is no title.
func TestMetaShortParagraphs(t *testing.T) {
	tests := []metaCase{
		{"the headline over the byline above short paragraphs", "Valley news: old mill to open after fifty years | The Valley Star |News\n\nFri, 02 Dec 2011\n\nBest walks by the river\n\n" +
			"Mill reopens\n\nBy JANE ROE\n\nAdd a comment\n\n" + shortParas + "\n\nBack to top of page\n",
			Meta{Title: "Mill reopens", Author: "JANE ROE", Date: "02 Dec 2011", ISODate: "2011-12-02"}},
		{"a day's name is no title", "Fri, 02 Dec 2011\n\nThe Mill on the River\n\nIt opens on Saturday.\n",
			Meta{Title: "The Mill on the River", Date: "02 Dec 2011", ISODate: "2011-12-02"}},
	}
	runMetaCases(t, tests)
}

// TestMetaOpeningTitles: an encyclopedia's first line is its title when
// it ends in a name's abbreviation ("Sr.") rather than a sentence's full
// stop, or when, in lower case, the first paragraph says it again; a
// lower-case line the paragraph does not say is none.
func TestMetaOpeningTitles(t *testing.T) {
	lead := " is a machine learning algorithm for visualization, a nonlinear dimensionality reduction technique that is well suited for embedding data of many dimensions in a space of two or three, which can then be shown in a scatter plot.\n"
	tests := []metaCase{
		{"a name's abbreviation", "Clint Murchison Sr.\n\nClinton Williams Murchison Sr. (April 11, 1895 – June 20, 1969) was a noted Texas-based oil magnate and political operative, and among his companies was the Southern Union Company.\n",
			Meta{Title: "Clint Murchison Sr."}},
		{"a lower-case name said again", "t-distributed stochastic neighbor embedding\n\nT-distributed Stochastic Neighbor Embedding (t-SNE)" + lead,
			Meta{Title: "t-distributed stochastic neighbor embedding"}},
		{"a lower-case line not said again", "skip to the navigation\n\nT-distributed Stochastic Neighbor Embedding (t-SNE)" + lead,
			Meta{}},
	}
	runMetaCases(t, tests)
}

// TestMetaMiddleHeadline: a page's name may hold its headline between two
// separators, with a section before it that stands again in the menu
// ("News Releases - Newsroom - Headline - Site") or a kicker ("Alito and
// Prelogar: Headline | CNN Politics"); the last part is the site.
func TestMetaMiddleHeadline(t *testing.T) {
	body := "\n\n" + para1 + "\n\n" + para2 + "\n"
	tests := []metaCase{
		{"a section before the headline", "News Releases - Newsroom - Water Found Beneath a Distant Moon - Planet Science Office\n\nPlanet Science Office\n\nNews Releases\n\nWater Found Beneath a Distant Moon\n\nJul 16 2015" + body,
			Meta{Title: "Water Found Beneath a Distant Moon", Date: "Jul 16 2015", ISODate: "2015-07-16", Publisher: "Planet Science Office"}},
		{"a kicker before the headline", "Water and Ice: Water Found Beneath a Distant Moon | Planet Science\n\nWater Found Beneath a Distant Moon\n\nBy Jane Roe" + body,
			Meta{Title: "Water Found Beneath a Distant Moon", Author: "Jane Roe", Publisher: "Planet Science"}},
	}
	runMetaCases(t, tests)
}
