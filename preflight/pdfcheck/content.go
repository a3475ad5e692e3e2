package pdfcheck

// colourUse is what a content stream paints with.
type colourUse struct {
	rgb, cmyk, gray bool
	spaces          []Name // colour space names set with cs/CS
	images          []Name // XObjects drawn with Do
	inlineRGB       bool   // an inline image in RGB
}

// scanContent tokenises a content stream and records the colour operators
// (ISO 32000-1 §8.6.8: rg/RG DeviceRGB, k/K DeviceCMYK, g/G DeviceGray,
// cs/CS named spaces) and the XObjects it draws.
func scanContent(data []byte) colourUse {
	var u colourUse
	lx := &lexer{b: data}
	var last any
	for {
		t := lx.next()
		if t == nil {
			return u
		}
		k, ok := t.(keyword)
		if !ok {
			last = t
			continue
		}
		switch k {
		case "rg", "RG":
			u.rgb = true
		case "k", "K":
			u.cmyk = true
		case "g", "G":
			u.gray = true
		case "cs", "CS":
			if n, ok := last.(Name); ok {
				u.spaces = append(u.spaces, n)
			}
		case "Do":
			if n, ok := last.(Name); ok {
				u.images = append(u.images, n)
			}
		case "BI":
			// An inline image: its dictionary up to ID, then data to EI.
			for {
				t := lx.next()
				if t == nil || t == keyword("ID") {
					break
				}
				if n, ok := t.(Name); ok && (n == "CS" || n == "ColorSpace") {
					if v, ok := lx.next().(Name); ok && (v == "RGB" || v == "DeviceRGB") {
						u.inlineRGB = true
					}
				}
			}
			for lx.p+2 < len(lx.b) && !(isSpace(lx.b[lx.p]) && lx.b[lx.p+1] == 'E' && lx.b[lx.p+2] == 'I') {
				lx.p++
			}
			lx.p += 3
		case "[", "]", "<<", ">>":
			continue
		}
		last = t
	}
}
