package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// errHelp is returned when --help was asked for; it exits 0.
var errHelp = errors.New("help shown")

// newFlags returns a flag set for a command whose usage line is use, with
// the flags every command accepts bound to cfg.
func newFlags(name, use string, cfg *Config, out io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(out)
	fs.Usage = func() {
		fmt.Fprintf(out, "Usage: citebot %s\n\nFlags:\n", use)
		fs.PrintDefaults()
	}
	cfg.bindCommon(fs)
	return fs
}

// parse parses args, allowing flags after positional arguments, and maps
// flag errors to usage errors.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, errHelp
			}
			return nil, usageError("%s: %v", fs.Name(), err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
		if len(args) == 0 || !strings.HasPrefix(args[0], "-") || args[0] == "-" {
			for len(args) > 0 && (!strings.HasPrefix(args[0], "-") || args[0] == "-") {
				pos = append(pos, args[0])
				args = args[1:]
			}
			if len(args) == 0 {
				return pos, nil
			}
		}
	}
}
