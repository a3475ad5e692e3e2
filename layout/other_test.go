package layout

import (
	"testing"

	"gazette/internal/testseed"
)

// otherIssues are whole issues of other places (importer/testdata): a 县
// gazette with 任免 and 政务动态, a 市 gazette without TOC or board, a 区
// gazette exported from Word, a 区 gazette with a 区人民政府令 and a 任免
// list in groups, a 县 gazette whose extraction lost every blank line.
var otherIssues = []string{
	"../importer/testdata/issue_yunxi_county.txt",
	"../importer/testdata/issue_nanping_city.txt",
	"../importer/testdata/issue_qinghe_word.txt",
	"../importer/testdata/issue_songling_district.txt",
	"../importer/testdata/issue_baishui_county.txt",
}

// TestOtherIssues lays out each issue in every preset: the checks every
// issue must pass (4-page multiple, TOC numbers = title pages, nothing
// outside the text block, no widows), and no error finding — no emergency
// break, nothing that does not fit.
func TestOtherIssues(t *testing.T) {
	for _, path := range otherIssues {
		for name, s := range presets() {
			t.Run(path+"/"+name, func(t *testing.T) {
				s := s
				is := testseed.File(t, path)
				is.Layout = s // checkDoc reads the columns from the issue's settings
				d, err := Lay(is, Options{Settings: &s})
				if err != nil {
					t.Fatal(err)
				}
				checkDoc(t, is, d)
				for _, f := range d.Findings {
					if f.Error {
						t.Errorf("page %d: %s", f.Page, f.Message)
					}
				}
			})
		}
	}
}
