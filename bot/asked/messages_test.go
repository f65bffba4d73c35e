package asked

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
)

// message is a labelled message (testdata/messages-*.jsonl): kind is
// "chatter", "self", "collection" or "question".
type message struct {
	ID, Message, Kind string
}

// labelOf is the label a Meta reads as.
var labelOf = map[Meta]string{MetaNone: "question", MetaChatter: "chatter", MetaSelf: "self",
	MetaCollection: "collection", MetaAuthors: "collection", MetaDates: "collection"}

// TestMetaOfMessages: on messages as people type them to a bot, written by
// helpers who read no code, MetaOf reads at least floor of them right and
// reads at most wrongQuestions of the look-alike questions as asking
// nothing of the documents (a question not searched is the costly miss;
// a greeting searched is answered as before). messages-dev.jsonl was used
// to develop MetaOf; messages-dev2.jsonl only after its first run (.633,
// .483 before MetaOf was developed on the other), for kinds of chatter it
// showed missing ("test", "brb", "merci"), and again for reactions,
// privacy, speed and limits, and the documents' outlets and ages (.700 →
// .833); messages-held.jsonl, written last, read .600 on its first run;
// the kinds the closing note named among its misses (privacy, speed,
// limits, outlets) were then built from the other sets and from messages
// written anew, and it reads .783: it is no longer untouched.
// messages-held2.jsonl, written by a helper after that change and never
// used to develop it, read .700 on its first run, with one look-alike
// question read as asking of the collection ("does chatgpt store your
// conversations? what does the article say"): its floor records that run
// as it is, so a later change shows whether it mends or worsens it.
func TestMetaOfMessages(t *testing.T) {
	for _, tt := range []struct {
		file           string
		floor          float64
		wrongQuestions int
	}{
		{"testdata/messages-dev.jsonl", 0.95, 0},
		{"testdata/messages-dev2.jsonl", 0.80, 0},
		{"testdata/messages-held.jsonl", 0.75, 0},
		{"testdata/messages-held2.jsonl", 0.65, 1},
	} {
		msgs := readMessages(t, tt.file)
		right, wrongQ := 0, 0
		for _, m := range msgs {
			got := labelOf[MetaOf(m.Message)]
			switch {
			case got == m.Kind:
				right++
			case m.Kind == "question":
				wrongQ++
				t.Logf("%s: %s %q read as %s", tt.file, m.ID, m.Message, got)
			default:
				t.Logf("%s: %s %q (%s) read as %s", tt.file, m.ID, m.Message, m.Kind, got)
			}
		}
		share := float64(right) / float64(len(msgs))
		t.Logf("%s: %d of %d right (%.3f), %d questions read as asking nothing", tt.file, right, len(msgs), share, wrongQ)
		if share < tt.floor || wrongQ > tt.wrongQuestions {
			t.Errorf("%s: %.3f right (floor %.2f), %d questions not searched (at most %d)", tt.file, share, tt.floor, wrongQ, tt.wrongQuestions)
		}
	}
}

func readMessages(t *testing.T, path string) []message {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []message
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var m message
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, m)
	}
	if err := sc.Err(); err != nil || len(out) == 0 {
		t.Fatalf("%s: %d messages, %v", path, len(out), err)
	}
	return out
}
