package ui

import (
	"errors"
	"strconv"
	"strings"

	"gazette/gazette"
)

// issueNumberError says in words what is wrong with a year, 期号 or 总期号
// typed into the 封面与版式 form (Fyne alone shows a red “!”): not a whole
// number, or a value the issue's own check (gazette.Issue.Validate, the
// rule `gazette check` applies) refuses. field is that check's field name:
// "year", "number" or "total" (总期号: 0 leaves it off the cover).
func issueNumberError(field, s string) error {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		return errors.New("请填写整数")
	}
	is := gazette.New("刊名", 2020, 1)
	switch field {
	case "year":
		is.Year = n
	case "number":
		is.Number = n
	case "total":
		if n < 0 {
			return errors.New("总期号不能为负数（填 0 则不印总期号）")
		}
		return nil
	}
	for _, p := range is.Validate() {
		if p.Field == field && p.Severity == gazette.Error {
			return errors.New(p.Message)
		}
	}
	return nil
}
