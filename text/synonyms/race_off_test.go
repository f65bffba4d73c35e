//go:build !race

package synonyms

const raceEnabled = false
