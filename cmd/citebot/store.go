package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// storedManifest is what citebot reads of the manifest.json that
// retrieval writes beside an index.
type storedManifest struct {
	Corpus string            `json:"corpus"`
	Saved  time.Time         `json:"saved"`
	Docs   map[string]string `json:"documents"`
}

// readManifest reads dir's manifest.
func readManifest(dir string) (storedManifest, error) {
	var m storedManifest
	b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		return m, err
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return m, fmt.Errorf("manifest.json: %w", err)
	}
	return m, nil
}

// manifestCorpus returns the corpus that dir's manifest names. It stops
// reading there: the list of documents that follows it is as long as the
// corpus, and every command starts here.
func manifestCorpus(dir string) (string, error) {
	f, err := os.Open(filepath.Join(dir, "manifest.json"))
	if err != nil {
		return "", err
	}
	defer f.Close()
	dec := json.NewDecoder(f)
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return "", fmt.Errorf("manifest.json: not an object (%v)", err)
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return "", fmt.Errorf("manifest.json: %w", err)
		}
		if key == "corpus" {
			var corpus string
			err := dec.Decode(&corpus)
			return corpus, err
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return "", fmt.Errorf("manifest.json: %w", err)
		}
	}
	return "", nil
}

// checkCorpus refuses a data folder whose index was built for another
// corpus than name, unless rebuild: two corpora sharing one --data would
// replace each other's index at every run.
func checkCorpus(dir, name string, rebuild bool) error {
	if rebuild {
		return nil
	}
	corpus, err := manifestCorpus(dir)
	if err != nil || corpus == "" || corpus == name {
		return nil
	}
	return fmt.Errorf("%w: %s holds the index of %s, not of %s. Give each corpus its own --data (or leave --data unset), "+
		"or run `citebot index --rebuild` with this --data to replace it", errOtherCorpus, dir, corpus, name)
}

// saveProblem says in plain words why the index could not be saved in the
// data folder dir: from the cause retrieval reports, or else by probing
// the folder. A cause it finds is said without the path (which may come
// from CITEBOT_DATA); otherwise saveErr is kept.
func saveProblem(dir, saveErr string, cause error) string {
	err := cause
	if err == nil || !errors.Is(err, syscall.ENOSPC) && !errors.Is(err, syscall.ENOTDIR) && !errors.Is(err, syscall.EROFS) &&
		!errors.Is(err, syscall.EACCES) && !errors.Is(err, syscall.EPERM) {
		err = probeDir(dir)
	}
	switch {
	case strings.Contains(saveErr, "no space left") || errors.Is(err, syscall.ENOSPC):
		return "save index: the disk is full; free some space or set --data to a folder on another disk"
	case errors.Is(err, syscall.ENOTDIR):
		return "save index: a file stands where a folder should be in the data folder's path; set --data to a folder"
	case errors.Is(err, syscall.EROFS):
		return "save index: the data folder is on a read-only file system; set --data to a writable folder"
	case errors.Is(err, syscall.EACCES) || errors.Is(err, syscall.EPERM):
		return "save index: you may not write to the data folder; set --data to a folder of yours"
	}
	return saveErr + " (set --data to a writable folder)"
}

// probeDir tries to create dir and a file in it, and returns the error.
func probeDir(dir string) error {
	if dir == "" {
		return nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, ".probe-*")
	if err != nil {
		return err
	}
	name := f.Name()
	_, err = f.Write(make([]byte, 4096))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	os.Remove(name)
	return err
}

// errOtherCorpus is returned when a data folder holds another corpus's
// index.
var errOtherCorpus = errors.New("the data folder holds the index of another corpus")
