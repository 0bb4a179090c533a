package main

import (
	"bytes"
	"flag"
	"io"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// lmhkit runs the program in-process and returns its exit status, standard
// output and standard error.
func lmhkit(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestHelp(t *testing.T) {
	cases := [][]string{{"-h"}, {"--help"}, {"help"}}
	for _, c := range commands {
		cases = append(cases, []string{c.name, "-h"}, []string{c.name, "-help"}, []string{"help", c.name})
	}
	for _, args := range cases {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			code, out, errOut := lmhkit(t, "", args...)
			if code != 0 || errOut != "" {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			want := "usage: lmhkit"
			if len(args) == 2 {
				want = "usage: lmhkit " + strings.TrimPrefix(args[0]+" "+args[1], "help ")
				want = strings.Fields(want)[0] + " " + strings.Fields(want)[1] + " " + strings.Fields(want)[2]
			}
			if !strings.HasPrefix(out, want) {
				t.Errorf("usage %q does not start with %q", out, want)
			}
		})
	}
}

// TestUsageErrors: an unknown subcommand, a bad flag or a stray argument
// exits 2 with one message carrying one prefix.
func TestUsageErrors(t *testing.T) {
	cases := [][]string{
		{},
		{"nope"},
		{"help", "nope"},
		{"-x"},
	}
	for _, c := range commands {
		cases = append(cases, []string{c.name, "-no-such-flag"})
	}
	for _, c := range []string{"match", "coverage", "export"} {
		cases = append(cases, []string{c, "stray"})
	}
	cases = append(cases,
		[]string{"export"}, // -out is required
		[]string{"validate", "a.jsonl", "b.jsonl"},
		[]string{"glossary"},
		[]string{"glossary", "-search"},
		[]string{"classify", "-workers", "x"},
		[]string{"match", "-limit", "many"},
		[]string{"match", "-limit", "-1"},                         // was taken as 0, all
		[]string{"glossary", "-search", "-limit", "-1", "meistr"}, // was taken as all
		[]string{"classify", "-workers", "100001"},                // was started, 100,001 classifiers
	)
	for _, args := range cases {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			code, out, errOut := lmhkit(t, "", args...)
			if code != 2 {
				t.Fatalf("exit %d, want 2; stderr %q", code, errOut)
			}
			if out != "" {
				t.Errorf("stdout %q", out)
			}
			checkPrefix(t, errOut)
		})
	}
}

// checkPrefix checks that every line of stderr has the program's prefix
// and no library prefix after it.
func checkPrefix(t *testing.T, stderr string) {
	t.Helper()
	for _, line := range strings.Split(strings.TrimSpace(stderr), "\n") {
		if line == "" || strings.HasPrefix(line, "usage: lmhkit") || strings.HasPrefix(line, "  ") || strings.HasPrefix(line, "Run ") {
			continue
		}
		rest, ok := strings.CutPrefix(line, "lmhkit")
		if !ok {
			t.Errorf("line without the prefix: %q", line)
		}
		if i := strings.Index(rest, ": "); i >= 0 {
			rest = rest[i+2:]
		}
		for _, p := range []string{"lmh: ", "harvest: ", "taxonomy: ", "match: "} {
			if strings.Contains(rest, p) {
				t.Errorf("a second prefix %q in %q", p, line)
			}
		}
	}
}

