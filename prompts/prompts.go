// Package prompts renders the prompts citebot sends to an LLM from
// text/template files: built-in ones embedded in the binary, each of which a
// file of the same name in an override directory replaces.
//
// Text that comes from documents or users is data: before it reaches a
// template, anything in it that looks like one of the prompt's delimiting
// tags is defused, so a document cannot close the <passages> section and
// speak as the prompt.
package prompts

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"text/template"
)

// Template file names; an override directory may hold any of them.
const (
	AnswerSystem  = "answer_system.tmpl"
	AnswerUser    = "answer_user.tmpl"
	RewriteSystem = "rewrite_system.tmpl"
	RewriteUser   = "rewrite_user.tmpl"
)

// DontKnow is the exact reply the answer prompt asks for when the passages
// do not contain the answer.
const DontKnow = "The passages do not contain the answer."

// ErrBudget is returned when a prompt does not fit its budget even without
// passages.
var ErrBudget = errors.New("prompt does not fit the context budget")

// builtin holds the default templates; it is read-only.
//
//go:embed templates/*.tmpl
var builtin embed.FS

// Prompt is a rendered prompt: a system message and a user message.
type Prompt struct {
	System string
	User   string
}

// Set is a parsed set of templates with a context budget. It is immutable
// and safe for concurrent use.
type Set struct {
	tmpl   map[string]*template.Template
	budget Budget
}

// Default returns the built-in templates with the default budget.
func Default() *Set {
	s, err := Load("", Budget{})
	if err != nil {
		panic(fmt.Sprintf("prompts: built-in templates: %v", err)) // a bug, caught by tests
	}
	return s
}

// Load parses the built-in templates, replacing each by the file of the same
// name in dir when dir is not "" and holds one. A .tmpl file in dir that is
// not a known template name is an error (it is most likely misspelt), and so
// is a template that fails to render sample data: errors show at start-up,
// not at the first question.
func Load(dir string, b Budget) (*Set, error) {
	s := &Set{tmpl: map[string]*template.Template{}, budget: b.withDefaults()}
	for _, name := range names() {
		src, err := builtin.ReadFile("templates/" + name)
		if err != nil {
			return nil, fmt.Errorf("read built-in %s: %w", name, err)
		}
		if s.tmpl[name], err = template.New(name).Option("missingkey=error").Parse(string(src)); err != nil {
			return nil, fmt.Errorf("parse built-in %s: %w", name, err)
		}
	}
	if dir != "" {
		if err := s.override(dir); err != nil {
			return nil, err
		}
	}
	if err := s.check(); err != nil {
		return nil, err
	}
	return s, nil
}

// override replaces templates by the files of dir.
func (s *Set) override(dir string) error {
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return fmt.Errorf("prompts dir %s: %w", dir, fs.ErrNotExist)
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.tmpl"))
	if err != nil {
		return fmt.Errorf("prompts dir %s: %w", dir, err)
	}
	for _, f := range files {
		name := filepath.Base(f)
		if _, ok := s.tmpl[name]; !ok {
			return fmt.Errorf("prompts dir %s: unknown template %s (want one of %s)", dir, name, strings.Join(names(), ", "))
		}
		src, err := os.ReadFile(f)
		if err != nil {
			return fmt.Errorf("prompts dir: %w", err)
		}
		if s.tmpl[name], err = template.New(name).Option("missingkey=error").Parse(string(src)); err != nil {
			return fmt.Errorf("prompts dir: parse %s: %w", name, err)
		}
	}
	return nil
}

// names lists the templates of a Set.
func names() []string {
	return []string{AnswerSystem, AnswerUser, RewriteSystem, RewriteUser}
}

// check renders every template with sample data.
func (s *Set) check() error {
	_, _, err := s.Answer(AnswerData{Question: "q", Query: "q", Passages: []Passage{{N: 1, Title: "t", Source: "s", Date: "d", Text: "x"}}})
	if err == nil {
		_, err = s.Rewrite(RewriteData{Question: "q", History: []Turn{{Question: "q", Answer: "a"}}})
	}
	if err != nil && !errors.Is(err, ErrBudget) {
		return err
	}
	return nil
}

// execute renders template name with data.
func (s *Set) execute(name string, data any) (string, error) {
	var buf bytes.Buffer
	if err := s.tmpl[name].Execute(&buf, data); err != nil {
		return "", fmt.Errorf("render %s: %w", name, err)
	}
	return strings.TrimSpace(buf.String()) + "\n", nil
}

// tagLike matches what could open or close a delimiting tag of a prompt.
var tagLike = regexp.MustCompile(`<(\s*/?\s*[A-Za-z_])`)

// Defuse returns s with every "<" that starts something tag-like replaced by
// "‹" (U+2039), so text from a document or a user cannot open or close a
// prompt's sections. The meaning of the text is unchanged for a reader.
func Defuse(s string) string {
	return tagLike.ReplaceAllString(s, "‹$1")
}

// attr defuses a value shown inside a tag attribute.
func attr(s string) string {
	s = strings.ReplaceAll(Defuse(s), `"`, "”")
	s = strings.ReplaceAll(s, ">", "›")
	return strings.Join(strings.Fields(s), " ")
}
