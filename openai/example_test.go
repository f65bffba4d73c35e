package openai_test

import (
	"context"
	"fmt"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/openai"
	"github.com/citebot/citebot/openai/openaitest"
)

func ExampleClient_Complete() {
	// A fake server stands in for OpenAI or http://localhost:11434/v1 (Ollama).
	srv := openaitest.New(openaitest.Reply{Text: "NATO troops left Afghanistan in 2014 [1]."})
	defer srv.Close()

	c := openai.New(openai.Config{BaseURL: srv.URL(), APIKey: "sk-...", Model: "gpt-4o-mini"})
	req := citebot.CompletionRequest{Messages: []citebot.Message{
		{Role: "system", Content: "Answer from the passages only."},
		{Role: "user", Content: "When did NATO troops leave Afghanistan?"},
	}}
	text, err := c.Complete(context.Background(), req, func(delta string) {
		// Streamed pieces arrive here as they come.
	})
	fmt.Println(text, err)
	// Output: NATO troops left Afghanistan in 2014 [1]. <nil>
}

func ExampleEmbedder() {
	srv := openaitest.New()
	defer srv.Close()

	e := openai.NewEmbedder(openai.Config{BaseURL: srv.URL(), Model: "nomic-embed-text"}, openai.EmbedOptions{BatchSize: 64})
	vecs, err := e.Embed(context.Background(), []string{"first chunk", "second chunk", "third chunk"})
	if err != nil {
		fmt.Println(err)
		return
	}
	dim, _ := e.Dim(context.Background()) // known from the vectors: no request
	requests, _ := srv.EmbedCalls()
	fmt.Println(e.Name(), len(vecs), dim, requests)
	// Output: openai:nomic-embed-text 3 8 1
}
