package gazette

import "strings"

// PrintedIssuers is the issuing organs printed under the 文号 line: every
// organ of a jointly issued document (联合行文, GB/T 9704-2012 §7.2.2: every
// issuing organ is named) unless its title opens with all of them in order
// (国务院办公厅、中央军委办公厅关于…); a single organ only when neither the
// title, the 文号 of an order nor a signature shows it, so it is printed,
// not lost. Layout prints this line and the importer's conservation counts
// it, from this one rule.
func (a *Article) PrintedIssuers() []string {
	switch {
	case len(a.Issuers) == 1 && !a.issuerShown(a.Issuers[0]):
		return a.Issuers
	case len(a.Issuers) < 2:
		return nil
	case strings.HasPrefix(squeeze(a.Title), squeeze(strings.Join(a.Issuers, "、"))):
		return nil
	}
	return a.Issuers
}

// issuerShown reports whether the organ is printed already: it opens the
// title (发文机关名称 + 事由 + 文种, GB/T 9704-2012 §7.3.1), it is the order's
// head in its 文号, or a signature block names it.
func (a *Article) issuerShown(org string) bool {
	org = squeeze(org)
	if strings.HasPrefix(squeeze(a.Title), org) || strings.Contains(a.DocNumber, org) {
		return true
	}
	for i := range a.Blocks {
		if a.Blocks[i].Type == BlockSignature && strings.Contains(squeeze(a.Blocks[i].Text()), org) {
			return true
		}
	}
	return false
}

// squeeze is s without its white space.
func squeeze(s string) string { return strings.Join(strings.Fields(s), "") }
