package importer

import (
	"regexp"
	"strings"
)

// The 题注 of a government 规章 that a gazette prints without its 令 names
// the meeting that adopted it and the order that published it:
// （2023年3月20日省人民政府第8次常务会议审议通过　2023年3月28日某省人民政府令第112号公布
// 　自2023年5月1日起施行）. The 规章 is dated by its publication (the 令's
// date), issued by the government the 令 names, and numbered by the 令.

// publishedRe finds the date the order was published on, before the
// order's name in a 题注.
var publishedRe = regexp.MustCompile(`([0-9〇○零一二三四五六七八九]{4})年([0-9一二三四五六七八九十]{1,3})月([0-9一二三四五六七八九十]{1,3})日\s*[^\s]{2,30}?令\s*第\s*[0-9一二三四五六七八九十百〇零]{1,6}\s*号\s*公布`)

// notePublished returns the date (YYYY-MM-DD) of the order a 题注 names
// as publishing the rules, or "".
func notePublished(note string) string {
	m := publishedRe.FindStringSubmatch(note)
	if m == nil {
		return ""
	}
	return isoDate(m[1], m[2], m[3])
}

// datedNote reports whether the inside of a bracketed line is a 题注 that
// opens with a date and tells of an adoption or a publication (…审议通过,
// …令第112号公布), whatever it ends with (…起施行).
func datedNote(inner string) bool {
	loc := adoptionRe.FindStringIndex(inner)
	return loc != nil && loc[0] == 0 && (strings.Contains(inner, "通过") || strings.Contains(inner, "公布"))
}

// published dates the rules whose 题注 (note) names the order that
// published them (a.DocNumber, read by noteOrder) by that order's date,
// and names the order's government as the issuer when the head named none.
func (h *headReader) published(note string) {
	a := h.a
	if a.DocNumber == "" {
		return
	}
	if d := notePublished(note); d != "" {
		a.Date = d
	}
	if k := strings.LastIndex(a.DocNumber, "令"); k > 0 && len(a.Issuers) == 0 {
		if org := orderIssuer(a.DocNumber[:k+len("令")]); orgName(org) {
			a.Issuers = []string{org}
		}
	}
}
