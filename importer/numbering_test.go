package importer

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"gazette/gazette"
)

// The regular expressions numberingOf was first written with; the hand
// written version must agree with them on every line.
var (
	refL1      = regexp.MustCompile(`^[` + cnDigits + `]+[、．]`)
	refL2      = regexp.MustCompile(`^[（(][` + cnDigits + `]+[）)]`)
	refL3      = regexp.MustCompile(`^\d{1,2}[.．、]`)
	refL4      = regexp.MustCompile(`^[（(]\d{1,2}[）)]`)
	refChapter = regexp.MustCompile(`^第[` + cnDigits + `\d]+章`)
	refSection = regexp.MustCompile(`^第[` + cnDigits + `\d]+节`)
	refClause  = regexp.MustCompile(`^第[` + cnDigits + `\d]+条`)
)

// numberingRef is numberingOf by regular expressions.
func numberingRef(s string) numbering {
	switch {
	case refL1.MatchString(s):
		return numbering{kind: gazette.HeadingNumbered, level: 1, marker: refL1.FindString(s)}
	case refL2.MatchString(s):
		return numbering{kind: gazette.HeadingNumbered, level: 2, marker: refL2.FindString(s)}
	case refL3.MatchString(s):
		m := refL3.FindString(s)
		if rest := s[len(m):]; rest != "" && rest[0] >= '0' && rest[0] <= '9' {
			return numbering{}
		}
		return numbering{kind: gazette.HeadingNumbered, level: 3, marker: m}
	case refL4.MatchString(s):
		return numbering{kind: gazette.HeadingNumbered, level: 4, marker: refL4.FindString(s)}
	case refChapter.MatchString(s):
		return numbering{kind: gazette.HeadingChapter, marker: refChapter.FindString(s)}
	case refSection.MatchString(s):
		return numbering{kind: gazette.HeadingSection, marker: refSection.FindString(s)}
	case refClause.MatchString(s):
		return numbering{clause: true, marker: refClause.FindString(s)}
	}
	return numbering{}
}

// checkFastPaths compares the hand-written fast paths with their
// references on s.
func checkFastPaths(t *testing.T, s string) {
	t.Helper()
	if got, want := numberingOf(s), numberingRef(s); got != want {
		t.Errorf("numberingOf(%q) = %+v, want %+v", s, got, want)
	}
	if !hasBracketedYear(s) && docNumberYear.MatchString(s) {
		t.Errorf("hasBracketedYear(%q) = false, but docNumberYear matches", s)
	}
	if got, want := plainOf(s), gazette.RunsText(parseRuns(s)); got != want {
		t.Errorf("plainOf(%q) = %q, want %q", s, got, want)
	}
}

func TestNumberingAndPlainFastPaths(t *testing.T) {
	lines := []string{"一、总则", "十一．附则", "一二", "（一）目标", "(十)", "（一", "（1）", "(12)", "（123）", "1.加快", "12、", "123.", "2.5亿",
		"2020.3", "1．", "第一章 总则", "第3节", "第十二条 本办法", "第章", "第一", "**1.加快组织落实。**各县", "a<sup>2</sup>b", "**x", "<sub>2", "", "（", "第"}
	seed, err := os.ReadFile(demoSeed)
	if err != nil {
		t.Fatal(err)
	}
	lines = append(lines, strings.Split(string(seed), "\n")...)
	for _, l := range lines {
		checkFastPaths(t, strings.TrimSpace(strings.TrimLeft(l, "#")))
	}
}
