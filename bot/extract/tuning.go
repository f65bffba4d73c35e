package extract

// Tuning holds the weights and sizes that define the extractive
// answerer's features and answer spans. Which candidate answers, and
// whether to refuse, is decided by the fitted confidence model (Model),
// not here. Coverage is the weighted share of the question's terms a text
// carries, from 0 to 1; within a long sentence, the run of clauses kept
// scores its coverage plus TypeWeight times how well it holds an answer
// of the asked kind.
type Tuning struct {
	// MaxAnswerBytes: a sentence longer than this is cut to its best run of
	// clauses, and two sentences are given together only within it.
	MaxAnswerBytes int
	// MinClauseBytes is the shortest run of clauses a long sentence is cut to.
	MinClauseBytes int
	// ClauseLengthBonus per byte breaks ties between runs of clauses in
	// favour of the longer.
	ClauseLengthBonus float64

	// SecondMinScore is how close to the best a second sentence must score
	// to be added to the answer.
	SecondMinScore float64
	// SimilarShare is the share of the shorter sentence's content words
	// the longer must carry for two sentences to say the same.
	SimilarShare float64

	// TypeWeight is the weight of holding an answer of the asked kind.
	TypeWeight float64
	// UnknownWeight is the weight of a question term the corpus never has.
	UnknownWeight float64
	// LightWeight is the most a light verb ("get", "took") may weigh.
	LightWeight float64
	// VerbBoost multiplies the weight of the question's main verb: it
	// names the event asked about ("step down", not "promoted").
	VerbBoost float64
	// SynonymWeight is how much a synonym counts against the word itself.
	SynonymWeight float64
	// CommonIDF is the IDF below which a word is too common in the corpus
	// to be an answer by itself (it is in more than about a third of the
	// chunks).
	CommonIDF float64
	// CommonMinChunks is how many chunks a word must be in, at least, for
	// CommonIDF to count it common (Options.DocFreq): a third of a corpus
	// of three chunks is one, which says nothing of a word.
	CommonMinChunks int

	// HeadingMaxWords: a line without sentence punctuation and with fewer
	// words than this is a heading.
	HeadingMaxWords int
	// ShortBytes: a sentence shorter than this is short (a feature).
	ShortBytes int
	// MetaDateMaxBytes: a line shorter than this that holds the document's
	// date is a metadata line.
	MetaDateMaxBytes int
	// ValueNearSpan is the number of words between a value of the asked
	// kind and a question word at which the value_near feature is one half.
	ValueNearSpan float64
	// TitleMinMatch is the share of a document title's content words a
	// question must carry to ask for that document's metadata.
	TitleMinMatch float64

	// Partial credits for the kind of answer, when a sentence holds only
	// weaker signs of it than a full match (which counts 1).
	PersonNameCredit float64 // "who": a new capitalised word, not a person's full name
	AuthorMetaCredit float64 // "who wrote": a new name on a metadata line
	AuthorNameCredit float64 // "who wrote": a new name elsewhere
	PlaceNameCredit  float64 // "where": a new name not after "in", "at"...
	EntityCredit     float64 // "which X": no new name, number or quotation
	DefineCueCredit  float64 // "what is X": a defining verb, not a definition
}

// DefaultTuning returns the hand-set tuning.
func DefaultTuning() Tuning {
	return Tuning{
		MaxAnswerBytes:    300,
		MinClauseBytes:    20,
		ClauseLengthBonus: 0.0001,
		SecondMinScore:    0.92,
		SimilarShare:      0.6,
		TypeWeight:        0.4,
		UnknownWeight:     3.5,
		LightWeight:       0.5,
		VerbBoost:         2.0,
		SynonymWeight:     0.5,
		CommonIDF:         1.0,
		CommonMinChunks:   3,
		HeadingMaxWords:   8,
		ShortBytes:        25,
		MetaDateMaxBytes:  120,
		ValueNearSpan:     4,
		TitleMinMatch:     0.6,
		PersonNameCredit:  0.5,
		AuthorMetaCredit:  0.7,
		AuthorNameCredit:  0.3,
		PlaceNameCredit:   0.5,
		EntityCredit:      0.5,
		DefineCueCredit:   0.3,
	}
}
