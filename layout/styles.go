package layout

import (
	"gazette/fonts"
	"gazette/gazette"
)

// bodyFace returns the face of body text named by the settings (song, fang,
// kai, hei), Song when the name is not a bundled style.
func bodyFace(s *gazette.Settings) fonts.Style {
	f := fonts.Style(s.BodyFace)
	if !f.Valid() {
		return fonts.Song
	}
	return f
}

// boldFace is the face bold runs of body text are drawn in: Hei, as Chinese
// typesetting has no true bold Song/FangSong for text (house style: "bold runs
// in body text are drawn in Hei").
func boldFace() fonts.Style { return fonts.Hei }

// headingFace returns the face of a numbered heading or run-in lead-in of
// level 1–4, GB/T 9704-2012 §7.3.3 (结构层次序数): 一、 黑体; （一） 楷体;
// 1. and （1） the body face — in the 公报 preset 1. is set in Song Bold.
func headingFace(s *gazette.Settings, level int) fonts.Style {
	switch level {
	case 1:
		return fonts.Hei
	case 2:
		return fonts.Kai
	case 3:
		if bodyFace(s) == fonts.Song {
			return fonts.SongBold
		}
		return bodyFace(s)
	default:
		return bodyFace(s)
	}
}

// leadInFace returns the face of a run-in lead-in: the level's heading face,
// or Hei for a 第X条 article number (house style).
func leadInFace(s *gazette.Settings, leadIn int) fonts.Style {
	if leadIn == gazette.LeadInArticle {
		return fonts.Hei
	}
	return headingFace(s, leadIn)
}

// supSize and supRise give superscripts and subscripts 60 % of the text size,
// raised by a third of an em or lowered by an eighth (common CJK practice for
// units such as m² written m<sup>2</sup>).
func supSize(size float64) float64 { return size * 0.6 }

func supRise(size float64, sup bool) float64 {
	if sup {
		return size * 0.36
	}
	return -size * 0.12
}

// ascentFrac is the part of the ideographic em box above the baseline
// (0.88 em in the bundled CJK faces).
const ascentFrac = 0.88

// baselineIn returns where the baseline of size-pt type sits in a line slot of
// height lead: the em box centred in the slot.
func baselineIn(lead, size float64) float64 {
	return (lead-size)/2 + ascentFrac*size
}

// folioSize is the folio's type size: 五号 10.5 pt in the 公报 house style,
// 四号 14 pt in the 公文 preset (GB/T 9704-2012 §7.5).
func folioSize(s *gazette.Settings) float64 {
	if s.Official() {
		return 14
	}
	return 10.5
}
