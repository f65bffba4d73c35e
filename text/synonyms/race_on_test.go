//go:build race

package synonyms

// raceEnabled: the race detector slows parsing tenfold, so timing budgets
// are not checked.
const raceEnabled = true
