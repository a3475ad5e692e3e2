package proof

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"gazette/internal/golden"
)

// TestCleanFindingsGolden pins every finding on the clean seed and corpus
// (testdata/clean_findings.txt); a new one, or one gone, is a change to
// look at. Each was read against the source and judged:
//
//   - seed range-form: real — one document writes 2020-2022年 (its
//     attachment titles) and 2020—2022 年.
//   - seed issued-title: real — the notice issues 《2020年景德镇市…实施方案》,
//     the plan it prints is titled 景德镇市2020年…实施方案.
//   - seed unit-form ×3: real — one table writes 3.0km and 8.0 公里.
//   - seed han-space: debatable — 住房和城乡建设部 应急管理部《…》, two
//     issuers set apart by a space where a 、 is the rule.
//   - corpus half-width ×2 (028) and dash (035, ――): real, in the gov.cn
//     text as published.
//   - corpus attachment-missing ×2 (030, 032): right about the imported
//     article, wrong about the document — the importer did not read these
//     attachments (附件1. joined to the signature line), so two false
//     findings with respect to the source.
func TestCleanFindingsGolden(t *testing.T) {
	names, clean := cleanSet(t)
	var b strings.Builder
	for i, is := range clean {
		fs := Check(is, nil)
		fmt.Fprintf(&b, "== %s: %d\n", names[i], len(fs))
		for _, f := range fs {
			fmt.Fprintf(&b, "%s\t%s\t《%s》\t%s\t%s\n", f.Level, f.Rule, f.Article, f.Where(), f.Excerpt)
		}
	}
	golden.Text(t, filepath.Join("testdata", "clean_findings.txt"), b.String())
}
