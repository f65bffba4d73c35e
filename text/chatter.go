package text

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// thankWords are the words of thanks: "thanks", "thank you", "thx".
const thankWords = `thanks|thank (?:you|u)|thx|ty|tia|cheers`

// The chatter around a question typed in a chat: mentions, greetings and
// addresses before it, a request frame ("can you tell me", "does anyone
// know"), thanks after it, and "please". Everyday English only; nothing
// from a particular corpus. Each is matched case-insensitively.
var (
	reMention   = regexp.MustCompile(`<[@#][!&]?\d+>|(?:^|\s)(?i:@(?:everyone|here))\b`)
	reAddress   = regexp.MustCompile(`^@[\pL\pN_.]+[\s,:]*`)
	reGreeting  = regexp.MustCompile(`(?i)^(?:(?:hey+|hi+|hello+|hiya|yo+|howdy|greetings|good (?:morning|afternoon|evening))(?:\s+(?:there|all|everyone|everybody|guys|folks|team|bot|citebot|friends?|y['’]?all))?|ok(?:ay)?|so|well|um+|uh+m*|hmm+|quick question|question|please|pls|plz|kindly)\b`)
	reAskFrame  = regexp.MustCompile(`(?i)^(?:(?:can|could|would|will) (?:you|u|ya|someone|somebody|anyone|anybody)(?: please| pls| plz)? (?:tell|show|remind) me|(?:does|do|did) (?:anyone|anybody|someone|somebody|any ?one|you|u|ya) (?:know|remember)|(?:i|we)(?: want| wanna| would like| need|['’]?d like) to know|(?:i['’]?m|i am|i was|just) (?:curious|wondering)|(?:please |pls |plz )?tell me|any ?(?:one|body) know|i wonder)(?: about| whether| if)?\b[\s,:]*`)
	reThanks    = regexp.MustCompile(`(?i)\b(` + thankWords + `|pls|please|plz|lol|lmao|haha)(?: (?:a lot|so much|in advance|again))?[\s!.]*(\??)[\s!.]*$`)
	reThanked   = regexp.MustCompile(`(?i)\b(?:` + thankWords + `)\b`)
	rePlease    = regexp.MustCompile(`(?i)\b(you|u|ya) (?:please|pls|plz|kindly)\b`)
	reHasLetter = regexp.MustCompile(`\pL`)
	reSymbol    = regexp.MustCompile(`[^\pL\pN\s'’,.!]+`) // emoji and other symbols ("later 👋")
	// reReaction is a word that marks a message as a reaction ("lol",
	// "omg", "nvm"): with nothing asked in it (reAsking), the message is
	// chatter ("sorry wrong channel lmao", "ngl that was kinda
	// impressive"). Words that may also name a topic of a search typed
	// as keywords ("nice attack 2016", "cool runnings") are not among
	// them.
	reReaction = regexp.MustCompile(`(?i)\b(?:lol|lmao|lmfao|rofl|omg|haha+|hehe+|ngl|nvm|wow|whoa|welp|ugh|meh)\b`)
	// reAsking is a question or a request: a question mark, a question
	// word, or a clause that opens, after any reaction, with a verb that
	// asks ("lol who won", "nice. list the rest", "lol, any workaround").
	reAsking = regexp.MustCompile(`(?i)\?|\b(?:who|whom|whose|what|wat|wut|whats|wats|when|where|which|why|how)\b|` +
		`(?:^|[,;:.!]\s*)(?:(?:lol|lmao|omg|ngl|haha+|so|ok|okay|also|and|but)\s+)*(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have|had|` +
		`tell|explain|list|show|give|summari[sz]e|describe|compare|find|name|define|any|anyone|anybody|someone|somebody)\b`)
	// reAck is a whole message that acknowledges or takes leave ("cool",
	// "got it", "bye"): chatter when it is all there is.
	reAck = regexp.MustCompile(`(?i)^(?:` + ack + `)(?:[\s,!.]+(?:` + ack + `))*[\s!.]*$`)
)

