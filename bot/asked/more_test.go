package asked

import "testing"

func TestAsksMore(t *testing.T) {
	for q, want := range map[string]bool{
		"tell me more":                  true,
		"Tell me more about it!":        true,
		"go on":                         true,
		"more details pls":              true,
		"what else?":                    true,
		"hey bot, can you elaborate?":   true,
		"elaborate on that":             true,
		"tell me more about the treaty": false,
		"more":                          true,
		"more troops were sent?":        false,
	} {
		if got := AsksMore(q); got != want {
			t.Errorf("AsksMore(%q) = %v, want %v", q, got, want)
		}
	}
}
