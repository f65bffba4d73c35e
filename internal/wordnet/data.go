package wordnet

import (
	"fmt"
	"strconv"
	"strings"
)

// Pointer is a relation of a synset to another: its symbol ("@" hypernym,
// "@i" instance hypernym, "!" antonym, ...), the target's offset and part
// of speech as the data file writes it ('n', 'v', 'a', 's' or 'r'), and
// the 1-based numbers of the source and target words (0: the whole
// synset).
type Pointer struct {
	Sym      string
	Offset   int
	Pos      byte
	Src, Tgt int
}

// Synset is a line of a data file (data.noun, ...) without its gloss: its
// offset, its lexicographer file (18 is noun.person), its words as
// written, and its pointers.
type Synset struct {
	Offset, LexFile int
	Words           []string
	Pointers        []Pointer
}

// ParseData parses a line of a data file: "synset_offset lex_filenum
// ss_type w_cnt word lex_id [word lex_id...] p_cnt [ptr...] [frames...] |
// gloss". It fails when a field it reads is missing or no number.
func ParseData(line string) (s Synset, err error) {
	short := fmt.Errorf("short data line %q", line)
	if i := strings.Index(line, " | "); i >= 0 {
		line = line[:i]
	}
	fs := strings.Fields(line)
	if len(fs) < 4 {
		return Synset{}, short
	}
	if s.Offset, err = strconv.Atoi(fs[0]); err != nil {
		return Synset{}, err
	}
	if s.LexFile, err = strconv.Atoi(fs[1]); err != nil {
		return Synset{}, err
	}
	wcnt, err := strconv.ParseInt(fs[3], 16, 32)
	if err != nil {
		return Synset{}, err
	}
	i := 4 + 2*int(wcnt) // the p_cnt field
	if i >= len(fs) {
		return Synset{}, short
	}
	for i := 4; i < 4+2*int(wcnt); i += 2 {
		s.Words = append(s.Words, fs[i])
	}
	pcnt, err := strconv.Atoi(fs[i])
	if err != nil {
		return Synset{}, err
	}
	for i++; pcnt > 0; pcnt, i = pcnt-1, i+4 {
		if i+4 > len(fs) {
			return Synset{}, short
		}
		p, err := parsePointer(fs[i : i+4])
		if err != nil {
			return Synset{}, err
		}
		s.Pointers = append(s.Pointers, p)
	}
	return s, nil
}

// parsePointer parses "pointer_symbol synset_offset pos source/target".
func parsePointer(fs []string) (Pointer, error) {
	off, err := strconv.Atoi(fs[1])
	if err != nil {
		return Pointer{}, err
	}
	st := fs[3]
	if len(st) != 4 {
		return Pointer{}, fmt.Errorf("pointer %q: source/target %q", fs[0], st)
	}
	src, _ := strconv.ParseInt(st[:2], 16, 32)
	tgt, _ := strconv.ParseInt(st[2:], 16, 32)
	return Pointer{Sym: fs[0], Offset: off, Pos: fs[2][0], Src: int(src), Tgt: int(tgt)}, nil
}

// Count is a line of cntlist.rev: the lemma of a sense key, its synset
// type (1 noun, 2 verb, 3 adjective, 4 adverb, 5 adjective satellite), the
// sense's number in the lemma's index line and how often WordNet's
// sense-tagged texts use it.
type Count struct {
	Lemma  string
	SSType byte
	Sense  int
	Tags   int
}

// ParseCount parses a line of cntlist.rev: "lemma%ss_type:lex_filenum:
// lex_id:head_word:head_id sense_number tag_cnt"; ok is false for a line
// of another shape.
func ParseCount(line string) (c Count, ok bool) {
	fs := strings.Fields(line)
	if len(fs) != 3 {
		return Count{}, false
	}
	lemma, key, found := strings.Cut(fs[0], "%")
	if !found || key == "" {
		return Count{}, false
	}
	n, err1 := strconv.Atoi(fs[1])
	t, err2 := strconv.Atoi(fs[2])
	if err1 != nil || err2 != nil {
		return Count{}, false
	}
	return Count{Lemma: lemma, SSType: key[0], Sense: n, Tags: t}, true
}
