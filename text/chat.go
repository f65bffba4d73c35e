package text

import (
	_ "embed"
	"strings"
)

//go:embed chat.txt
var chatTable string

// chatForms maps a folded chat short form to the words it stands for; it
// is read-only after package initialisation.
var chatForms = func() map[string][]string {
	m := make(map[string][]string)
	for _, line := range strings.Split(chatTable, "\n") {
		f := strings.Fields(line)
		if len(f) < 2 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if len(f) == 2 && f[1] == "-" {
			m[f[0]] = []string{} // a filler: it stands for nothing
			continue
		}
		m[f[0]] = f[1:]
	}
	return m
}()

// ChatForm returns the words a general English chat abbreviation or short
// form stands for ("ppl" → "people", "govt" → "government", "n" → "and"),
// folded; an empty, non-nil slice for a filler that stands for nothing a
// question asks ("lol", "tbh"); nil when the folded word w is none. The
// table (chat.txt) holds only forms of everyday English chat. The slice
// must not be modified.
func ChatForm(w string) []string { return chatForms[w] }
