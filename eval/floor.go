package eval

// FloorReport says how the second look's floor (extract.Meaning.Floor)
// was chosen and what it refuses among the questions the first look
// answers and the second look takes.
type FloorReport struct {
	Floor float64 `json:"floor"`
	// Answerable is how many answerable questions were predicted, and
	// Refused how many of them the first look refuses: the budget of
	// MaxFalseRefusals is spent on those first.
	Answerable int `json:"answerable"`
	Refused    int `json:"first_look_refused"`
	// FarAnswerable and FarUnanswerable are how many answers the floor
	// refuses, of answerable and of unanswerable questions.
	FarAnswerable   int `json:"far_answerable"`
	FarUnanswerable int `json:"far_unanswerable"`
}

// floorSteps is how many floors are tried: 0.01, 0.02, … 0.99.
const floorSteps = 100

// lookedAt is a question the first look answers and the second look
// takes: whether it is answerable, and the cosine of the answer picked.
type lookedAt struct {
	answerable bool
	cos        float64 // the pick's cosine, the higher of its own and its context's
}

// chooseFloor returns the floor that refuses the most unanswerable
// questions among those looked at while the answerable questions refused,
// by the first look (refused) and by the floor, stay within maxShare of
// the answerable ones; the lowest such floor on ties, and zero (no
// floor) when none refuses an unanswerable question within the budget.
func chooseFloor(looked []lookedAt, answerable, refused int, maxShare float64) FloorReport {
	rep := FloorReport{Answerable: answerable, Refused: refused}
	budget := int(maxShare*float64(answerable)) - refused
	for n := 1; n < floorSteps; n++ {
		f := float64(n) / floorSteps
		var far, farNo int
		for _, l := range looked {
			if l.cos < f {
				if l.answerable {
					far++
				} else {
					farNo++
				}
			}
		}
		if far > budget {
			break
		}
		if farNo > rep.FarUnanswerable {
			rep.Floor, rep.FarAnswerable, rep.FarUnanswerable = f, far, farNo
		}
	}
	return rep
}
