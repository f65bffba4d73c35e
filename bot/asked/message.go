package asked

import "github.com/citebot/citebot/text"

// Message is a chat message read once for what it asks of the bot rather
// than of the documents: whether it is chatter alone, and what it says
// without the chatter of a chat ("hey bot, ... thanks!"). Make one with
// ReadMessage; its methods read these fields and never the message
// again. A Message is a value, safe to share.
type Message struct {
	Text    string // as typed
	Plain   string // without its chatter (text.Unchatter)
	Chatter bool   // nothing but chatter (text.JustChatter)
}

// ReadMessage reads message q as typed.
func ReadMessage(q string) Message {
	return Message{Text: q, Plain: text.Unchatter(q), Chatter: text.JustChatter(q)}
}

// Meta reads what the message asks of the bot: MetaChatter
// when it is chatter alone, MetaSelf when it asks who the bot is or how
// to use it, MetaCollection when it asks what the documents are or hold
// and names nothing else ("what is this collection about?", "what do you
// know?", but not "what do the articles say about the treaty?"),
// MetaSelf too when it speaks of the bot ("you", "this bot") in no words
// but those of what a bot is and does ("are you an AI?", "what's your
// name?", "do you store my messages?") or, in the user's words, asks how to
// use it ("is there a limit on how long my question can be?"),
// MetaAuthors or MetaDates when it asks who wrote all of them or when
// they were published ("who are the authors?", "when was each article
// published?", "what's the oldest document?", but not "who wrote the
// article?", which asks of one), and MetaNone for a question for the
// documents.
func (m Message) Meta() Meta { return metaOf(m.Chatter, m.Plain) }

// AsksMore reports whether the message asks only for more of the last
// answer ("tell me more", "go on"); "tell me more about the treaty" names
// what it asks about and does not.
func (m Message) AsksMore() bool { return asksMore(m.Plain) }

// AsksSource reports whether the message asks only where the last
// answer comes from ("source?", "which article is that from?", "who
// wrote that?").
func (m Message) AsksSource() bool { return asksSource(m.Plain) }

// Summary returns what the message asks to have summarized or given an
// account of, without the chatter around it, a leading "the article" and
// quotes ("summarize the article “Old Ferries”" → "Old Ferries", "tell me
// about the ferry strike" → "the ferry strike"), and false when it asks
// for no summary.
func (m Message) Summary() (string, bool) { return summaryOf(m.Text, m.Plain) }

// SummaryIn returns, for a question for what someone or something says
// about a topic, the words that name who or what, and the topic ("what
// does the malik article say about defence?" → "the malik article",
// "defence"; "what did npr say about X" → "npr", "X"), and "" and "" for
// any other message. Whether the words name a document is for the caller
// to say.
func (m Message) SummaryIn() (where, topic string) { return aboutIn(m.Plain) }

// Points returns how many points a request for a summary asks for ("give
// me 5 key facts about X", "three main takeaways"), from 1 to 10, and 0
// when it names no number.
func (m Message) Points() int { return pointsOf(m.Plain) }

// Calculation reports whether the message asks for a calculation and
// nothing else ("what's 48 divided by 6?", "17 squared", "15% of 80"),
// which no document answers.
func (m Message) Calculation() bool { return calculation(m.Plain) }

// DocumentsAbout returns what the message asks which documents speak of
// ("which articles mention the pipeline?", "how many docs talk about
// Gazprom", "do any of the articles mention the SCO?" → "the pipeline",
// "Gazprom", "the SCO"), and false when it asks no such thing.
func (m Message) DocumentsAbout() (string, bool) { return documentsAbout(m.Plain) }

// MetaOf is ReadMessage(q).Meta().
func MetaOf(q string) Meta { return ReadMessage(q).Meta() }

// AsksMore is ReadMessage(q).AsksMore().
func AsksMore(q string) bool { return ReadMessage(q).AsksMore() }

// SummaryOf is ReadMessage(q).Summary().
func SummaryOf(q string) (string, bool) { return ReadMessage(q).Summary() }
