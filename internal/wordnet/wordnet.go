// Package wordnet reads the lines of the WordNet 3.0 database files
// (index.*, data.*, cntlist.rev, *.exc) for the development-time table
// generators (text/synonyms/gen, bot/asked/gen). citebot never reads
// WordNet at run time.
package wordnet

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// Lines calls fn with every line of the file at path, passing over the
// licence header of WordNet's data and index files (lines that begin with
// two spaces) when skipLicence is set. It stops at fn's first error and
// returns it, or the error of opening or reading the file.
func Lines(path string, skipLicence bool, fn func(line string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		if skipLicence && strings.HasPrefix(sc.Text(), "  ") {
			continue
		}
		if err := fn(sc.Text()); err != nil {
			return err
		}
	}
	return sc.Err()
}

// Index is a line of an index file (index.noun, ...): a lemma as written
// ("national_capital") and the offsets of its synsets in the data file of
// the same part of speech, most frequent sense first.
type Index struct {
	Lemma   string
	Offsets []int
}

// ParseIndex parses a line of an index file: "lemma pos synset_cnt p_cnt
// [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...". It fails when
// a count is no number or the offsets are not synset_cnt.
func ParseIndex(line string) (Index, error) {
	fs := strings.Fields(line)
	if len(fs) < 4 {
		return Index{}, fmt.Errorf("short index line %q", line)
	}
	scnt, err := strconv.Atoi(fs[2])
	if err != nil {
		return Index{}, err
	}
	pcnt, err := strconv.Atoi(fs[3])
	if err != nil {
		return Index{}, err
	}
	if len(fs) < 4+pcnt+2 {
		return Index{}, fmt.Errorf("short index line %q", line)
	}
	offs := fs[4+pcnt+2:]
	if len(offs) != scnt {
		return Index{}, fmt.Errorf("%q: %d offsets, want %d", fs[0], len(offs), scnt)
	}
	ix := Index{Lemma: fs[0]}
	for _, o := range offs {
		off, err := strconv.Atoi(o)
		if err != nil {
			return Index{}, err
		}
		ix.Offsets = append(ix.Offsets, off)
	}
	return ix, nil
}