// Unchatter returns question q without the chatter around it: mentions
// ("@everyone", "<@123>", "@bot" before it), greetings and addresses
// before it ("hey bot,"), request frames ("can you tell me", "does anyone
// know"), thanks after it ("thanks!"), and "please" before it or after
// "you". "hey bot, can you tell me when Musharraf visited Moscow? thanks!"
// → "when Musharraf visited Moscow?". Words that begin or end the
// question itself stay: a greeting followed by a hyphen or a capitalised
// word ("Hi-Fi", "Hey Jude was written by whom?", "OK Computer"), and
// thanks inside it ("Why do people say thanks?", "Who sang Thank You").
// What is left is q's own text, trimmed; q is returned trimmed when
// nothing with a letter would be left. It never panics, and it takes
// time linear in the length of q.
func Unchatter(q string) string {
	s := peel(q, func(s string) string { return s })
	s = strings.TrimSpace(rePlease.ReplaceAllString(s, "$1"))
	if !reHasLetter.MatchString(s) {
		return strings.TrimSpace(q)
	}
	return s
}

// ack is one acknowledgement or farewell (reAck).
const ack = `(?:cool|great|nice|nice one|awesome|perfect|excellent|amazing|wow|interesting|got it|gotcha|i see|makes sense|alright|all right|sure|k+|np|no worries|no problem|` +
	`bye|goodbye|bye bye|good ?night|night|nite|gn|gm|see (?:you|ya|u)(?: later| soon| tomorrow| tmrw| tmr)?|cya|ttyl|later|brb|afk|ok(?:ay)?|lol|lmao|haha+|` +
	`helo|hallo|hullo|heya|hola|bonjour|salut|ciao|sup|wassup|what['’]?s up|good bot|bad bot|` +
	`test|testing|ping|(?:are )?(?:you|u) (?:there|alive|awake)|anyone (?:there|home)|nvm|never ?mind|my bad|typo|sorry|oops|` +
	`merci(?: beaucoup)?|danke(?: schön| schoen| dir)?|gracias|grazie|obrigad[oa]|arigato|` +
	`(?:thanks|thank you|thank u)(?: (?:a lot|so much|again|a ton))?|thx|thnx|thnks|thanx|thks|ty|tysm|tyvm|cheers|that helped|that helps|(?:very )?helpful|appreciate it|much appreciated)` +
	`(?: (?:mate|man|dude|guys|all|everyone|folks|bot|citebot|bro|buddy|friend|amigo|fam))?`

// Thanks reports whether message q thanks anywhere in it ("thx!", "ok
// thank you", "thanks, what about the dam?").
func Thanks(q string) bool { return reThanked.MatchString(q) }

// JustChatter reports whether q is chatter alone, with no question in
// it: mentions, greetings and addresses ("hi", "hey bot!"), thanks
// ("thanks!", "ty"), an acknowledgement or a farewell ("cool", "got it",
// "bye"), no letter at all ("👍", "?!"), or a reaction that asks nothing
// ("wow ok didnt expect that lol": no question mark, no clause that opens
// as a question or a request does). "hi, who wrote it?" and "Hey
// Jude" are not. It never panics, and it takes time linear in the length
// of q.
func JustChatter(q string) bool {
	s := peel(q, func(t string) string {
		if m := reThanks.FindStringIndex(t); m != nil && !reHasLetter.MatchString(t[:m[0]]) {
			return "" // thanks alone
		}
		if reAck.MatchString(strings.TrimSpace(reSymbol.ReplaceAllString(t, " "))) {
			return ""
		}
		return t
	})
	return !reHasLetter.MatchString(s) || reaction(q)
}

// reactionWords bounds the words of a reaction (JustChatter): a longer
// message that asks nothing is more often a search typed as keywords
// ("good pizza dough for a home oven pls lol").
const reactionWords = 6

// reaction reports whether q is a short reaction that asks nothing ("ngl
// that was kinda impressive", "sorry wrong channel lmao").
func reaction(q string) bool {
	if !reReaction.MatchString(q) || reAsking.MatchString(q) {
		return false
	}
	return len(strings.Fields(reReaction.ReplaceAllString(q, " "))) <= reactionWords
}

