package extract

// Tuning holds every weight and threshold of the extractive answerer, so
// that a fitted model can set them. DefaultTuning returns the hand-set
// values; coverage is the weighted share of the question's terms a text
// carries, from 0 to 1, and a candidate's score is its coverage plus
// TypeWeight times how well it holds an answer of the asked kind.
type Tuning struct {
	// MaxAnswerBytes: a sentence longer than this is cut to its best run of
	// clauses, and two sentences are given together only within it.
	MaxAnswerBytes int
	// MinClauseBytes is the shortest run of clauses a long sentence is cut to.
	MinClauseBytes int
	// ClauseLengthBonus per byte breaks ties between runs of clauses in
	// favour of the longer.
	ClauseLengthBonus float64

	// MinCoverage is the coverage an answer must have.
	MinCoverage float64
	// FocusMinCover is the coverage above which an answer may leave the
	// question's focus noun unsaid ("Gazprom" for "which company").
	FocusMinCover float64
	// AltMinScore is how close to the best (as a share of its score) a
	// candidate must score to answer when the best one is refused.
	AltMinScore float64
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

	// ContextShare is how much the previous sentence can add to coverage.
	ContextShare float64
	// PassageShare is how much the rest of the passage can add.
	PassageShare float64
	// PairPenalty is what a two-sentence answer gives up against one
	// sentence.
	PairPenalty float64
	// HeadingPenalty is what a heading-like line (a few words, no sentence
	// punctuation) loses: it names a topic but answers nothing.
	HeadingPenalty float64
	// HeadingMaxWords: a line without sentence punctuation and with fewer
	// words than this is a heading.
	HeadingMaxWords int
	// ShortPenalty is what a sentence shorter than ShortBytes loses,
	// unless it is a metadata line.
	ShortPenalty float64
	ShortBytes   int
	// RankBonus, divided by the passage's rank (from 1), is added to a
	// candidate's score: earlier passages win near ties.
	RankBonus float64
	// MetaDateMaxBytes: a line shorter than this that holds the document's
	// date is a metadata line.
	MetaDateMaxBytes int
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
		MinCoverage:       0.4,
		FocusMinCover:     0.6,
		AltMinScore:       0.75,
		SecondMinScore:    0.92,
		SimilarShare:      0.6,
		TypeWeight:        0.4,
		UnknownWeight:     3.5,
		LightWeight:       0.5,
		VerbBoost:         2.0,
		SynonymWeight:     0.5,
		CommonIDF:         1.0,
		ContextShare:      0.5,
		PassageShare:      0.2,
		PairPenalty:       0.15,
		HeadingPenalty:    0.3,
		HeadingMaxWords:   8,
		ShortPenalty:      0.1,
		ShortBytes:        25,
		RankBonus:         0.05,
		MetaDateMaxBytes:  120,
		TitleMinMatch:     0.6,
		PersonNameCredit:  0.5,
		AuthorMetaCredit:  0.7,
		AuthorNameCredit:  0.3,
		PlaceNameCredit:   0.5,
		EntityCredit:      0.5,
		DefineCueCredit:   0.3,
	}
}
