package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestSystemdUnit: docs/citebot.service is the unit docs/discord.md
// shows, and systemd-analyze verify (where installed) accepts it.
func TestSystemdUnit(t *testing.T) {
	unit, err := os.ReadFile("../../docs/citebot.service")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := os.ReadFile("../../docs/discord.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(doc), "```ini\n"+string(unit)+"```") {
		t.Error("docs/discord.md does not show docs/citebot.service as it is")
	}
	tool, err := exec.LookPath("systemd-analyze")
	if err != nil {
		t.Skip("systemd-analyze is not installed")
	}
	// verify needs the binary to exist: this test binary stands in for it
	local := filepath.Join(t.TempDir(), "citebot.service")
	os.WriteFile(local, []byte(strings.ReplaceAll(string(unit), "/usr/local/bin/citebot", os.Args[0])), 0o644)
	out, err := exec.Command(tool, "verify", local).CombinedOutput()
	if err != nil {
		t.Errorf("systemd-analyze verify: %v\n%s", err, out)
	}
}
