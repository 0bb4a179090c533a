package main

import (
	"strings"
	"testing"
)

func TestBalance(t *testing.T) {
	ok := counts{RecordsRead: 100, InScope: 60, OutOfScope: 35, DeadLetter: 5, InputsFailed: 1, Duplicates: 4,
		WrittenInScope: 56, WrittenOutOfScope: 35, WrittenDeadLetter: 6}
	if err := ok.balance(); err != nil {
		t.Fatalf("balanced counts: %v", err)
	}
	for name, change := range map[string]func(*counts){
		"a record read but in no output": func(c *counts) { c.RecordsRead++ },
		"an in-scope record not written": func(c *counts) { c.WrittenInScope-- },
		"an out-of-scope line too many":  func(c *counts) { c.WrittenOutOfScope++ },
		"a failed input not written":     func(c *counts) { c.WrittenDeadLetter-- },
		"a duplicate not counted":        func(c *counts) { c.Duplicates-- },
	} {
		c := ok
		change(&c)
		if err := c.balance(); err == nil || !strings.Contains(err.Error(), "records lost or doubled") {
			t.Errorf("%s: balance() = %v", name, err)
		}
	}
}

func TestSizeClass(t *testing.T) {
	for n, want := range map[int]string{0: "≤256", 256: "≤256", 257: "≤1024", 65536: "≤65536", 65537: ">65536"} {
		if got := sizeName(sizeClass(n)); got != want {
			t.Errorf("sizeClass(%d) is %s, want %s", n, got, want)
		}
	}
}

func TestConfigCheck(t *testing.T) {
	good := config{Inputs: []string{"*.jsonl"}, Output: "out", Format: "auto", Shards: 1, MaxRecord: 1, MaxLines: 1}
	if err := good.check(); err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]config{
		"no inputs":    {Output: "out", Format: "auto", Shards: 1, MaxRecord: 1, MaxLines: 1},
		"no output":    {Inputs: []string{"x"}, Format: "auto", Shards: 1, MaxRecord: 1, MaxLines: 1},
		"a bad format": {Inputs: []string{"x"}, Output: "out", Format: "xml", Shards: 1, MaxRecord: 1, MaxLines: 1},
		"no shards":    {Inputs: []string{"x"}, Output: "out", Format: "auto", MaxRecord: 1, MaxLines: 1},
	} {
		if c.check() == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestMerge(t *testing.T) {
	totals := map[string]int64{}
	for _, tl := range []tally{{"a/n", 2}, {"a/x_min", 5}, {"a/x_max", 5}, {"a/n", 3}, {"a/x_min", 3}, {"a/x_max", 9}, {"a/x_min", 4}} {
		merge(totals, tl)
	}
	if totals["a/n"] != 5 || totals["a/x_min"] != 3 || totals["a/x_max"] != 9 {
		t.Errorf("totals %v, want a/n 5, a/x_min 3, a/x_max 9", totals)
	}
}
