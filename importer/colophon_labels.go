package importer

import (
	"strings"

	"gazette/gazette"
)

// The colophon prints what its source printed: a field read from a line
// labelled otherwise than the standard label (主管：… for 主管主办, 电话：… for
// 联系电话) keeps the source's label (gazette.Colophon.Labels).

// colophonLabel records label, the label the source printed (spaces
// removed), for the colophon field f of is. The gazette's name before 网站
// (景德镇市人民政府公报网站) is the standard label's long form, as the
// exchange form writes it.
func colophonLabel(is *gazette.Issue, f *string, label string) {
	c := &is.Colophon
	for _, cf := range gazette.ColophonFields {
		if cf.Value(c) != f {
			continue
		}
		if cf.Key == "website" && is.Title != "" && label == is.Title+cf.Label {
			label = cf.Label
		}
		c.SetLabel(cf.Key, strings.TrimSpace(label))
		return
	}
}
