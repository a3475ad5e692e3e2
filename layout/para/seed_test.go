package para

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"gazette/fonts"
)

// seedParagraphs reads the seed issue (景德镇市人民政府公报 2020年第8期, text
// from its PDF): every non-empty line, with # and ** stripped, is a
// paragraph. It is the demo issue's copy in assets/demo ($GAZETTE_SEED names
// another issue text); a missing file fails the test.
func seedParagraphs(tb testing.TB) []string {
	tb.Helper()
	path := os.Getenv("GAZETTE_SEED")
	if path == "" {
		path = filepath.Join("..", "..", "assets", "demo", "000_e9775c076d8c3296.txt")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("seed: %v", err)
	}
	var paras []string
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.ReplaceAll(line, "**", "")
		line = strings.TrimSpace(strings.TrimLeft(line, "#"))
		if line != "" {
			paras = append(paras, line)
		}
	}
	return paras
}

// loneHan reports a last line of one Han character, optionally with one mark.
func loneHan(s string) bool {
	rs := []rune(strings.TrimSpace(s))
	switch len(rs) {
	case 1:
		return unicode.Is(unicode.Han, rs[0])
	case 2:
		return unicode.Is(unicode.Han, rs[0]) && strings.ContainsRune("，。、：；！？”’）》", rs[1])
	}
	return false
}

// houseBody is the house body text: 12 pt Song, 37 characters (444 pt), 2-em indent.
var houseBody = Options{Measure: 444, Indent: 24}

// TestSeed sets every paragraph of the seed at the house measure: no
// overfull line, no broken rule, no emergency break.
func TestSeed(t *testing.T) {
	paras := seedParagraphs(t)
	lines, runes := 0, 0
	for i, p := range paras {
		spans := song(p, 12)
		got := Set(spans, houseBody)
		checkInvariants(t, spans, houseBody, got)
		for j, l := range got {
			if l.Emergency {
				t.Errorf("paragraph %d line %d: emergency break: %q", i+1, j+1, l.Text())
			}
			// Justified: every line but the last fills the measure.
			if j < len(got)-1 && l.Width < houseBody.Measure-0.01 {
				t.Errorf("paragraph %d line %d: underfull (%.2f pt): %q", i+1, j+1, l.Width, l.Text())
			}
		}
		if last := got[len(got)-1]; len(got) > 1 && loneHan(last.Text()) {
			t.Errorf("paragraph %d: last line is a lone character: %q", i+1, last.Text())
		}
		lines += len(got)
		runes += utf8.RuneCountInString(p)
	}
	t.Logf("%d paragraphs, %d characters, %d lines", len(paras), runes, lines)
}

// BenchmarkSetSeed sets every paragraph of the seed at the house measure
// (the fonts are parsed before the timer starts).
func BenchmarkSetSeed(b *testing.B) {
	paras := seedParagraphs(b)
	spans := make([][]Span, len(paras))
	for i, p := range paras {
		spans[i] = song(p, 12)
	}
	fonts.MustBundled(fonts.Song)
	fonts.MustBundled(fonts.Hei)
	b.ReportAllocs()
	for b.Loop() {
		for _, sp := range spans {
			Set(sp, houseBody)
		}
	}
}

// TestDeterministic: setting the seed twice, in opposite orders and from two
// goroutines at once (the engines are pooled), gives identical lines.
func TestDeterministic(t *testing.T) {
	paras := seedParagraphs(t)
	first := make([]string, len(paras))
	second := make([]string, len(paras))
	done := make(chan bool)
	go func() {
		for i, p := range paras {
			first[i] = dump(Set(song(p, 12), houseBody))
		}
		done <- true
	}()
	for i := len(paras) - 1; i >= 0; i-- {
		second[i] = dump(Set(song(paras[i], 12), houseBody))
	}
	<-done
	for i := range paras {
		if first[i] != second[i] {
			t.Fatalf("paragraph %d set differently:\n%s\n%s", i+1, first[i], second[i])
		}
	}
}
