package asked

import "testing"

func TestMetaOf(t *testing.T) {
	tests := []struct {
		q    string
		want Meta
	}{
		{"hi", MetaChatter},
		{"thanks!", MetaChatter},
		{"hey bot", MetaChatter},
		{"who are you?", MetaSelf},
		{"hi! what can you do?", MetaSelf},
		{"help", MetaSelf},
		{"how do I use this?", MetaSelf},
		{"tell me about yourself", MetaSelf},
		{"describe yourself", MetaSelf},
		{"pls introduce urself", MetaSelf},
		{"are you an AI?", MetaSelf}, // speaks of the bot in a bot's words only
		{"whats ur name", MetaSelf},
		{"how accurate are your answers", MetaSelf},
		{"!help", MetaSelf},
		{"later 👋", MetaChatter},
		{"cheers mate", MetaChatter},
		{"thanks a lot, that helped", MetaChatter},
		{"wat sources r u using", MetaCollection}, // chat forms read as their words
		{"Are you experienced? who recorded it", MetaNone},
		{"what's this bot for?", MetaSelf},
		{"what is a chatbot?", MetaNone}, // not this bot: a question for documents about chatbots
		{"what did you find about the pipeline", MetaNone},
		{"what is this collection about?", MetaCollection},
		{"What are these documents about", MetaCollection},
		{"which articles do you have?", MetaCollection},
		{"what topics do you cover", MetaCollection},
		{"what websites did he read", MetaNone}, // a person the documents speak of
		{"what do you know?", MetaCollection},
		{"summarize the articles pls", MetaCollection},
		{"summarize", MetaCollection}, // a summary of nothing named: of what there is
		{"tl;dr pls", MetaCollection},
		{"can you give me a quick overview?", MetaCollection},
		{"sum it all up", MetaCollection},
		{"summarize everything", MetaCollection},
		{"summarize the pipeline deal", MetaNone}, // names a topic
		{"summary of the talks", MetaNone},
		{"list the sources", MetaCollection},
		{"how many documents are there?", MetaCollection},
		{"what do the articles say about the treaty?", MetaNone},   // names something
		{"which article talks about military exercises", MetaNone}, // one article, and a subject
		{"who wrote these articles?", MetaAuthors},
		{"who are the authors?", MetaAuthors},
		{"list all the writers pls", MetaAuthors},
		{"when was each article published?", MetaDates},
		{"what are the dates of the documents", MetaDates},
		{"who wrote the article?", MetaNone},                     // one article: asked of the documents
		{"who wrote the articles about the pipeline?", MetaNone}, // names a subject
		{"when was it published?", MetaNone},                     // "it": the last answer's
		{"what is this about?", MetaNone},                        // "this" may be the last answer
		{"When did Musharraf visit Moscow?", MetaNone},
		{"what can you tell me about the pipeline", MetaNone},
		{"Who are you calling a thief, said the minister?", MetaNone},
		{"help the refugees: who proposed it?", MetaNone},
		{"ngl that was kinda impressive", MetaChatter}, // a reaction that asks nothing
		{"lol who won season 1 of american idol", MetaNone},
		{"nice attack 2016 death toll", MetaNone}, // keywords, not a reaction
		{"@citebot hiii 👋", MetaChatter},
		{"do you store my messages?", MetaSelf},
		{"how fast are you", MetaSelf},
		{"how fast can a cheetah run", MetaNone},
		{"is there a limit on how long my question can be", MetaSelf},
		{"is there a limit on the national debt", MetaNone},
		{"which outlets are these articles from?", MetaCollection},
		{"whats the oldest document youve got", MetaDates},
		{"when was the oldest bridge built", MetaNone},
	}
	for _, tt := range tests {
		if got := MetaOf(tt.q); got != tt.want {
			t.Errorf("MetaOf(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// FuzzMetaOf: reading what any message asks of the bot, or to summarize,
// never panics.
func FuzzMetaOf(f *testing.F) {
	for _, s := range []string{"hi", "who are you?", "what is this collection about?", "summarize “X”", "what is  about", "\xff#2 tl;dr of", "@citebot 👋"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_ = MetaOf(s)
		_, _ = SummaryOf(s) // its "ok" is target != "" by construction: nothing more to check
	})
}
