package uselite

import "testing"

func BenchmarkEmbedQuestion(b *testing.B) {
	m, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	q := "Owing to Moscow's past incursion into their country, how do Afghans perceive Russia?"
	b.ReportAllocs()
	for b.Loop() {
		m.Embed(q)
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := decode(modelFile); err != nil {
			b.Fatal(err)
		}
	}
}
