package automaton

import (
	"fmt"
	"strings"
	"testing"
)

func naive(patterns []string, text string) [][2]int {
	var out [][2]int
	for i := 0; i < len(text); i++ {
		for p, s := range patterns {
			if strings.HasPrefix(text[i:], s) {
				out = append(out, [2]int{p, i + len(s)})
			}
		}
	}
	return out
}

func TestMatchesNaive(t *testing.T) {
	tests := []struct {
		name     string
		patterns []string
		text     string
	}{
		{"overlap", []string{"he", "she", "his", "hers"}, "ushers and his sheep"},
		{"nested", []string{"kurs", "mestringskurs", "skurs", "s"}, "mestringskursene og kurset"},
		{"utf8", []string{"pårørende", "rørende", "ø"}, "pårørendeopplæring for pårørende"},
		{"repeat", []string{"aa", "aaa"}, "aaaaa"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Build(tt.patterns, Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got [][2]int
			v := a.Start()
			for i := 0; i < len(tt.text); i++ {
				v = a.Step(v, tt.text[i])
				if Accepting(v) {
					for _, p := range a.Outputs(v) {
						got = append(got, [2]int{int(p), i + 1})
					}
				}
			}
			want := naive(tt.patterns, tt.text)
			if len(got) != len(want) {
				t.Fatalf("got %v, want %v", got, want)
			}
			seen := map[[2]int]int{}
			for _, g := range got {
				seen[g]++
			}
			for _, w := range want {
				if seen[w] == 0 {
					t.Fatalf("missing %v; got %v", w, got)
				}
				seen[w]--
			}
		})
	}
}

func TestAliasAndCollapse(t *testing.T) {
	var opt Options
	for c := 'A'; c <= 'Z'; c++ {
		opt.Alias[c] = byte(c - 'A' + 'a')
	}
	opt.Alias['\n'] = ' '
	opt.Collapse = ' '
	a, err := Build([]string{"diabetes type 2", "kols"}, opt)
	if err != nil {
		t.Fatal(err)
	}
	count := func(text string) int {
		n := 0
		v := a.Start()
		for i := 0; i < len(text); i++ {
			v = a.Step(v, text[i])
			if Accepting(v) {
				n += len(a.Outputs(v))
			}
		}
		return n
	}
	for _, text := range []string{"DIABETES TYPE 2", "diabetes   type\n\n 2", "Diabetes Type 2 og KOLS"} {
		if count(text) == 0 {
			t.Errorf("no match in %q", text)
		}
	}
	if n := count("diabetestype 2"); n != 0 {
		t.Errorf("matched without the space: %d", n)
	}
}

func TestBuildErrors(t *testing.T) {
	if _, err := Build([]string{"ok", ""}, Options{}); err == nil {
		t.Error("empty pattern accepted")
	}
	if _, err := Build([]string{"a  b"}, Options{Collapse: ' '}); err == nil {
		t.Error("pattern with a double collapsed byte accepted")
	}
}

func TestMarked(t *testing.T) {
	a, err := Build([]string{"kurs", "barn"}, Options{Marked: []int32{1}})
	if err != nil {
		t.Fatal(err)
	}
	step := func(s string) uint32 {
		v := a.Start()
		for i := 0; i < len(s); i++ {
			v = a.Step(v, s[i])
		}
		return v
	}
	if v := step("kurs"); !Accepting(v) || Marked(v) {
		t.Errorf("kurs: accepting %v marked %v", Accepting(v), Marked(v))
	}
	if v := step("barn"); !Accepting(v) || !Marked(v) {
		t.Errorf("barn: accepting %v marked %v", Accepting(v), Marked(v))
	}
}

// BenchmarkStep is the bare automaton loop, without any reporting, over
// text of realistic byte mix, beside BenchmarkBaselineSum (a loop that only
// reads every byte) to show the cost of the table lookups.
func BenchmarkStep(b *testing.B) {
	pats := strings.Fields("kurs kurset mestringskurs pasient pårørende lærings- diabetes kols demens gruppe gruppetilbud sykehus kommune")
	a, err := Build(pats, Options{})
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat("Kurs for pasienter og pårørende ved sykehuset i kommunen, åtte kvelder med gruppe. ", 12000)
	class, trans := a.Tables()
	b.SetBytes(int64(len(text)))
	n := 0
	for range b.N {
		var v uint32
		for i := 0; i < len(text); i++ {
			v = trans[int(v>>FlagBits)+int(class[text[i]])]
			if v&AcceptBit != 0 {
				n++
			}
		}
	}
	_ = n
}

