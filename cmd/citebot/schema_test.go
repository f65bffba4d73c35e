package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// schemaDir holds the JSON schemas of every --json output.
const schemaDir = "../../docs/schemas"

// compileSchema compiles docs/schemas/name.schema.json.
func compileSchema(t *testing.T, name string) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	files, _ := filepath.Glob(filepath.Join(schemaDir, "*.schema.json"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if err := c.AddResource("https://github.com/citebot/citebot/docs/schemas/"+filepath.Base(f), doc); err != nil {
			t.Fatal(err)
		}
	}
	s, err := c.Compile("https://github.com/citebot/citebot/docs/schemas/" + name + ".schema.json")
	if err != nil {
		t.Fatalf("schema %s: %v", name, err)
	}
	return s
}

// TestJSONOutputsMatchSchemas runs every command with --json and checks
// each line of its output against the schema in docs/schemas.
func TestJSONOutputsMatchSchemas(t *testing.T) {
	if testing.Short() {
		t.Skip("output checks, run without -short (the race run skips them)")
	}
	t.Setenv("XDG_CACHE_HOME", t.TempDir()) // data list reads the cache root: keep it in the test
	data := t.TempDir()
	questions := filepath.Join(t.TempDir(), "q.jsonl")
	os.WriteFile(questions, []byte(`{"id":"q1","question":"When did Musharraf visit Moscow?","answers":["2003"],"evidence":[{"doc":"002_931533e42f638f11.txt","quote":"Musharraf visited Moscow in 2003"}]}`+"\n"+
		`{"id":"q2","question":"What is the population of Karachi?","answers":[],"kind":"unanswerable"}`+"\n"), 0o644)
	tests := []struct {
		schema string
		args   []string
		stdin  string
	}{
		{"index-report", []string{"index", "--json"}, ""},
		{"index-report", []string{"index", "--json"}, ""}, // unchanged: empty lists are []
		{"answer", []string{"ask", "--json", "When did Musharraf visit Moscow?"}, ""},
		{"answer", []string{"ask", "--json", "What is the population of Karachi?"}, ""},
		{"answer", []string{"ask", "--json", "-"}, "hi!\nwho are the authors?\nsummarize 'Managing Pakistan-Russia relations'\n"},
		{"answer", []string{"ask", "--json", "-"}, "When did Musharraf visit Moscow?\nWho wrote 'Managing Pakistan-Russia relations'?\n"},
		{"answer", []string{"chat", "--json"}, "When did Musharraf visit Moscow?\nwho went then?\n"},
		{"passages", []string{"search", "--json", "--k", "3", "RD-93 engines"}, ""},
		{"passages", []string{"cite", "--json", "an old friend is better than two new friends"}, ""},
		{"passages", []string{"cite", "--json", "zzyzx qwerty nowhere to be found"}, ""},
		{"chunk", []string{"cite", "--json", "002#10"}, ""},
		{"sources", []string{"sources", "--json"}, ""},
		{"eval-report", []string{"eval", "--json", questions}, ""},
		{"data-list", []string{"data", "list", "--json"}, ""},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			s := compileSchema(t, tt.schema)
			r := runCLI(t, data, tt.stdin, nil, tt.args...)
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			out := r.stdout
			if tt.schema != "eval-report" { // the eval report is indented; the others are one value a line
				for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
					validate(t, s, line)
				}
				return
			}
			validate(t, s, out)
		})
	}
}

func validate(t *testing.T, s *jsonschema.Schema, doc string) {
	t.Helper()
	if strings.Contains(doc, "null") && json.Valid([]byte(doc)) && strings.Contains(doc, ":null") {
		t.Errorf("null in JSON output: %s", doc)
	}
	v, err := jsonschema.UnmarshalJSON(strings.NewReader(doc))
	if err != nil {
		t.Fatalf("not JSON: %v: %.300s", err, doc)
	}
	if err := s.Validate(v); err != nil {
		t.Errorf("%v\n%.500s", err, doc)
	}
	var generic any
	_ = json.Unmarshal([]byte(doc), &generic)
	checkSnakeCase(t, generic)
}

// checkSnakeCase fails on an object key that is not snake_case.
func checkSnakeCase(t *testing.T, v any) {
	t.Helper()
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if k != strings.ToLower(k) || strings.Contains(k, "-") {
				if _, isTimings := x.(float64); !isTimings {
					t.Errorf("key %q is not snake_case", k)
				}
			}
			checkSnakeCase(t, x)
		}
	case []any:
		for _, x := range v {
			checkSnakeCase(t, x)
		}
	}
}
