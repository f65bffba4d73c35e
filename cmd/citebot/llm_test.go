package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/citebot/citebot"
	"github.com/citebot/citebot/openai/openaitest"
)

// runLLMCmd runs citebot with args, the variables vars and stdin.
func runLLMCmd(t *testing.T, vars map[string]string, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{syn: sharedSynonyms(), stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: func(k string) string { return vars[k] }}
	code := run(context.Background(), args, e)
	return code, out.String(), errb.String()
}

func llmVars(t *testing.T, srv *openaitest.Server) map[string]string {
	return map[string]string{"OPENAI_BASE_URL": srv.URL(), "OPENAI_API_KEY": "sk-chat-test-key", "CITEBOT_LLM_MODEL": "m", "CITEBOT_DATA": t.TempDir(), "CITEBOT_LLM_TIMEOUT": "10s"}
}

func TestChat(t *testing.T) {
	srv := openaitest.New(
		openaitest.Reply{Text: "NATO troops are to leave Afghanistan in 2014 [1]."},
		openaitest.Reply{Text: "How many American servicemen will remain in Afghanistan after 2014?"}, // the rewrite
		openaitest.Reply{Text: "About 10,000 American servicemen will remain [1]."},
	)
	defer srv.Close()
	code, out, stderr := runLLMCmd(t, llmVars(t, srv), "When will NATO troops leave Afghanistan?\nand how many will remain?\n/quit\n", "chat")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{
		"NATO troops are to leave Afghanistan in 2014 [1].\n\nSources:\n[1] ",
		"About 10,000 American servicemen will remain [1].",
		"note: searched for: How many American servicemen will remain in Afghanistan after 2014?",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	chats := srv.Chats()
	if len(chats) != 3 || !strings.Contains(chats[1].Messages[1].Content, "When will NATO troops leave Afghanistan?") {
		t.Errorf("%d requests; the rewrite prompt should hold the first question", len(chats))
	}
	if strings.Contains(out+stderr, "sk-chat-test-key") {
		t.Error("the key was printed")
	}
}

func TestChatFallbackAfterCutStream(t *testing.T) {
	srv := openaitest.New(openaitest.Reply{Chunks: []string{"NATO troops ", "are to"}, Cut: true})
	defer srv.Close()
	code, out, stderr := runLLMCmd(t, llmVars(t, srv), "When will NATO troops leave Afghanistan?\n", "chat")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, "NATO troops are to\n\n--- the LLM's answer broke off") || !strings.Contains(out, "cut off mid-stream; the extractive answer is shown instead") {
		t.Errorf("output:\n%s", out)
	}
	if strings.HasPrefix(out, "Ask a question") || strings.Contains(out, "> ") {
		t.Errorf("banner or prompt with piped input:\n%s", out)
	}
}

// doneStream is an SSE body whose chunks carry no finish_reason but which
// ends with data: [DONE]; its second sentence cites nothing.
func doneStream(parts ...string) openaitest.Reply {
	var b strings.Builder
	for _, p := range parts {
		c, _ := json.Marshal(map[string]any{"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m",
			"choices": []any{map[string]any{"index": 0, "delta": map[string]any{"content": p}, "finish_reason": nil}}})
		b.WriteString("data: " + string(c) + "\n\n")
	}
	b.WriteString("data: [DONE]\n\n")
	return openaitest.Reply{Header: map[string]string{"Content-Type": "text/event-stream"}, Body: b.String()}
}

// TestStreamOneAnswer: a stream that ends with [DONE] without a
// finish_reason is one answer (no fallback), and its unsupported sentence
// is marked where it stands: after a separator when piped, in place of the
// cleared preview on a terminal.
func TestStreamOneAnswer(t *testing.T) {
	parts := []string{"NATO troops are to leave ", "Afghanistan in 2014 [1]. ", "The moon is made of cheese."}
	for _, tty := range []bool{false, true} {
		srv := openaitest.New(doneStream(parts...))
		vars := llmVars(t, srv)
		var out, errb bytes.Buffer
		e := &env{syn: sharedSynonyms(), stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(k string) string { return vars[k] },
			stdoutTTY: tty, width: 80, height: 24}
		code := run(context.Background(), []string{"ask", "--stream", "When will NATO troops leave Afghanistan?"}, e)
		srv.Close()
		got := out.String()
		if code != 0 || strings.Contains(got, "mid-stream") || strings.Count(got, "Sources:") != 1 {
			t.Fatalf("tty=%v: exit %d, output:\n%s\nstderr %s", tty, code, got, errb.String())
		}
		if !regexp.MustCompile(`The moon is made of cheese\.(\x1b\[[0-9;]*m)? \(no source\)`).MatchString(got) {
			t.Errorf("tty=%v: the uncited sentence is not marked:\n%s", tty, got)
		}
		if tty != strings.Contains(got, "\r\x1b[J") {
			t.Errorf("tty=%v: preview cleared = %v:\n%q", tty, !tty, got)
		}
		golden(t, map[bool]string{false: "ask-stream", true: "ask-stream-tty"}[tty], got)
	}
}

