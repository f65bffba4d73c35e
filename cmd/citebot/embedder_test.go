package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// CITEBOT_EMBEDDER=use finds passages by meaning, offline: these
// questions share no word with the passages they are about.
func TestUSEEmbedder(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"health.txt": "The physician examined the patient and prescribed antibiotics for the infection.\n",
		"car.txt":    "The automobile needed new tires before the long journey across the mountains.\n",
		"music.txt":  "The orchestra performed a symphony by Beethoven in the concert hall.\n",
		"farm.txt":   "Farmers harvested wheat and corn in the autumn fields.\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	vars := map[string]string{"CITEBOT_EMBEDDER": "use", "CITEBOT_CORPUS": dir, "CITEBOT_DATA": t.TempDir()}
	for q, want := range map[string]string{
		"Which vehicle was fixed up for a road trip?": "car#1",
		"Who gave the sick man medicine?":             "health#1",
	} {
		code, out, stderr := runLLMCmd(t, vars, "", "search", q)
		if code != 0 {
			t.Fatalf("search %q: exit %d: %s", q, code, stderr)
		}
		if first, _, _ := strings.Cut(out, "\n"); !strings.Contains(first, want) {
			t.Errorf("search %q: first result %q, want %s", q, first, want)
		}
	}
}
