package importer

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"gazette/gazette"
)

// ParseDocument reads one document's text (a .txt file, or DocxText's
// output) into an article: the same head recognition as ParseIssue (title,
// issuer, 文号 and date, addressee — in the gazette's order, title first,
// or in the 版头 order of a document as issued, 文号 first; see head.go),
// then the body, its attachments and its disclosure note. The signature
// at the foot (issuer lines and a date alone on a line) becomes a
// signature block whose date sets Date when the head has none. The article has a fresh ID; the caller files it in
// a section (SectionFor suggests one).
func ParseDocument(name, text string) (gazette.Article, []Warning, error) {
	p := newParser(name, text)
	a, err := p.parseDocument()
	return a, p.warn.list, err
}

// parseDocument is ParseDocument on a parser.
func (p *parser) parseDocument() (gazette.Article, error) {
	name := p.warn.file
	if lastContent(p.lines, 0, len(p.lines)) < 0 {
		return gazette.Article{}, fmt.Errorf("%s: 没有可导入的内容", name)
	}
	p.dropFurniture(0, furniture{})
	a := p.article(0, len(p.lines), nil)
	if strings.TrimSpace(a.Title) == "" {
		p.warn.guess(0, "未找到标题")
	}
	return a, nil
}

var (
	// docLine is the line under a title: 文号 and 成文日期. The 发文顺序号
	// may be written 第14号 and the year's brackets 【】 (Word/WPS templates);
	// normalizeText puts the year into 〔〕 (GB/T 9704-2012 §7.2.3).
	docLine = regexp.MustCompile(`^(\S{1,30}?[〔\[［(（【]\s*\d{4}\s*[〕\]］)）】]\s*第?\s*\d{1,5}\s*号)\s*(?:(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)?$`)
	// jointSuffix is "等8部门" after the lead issuer of a joint document.
	jointSuffix = regexp.MustCompile(`等\s*[\d` + cnDigits + `]+\s*(?:个)?(?:部门|单位)$`)
	// notAddressee starts a sentence rather than a list of addressees.
	notAddressee = regexp.MustCompile(`^(为|根据|按照|经|现|近日|近期|我|你|依据|对|在|关于|鉴于)`)
)

// orgSuffixes are the ends of an issuing body's name.
var orgSuffixes = []string{"政府", "委员会", "办公室", "办公厅", "局", "委", "厅", "部", "办", "院", "会", "中心", "支行", "分行",
	"调查队", "总队", "支队", "队", "所", "处", "署", "司", "公司", "集团", "银行", "法院", "检察院", "联合会", "协会", "管委会",
	"军区", "军分区", "警备区"} // military organs sign joint documents with governments

// orgName reports whether a name reads as an issuing body's: 3 to 30
// characters ending like one (政府, 局, 委员会 …). Every reader of issuers
// (title, issuer line, 令) uses it, so what one reads the others read back.
func orgName(n string) bool {
	if k := runeLen(n); k < 3 || k > 30 {
		return false
	}
	if r := firstRune(n); r >= '0' && r <= '9' || strings.Contains(n, "年") && strings.Contains(n, "日") {
		return false // a garbled date line: 202184日宿州市第五届人民代表大会
	}
	for _, v := range []string{"转发", "批转", "印发", "关于"} {
		if strings.Contains(n, v) {
			return false // the words of a title: 国务院办公厅转发国家地震局
		}
	}
	for _, suf := range orgSuffixes {
		if strings.HasSuffix(n, suf) {
			return true
		}
	}
	return false
}

// issuersFromTitle reads the issuer from the words of a title before 关于:
// 景德镇市人民政府关于… → [景德镇市人民政府]; a joint document's lead issuer
// without its 等N部门.
func issuersFromTitle(title string) []string {
	i := strings.Index(title, "关于")
	if i <= 0 {
		return nil
	}
	// 国务院办公厅转发国家地震局关于…: the issuer is who 转发s, not whose
	// report it carries.
	for _, v := range []string{"转发", "批转", "印发"} {
		if k := strings.Index(title[:i], v); k > 0 {
			i = k
		}
	}
	prefix := jointSuffix.ReplaceAllString(strings.TrimSpace(title[:i]), "")
	if names := jointOrgans(prefix); names != nil {
		return names
	}
	names := strings.Fields(prefix)
	for _, n := range names {
		if !orgName(n) {
			return nil
		}
	}
	return names
}

