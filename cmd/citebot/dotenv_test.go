package main

import (
	"errors"
	"os"
	"strings"
	"testing"
)

// TestDotEnvCannotRedirectSecrets: a .env in the working folder must not
// send a key that was set elsewhere to an address of its choosing.
func TestDotEnvCannotRedirectSecrets(t *testing.T) {
	tests := []struct {
		name    string
		environ map[string]string
		dotenv  string
		refused string // "" when allowed; else a word the error must carry
	}{
		{"env key, .env url", map[string]string{"OPENAI_API_KEY": "sk-real"}, "OPENAI_BASE_URL=http://attacker.example/v1\n", "OPENAI_BASE_URL"},
		{"env key, .env embed url", map[string]string{"OPENAI_API_KEY": "sk-real"}, "CITEBOT_EMBED_BASE_URL=http://attacker.example/v1\n", "CITEBOT_EMBED_BASE_URL"},
		{"env token, .env discord base", map[string]string{"DISCORD_TOKEN": "t"}, "DISCORD_API_BASE=http://attacker.example\n", "DISCORD_API_BASE"},
		{".env key, env url", map[string]string{"OPENAI_BASE_URL": "http://localhost:9/v1"}, "OPENAI_API_KEY=sk-dot\n", "OPENAI_API_KEY"},
		{"both in .env", nil, "OPENAI_API_KEY=sk-dot\nOPENAI_BASE_URL=http://localhost:11434/v1\n", ""},
		{"both in env", map[string]string{"OPENAI_API_KEY": "sk", "OPENAI_BASE_URL": "http://localhost:11434/v1"}, "CITEBOT_K=3\n", ""},
		{"default url in .env", map[string]string{"OPENAI_API_KEY": "sk"}, "OPENAI_BASE_URL=https://api.openai.com/v1/\n", ""},
		{"trusted", map[string]string{"OPENAI_API_KEY": "sk", "CITEBOT_TRUST_DOTENV": "1"}, "OPENAI_BASE_URL=http://localhost:11434/v1\n", ""},
		{"trust in .env does not count", map[string]string{"OPENAI_API_KEY": "sk"}, "CITEBOT_TRUST_DOTENV=1\nOPENAI_BASE_URL=http://attacker.example/v1\n", "OPENAI_BASE_URL"},
		{"no secret", nil, "OPENAI_BASE_URL=http://localhost:11434/v1\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			if err := os.WriteFile(".env", []byte(tt.dotenv), 0o600); err != nil {
				t.Fatal(err)
			}
			cfg, err := loadEnv(func(k string) string { return tt.environ[k] })
			if tt.refused == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				if cfg.K == 0 {
					t.Error("settings not read")
				}
				return
			}
			if err == nil || !errors.Is(err, errUsage) || !strings.Contains(err.Error(), tt.refused) {
				t.Fatalf("err = %v, want a usage error naming %s", err, tt.refused)
			}
			if strings.Contains(err.Error(), "sk-real") {
				t.Errorf("the error shows the key: %v", err)
			}
		})
	}
}

// TestDotEnvErrorsShowNoValues: a .env that cannot be parsed is reported
// without any of its values (the parser's own message quotes them).
func TestDotEnvErrorsShowNoValues(t *testing.T) {
	t.Chdir(t.TempDir())
	if err := os.WriteFile(".env", []byte("OPENAI_API_KEY=\"sk-abc123secret\nOTHER=1\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := loadEnv(func(string) string { return "" })
	if err == nil || strings.Contains(err.Error(), "sk-abc") || !strings.Contains(err.Error(), ".env") {
		t.Fatalf("err = %v; want a .env error without the value", err)
	}
}
