package text

import "strings"

// stopList is a standard English stop-word list (function words only).
const stopList = `a about above after again against all am an and any are as at be because been
before being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers herself him himself his how i if in into is it its
itself just me more most my myself no nor not now of off on once only or other our ours ourselves
out over own same she should so some such than that the their theirs them themselves then there
these they this those through to too under until up very was we were what when where which while
who whom whose why will with would you your yours yourself yourselves also may might must shall
s t d ll m o re ve y`

// contractionList holds what typed contractions leave of a function word:
// the stem Tokens keeps of a negative contraction ("doesn" of "doesn't",
// its "'t" dropped), and the contractions people type without their
// apostrophe ("doesnt", "dont", "im", "thats"). Stop words too. Not
// those that are words of their own: "won" (of "won't"), "haven" (of
// "haven't"), "cant" and "wont" ("can" of "can't" is a stop word).
const contractionList = `aren couldn didn doesn don hadn hasn isn mightn mustn needn shan
shouldn wasn weren wouldn ain
arent couldnt didnt doesnt dont hadnt hasnt havent isnt mightnt mustnt neednt shouldnt wasnt werent
wouldnt aint im ive youre youve theyre theyve weve thats theres hows wheres whys`

// IsStop reports whether the folded word w is an English stop word.
func IsStop(w string) bool {
	_, ok := stopWords[w]
	return ok
}

// stopWords is read-only after package initialisation.
var stopWords = func() map[string]struct{} {
	m := make(map[string]struct{})
	for _, w := range strings.Fields(stopList + "\n" + contractionList) {
		m[w] = struct{}{}
	}
	return m
}()
