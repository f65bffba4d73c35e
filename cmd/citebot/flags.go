package main

import (
	"context"
	"errors"

	"github.com/spf13/cobra"
)

// answerFlags are the flags of the commands that answer questions.
type answerFlags struct {
	json  bool
	k     int
	noLLM bool
}

// bind registers the flags on c, defaulting to cfg's values.
func (f *answerFlags) bind(c *cobra.Command, cfg Config, jsonUsage string) {
	if jsonUsage != "" {
		c.Flags().BoolVar(&f.json, "json", false, jsonUsage)
	}
	c.Flags().IntVarP(&f.k, "k", "k", cfg.K, "number of passages to show (env CITEBOT_K)")
	c.Flags().BoolVar(&f.noLLM, "no-llm", cfg.NoLLM, "answer extractively even when an LLM is configured (env CITEBOT_NO_LLM)")
}

// apply returns cfg with the flags' values; --k out of 1..50 is a usage
// error of command name.
func (f *answerFlags) apply(cfg Config, name string) (Config, error) {
	if f.k < 1 || f.k > 50 {
		return cfg, usageError("%s: --k must be between 1 and 50", name)
	}
	cfg.JSON, cfg.K, cfg.NoLLM = f.json, f.k, f.noLLM
	return cfg, nil
}

// state is what every command shares: the context, the process
// environment, and the Config read from the environment and .env, which
// the persistent flags then override. envErr is a bad setting found while
// reading; commands that use settings report it, help and completion do
// not.
type state struct {
	ctx                 context.Context
	e                   *env
	cfg                 Config
	envErr              error
	corpus, data, store string // the persistent flags; "" leaves cfg's value
}

// errQuietUsage is a usage error whose explanation has been printed
// already (exit 2, nothing more said).
var errQuietUsage = errors.New("usage shown")

// settings returns the Config for a command: an error when the
// environment or .env holds a bad setting.
func (st *state) settings() (Config, error) {
	cfg := st.cfg
	if st.corpus != "" {
		cfg.Corpus = st.corpus
	}
	if st.store != "" {
		cfg.Store = st.store
	}
	if st.data != "" {
		cfg.Data = st.data
	}
	return cfg, st.envErr
}

// noArgs is cobra's NoArgs as a usage error.
func noArgs(c *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usageError("%s: takes no arguments", c.Name())
	}
	return nil
}

// nonNil returns xs, or an empty slice for nil, so JSON shows [] and
// never null.
func nonNil[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}
