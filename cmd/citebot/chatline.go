package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"

	"github.com/peterh/liner"
)

// historyFile is the chat history's name in the data folder.
const historyFile = "chat_history"

// interactive runs the conversation on a terminal with a line editor:
// arrow keys, history (kept in dir when it is not ""), Ctrl-C clears the
// line, Ctrl-D or /quit ends.
func (s *chatSession) interactive(ctx context.Context, dir string) error {
	ln := liner.NewLiner()
	var once sync.Once
	closeLn := func() { once.Do(func() { ln.Close() }) }
	defer closeLn()
	stop := context.AfterFunc(ctx, closeLn) // give the terminal back on a signal
	defer stop()
	ln.SetCtrlCAborts(false)
	hist := ""
	if dir != "" {
		hist = filepath.Join(dir, historyFile)
		if f, err := os.Open(hist); err == nil {
			ln.ReadHistory(f)
			f.Close()
		}
	}
	fmt.Fprintln(s.e.stdout, "Ask a question; follow-ups may refer to earlier ones. /help lists the commands; Ctrl-D ends.")
	for {
		line, err := ln.Prompt("> ")
		if errors.Is(err, io.EOF) {
			fmt.Fprintln(s.e.stdout)
			return nil
		}
		if err != nil {
			return fmt.Errorf("read question: %w", err)
		}
		if line != "" {
			ln.AppendHistory(line)
			saveHistory(ln, hist)
		}
		if quit, err := s.line(ctx, line); quit || err != nil {
			return err
		}
	}
}

// saveHistory writes the history to path, private to the user; a failure
// only loses the history.
func saveHistory(ln *liner.State, path string) {
	if path == "" {
		return
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o600)
	if err != nil {
		return
	}
	ln.WriteHistory(f)
	f.Close()
}
