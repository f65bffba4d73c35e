package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/citebot/citebot"
	"github.com/joho/godotenv"
)

// Config is everything citebot reads from flags, the environment and .env.
// It is built once in main and passed down as values.
type Config struct {
	Corpus string // corpus directory; "" means the embedded default corpus
	Data   string // index directory; "" means the user cache dir keyed by corpus
	Store  string // a server that keeps the index (weaviate://...); "" means in process
	K      int    // passages shown per answer
	NoLLM  bool   // force extractive answers
	JSON   bool   // machine-readable output

	OpenAIKey     string
	OpenAIBaseURL string
	LLMModel      string
	LLMTimeout    time.Duration
	LLMContext    int    // the model's context window in tokens, for the prompt budget
	PromptsDir    string // directory of prompt templates overriding the built-in ones

	Embedder     string // "local" (default), "use" or "openai"
	EmbedModel   string
	EmbedBaseURL string

	DiscordToken    string
	DiscordGuildID  string
	DiscordAPIBase  string
	DiscordChannels []string // allow-list of channel IDs; empty means all
	DiscordRoles    []string // allow-list of role IDs; empty means all
	// DiscordPublicKey is the application's public key (hex), for the HTTP
	// interactions endpoint.
	DiscordPublicKey string
	// DiscordShards is "" (no sharding), "auto" or a number of shards;
	// DiscordShardIDs are the shards this process runs (empty: all).
	DiscordShards   string
	DiscordShardIDs []string
	MetricsAddr     string

	// values holds every setting read from the environment or .env, by
	// name: errors are scrubbed of them (see scrub).
	values map[string]string
}

// LLMEnabled reports whether answers are written by an LLM.
func (c Config) LLMEnabled() bool {
	return !c.NoLLM && (c.OpenAIKey != "" || c.OpenAIBaseURL != "")
}

// errUsage marks a usage error (exit code 2).
var errUsage = errors.New("usage")

// usageError wraps a message as a usage error.
func usageError(format string, args ...any) error {
	return fmt.Errorf("%w: %s", errUsage, fmt.Sprintf(format, args...))
}

// loadEnv builds the Config defaults from the environment and from a .env
// file in the working directory, if there is one; the environment wins.
// The .env file is read, never copied into the process environment. A
// secret and the address it is sent to must come from the same place
// (checkSecretTargets).
func loadEnv(environ func(string) string) (Config, error) {
	dot := map[string]string{}
	if _, err := os.Stat(".env"); err == nil {
		if dot, err = godotenv.Read(".env"); err != nil {
			// the parser's message quotes the value it choked on, which
			// may be a key: say what is wrong without it
			return Config{}, errors.New("read .env: it cannot be parsed (an unterminated quote or a malformed line?); values are never shown")
		}
	}
	src := envSources{env: environ, dot: dot}
	if err := src.checkSecretTargets(); err != nil {
		return Config{}, err
	}
	values := map[string]string{}
	getenv := func(k string) string {
		v := src.get(k)
		if v != "" {
			values[k] = v
		}
		return v
	}
	c := Config{
		values:           values,
		Corpus:           getenv("CITEBOT_CORPUS"),
		Data:             getenv("CITEBOT_DATA"),
		Store:            getenv("CITEBOT_STORE"),
		K:                citebot.DefaultK,
		OpenAIKey:        getenv("OPENAI_API_KEY"),
		OpenAIBaseURL:    getenv("OPENAI_BASE_URL"),
		LLMModel:         or(getenv("CITEBOT_LLM_MODEL"), "gpt-4o-mini"),
		LLMTimeout:       citebot.DefaultLLMTimeout,
		LLMContext:       citebot.DefaultLLMContext,
		PromptsDir:       getenv("CITEBOT_PROMPTS_DIR"),
		Embedder:         or(getenv("CITEBOT_EMBEDDER"), "local"),
		EmbedModel:       or(getenv("CITEBOT_EMBED_MODEL"), "text-embedding-3-small"),
		EmbedBaseURL:     getenv("CITEBOT_EMBED_BASE_URL"),
		DiscordToken:     getenv("DISCORD_TOKEN"),
		DiscordGuildID:   getenv("DISCORD_GUILD_ID"),
		DiscordAPIBase:   or(getenv("DISCORD_API_BASE"), "https://discord.com"),
		DiscordChannels:  list(getenv("DISCORD_CHANNELS")),
		DiscordRoles:     list(getenv("DISCORD_ROLES")),
		DiscordPublicKey: getenv("DISCORD_PUBLIC_KEY"),
		DiscordShards:    getenv("CITEBOT_DISCORD_SHARDS"),
		DiscordShardIDs:  list(getenv("CITEBOT_DISCORD_SHARD_IDS")),
		MetricsAddr:      getenv("CITEBOT_METRICS_ADDR"),
	}
	if v := getenv("CITEBOT_K"); v != "" {
		k, err := strconv.Atoi(v)
		if err != nil || k < 1 {
			return c, errors.New("CITEBOT_K: want a positive whole number (values are never shown)")
		}
		c.K = k
	}
	if v := getenv("CITEBOT_LLM_TIMEOUT"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			return c, errors.New("CITEBOT_LLM_TIMEOUT: want a duration such as 30s (values are never shown)")
		}
		c.LLMTimeout = d
	}
	if v := getenv("CITEBOT_LLM_CONTEXT"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 2048 {
			return c, errors.New("CITEBOT_LLM_CONTEXT: want a number of tokens of at least 2048 (values are never shown)")
		}
		c.LLMContext = n
	}
	if v := getenv("CITEBOT_NO_LLM"); v == "1" || strings.EqualFold(v, "true") {
		c.NoLLM = true
	}
	return c, nil
}

func or(v, def string) string {
	if v == "" {
		return def
	}
	return v
}

// list splits a comma- or space-separated list; empty items are dropped.
func list(v string) []string {
	return strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' })
}

// scrub replaces in msg every setting's value (of 4 bytes or more: shorter
// ones are words and numbers of the message itself) by its variable's
// name, so that no key, token, URL or path read from the environment or
// .env is ever printed in an error.
func scrub(msg string, values map[string]string) string {
	names := make([]string, 0, len(values))
	for k := range values {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool { return len(values[names[i]]) > len(values[names[j]]) })
	for _, k := range names {
		if v := values[k]; len(v) >= 4 {
			msg = strings.ReplaceAll(msg, v, "$"+k)
		}
	}
	return msg
}
