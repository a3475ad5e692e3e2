package importer

import "gazette/gazette"

// Sections of news items. A 目录 may file its news items (no 文号, no 文种:
// 市政府召开第28次常务会议, 张明调研重点项目建设) under sections of any name —
// 重要会议, 政务动态, 领导活动 — and the 目录 is the authority: a news item
// it lists goes to the section it lists it under. Only when that section
// holds documents (an entry with a 文号 or ending with a 文种: the section
// label of the news was lost in extraction) does a section of the item's
// kind take it.

// itemSection reports whether the 目录 section s lists no document: none
// of its entries has a 文号 or ends with a 文种.
func (t *toc) itemSection(s string) bool {
	for _, e := range t.entries {
		if e.section == s && (e.docNumber != "" || endsWithGenre(e.title)) {
			return false
		}
	}
	return true
}

// checkSections warns about each 目录 section that lists entries while the
// issue has no article in it: the articles its entries name were filed
// elsewhere, and the printed 目录 would lose the section silently.
func (t *toc) checkSections(p *parser, is *gazette.Issue) {
	has := map[string]bool{}
	for i := range is.Sections {
		if len(is.Sections[i].Articles) > 0 {
			has[is.Sections[i].Name] = true
		}
	}
	for _, s := range t.sections {
		listed := false
		for _, e := range t.entries {
			listed = listed || e.section == s
		}
		if listed && !has[s] {
			p.warn.guess(0, "目录栏目“%s”所列的文章没有归入该栏目，请核对栏目", s)
		}
	}
}
