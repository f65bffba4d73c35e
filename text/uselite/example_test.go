package uselite_test

import (
	"fmt"

	"github.com/citebot/citebot/text/uselite"
	"github.com/viterin/vek/vek32"
)

// A question is nearer in meaning to the sentence that answers it in
// other words than to one that shares its subject only.
func Example() {
	m, err := uselite.Load()
	if err != nil {
		panic(err)
	}
	q := m.Embed("How do Afghans perceive Russia?")
	answer := m.Embed("Though the Afghans consider Russia as an aggressor state, based on the history of invasion.")
	other := m.Embed("Russia's trade with Afghanistan grew by a fifth last year.")
	fmt.Println(vek32.Dot(q, answer) > vek32.Dot(q, other))
	// Output: true
}
