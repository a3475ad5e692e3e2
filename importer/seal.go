package importer

import "regexp"

// A seal placeholder in a signature: a text copied from a signed original
// marks where the organ's seal (印章) is stamped with a line of its own —
// 某省教育厅 / （印章） / 2024年3月1日. The seal is part of the signature
// (GB/T 9704-2012 §7.3.5.1: the seal is set over the organ's name and the
// date); read as text, the line broke the signature apart and was glued to
// the organ's name as a body paragraph (某省教育厅（印章）).

// sealPlaceholder matches a seal placeholder line: 印章, 盖章, 公章, 签章 or
// 章 in brackets of any width.
var sealPlaceholder = regexp.MustCompile(`^[（(〔\[［【]\s*(?:印章|盖章|公章|签章|章|单位印章|机关印章)\s*[）)〕\]］】]$`)

// sealSuffix matches a seal placeholder written after the organ's name on
// its line.
var sealSuffix = regexp.MustCompile(`[（(〔\[［【]\s*(?:印章|盖章|公章|签章)\s*[）)〕\]］】]$`)

// signatureLine reports whether the plain text t of a line above a
// signature's date belongs to the signature: an issuer line, a signer
// (总理　李克强) or a seal placeholder.
func signatureLine(t string) bool {
	if _, ok := issuerLine(t); ok {
		return true
	}
	if k := sealSuffix.FindStringIndex(t); k != nil && k[0] > 0 {
		if _, ok := issuerLine(t[:k[0]]); ok {
			return true // 某省教育厅（印章）: the organ with its seal placeholder
		}
	}
	t = tidySpaces(t)
	return signerLine(t) || sealPlaceholder.MatchString(t)
}
