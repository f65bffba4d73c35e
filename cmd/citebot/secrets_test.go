package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoSettingValueInErrors drives every error path of the settings with
// values carrying a marker, from the environment and from .env, and checks
// that no marker is ever printed.
func TestNoSettingValueInErrors(t *testing.T) {
	const mark = "SeCrEtVaLuE"
	blocker := filepath.Join(t.TempDir(), "file"+mark)
	os.WriteFile(blocker, []byte("x"), 0o644)
	tests := []struct {
		name string
		env  map[string]string
		dot  string // .env contents
		args []string
	}{
		{"dotenv syntax", nil, "OPENAI_API_KEY=\"sk-" + mark + "\nX=1\n", []string{"sources"}},
		{"bad k", map[string]string{"CITEBOT_K": "k" + mark}, "", []string{"sources"}},
		{"bad k in .env", nil, "CITEBOT_K=k" + mark + "\n", []string{"sources"}},
		{"bad timeout", map[string]string{"CITEBOT_LLM_TIMEOUT": "t" + mark}, "", []string{"sources"}},
		{"bad context", map[string]string{"CITEBOT_LLM_CONTEXT": "c" + mark}, "", []string{"sources"}},
		{"bad embedder", map[string]string{"CITEBOT_EMBEDDER": "e" + mark}, "", []string{"sources"}},
		{"missing prompts dir", map[string]string{"OPENAI_API_KEY": "sk-" + mark, "CITEBOT_PROMPTS_DIR": "/nonexistent/" + mark}, "", []string{"ask", "q?"}},
		{"missing corpus", map[string]string{"CITEBOT_CORPUS": "/nonexistent/" + mark}, "", []string{"sources"}},
		{"corpus is a file", map[string]string{"CITEBOT_CORPUS": blocker}, "", []string{"sources"}},
		{"unwritable data", map[string]string{"CITEBOT_DATA": filepath.Join(blocker, mark)}, "", []string{"index"}},
		{"key and base URL from two places", map[string]string{"OPENAI_API_KEY": "sk-" + mark}, "OPENAI_BASE_URL=http://" + mark + ".example/v1\n", []string{"ask", "q?"}},
		{"bad metrics address", map[string]string{"DISCORD_TOKEN": "tok" + mark, "CITEBOT_METRICS_ADDR": mark + ":x"}, "", []string{"discord"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if tt.dot != "" {
				os.WriteFile(filepath.Join(dir, ".env"), []byte(tt.dot), 0o600)
			}
			t.Chdir(dir)
			vars := map[string]string{}
			for k, v := range tt.env {
				vars[k] = v
			}
			data := vars["CITEBOT_DATA"]
			if data == "" {
				data = t.TempDir()
			}
			r := runCLI(t, data, "", vars, tt.args...)
			if r.code == 0 {
				t.Fatalf("exit 0; want an error (stderr %q)", r.stderr)
			}
			if strings.Contains(r.stderr+r.stdout, mark) {
				t.Errorf("a setting's value was printed: %s", r.stderr)
			}
		})
	}
}
