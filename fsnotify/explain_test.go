package fsnotify

import (
	"errors"
	"fmt"
	"strings"
	"syscall"
	"testing"
)

// TestLimitsAreExplained: running out of watches or watchers is an error
// that says which limit to raise, and still matches the system error.
func TestLimitsAreExplained(t *testing.T) {
	for errno, want := range map[syscall.Errno]string{syscall.ENOSPC: "max_user_watches", syscall.EMFILE: "max_user_instances"} {
		err := explain(fmt.Errorf("add watch: %w", errno))
		if !strings.Contains(err.Error(), want) || !errors.Is(err, errno) {
			t.Errorf("%v: %v", errno, err)
		}
	}
	plain := errors.New("other")
	if explain(plain) != plain {
		t.Error("another error was changed")
	}
}

func TestHidden(t *testing.T) {
	for rel, want := range map[string]bool{
		"a.md": false, "sub/a.md": false, ".git/x": true, "sub/.a.md.swp": true, ".hidden": true, "a.b/c.md": false,
	} {
		if got := hidden(rel); got != want {
			t.Errorf("hidden(%q) = %v", rel, got)
		}
	}
}
