package extract

import (
	"github.com/citebot/citebot/bot/asked"
	"github.com/citebot/citebot/text"
)

// initialismsOf returns, for each stem of a run of capitalised words of
// p ("Canadian Real Estate Association"), the stems of the initialisms of
// the run's stretches that the corpus has as words ("crea";
// text.NameInitials reads the runs): a sentence saying "CREA's chief
// economist" names what the question spells out. An initialism that is a
// stop word or an English word ("NUT") is not taken, nor any when the
// corpus cannot say which words it has (idf nil).
func initialismsOf(p *asked.Question, idf func(stem string) float64) map[string][]string {
	if idf == nil {
		return nil
	}
	var out map[string][]string
	text.NameInitials(p.Text, p.Tokens, func(a string, words []text.Token) {
		if text.IsStop(a) {
			return
		}
		stem := text.Stem(a)
		if text.English(stem) || idf(stem) < 0 {
			return
		}
		if out == nil {
			out = map[string][]string{}
		}
		for _, t := range words {
			out[t.Stem] = append(out[t.Stem], stem)
		}
	})
	return out
}
