package main

import (
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
)

// newRoot builds the command tree.
func newRoot(st *state) *cobra.Command {
	root := &cobra.Command{
		Use:   "citebot",
		Short: "citebot answers questions from documents, with exact citations.",
		Long: `citebot answers questions from a folder of documents (Markdown, text, HTML,
PDF). Every answer cites exact byte spans of the documents; a citation whose
words the sources do not carry is marked unverified.

Settings come from flags, the environment and a .env file in the current
folder (the environment wins); the README's Configuration section lists them.`,
		Example: `  citebot ask "When did Musharraf visit Moscow?"
  citebot --corpus ~/notes index
  citebot chat --corpus ~/notes
  citebot help ask`,
		Version:       version(),
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.SuggestionsMinimumDistance = 2
	root.SetOut(st.e.stdout)
	root.SetErr(st.e.stderr)
	root.SetIn(st.e.stdin)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageError("%s: %v (see citebot %s --help)", c.Name(), err, c.Name())
	})
	root.SetVersionTemplate("{{.Version}}\n")
	pf := root.PersistentFlags()
	pf.StringVar(&st.corpus, "corpus", "", "corpus `dir` to index (env CITEBOT_CORPUS; default: the embedded corpus)")
	pf.StringVar(&st.data, "data", "", "index `dir` (env CITEBOT_DATA; default: a folder per corpus in the user cache dir)")
	pf.StringVar(&st.store, "store", "", "keep the index in a server, e.g. `weaviate://127.0.0.1:8080` (env CITEBOT_STORE; default: in process, see docs/scale.md)")
	_ = root.MarkPersistentFlagDirname("corpus")
	_ = root.MarkPersistentFlagDirname("data")
	root.AddCommand(askCmd(st), chatCmd(st), citeCmd(st), searchCmd(st), sourcesCmd(st), indexCmd(st),
		evalCmd(st), discordCmd(st), dataCmd(st), versionCmd())
	return root
}

// execute runs root with args. Without arguments it prints the help and
// is a usage error (exit 2); an unknown command is a usage error naming
// the nearest commands.
func execute(root *cobra.Command, args []string) error {
	if len(args) == 0 {
		root.InitDefaultHelpFlag()
		root.InitDefaultVersionFlag()
		root.InitDefaultHelpCmd()
		root.InitDefaultCompletionCmd()
		_ = root.Help()
		return errQuietUsage
	}
	root.SetArgs(args)
	c, err := root.ExecuteC()
	if err != nil && strings.HasPrefix(err.Error(), "unknown command") {
		name, _, _ := strings.Cut(strings.TrimPrefix(err.Error(), `unknown command "`), `"`)
		msg := fmt.Sprintf("unknown command %q", name)
		if s := c.SuggestionsFor(name); len(s) > 0 {
			msg += "; did you mean " + strings.Join(s, " or ") + "?"
		}
		return usageError("%s (%s --help lists the commands)", msg, c.CommandPath())
	}
	return err
}

func versionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "print citebot's version and commit",
		Args:  noArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			fmt.Fprintln(c.OutOrStdout(), version())
			return nil
		},
	}
}

// version describes this build: module version, VCS commit and time, from
// the build information; "(devel)" and "commit unknown" when built
// without them (go run, -buildvcs=false).
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "citebot (no build information)"
	}
	v := bi.Main.Version
	if v == "" {
		v = "(devel)"
	}
	commit, when, dirty := "unknown", "", ""
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			commit = s.Value
		case "vcs.time":
			when = ", " + s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = ", modified"
			}
		}
	}
	return fmt.Sprintf("citebot %s (commit %s%s%s, %s)", v, commit, when, dirty, bi.GoVersion)
}
