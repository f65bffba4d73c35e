package asked

import (
	"regexp"
	"strings"

	"github.com/citebot/citebot/text"
)

// Meta is what a message asks of the bot itself, not of its documents.
type Meta int

// The kinds of message about the bot.
const (
	MetaNone       Meta = iota // a question for the documents
	MetaChatter                // chatter alone: a greeting, thanks, an acknowledgement (text.JustChatter)
	MetaSelf                   // about the bot: "who are you?", "what can you do?", "help"
	MetaCollection             // about the documents as a whole: "what is this collection about?", "which documents do you have?"
	MetaAuthors                // who wrote the documents: "who are the authors?", "who wrote these articles?"
	MetaDates                  // when the documents were published: "when were the articles published?"
)

// reSelf is a whole message, chatter removed and folded, that asks who
// the bot is, what it does or how to use it.
var reSelf = regexp.MustCompile(`^[!/]?(?:(?:who|what) (?:are|r) (?:you|u|ya)|what (?:can|do) (?:you|u|ya) do|` +
	`what (?:is|['’]?s) (?:citebot|this bot|the bot)|how (?:do|can|should) (?:i|we) use (?:you|u|this|it|citebot|this bot|the bot)|` +
	`how (?:does|do) (?:this|it|citebot|this bot|the bot|you|u) work|help(?: me)?|commands|usage|what (?:are|r) (?:your|ur) commands|` +
	`who (?:made|built|created|wrote) (?:you|u|this bot|citebot)|(?:(?:describe|introduce|explain) )?(?:about )?(?:yourself|urself)|about (?:you|u))[\s?!.]*$`)

// reBareSummary is a whole message, chatter removed and folded, that asks
// for a summary of nothing it names, or of everything: "summarize",
// "tl;dr", "give me an overview", "sum it all up", "summarize everything".
var reBareSummary = regexp.MustCompile(`^` + requestLead + `(?:` + summaryVerbs + `|sum (?:it |them |everything )?(?:all )?up|` + summaryNoun + `)` +
	`(?: (?:of )?(?:everything|it all|them all|all of (?:it|them)|all))?[\s?!.]*$`)

// The words of a question about the documents as a whole: the nouns that
// name them (plural or collective: "the document" names one of them), the
// words that ask what they hold, and the other words such a question
// uses. Everyday English only; nothing from a particular corpus.
var (
	collectionNouns = wordSet(`documents docs articles sources collection corpus files texts papers library
		pages materials database contents posts stories topics subjects themes dataset folder
		outlets publishers publications websites sites newspapers`)
	// docNouns name one document: with "each" or "every" they name all.
	docNouns  = wordSet(`document doc article source file text paper page post story`)
	holdWords = wordSet(`cover covers covered discuss discusses discussed contain contains include includes
		summarize summarise summary overview gist list show have got know available indexed tell say says mention mentions`)
	// fieldWords ask for the authors or the dates of documents; plural
	// ones ask for those of all the documents even without a noun that
	// names them ("who are the authors?").
	authorWords = wordSet(`author authors writer writers wrote written write writes byline bylines`)
	dateWords   = wordSet(`date dates dated published publish when`)
	// ageWords compare the documents by date ("the oldest article"): with
	// a noun that names documents they ask for the dates of all.
	ageWords  = wordSet(`newest oldest latest earliest recent`)
	allWords  = wordSet(`each every all`)
	metaWords = wordSet(`many number count main key major general overall kind kinds sort sorts type types info information
		stuff things thing something anything give please pls briefly quick quickly r whole entire even actually exactly really
		across among within range table look find search read ask using use access loaded load titles headlines
		span spans size total big mostly news wiki overview everything`)
	// youWords address the bot; botWords name it after "this", "the" or
	// "your".
	youWords = wordSet(`you u ya your ur yourself youve`)
	// meWords are the user's own: "can I ask ...", "my messages".
	meWords = wordSet(`i me my we us our`)
	// thirdWords name a person the documents speak of: "what websites
	// did he read" asks the documents, not about them.
	thirdWords = wordSet(`he him his she her hers`)
	botWords   = wordSet(`bot citebot chatbot assistant tool app thing`)
	// selfWords ask what the bot is, can do, or how it works.
	selfWords = wordSet(`ai human robot real person machine chatgpt gpt llm model models language languages speak name called
		purpose for made built created work works working run running answer answers accurate reliable smart good trust
		remember memory said earlier limits limit capabilities features commands usage help explain do does can web internet
		online browse google update updated live learn questions question asked asking long length
		store stored storing keep keeps save saved log logs logged record recorded track tracking private privacy
		message messages chats conversations delete secure confidential fast slow speed
		mistake mistakes wrong error errors hallucinate sure come comes cite quote`)
)

// metaOf is Message.Meta of a message that is chatter alone or that says
// plain without its chatter.
func metaOf(chatter bool, plain string) Meta {
	if chatter {
		return MetaChatter
	}
	if _, ok := documentsAbout(plain); ok {
		return MetaNone // "which articles mention Google?" asks the documents
	}
	f := strings.TrimSpace(text.Fold(plain))
	if reSelf.MatchString(f) {
		return MetaSelf
	}
	if reBareSummary.MatchString(f) {
		return MetaCollection // "summarize", "tldr", "give me an overview": of what there is
	}
	var noun, doc, age, hold, you, me, bot, all bool
	selfHits := 0
	var field Meta
	var words []string
	for _, t := range text.Tokens(f) {
		if c := text.ChatForm(t.Norm); c != nil && !collectionNouns[t.Norm] && !docNouns[t.Norm] { // "wat", "r", "whats"; not "docs" ("documentation")
			words = append(words, c...)
		} else {
			words = append(words, t.Norm)
		}
	}
	for i, w := range words {
		switch {
		case collectionNouns[w]:
			noun = true
		case authorWords[w]:
			field, all = MetaAuthors, all || strings.HasSuffix(w, "s") && w != "writes"
		case dateWords[w]:
			field, all = MetaDates, all || w == "dates"
		case holdWords[w]:
			hold = true
		case youWords[w]:
			you = true
		case botWords[w]:
			// "this bot", "the bot", "citebot": not "a chatbot", which a
			// question may ask about
			bot = bot || w == "citebot" || i > 0 && (words[i-1] == "this" || words[i-1] == "the" || youWords[words[i-1]])
		case allWords[w]:
			all = true
		case ageWords[w]:
			age = true
		case docNouns[w]:
			doc = true
		case selfWords[w]:
			selfHits++
		case meWords[w]:
			me = true
		case thirdWords[w]:
			return MetaNone
		case text.IsStop(w) || metaWords[w]:
		default:
			return MetaNone // it names something to ask about
		}
	}
	switch {
	case field != MetaNone && (noun || all):
		return field
	case age && (noun || doc):
		return MetaDates
	case field == MetaNone && (noun || hold && you):
		return MetaCollection
	case field == MetaNone && !hold && (you || bot || me && selfHits > 0):
		return MetaSelf
	}
	return MetaNone
}
