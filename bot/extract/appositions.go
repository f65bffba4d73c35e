package extract

import (
	"slices"
	"strings"

	"github.com/citebot/citebot/bot/asked"
	"github.com/citebot/citebot/text"
)

// The appositions that say what kind of person a "who is X" question's
// name is.

// describesName reports whether s says what the person a "who is X"
// question names is, the way news text does: a kind of person the
// question does not say in the capitalised words right before the name
// ("Foreign Minister Sergey Lavrov", "Professor Vyacheslav Belokrenitsky"),
// within three words of an aside right after it ("Khalid Iqbal,
// retired Air Commodore"), or ending an apposition right before it ("one
// of her lawyers, U Kyi Maung"). A "what is X" question is about no person
// ("a Host Module": "host" is a kind of person too).
func describesName(s string, q question, toks []text.Token) bool {
	if !q.who {
		return false
	}
	for i, t := range toks {
		if q.has(t) && !text.IsStop(t.Norm) && text.Capitalised(s[t.Start:t.End]) &&
			(kindBefore(s, q, toks, i) || kindAfter(s, q, toks, i) || kindBeforeComma(s, q, toks, i) || memberOf(s, q, toks, i)) {
			return true
		}
	}
	return false
}

// kindBefore reports whether a kind of person the question does not say
// is among the up to four capitalised words right before toks[i]
// ("Foreign Minister Sergey Lavrov"), or is the word right before it in
// lower case ("neurosciences professor Tali Sharot", as a title is
// written in running text), or the word before a "named" or "called"
// right before it ("a student named Quint Davis").
func kindBefore(s string, q question, toks []text.Token, i int) bool {
	if i >= 2 && (toks[i-1].Norm == "named" || toks[i-1].Norm == "called") && s[toks[i-2].End:toks[i-1].Start] == " " && s[toks[i-1].End:toks[i].Start] == " " {
		return !q.has(toks[i-2]) && asked.IsPersonNoun(toks[i-2].Norm) // "a Tulane University student named Quint Davis"
	}
	for j := i - 1; j >= max(0, i-4); j-- {
		if s[toks[j].End:toks[j+1].Start] != " " {
			return false
		}
		kind := !q.has(toks[j]) && asked.IsPersonNoun(toks[j].Norm)
		if !text.Capitalised(s[toks[j].Start:toks[j].End]) {
			return kind && j == i-1
		}
		if kind {
			return true
		}
	}
	return false
}

// kindAfter reports whether a kind of person the question does not say
// is among the three words after a comma that follows the question's
// words from toks[i] on ("Khalid Iqbal, retired Air Commodore"), or an
// apposition opens there with an article and a word the question does
// not say ("Trudi Renwick, the chief of the poverty statistics branch"),
// or either follows a "who is", "who was" or "who works as" there ("Quint
// Davis, who is now the festival's producer"; "Kisha Rivera, who works as
// a cabin cleaner") or an owner in the possessive ("Mark Quinlan, PG&E's
// senior director").
func kindAfter(s string, q question, toks []text.Token, i int) bool {
	k := i
	for k+1 < len(toks) && q.has(toks[k+1]) && s[toks[k].End:toks[k+1].Start] == " " {
		k++
	}
	if k+1 >= len(toks) || !strings.HasPrefix(s[toks[k].End:], ", ") {
		return false
	}
	j := k + 1 + relativeLead(toks[k+1:])          // "Quint Davis, who is now the festival's producer"
	j += ownerLead(s, toks[j:min(len(toks), j+3)]) // "Mark Quinlan, PG&E's senior director"
	if j >= len(toks) {
		return false
	}
	after := toks[j:min(len(toks), j+3)]
	if a := after[0].Norm; len(after) > 1 && (a == "the" || a == "a" || a == "an") && !q.has(after[1]) && !text.IsStop(after[1].Norm) && text.IsLetters(after[1].Norm) {
		return true
	}
	return slices.ContainsFunc(after, func(n text.Token) bool {
		return !q.has(n) && asked.IsPersonNoun(n.Norm)
	})
}

// relativeLead returns how many tokens of a relative clause's opening
// stand before the kind it says a person is: "who is" and "who was" (2),
// with a "now" or "also" after them (3), "who works as", "who served as"
// (3); 0 when toks opens no such clause.
func relativeLead(toks []text.Token) int {
	if len(toks) < 3 || toks[0].Norm != "who" {
		return 0
	}
	switch toks[1].Norm {
	case "is", "was":
		if toks[2].Norm == "now" || toks[2].Norm == "also" {
			return 3
		}
		return 2
	case "works", "worked", "serves", "served":
		if toks[2].Norm == "as" {
			return 3
		}
	}
	return 0
}

// ownerLead returns how many tokens of an aside's opening name its
// owner in the possessive ("PG&E's", "the company's"), past which the
// kind of person stands; 0 when no token of toks is possessive.
func ownerLead(s string, toks []text.Token) int {
	for i, t := range toks {
		if possessive(s, t) {
			return i + 1
		}
	}
	return 0
}

// kindBeforeComma reports whether a kind of person the question does not
// say (or its plural) is among the four words before a comma that stands
// right before the name holding toks[i], past the name's capitalised
// words before it ("one of her lawyers, U Kyi Maung, said").
func kindBeforeComma(s string, q question, toks []text.Token, i int) bool {
	j := i
	for j > 0 && s[toks[j-1].End:toks[j].Start] == " " && text.Capitalised(s[toks[j-1].Start:toks[j-1].End]) {
		j--
	}
	if j == 0 || s[toks[j-1].End:toks[j].Start] != ", " {
		return false
	}
	return slices.ContainsFunc(toks[max(0, j-4):j], func(n text.Token) bool {
		return !q.has(n) && (asked.IsPersonNoun(n.Norm) || asked.IsPersonNoun(strings.TrimSuffix(n.Norm, "s"))) // "one of her lawyers"
	})
}

// memberOf reports whether the name holding toks[i] is followed by "of"
// (or an aside opening with it) and a capitalised name the question does
// not say, which tells whom the person is with ("Robin Biesbroek of the
// CDF", "Jane Roe of Harvard", "Amory Lovins, of the Rocky Mountain
// Institute").
func memberOf(s string, q question, toks []text.Token, i int) bool {
	k := i
	for k+1 < len(toks) && q.has(toks[k+1]) && s[toks[k].End:toks[k+1].Start] == " " {
		k++
	}
	k++
	if k >= len(toks) || toks[k].Norm != "of" {
		return false
	}
	if sep := s[toks[k-1].End:toks[k].Start]; sep != " " && sep != ", " { // "Amory Lovins, of the Rocky Mountain Institute,"
		return false
	}
	if k+1 < len(toks) && toks[k+1].Norm == "the" {
		k++
	}
	return k+1 < len(toks) && !q.has(toks[k+1]) && text.Capitalised(s[toks[k+1].Start:toks[k+1].End]) && !text.IsStop(toks[k+1].Norm)
}
