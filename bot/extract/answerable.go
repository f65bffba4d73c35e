package extract

// The features of a question as a whole that the answerability
// regression (Model.Answerable) weighs after the best candidate's
// confidence inputs: what the best of all its candidates offers, whether
// or not the ranker picked it.
const (
	qType        = iota // the best type: whether any passage holds a value of the asked kind
	qValueNear          // the best value_near: a value of the asked kind next to a question word
	qTypeCover          // the best type_cover
	qPersonNamed        // some candidate names a person (1 - the least person_missing)
	qKeyMissing         // the least key_missing: the weightiest term every sentence lacks
	numQuestionFeatures
)

// QuestionFeatures returns the features of a question as a whole, given
// its candidates' features (FeatureNames), in the order the answerability
// regression weighs them.
func QuestionFeatures(feats [][]float64) []float64 {
	out := make([]float64, numQuestionFeatures)
	if len(feats) == 0 {
		return out
	}
	out[qKeyMissing] = 1
	for _, f := range feats {
		out[qType] = max(out[qType], f[fType])
		out[qValueNear] = max(out[qValueNear], f[fValueNear])
		out[qTypeCover] = max(out[qTypeCover], f[fTypeCover])
		out[qPersonNamed] = max(out[qPersonNamed], 1-f[fPersonMissing])
		out[qKeyMissing] = min(out[qKeyMissing], f[fKeyMissing])
	}
	return out
}
