// Package synth generates deterministic synthetic corpora of "shuffled
// encyclopedia sentences" for the issue-9 scaling benchmarks: sentences
// of the repository's own texts, with a share of their content words
// replaced by pseudo-words drawn from a Zipf distribution so that the
// vocabulary grows with the corpus the way real text does (Heaps' law),
// shuffled into paragraphs and files in nested folders, plus a question
// file in the format of eval/testdata/dev.
package synth

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

// sourceGlobs are the texts, relative to the repository root, whose
// sentences a corpus is made of.
func sourceGlobs() []string {
	return []string{
		"eval/testdata/encyclopedia/*.txt",
		"eval/testdata/final*/wiki/*.txt",
		"corpus/*.txt",
	}
}

// Sentences reads the source texts under the repository root repo and
// returns their sentences in a fixed order (files sorted by path).
// Headings and sentences of fewer than 6 or more than 80 words are left
// out. It fails when a file cannot be read or no sentence is found.
func Sentences(repo string) ([]string, error) {
	var files []string
	for _, g := range sourceGlobs() {
		m, err := filepath.Glob(filepath.Join(repo, filepath.FromSlash(g)))
		if err != nil {
			return nil, fmt.Errorf("sources %s: %w", g, err)
		}
		files = append(files, m...)
	}
	sort.Strings(files)
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("sources: %w", err)
		}
		out = append(out, splitText(string(b))...)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("sources: no sentences under %s (is it the repository root?): %w", repo, fs.ErrNotExist)
	}
	return out, nil
}

// splitText cuts a text into paragraphs at blank lines and paragraphs
// into sentences, keeping those of 6 to 80 words.
func splitText(s string) []string {
	var out []string
	for _, para := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
		para = strings.Join(strings.Fields(para), " ")
		for _, sent := range splitSentences(para) {
			if n := len(strings.Fields(sent)); n >= 6 && n <= 80 {
				out = append(out, sent)
			}
		}
	}
	return out
}

// splitSentences cuts a paragraph after '.', '!' or '?' (and any closing
// quote or bracket) followed by a space and an upper-case letter, digit or
// opening quote. A paragraph that does not end in such a mark (a heading)
// gives nothing.
func splitSentences(p string) []string {
	if !endsSentence(p) {
		return nil
	}
	var out []string
	start := 0
	rs := []rune(p)
	for i := 0; i < len(rs); i++ {
		if rs[i] != '.' && rs[i] != '!' && rs[i] != '?' {
			continue
		}
		j := i + 1
		for j < len(rs) && strings.ContainsRune(`"')]’”`, rs[j]) {
			j++
		}
		if j+1 < len(rs) && rs[j] == ' ' && (unicode.IsUpper(rs[j+1]) || unicode.IsDigit(rs[j+1]) || rs[j+1] == '"' || rs[j+1] == '“') {
			if !abbreviation(rs[start:i]) {
				out = append(out, string(rs[start:j]))
				start = j + 1
			}
		}
	}
	return append(out, string(rs[start:]))
}

// endsSentence says whether p ends with sentence punctuation.
func endsSentence(p string) bool {
	p = strings.TrimRight(p, `"')]’”`)
	return strings.HasSuffix(p, ".") || strings.HasSuffix(p, "!") || strings.HasSuffix(p, "?")
}

// abbreviation says whether the text before a period ends in a short
// capitalised word such as "Mr" or "St", or an initial.
func abbreviation(before []rune) bool {
	i := len(before)
	for i > 0 && unicode.IsLetter(before[i-1]) {
		i--
	}
	w := string(before[i:])
	switch w {
	case "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Co", "Inc", "Ltd", "vs", "etc", "No", "Gen", "Lt", "Col", "Capt", "Rev", "Prof", "Mt":
		return true
	}
	return len([]rune(w)) == 1 && unicode.IsUpper([]rune(w)[0])
}
