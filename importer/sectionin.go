package importer

import (
	"strings"

	"gazette/gazette"
)

// SectionIn returns the section of is an article added to it belongs to:
// the section that already holds a document of the same issuer (an issue's
// own sections are the authority: a department's gazette files its 函 under
// 厅发文件, not under a new 部门文件), else the one SectionFor names. exists
// says whether is has that section already.
func SectionIn(is *gazette.Issue, a *gazette.Article) (name string, exists bool) {
	if name := orderSection(is, a); name != "" {
		return name, true // a 令 or 规章 to the issue's section of them
	}
	issuers := a.Issuers
	if len(issuers) == 0 {
		issuers = issuersFromTitle(a.Title)
	}
	if len(issuers) > 0 && a.Kind != gazette.KindNews && a.Kind != gazette.KindStatistics {
		for si := range is.Sections {
			for ai := range is.Sections[si].Articles {
				o := &is.Sections[si].Articles[ai]
				oi := o.Issuers
				if len(oi) == 0 {
					oi = issuersFromTitle(o.Title)
				}
				if len(oi) > 0 && oi[0] == issuers[0] && o.Kind == a.Kind {
					return is.Sections[si].Name, true
				}
			}
		}
	}
	name = SectionFor(a)
	for si := range is.Sections {
		if is.Sections[si].Name == name {
			return name, true
		}
	}
	return name, false
}

// orderSection returns the issue's section for orders and the rules they
// publish (省政府规章, 市政府令) when a is one — its 文号 a 令号
// (某省人民政府令第112号) — or "".
func orderSection(is *gazette.Issue, a *gazette.Article) string {
	if !strings.Contains(a.DocNumber, "令第") {
		return ""
	}
	for si := range is.Sections {
		if n := is.Sections[si].Name; strings.Contains(n, "规章") || strings.HasSuffix(n, "令") {
			return n
		}
	}
	return ""
}
