package main

import (
	"errors"
	"io"
	"strings"
	"testing"
)

func TestLineReader(t *testing.T) {
	long := strings.Repeat("x", 200)
	tests := []struct {
		name, in string
		max      int
		want     []string // "!" marks a skipped, too-long line
	}{
		{"plain", "a\nb\n", 10, []string{"a", "b"}},
		{"no final newline", "a\nb", 10, []string{"a", "b"}},
		{"crlf", "a\r\nb\r\n", 10, []string{"a", "b"}},
		{"blank lines kept", "\n\na\n", 10, []string{"", "", "a"}},
		{"too long in the middle", "a\n" + long + "\nb\n", 100, []string{"a", "!", "b"}},
		{"too long at the end", "a\n" + long, 100, []string{"a", "!"}},
		{"exactly the limit", strings.Repeat("y", 100) + "\n", 100, []string{strings.Repeat("y", 100)}},
		{"empty", "", 10, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lr := newLineReader(strings.NewReader(tt.in), tt.max)
			var got []string
			for {
				line, err := lr.next()
				if errors.Is(err, io.EOF) {
					break
				}
				if errors.Is(err, errLineTooLong) {
					line = "!"
				} else if err != nil {
					t.Fatal(err)
				}
				got = append(got, line)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestAskLinesGoesOnPastALongLine: one over-long line in a batch is
// reported with its number; the questions after it are still answered.
func TestAskLinesGoesOnPastALongLine(t *testing.T) {
	in := "When did Musharraf visit Moscow?\n" + strings.Repeat("word ", maxStdinQuestion/4) + "\nWhen did Musharraf visit Moscow?\n"
	r := runCLI(t, t.TempDir(), in, nil, "ask", "--json", "-")
	if n := strings.Count(r.stdout, "\n"); n != 2 {
		t.Errorf("%d answers, want 2 (stderr %s)", n, r.stderr)
	}
	if r.code != 1 || !strings.Contains(r.stderr, "line 2") {
		t.Errorf("exit %d, stderr %q; want 1 and the skipped line named", r.code, r.stderr)
	}
}
