package importer

import "gazette/gazette"

// sectionGuessed warns that the section of the article on line n was
// guessed from its kind and issuers (SectionFor): its 目录 entry was not
// found under a section, or the issue names no sections at all (no 目录,
// or a 目录 that lists its entries without section names). Either way
// the editor must check where it is filed: issue 15 asks every weak guess
// to be shown, and a whole issue filed by guess is no exception.
func (p *parser) sectionGuessed(n int, a *gazette.Article, sec string, tocSections bool) {
	if tocSections {
		p.warn.guess(n, "《%s》在目录中没有对应的条目，栏目“%s”是推测的，请核对", titleOr(a.Title), sec)
		return
	}
	p.warn.guess(n, "本期目录没有栏目名（或没有目录），《%s》的栏目“%s”是按发文机关推测的，请核对", titleOr(a.Title), sec)
}
