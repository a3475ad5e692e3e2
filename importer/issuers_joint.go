package importer

import (
	"strings"
	"unicode"
)

// The lead issuer of a joint document: a title names its organs joined by
// the enumeration comma (某省人民政府、中央军委关于…), and the issuer read
// from it is that whole name (the layout prints no issuers line for a name
// the title shows). Judged as one name, the document was filed in 部门文件
// although its lead organ, named first (GB/T 9704-2012 §7.2.2), is the
// government: a whole issue's 目录 files it in the lead organ's section.

// leadIssuer returns the first organ of an issuer name that joins several
// with 、 or spaces; the name itself otherwise.
func leadIssuer(name string) string {
	f := strings.FieldsFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == '、' })
	if len(f) == 0 {
		return strings.TrimSpace(name)
	}
	return f[0]
}