// peel returns q without its mentions and, layer by layer (at most
// chatterLayers), the addresses and greetings that open it, the request
// frames before it and the thanks that close it; more peels one more
// thing off each layer's rest (JustChatter: thanks or an acknowledgement
// that are all of it).
func peel(q string, more func(string) string) string {
	s := strings.TrimSpace(reMention.ReplaceAllString(q, " "))
	for range chatterLayers {
		t := strings.TrimSpace(reAddress.ReplaceAllString(s, ""))
		t = strings.TrimSpace(t[greetingEnd(t):])
		t = strings.TrimSpace(reAskFrame.ReplaceAllString(t, ""))
		t = more(dropThanks(t))
		if t == s {
			break
		}
		s = t
	}
	return s
}

// chatterLayers bounds the layers of chatter peeled off a question ("hey
// bot, ok so, can you tell me ..."), so that Unchatter takes linear time
// on any input ("so so so ...").
const chatterLayers = 8

// greetingEnd returns where the greeting or address that opens s ends,
// with the punctuation after it, or 0 when s opens with none. A greeting
// must stand apart: followed by punctuation, the end, or a word that may
// begin a question (in lower case, or a question word: "Hey, what", "hi
// what", "So When"); not by a hyphen, a digit or a capitalised name
// ("Hi-Fi", "Hey Jude", "OK Computer").
func greetingEnd(s string) int {
	m := reGreeting.FindStringIndex(s)
	if m == nil {
		return 0
	}
	rest := s[m[1]:]
	r, _ := utf8.DecodeRuneInString(rest)
	switch {
	case rest == "" || strings.ContainsRune(",!.:;–—…", r):
	case unicode.IsSpace(r):
		if w := strings.TrimLeftFunc(rest, unicode.IsSpace); !strings.HasPrefix(w, "@") && !opensQuestion(w) && reHasLetter.MatchString(w) {
			return 0
		}
	default:
		return 0
	}
	return len(s) - len(strings.TrimLeft(rest, " \t\n,!.:;–—…-"))
}

// opensQuestion reports whether s begins with a word that may open a
// question or the chatter before one: a word in lower case, or a
// question word, an auxiliary or "I" in any case ("So When", "Hi I").
func opensQuestion(s string) bool {
	if end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }); end >= 0 {
		s = s[:end]
	}
	if r, _ := utf8.DecodeRuneInString(s); unicode.IsLower(r) {
		return true
	}
	switch strings.ToLower(s) {
	case "what", "when", "where", "who", "whom", "whose", "which", "why", "how", "is", "are",
		"was", "were", "do", "does", "did", "can", "could", "would", "will", "should", "has",
		"have", "had", "i", "i'm", "i’m", "tell", "any", "anyone", "anybody", "so", "ok", "okay", "please":
		return true
	}
	return false
}

// dropThanks returns s without the thanks that close it ("…? thanks!",
// "… pls"). Thanks are set apart from the question by punctuation, or are
// in lower case and not followed by a question mark, unless they are a
// chat abbreviation no question asks about ("… cost pls?"): "Why do people say
// thanks?" and "Who sang Thank You" keep theirs, and so does s when the
// thanks are all of it. A question mark after them is kept.
func dropThanks(s string) string {
	m := reThanks.FindStringSubmatchIndex(s)
	if m == nil {
		return s
	}
	thanks, word, mark := s[m[0]:m[1]], s[m[2]:m[3]], s[m[4]:m[5]]
	before := strings.TrimRight(s[:m[0]], " \t\n")
	kept := strings.TrimRight(before, ",;:–—- \t\n")
	apart := kept != before || strings.TrimRight(before, ".!?") != before
	switch {
	case !reHasLetter.MatchString(before):
		return s
	case !apart && (mark != "" && !chatOnly(word) || thanks != strings.ToLower(thanks)):
		return s
	case strings.HasSuffix(kept, "?"):
		return kept
	}
	return kept + mark
}

// chatOnly reports whether the word of thanks (as reThanks matched it) is
// an abbreviation only chat uses ("pls", "thx"): a question ends with one
// only as chatter, question mark or not.
func chatOnly(word string) bool {
	switch strings.ToLower(word) {
	case "pls", "plz", "thx", "ty", "tia":
		return true
	}
	return false
}
