package text

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed chat.txt
var chatTable string

// chatForms maps a folded chat short form to the words it stands for;
// ownWords holds the forms that are words of their own (a line starting
// with "~": "~mum mother"), and numbered those that a number before them
// makes another word (a line starting with "@": "@pm prime minister", not
// the "pm" of "8 pm"). All three are read-only after package
// initialisation.
var chatForms, ownWords, numbered = func() (map[string][]string, map[string]bool, map[string]bool) {
	m, own, num := make(map[string][]string), make(map[string]bool), make(map[string]bool)
	for _, line := range strings.Split(chatTable, "\n") {
		f := strings.Fields(line)
		if len(f) < 2 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if w, ok := strings.CutPrefix(f[0], "~"); ok {
			f[0], own[w] = w, true
		}
		if w, ok := strings.CutPrefix(f[0], "@"); ok {
			f[0], num[w] = w, true
		}
		if len(f) == 2 && f[1] == "-" {
			m[f[0]] = []string{} // a filler: it stands for nothing
			continue
		}
		m[f[0]] = f[1:]
	}
	return m, own, num
}()

// ChatForm returns the words a general English chat abbreviation or short
// form stands for ("ppl" → "people", "govt" → "government", "n" → "and"),
// folded; an empty, non-nil slice for a filler that stands for nothing a
// question asks ("lol", "tbh"); nil when the folded word w is none. The
// table (chat.txt) holds only forms of everyday English chat. The slice
// must not be modified.
func ChatForm(w string) []string { return chatForms[w] }

// OwnWord reports whether the chat form w is also a word of everyday
// English that documents use as it is ("mum", "dad"): a caller reads it
// as its ChatForm only where the documents do not use it.
func OwnWord(w string) bool { return ownWords[w] }

// Numbered reports whether the chat form w is another word after a
// number ("8 pm" is a time of day, "the uk pm" a prime minister): a caller
// does not read it as its ChatForm there.
func Numbered(w string) bool { return numbered[w] }

// Filler reports whether toks[i], a token of s (as Tokens(s) returns
// them), is a chat filler standing apart ("did he go lol", "tbh, who"):
// a word ChatForm reads as standing for nothing, not joined to a word by
// a hyphen or an apostrophe ("uh-huh", "haha-style", "LOL'd": part of
// that word), and not capitalised before a capitalised word ("Um Qasr":
// the start of a name).
func Filler(s string, toks []Token, i int) bool {
	t := toks[i]
	if f := ChatForm(t.Norm); f == nil || len(f) != 0 {
		return false
	}
	if strings.ContainsAny(s[t.Start:t.End], "-'’") || joined(s[:t.Start], true) || joined(s[t.End:], false) {
		return false
	}
	if first, _ := utf8.DecodeRuneInString(s[t.Start:]); unicode.IsUpper(first) &&
		i+1 < len(toks) && strings.TrimSpace(s[t.End:toks[i+1].Start]) == "" {
		next, _ := utf8.DecodeRuneInString(s[toks[i+1].Start:])
		return !unicode.IsUpper(next)
	}
	return true
}

// joined reports whether a hyphen or an apostrophe ties the text s, before
// a word (before) or after it, to another word.
func joined(s string, before bool) bool {
	var mark, word rune
	if before {
		var size int
		mark, size = utf8.DecodeLastRuneInString(s)
		word, _ = utf8.DecodeLastRuneInString(s[:len(s)-size])
	} else {
		var size int
		mark, size = utf8.DecodeRuneInString(s)
		word, _ = utf8.DecodeRuneInString(s[size:])
	}
	return strings.ContainsRune("-'’", mark) && (unicode.IsLetter(word) || unicode.IsDigit(word))
}