// TestWriteErrors: every subcommand reports a write error (a full disk)
// and exits non-zero; before, five programs exited 0 writing to /dev/full.
func TestWriteErrors(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full:", err)
	}
	defer full.Close()
	dir := t.TempDir()
	cases := [][]string{
		{"-h"},
		{"classify", "-q"},
		{"match", "-role", "patient", "-condition", "copd", "-date", "2027-01-11"},
		{"match", "-role", "patient", "-condition", "copd", "-date", "2027-01-11", "-json"},
		{"validate"},
		{"coverage", "-date", "2027-01-11"},
		{"coverage", "-date", "2027-01-11", "-out", filepath.Join(dir, "cov")},
		{"export", "-out", filepath.Join(dir, "exp")},
		{"glossary", "mestringskurs"},
		{"glossary", "-scan"},
		{"glossary", "-search", "meistr"},
	}
	for _, args := range cases {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			var errOut bytes.Buffer
			code := run(args, strings.NewReader(`{"id":"a","text":"Kolsskole: kurs for pasienter med kols"}`+"\n"), full, &errOut)
			if code == 0 {
				t.Fatalf("exit 0 writing to /dev/full; stderr %q", errOut.String())
			}
			if !strings.Contains(errOut.String(), "no space left on device") {
				t.Errorf("stderr %q does not report the write error", errOut.String())
			}
			checkPrefix(t, errOut.String())
		})
	}
}

// TestInstalledNames: 'go install ./examples/...' installs lmhkit and
// quickstart only (no 'export' that the shell's builtin shadows). It asks
// the go command which commands the pattern holds, as go install would:
// modules of their own under examples/ (the server) are not in it.
func TestInstalledNames(t *testing.T) {
	out, err := exec.Command("go", "list", "-f", `{{if eq .Name "main"}}{{.ImportPath}}{{end}}`, "../...").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	var commands []string
	for _, p := range strings.Fields(string(out)) {
		commands = append(commands, path.Base(p))
	}
	if strings.Join(commands, " ") != "lmhkit quickstart" {
		t.Errorf("commands under examples/: %v", commands)
	}
}

// TestNoBuiltProgramsCommitted: no executable built from the examples is
// tracked by git (a 133 MB build of examples/beam once was). It reads the
// first bytes of every tracked file under examples/ for an executable's
// magic number: ELF, Mach-O or PE.
func TestNoBuiltProgramsCommitted(t *testing.T) {
	out, err := exec.Command("git", "ls-files", "-z", "--", "..").Output()
	if err != nil {
		t.Skipf("not a git checkout: %v", err)
	}
	magics := [][]byte{{0x7f, 'E', 'L', 'F'}, {0xcf, 0xfa, 0xed, 0xfe}, {0xfe, 0xed, 0xfa, 0xcf}, {'M', 'Z'}}
	for _, name := range strings.Split(strings.TrimRight(string(out), "\x00"), "\x00") {
		f, err := os.Open(name)
		if err != nil {
			continue // deleted in the work tree, not yet in the index
		}
		head := make([]byte, 4)
		n, _ := io.ReadFull(f, head)
		f.Close()
		for _, m := range magics {
			if bytes.HasPrefix(head[:n], m) {
				t.Errorf("%s is a built program; build it, do not commit it (examples/beam/.gitignore)", name)
			}
		}
	}
}

// TestDocsNameProgramsThatExist: the README, docs/ and the files under
// examples/ name only programs that are there: each "examples/NAME" is a
// directory. The service's OpenAPI description named the old export
// program's directory, which became 'lmhkit export'.
func TestDocsNameProgramsThatExist(t *testing.T) {
	out, err := exec.Command("git", "ls-files", "-z", "--", "../../README.md", "../../docs", "..").Output()
	if err != nil {
		t.Skipf("not a git checkout: %v", err)
	}
	mention := regexp.MustCompile(`examples/([a-z][a-z0-9_-]*)`)
	for _, name := range strings.Split(strings.TrimRight(string(out), "\x00"), "\x00") {
		if !strings.HasSuffix(name, ".md") && !strings.HasSuffix(name, ".go") && !strings.HasSuffix(name, ".json") {
			continue
		}
		b, err := os.ReadFile(name)
		if err != nil {
			continue
		}
		for _, m := range mention.FindAllStringSubmatch(string(b), -1) {
			if fi, err := os.Stat(filepath.Join("..", m[1])); err != nil || !fi.IsDir() {
				t.Errorf("%s names %s, which is not a program under examples/", name, m[0])
			}
		}
	}
}
