package extract

import (
	"regexp"
	"sync"

	"github.com/citebot/citebot/text"
)

// studyWords are the words by which English says where someone studied.
// In a question that asks so (reAsksStudies, and the question asks where
// or which school) each of them is related to the others, as a synonym
// is: "where did gilbert go to college" is answered by "earned a Bachelor
// of Arts degree … from New York University". A question asking what
// someone studied is not related so: "what did he study at college" asks
// for the subject of a degree, not for the college.
var studyWords = []string{
	"study", "college", "university", "school", "degree", "graduate", "alumnus", "alumna",
	"bachelor", "doctorate", "phd", "major", "educated", "attended", "enrolled",
}

// studyRelated maps the stem of each of studyWords to the stems of the
// others.
var studyRelated = sync.OnceValue(func() map[string][]string { return text.StemGroups([][]string{studyWords}) })

// subjectWords are the words by which English names what someone
// studied: in a question asking so (asksStudies, and not where) each is
// related to the others, as a synonym is: "what did butler study" is
// answered by "a bachelor's degree in sociology" or "majored in law",
// and not by the words of the college.
var subjectWords = []string{"study", "degree", "major", "majored", "bachelor", "master", "diploma", "phd"}

// subjectRelated maps the stem of each of subjectWords to the stems of
// the others.
var subjectRelated = sync.OnceValue(func() map[string][]string { return text.StemGroups([][]string{subjectWords}) })

// reAsksStudies asks where or what someone studied, by a verb ("what did
// she study", "where did he go to college", "graduated from") or a noun
// of schooling ("which university", "her degree").
var reAsksStudies = regexp.MustCompile(`\b(go|goes|went|gone|going) to (college|university|uni|school|grad school|law school|medical school)\b|\b(what|which) (college|university|uni|school)\b|\bgraduated?\b|\b(degree|major|majored|educated|education|alma mater)\b|\bstudied\b|\bstudying\b|\b(did|does|do)\b.*\bstudy\b`)

// reStudyNoun is "study" as a noun ("what did the study find"): a
// question saying it asks about a piece of research, not schooling.
var reStudyNoun = regexp.MustCompile(`\b(the|a|an|this|that|which|what|new|latest|recent) (study|studies)\b`)

// asksStudies reports whether a folded question asks where or what
// someone studied (reAsksStudies), and not about a study (reStudyNoun).
func asksStudies(folded string) bool {
	return reAsksStudies.MatchString(folded) && !reStudyNoun.MatchString(folded)
}
