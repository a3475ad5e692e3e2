// Package assets holds what the program carries inside its binary: the
// application icon and the demo issue.
package assets

import (
	_ "embed"
	"fmt"

	"gazette/gazette"
	"gazette/importer"
)

// DemoText is the demo issue: the text of 景德镇市人民政府公报 2020年第8期 as
// extracted from its PDF (a copy of shared/seed/000_e9775c076d8c3296.txt).
//
//go:embed demo/000_e9775c076d8c3296.txt
var DemoText []byte

// DemoIssue parses DemoText into a fresh draft issue (new IDs each call).
func DemoIssue() (*gazette.Issue, error) {
	is, _, err := importer.ParseIssue("demo", string(DemoText))
	if err != nil {
		return nil, fmt.Errorf("assets: 示例刊期：%w", err)
	}
	return is, nil
}
