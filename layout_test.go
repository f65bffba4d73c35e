package citebot_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

// TestFilesLayered checks the house rule that data and helpers flow one
// way inside a package: drawn as a graph of which non-test file uses a
// name declared in which other file, no two files may reach each other.
// A file that needs a helper of a file standing above it means the helper
// belongs lower down (its own file, or a package below).
func TestFilesLayered(t *testing.T) {
	pkgs, err := packageFiles(".")
	if err != nil {
		t.Fatal(err)
	}
	for dir, files := range pkgs {
		g := fileGraph(t, files)
		for _, cycle := range cycles(g) {
			var edges []string
			for _, from := range cycle {
				for _, to := range cycle {
					if names := g[from][to]; len(names) > 0 {
						edges = append(edges, fmt.Sprintf("%s → %s (%s)", filepath.Base(from), filepath.Base(to), strings.Join(names, ", ")))
					}
				}
			}
			t.Errorf("%s: files reach each other: %s", dir, strings.Join(edges, "; "))
		}
	}
}

// packageFiles lists the non-test Go files of every package below root,
// by directory (testdata, hidden folders and third_party's vendored copies,
// which keep their upstream's files, excluded).
func packageFiles(root string) (map[string][]string, error) {
	out := map[string][]string{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() && p != root && (name == "testdata" || name == "third_party" || strings.HasPrefix(name, ".")) {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(name, ".go") && !strings.HasSuffix(name, "_test.go") {
			out[filepath.Dir(p)] = append(out[filepath.Dir(p)], p)
		}
		return nil
	})
	return out, err
}

// fileGraph returns, for each file, the files whose top-level functions,
// variables and constants it uses, with their names. Identifiers the
// parser resolved locally are not counted. Types and methods make no
// edges: a type's method set may be spread over files by design.
func fileGraph(t *testing.T, files []string) map[string]map[string][]string {
	fset := token.NewFileSet()
	decl := map[string]string{} // top-level name → file
	parsed := map[string]*ast.File{}
	for _, f := range files {
		af, err := parser.ParseFile(fset, f, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		if buildIgnored(af) {
			continue
		}
		parsed[f] = af
		for _, d := range af.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil {
					decl[d.Name.Name] = f
				}
			case *ast.GenDecl:
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.TypeSpec:
					case *ast.ValueSpec:
						for _, n := range s.Names {
							decl[n.Name] = f
						}
					}
				}
			}
		}
	}
	g := map[string]map[string][]string{}
	use := func(from, to, name string) {
		if to != "" && to != from {
			if g[from] == nil {
				g[from] = map[string][]string{}
			}
			if !slices.Contains(g[from][to], name) {
				g[from][to] = append(g[from][to], name)
			}
		}
	}
	for f, af := range parsed {
		for _, id := range af.Unresolved {
			use(f, decl[id.Name], id.Name)
		}
	}
	return g
}

// buildIgnored reports whether a file is left out of the default build by
// a constraint (files for optional build tags form a package of their own).
func buildIgnored(f *ast.File) bool {
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			if expr, ok := strings.CutPrefix(c.Text, "//go:build "); ok {
				return !strings.HasPrefix(strings.TrimSpace(expr), "!")
			}
		}
	}
	return false
}

// cycles returns the strongly connected components of g with more than one
// file, each sorted, by Tarjan's algorithm.
func cycles(g map[string]map[string][]string) [][]string {
	var nodes []string
	for n := range g {
		nodes = append(nodes, n)
	}
	sort.Strings(nodes)
	index, low, onStack := map[string]int{}, map[string]int{}, map[string]bool{}
	var stack []string
	var out [][]string
	var visit func(v string)
	visit = func(v string) {
		index[v], low[v] = len(index), len(index)
		stack = append(stack, v)
		onStack[v] = true
		var next []string
		for w := range g[v] {
			next = append(next, w)
		}
		sort.Strings(next)
		for _, w := range next {
			if _, seen := index[w]; !seen {
				visit(w)
				low[v] = min(low[v], low[w])
			} else if onStack[w] {
				low[v] = min(low[v], index[w])
			}
		}
		if low[v] == index[v] {
			var comp []string
			for {
				w := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				onStack[w] = false
				comp = append(comp, w)
				if w == v {
					break
				}
			}
			if len(comp) > 1 {
				sort.Strings(comp)
				out = append(out, comp)
			}
		}
	}
	for _, n := range nodes {
		if _, seen := index[n]; !seen {
			visit(n)
		}
	}
	return out
}
