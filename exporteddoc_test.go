package lmhkit_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestExportedNamesAreDocumented keeps the project's rule that every
// exported name is documented. It parses every non-test .go file under the
// repository root (the main module and the nested modules under examples/
// and benchmarks/; testdata and directories starting with "." or "_" are
// skipped) and fails naming file:line for each exported name without a
// comment of its own; see undocumented for what counts. Generated files
// ("Code generated … DO NOT EDIT.") are not exempt: their generators
// (taxonomy/gen.go, the -update flags of lmh/classify's tests) write a
// comment for every exported name, and this keeps them doing so.
func TestExportedNamesAreDocumented(t *testing.T) {
	files := 0
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if path != "." && (name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		missing, err := undocumented(path, src)
		if err != nil {
			return err
		}
		files++
		for _, m := range missing {
			t.Errorf("%s: exported %s has no doc comment", m.pos, m.what)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 100 {
		t.Fatalf("checked %d files; run from the repository root, where there are about two hundred", files)
	}
	t.Logf("checked %d files", files)
}

// TestUndocumentedFindsEachKind runs the check on a file with one
// undocumented name of each kind it looks at, and documented ones beside
// them, so that TestExportedNamesAreDocumented passing means something.
func TestUndocumentedFindsEachKind(t *testing.T) {
	const src = `package p

// Documented is documented.
type Documented struct {
	// A has a comment above it.
	A int
	B int // B has a line comment.
	C, D int // C and D share one declaration and its comment.
	// The group: a comment above E does not document F.
	E int
	F int
	// G is documented; H inside it is not.
	G struct {
		H int
	}
	hidden int
	Documented2 // an embedded field is documented by its type
}

type Bare int

type hidden struct{ X int }

// Iface is documented.
type Iface interface {
	// M is documented.
	M()
	N()
}

// Func is documented.
func Func() {}

func Naked() {}

// Method is documented.
func (Documented) Method() {}

func (*Documented) NakedMethod() {}

func (hidden) Exported() {}

// Grouped constants: the group's comment does not document each.
const (
	One = 1 // One has a line comment.
	Two = 2
	// Three has a comment above it.
	Three = 3
	four  = 4
)

// Single is documented by the declaration's comment.
var Single = 1

var Plain = 2

type (
	// InGroup is documented.
	InGroup int
	Bare2   int
)

// Documented2 is documented.
type Documented2 struct{}
`
	got, err := undocumented("p.go", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, m := range got {
		names = append(names, m.what)
	}
	want := []string{
		"field Documented.F", "field Documented.G.H", "type Bare", "method Iface.N",
		"func Naked", "method Documented.NakedMethod", "const Two", "var Plain", "type Bare2",
	}
	if !slices.Equal(names, want) {
		t.Errorf("undocumented found\n %q\nwant\n %q", names, want)
	}
	if len(got) > 0 && got[0].pos != "p.go:11" {
		t.Errorf("first position %s, want p.go:11", got[0].pos)
	}
}

// missingDoc is one exported name without a doc comment: where it is
// declared (file:line) and what it is ("field Coding.System").
type missingDoc struct{ pos, what string }

// undocumented returns the exported names of a Go file that have no doc
// comment of their own, in source order. What counts as exported and
// documented:
//
//   - a func, or a method of an exported type: a doc comment;
//   - a type, const or var: a doc comment or a line comment of its own;
//     outside parentheses the declaration's comment counts, inside them a
//     comment on the group does not document each name;
//   - a field of an exported struct type (nested struct types included) and
//     a method of an exported interface type: a comment above it or a line
//     comment; one comment on "Start, End int" covers both names, and a
//     comment above one field does not cover the next. Embedded fields are
//     documented by their types.
//
// Package main is skipped: its names are not importable.
func undocumented(path string, src []byte) ([]missingDoc, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, src, parser.ParseComments)
	if err != nil {
		return nil, err
	}
	if f.Name.Name == "main" {
		return nil, nil
	}
	var out []missingDoc
	miss := func(pos token.Pos, what string) {
		p := fset.Position(pos)
		out = append(out, missingDoc{fmt.Sprintf("%s:%d", filepath.ToSlash(p.Filename), p.Line), what})
	}
	var inType func(owner string, e ast.Expr)
	inType = func(owner string, e ast.Expr) {
		switch t := e.(type) {
		case *ast.StructType:
			for _, fl := range t.Fields.List {
				for _, n := range fl.Names {
					if !n.IsExported() {
						continue
					}
					if fl.Doc == nil && fl.Comment == nil {
						miss(n.Pos(), "field "+owner+"."+n.Name)
					}
					inType(owner+"."+n.Name, fl.Type)
				}
			}
		case *ast.InterfaceType:
			for _, m := range t.Methods.List {
				for _, n := range m.Names {
					if n.IsExported() && m.Doc == nil && m.Comment == nil {
						miss(n.Pos(), "method "+owner+"."+n.Name)
					}
				}
			}
		case *ast.StarExpr:
			inType(owner, t.X)
		case *ast.ArrayType:
			inType(owner, t.Elt)
		case *ast.MapType:
			inType(owner, t.Value)
		}
	}
	for _, decl := range f.Decls {
		switch d := decl.(type) {
		case *ast.FuncDecl:
			if !d.Name.IsExported() {
				continue
			}
			what := "func " + d.Name.Name
			if d.Recv != nil {
				recv := receiverType(d.Recv.List[0].Type)
				if !ast.IsExported(recv) {
					continue
				}
				what = "method " + recv + "." + d.Name.Name
			}
			if d.Doc == nil {
				miss(d.Name.Pos(), what)
			}
		case *ast.GenDecl:
			declDoc := d.Doc != nil && !d.Lparen.IsValid()
			for _, spec := range d.Specs {
				switch s := spec.(type) {
				case *ast.TypeSpec:
					if !s.Name.IsExported() {
						continue
					}
					if !declDoc && s.Doc == nil && s.Comment == nil {
						miss(s.Name.Pos(), "type "+s.Name.Name)
					}
					inType(s.Name.Name, s.Type)
				case *ast.ValueSpec:
					for _, n := range s.Names {
						if !n.IsExported() {
							continue
						}
						if !declDoc && s.Doc == nil && s.Comment == nil {
							miss(n.Pos(), d.Tok.String()+" "+n.Name)
						}
						if s.Type != nil {
							inType(n.Name, s.Type)
						}
					}
				}
			}
		}
	}
	return out, nil
}

// receiverType returns the name of a method's receiver type, without "*"
// and type parameters.
func receiverType(e ast.Expr) string {
	for {
		switch t := e.(type) {
		case *ast.StarExpr:
			e = t.X
		case *ast.IndexExpr:
			e = t.X
		case *ast.IndexListExpr:
			e = t.X
		case *ast.ParenExpr:
			e = t.X
		case *ast.Ident:
			return t.Name
		default:
			return ""
		}
	}
}