// jointOrgans splits the organs of a joint document's title, written with
// 、 between them (国务院办公厅、中央军委办公厅关于…: 联合行文, GB/T 9704-2012
// §7.2.1, 发文机关 names in order), when every part is an organ's name;
// otherwise nil (one name that holds a 、 stays whole).
func jointOrgans(prefix string) []string {
	if !strings.Contains(prefix, "、") {
		return nil
	}
	names := strings.FieldsFunc(prefix, func(r rune) bool { return r == '、' || unicode.IsSpace(r) })
	if len(names) < 2 {
		return nil
	}
	for _, n := range names {
		if !orgName(n) {
			return nil
		}
	}
	return names
}

// issuerLine reports whether a line lists issuers only: names separated by
// spaces, each ending like a body's name, no punctuation.
func issuerLine(s string) ([]string, bool) {
	if strings.ContainsAny(s, "，。：；、！？,.:;") {
		return nil, false
	}
	f := strings.Fields(s)
	if len(f) == 0 {
		return nil, false
	}
	for _, n := range f {
		if !orgName(n) {
			return nil, false
		}
	}
	return f, true
}

// article reads the article on lines[from:to]: its head, then its body.
// toc is the printed TOC's text, used to confirm a real space in a title.
func (p *parser) article(from, to int, tocText []string) gazette.Article {
	a := gazette.Article{ID: gazette.NewID(), Kind: gazette.KindDocument}
	confirm := p.confirmer(from, to, tocText)
	i, kept := p.head(&a, from, to, confirm)
	b := newBody(p, confirm)
	b.title = a.Title
	for _, k := range kept {
		b.add(k, false)
	}
	b.sigFrom, b.sigTo = p.footSignature(i, to)
	b.parse(i, to)
	a.Blocks = b.blocks()
	if a.Blocks == nil {
		a.Blocks = []gazette.Block{}
	}
	a.Disclosure = b.disclosure
	a.Source = b.source
	p.footDate(&a, b)
	p.dateOnce(&a)
	if isOrder(&a) {
		orderRulesTitle(&a)
	}
	p.headDateText = ""
	a.Kind = guessKind(&a)
	if a.Issuers == nil {
		a.Issuers = []string{}
	}
	return a
}

// guessKind judges an article's kind from its head and body: a 文号 or a
// date makes a document; a body of tables with at most two paragraphs
// statistics; a source or a subtitle (刘锋主持) a news item; anything else a
// news item.
func guessKind(a *gazette.Article) gazette.Kind {
	if a.DocNumber != "" || a.Date != "" {
		return gazette.KindDocument
	}
	tables, paras := 0, 0
	gazette.WalkBlocks(a.Blocks, func(b *gazette.Block) {
		switch b.Type {
		case gazette.BlockTable:
			tables++
		case gazette.BlockParagraph:
			paras++
		}
	})
	if tables > 0 && paras <= 2 {
		return gazette.KindStatistics // a statistics table keeps its kind when it credits its source (来源：统计局)
	}
	if a.Source == "" && a.Subtitle != "" && endsWithGenre(noSpace(a.Title)) {
		return gazette.KindDocument // a 报告 with its occasion under the title
	}
	if a.Source != "" || a.Subtitle != "" {
		return gazette.KindNews
	}
	if a.Disclosure != "" || a.Addressee != "" {
		return gazette.KindDocument
	}
	return gazette.KindNews
}

// confirmer returns the test squeezeSpaces uses to keep a real space in a
// title: the same words with the space appear in the article's running
// text (not its headings, which share the extraction's breaks) or in the
// printed TOC.
func (p *parser) confirmer(from, to int, toc []string) func(l, r string) bool {
	return func(before, after string) bool {
		// Between two issuers before 关于: 青山县交通运输局 青山县财政局关于….
		if k := strings.Index(before, "关于"); k < 0 && strings.Contains(after, "关于") {
			f := strings.Fields(before)
			if len(f) > 0 && orgName(f[len(f)-1]) && !jointSuffix.MatchString(before) {
				return true
			}
		}
		rb, ra := []rune(before), []rune(after)
		l, r := string(rb[max(0, len(rb)-2):]), string(ra[:min(len(ra), 2)])
		needle := l + " " + r
		for i := from; i < to; i++ {
			ln := &p.lines[i]
			if !ln.blank && ln.hashes == 0 && ln.comment == "" && strings.Contains(ln.text, needle) {
				return true
			}
		}
		for _, t := range toc {
			if strings.Contains(t, needle) {
				return true
			}
		}
		return false
	}
}

// isDocLine reports whether s is a 文号 (and date) line.
func isDocLine(s string) bool {
	if !strings.Contains(s, "号") {
		return false // docLineText only takes spaces and brackets away
	}
	s, _ = splitSigner(docLineText(s)) // 签发人 on the 文号 line's right (GB/T 9704-2012 §7.2.4)
	return len(s) <= 160 && docLine.MatchString(s)
}