func BenchmarkBaselineSum(b *testing.B) {
	text := strings.Repeat("Kurs for pasienter og pårørende ved sykehuset i kommunen, åtte kvelder med gruppe. ", 12000)
	b.SetBytes(int64(len(text)))
	n := 0
	for range b.N {
		for i := 0; i < len(text); i++ {
			n += int(text[i])
		}
	}
	_ = n
}

// TestOutputRange: OutputRange indexes AllOutputs exactly as Outputs
// returns, for every state a walk reaches.
func TestOutputRange(t *testing.T) {
	a, err := Build([]string{"kurs", "mestringskurs", "skurs", "s", "urs"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	all := a.AllOutputs()
	v := a.Start()
	seen := 0
	for _, c := range []byte("mestringskursene og kurset") {
		v = a.Step(v, c)
		lo, hi := a.OutputRange(v)
		want := a.Outputs(v)
		if len(want) != hi-lo {
			t.Fatalf("after %q: range [%d,%d), Outputs %v", c, lo, hi, want)
		}
		for i, p := range want {
			if all[lo+i] != p {
				t.Fatalf("after %q: AllOutputs[%d] = %d, want %d", c, lo+i, all[lo+i], p)
			}
		}
		seen += len(want)
	}
	if seen == 0 {
		t.Fatal("no outputs seen")
	}
}

// TestLeaveBit: a transition carries LeaveBit exactly when the state it
// leaves is accepting and the byte read is not Glued or a Marked pattern
// ends in the state; Glued bytes in no pattern get their own class.
func TestLeaveBit(t *testing.T) {
	pats := []string{"kurs", "mestring", "s"}
	var opt Options
	for c := 'a'; c <= 'z'; c++ {
		opt.Glued[c] = true
	}
	for c := '0'; c <= '9'; c++ {
		opt.Glued[c] = true
	}
	opt.Marked = []int32{1}
	a, err := Build(pats, opt)
	if err != nil {
		t.Fatal(err)
	}
	class, _ := a.Tables()
	if class['7'] == 0 || class['7'] != class['q'] || class['.'] != 0 {
		t.Errorf("classes: '7' %d, 'q' %d, '.' %d", class['7'], class['q'], class['.'])
	}
	text := "mestringskurs. kursene, mestringa 7s kurs"
	v := a.Start()
	for i := 0; i < len(text); i++ {
		prev := v
		v = a.Step(v, text[i])
		want := Accepting(prev) && (Marked(prev) || !opt.Glued[text[i]])
		if got := v&LeaveBit != 0; got != want {
			t.Errorf("at %d (%q): LeaveBit %v, want %v", i, text[i], got, want)
		}
	}
	opt.Alias['.'] = 'k'
	if _, err := Build(pats, opt); err == nil {
		t.Error("a class mixing glued and unglued bytes was accepted")
	}
}

// TestApart checks that the patterns in Options.Apart are listed by
// ApartRange and AllApart, longest first, and the others by OutputRange
// as an automaton without Apart lists them; and that a state where only
// Apart patterns end is accepting.
func TestApart(t *testing.T) {
	pats := []string{"kurs", "mestringskurs", "skurs", "s", "urs", "ing", "gs", "kurs"}
	apart := []int32{2, 5, 7}
	a, err := Build(pats, Options{Apart: apart})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Build(pats, Options{})
	if err != nil {
		t.Fatal(err)
	}
	isApart := func(p int32) bool { return p == 2 || p == 5 || p == 7 }
	va, vb := a.Start(), b.Start()
	seen := 0
	for _, c := range []byte("mestringskursene og kurset i gs") {
		va, vb = a.Step(va, c), b.Step(vb, c)
		if Accepting(va) != Accepting(vb) {
			t.Fatalf("after %q: accepting %v, without Apart %v", c, Accepting(va), Accepting(vb))
		}
		var want, wantApart []int32
		for _, p := range b.Outputs(vb) {
			if isApart(p) {
				wantApart = append(wantApart, p)
			} else {
				want = append(want, p)
			}
		}
		lo, hi := a.OutputRange(va)
		alo, ahi := a.ApartRange(va)
		got, gotApart := a.AllOutputs()[lo:hi], a.AllApart()[alo:ahi]
		if fmt.Sprint(got) != fmt.Sprint(want) || fmt.Sprint(gotApart) != fmt.Sprint(wantApart) {
			t.Fatalf("after %q: %v and apart %v, want %v and %v", c, got, gotApart, want, wantApart)
		}
		seen += len(gotApart)
	}
	if seen < 4 {
		t.Fatalf("only %d apart outputs seen", seen)
	}
}
