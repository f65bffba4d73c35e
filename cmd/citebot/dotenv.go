package main

import (
	"strings"
)

// envSources looks settings up in the process environment first, then in
// the values read from a .env file.
type envSources struct {
	env func(string) string
	dot map[string]string
}

// get returns the value of k and "" when it is set nowhere.
func (s envSources) get(k string) string {
	v, _ := s.lookup(k)
	return v
}

// lookup returns the value of k and where it came from: "the environment",
// ".env", or "" when it is set nowhere.
func (s envSources) lookup(k string) (string, string) {
	if v := s.env(k); v != "" {
		return v, "the environment"
	}
	if v := s.dot[k]; v != "" {
		return v, ".env"
	}
	return "", ""
}

// secretTargets pair each secret with the setting that says where it is
// sent, and that setting's harmless defaults.
var secretTargets = []struct {
	secret, target string
	defaults       []string
}{
	{"OPENAI_API_KEY", "OPENAI_BASE_URL", []string{"https://api.openai.com/v1"}},
	{"OPENAI_API_KEY", "CITEBOT_EMBED_BASE_URL", []string{"https://api.openai.com/v1"}},
	{"DISCORD_TOKEN", "DISCORD_API_BASE", []string{"https://discord.com"}},
}

// checkSecretTargets refuses a secret set in one place (say the shell's
// environment) whose destination was changed in another (say a .env file
// in whatever folder citebot runs from): such a .env could send the real
// key, and the corpus, to any server. Setting both in the same place, or
// CITEBOT_TRUST_DOTENV=1 in the environment, allows it.
func (s envSources) checkSecretTargets() error {
	if v := s.env("CITEBOT_TRUST_DOTENV"); v == "1" || strings.EqualFold(v, "true") {
		return nil
	}
	for _, p := range secretTargets {
		_, secretFrom := s.lookup(p.secret)
		target, targetFrom := s.lookup(p.target)
		if secretFrom == "" || targetFrom == "" || secretFrom == targetFrom || isDefault(target, p.defaults) {
			continue
		}
		return usageError("%s comes from %s but %s comes from %s and is not the default: the secret would be sent to the address it names. "+
			"Set both in the same place, or set CITEBOT_TRUST_DOTENV=1 in the environment if you trust this .env",
			p.secret, secretFrom, p.target, targetFrom)
	}
	return nil
}

func isDefault(v string, defaults []string) bool {
	v = strings.TrimRight(strings.TrimSpace(v), "/")
	for _, d := range defaults {
		if strings.EqualFold(v, d) {
			return true
		}
	}
	return false
}