func TestAskJSONWithLLM(t *testing.T) {
	srv := openaitest.New(openaitest.Reply{Text: "NATO troops are to leave Afghanistan in 2014 [1][8]."})
	defer srv.Close()
	code, out, stderr := runLLMCmd(t, llmVars(t, srv), "", "ask", "--json", "When will NATO troops leave Afghanistan?")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var a citebot.Answer
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatal(err)
	}
	if a.Mode != citebot.ModeLLM || !a.Answered || len(a.Citations) != 1 || !a.Citations[0].Supported || !strings.Contains(strings.Join(a.Notes, " "), "[8]") {
		t.Errorf("answer = %+v", a)
	}
}

func TestOpenAIEmbedder(t *testing.T) {
	srv := openaitest.New()
	defer srv.Close()
	vars := map[string]string{"CITEBOT_EMBEDDER": "openai", "CITEBOT_EMBED_MODEL": "nomic-embed-text", "CITEBOT_EMBED_BASE_URL": srv.URL(), "CITEBOT_DATA": t.TempDir()}
	if code, _, stderr := runLLMCmd(t, vars, "", "index"); code != 0 {
		t.Fatalf("index: exit %d: %s", code, stderr)
	}
	reqs, inputs := srv.EmbedCalls()
	if inputs < 20 || reqs*10 > inputs {
		t.Errorf("indexing made %d requests for %d inputs; want batches", reqs, inputs)
	}
	if code, _, stderr := runLLMCmd(t, vars, "", "index"); code != 0 {
		t.Fatalf("re-index: exit %d: %s", code, stderr)
	}
	if r2, in2 := srv.EmbedCalls(); r2 != reqs || in2 != inputs {
		t.Errorf("re-indexing unchanged text made %d more requests", r2-reqs)
	}
}

func TestPromptsDir(t *testing.T) {
	srv := openaitest.New(openaitest.Reply{Text: "NATO troops are to leave Afghanistan in 2014 [1]."})
	defer srv.Close()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "answer_system.tmpl"), []byte("CUSTOM SYSTEM PROMPT {{.DontKnow}}"), 0o644); err != nil {
		t.Fatal(err)
	}
	vars := llmVars(t, srv)
	vars["CITEBOT_PROMPTS_DIR"] = dir
	if code, _, stderr := runLLMCmd(t, vars, "", "ask", "When will NATO troops leave Afghanistan?"); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if got := srv.Chats()[0].Messages[0].Content; !strings.HasPrefix(got, "CUSTOM SYSTEM PROMPT") {
		t.Errorf("system prompt = %q", got)
	}
	vars["CITEBOT_PROMPTS_DIR"] = filepath.Join(dir, "missing")
	if code, _, stderr := runLLMCmd(t, vars, "", "ask", "x y z"); code != 2 || !strings.Contains(stderr, "CITEBOT_PROMPTS_DIR") {
		t.Errorf("missing prompts dir: exit %d, %s", code, stderr)
	}
}

// TestEnvExample checks that .env.example documents every variable the
// command reads.
func TestEnvExample(t *testing.T) {
	example, err := os.ReadFile("../../.env.example")
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("*.go")
	re := regexp.MustCompile(`getenv\("([A-Z0-9_]+)"\)`)
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(src), -1) {
			if !regexp.MustCompile(`(?m)^` + m[1] + `=`).Match(example) {
				t.Errorf(".env.example lacks %s (read in %s)", m[1], f)
			}
		}
	}
}

// TestChatCommands: slash commands are commands, not questions, and piped
// input gets no banner or prompt.
func TestChatCommands(t *testing.T) {
	in := "/help\n/sources\n/cite 002#10\n/cite an old friend is better than two new friends\n/cite\n/frob\n/reset\n/quit\nWhen did Musharraf visit Moscow?\n"
	r := runCLI(t, t.TempDir(), in, nil, "chat")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{"/cite REF", "000_e6294c222c3ceea2.txt", ">>> The target of Business council", ">>an old friend is better than two new friends<<",
		"Give a chunk ID", "/frob is not a chat command", "The conversation is forgotten."} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, r.stdout)
		}
	}
	if strings.Contains(r.stdout, "Ask a question") || strings.Contains(r.stdout, "Sources:") {
		t.Errorf("banner shown, or a question after /quit answered:\n%s", r.stdout)
	}
}
