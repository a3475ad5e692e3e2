package importer

import (
	"regexp"

	"gazette/gazette"
)

// The section names the importer gives when the issue has no printed TOC
// to name them.
const (
	SectionStatistics = "统计信息"
	SectionNews       = "重要政务活动"
	SectionDepartment = "部门文件"
)

// govIssuer matches a people's government (市/县/区 人民政府) and, in group 2,
// its 办公室/办公厅.
var govIssuer = regexp.MustCompile(`^.*?(省|市|县|区|旗|州|盟)人民政府(办公室|办公厅)?$`)

// congressIssuer matches the standing committee of a people's congress
// (某市人民代表大会常务委员会), whose 决定, 决议 and 任免名单 a gazette files
// apart from the government's documents.
var congressIssuer = regexp.MustCompile(`^.*?(省|市|县|区|旗|州|盟)人民代表大会常务委员会$`)

// SectionFor returns the name of the section (栏目) an article belongs to,
// judged from its kind and issuers alone, for gazettes whose text has no
// printed TOC: statistics → 统计信息, news → 重要政务活动; a document of a
// 省/市/县/区 人民政府 → 省政府文件 / 市政府文件 / 县政府文件 …, of its 办公室
// (办公厅) → 市政府办公室文件, 省政府办公厅文件 …; of a people's congress standing committee →
// 市人大常委会文件 …; any other issuer → 部门文件. A joint document goes where
// its lead (first) issuer's would (GB/T 9704-2012 §7.2.2: the lead organ is
// named first): 某省人民政府、中央军委 → 省政府文件, 某省财政厅　某省教育厅 → 部门文件. When the
// article has no issuers, the issuer is read from the title (the words
// before 关于).
func SectionFor(a *gazette.Article) string {
	switch a.Kind {
	case gazette.KindStatistics:
		return SectionStatistics
	case gazette.KindNews:
		return SectionNews
	}
	issuers := a.Issuers
	if len(issuers) == 0 {
		issuers = issuersFromTitle(a.Title)
	}
	if len(issuers) == 0 {
		return SectionDepartment
	}
	lead := leadIssuer(issuers[0]) // issuers_joint.go
	if m := congressIssuer.FindStringSubmatch(lead); m != nil {
		return m[1] + "人大常委会文件"
	}
	m := govIssuer.FindStringSubmatch(lead)
	if m == nil {
		return SectionDepartment
	}
	if m[2] != "" {
		return m[1] + "政府" + m[2] + "文件"
	}
	return m[1] + "政府文件"
}
