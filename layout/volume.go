package layout

import (
	"fmt"

	"gazette/fonts"
	"gazette/gazette"
)

// VolumeCover is what the cover of a bound volume (合订本) says.
type VolumeCover struct {
	Title   string // 刊名
	Year    int
	Numbers string // the issues it binds, e.g. 第1—12期（总第9—20期）
	Sponsor string // 主管主办
	Color   gazette.CMYK
}

// LayVolumeCover sets the cover of a bound volume and the blank page behind
// it (pages 1 and 2), in the settings and faces of opt (opt.Settings is
// required): the masthead in the cover colour as on an issue's cover
// (coverPage), the year and 合订本 below it, the numbers it binds, the
// cover rule, and the sponsor at the foot.
func LayVolumeCover(vc VolumeCover, opt Options) ([]*Page, error) {
	c, err := yearComposer(vc.Title, vc.Year, opt, "合订本封面")
	if err != nil {
		return nil, err
	}
	p := c.g.page(1, PageCover)
	red := coverColor(vc.Color)
	y := MM(45)
	const mast = 44.0
	c.centred(p, fonts.SongBlack, mast, vc.Title, y+ascentFrac*mast, red)
	y += mast + MM(14)
	c.centred(p, fonts.Hei, 26, fmt.Sprintf("%d年合订本", vc.Year), y+ascentFrac*26, Black)
	y += 26 + 10
	c.centred(p, fonts.Song, 14, vc.Numbers, y+ascentFrac*14, Black)
	y += 14 + MM(6)
	p.Rules = append(p.Rules, Rule{X0: p.Block.X, Y0: y, X1: p.Block.X + p.Block.W, Y1: y, Width: 1.5, Color: red})
	if vc.Sponsor != "" {
		foot := p.Block.Y + p.Block.H
		c.centred(p, fonts.Song, 12, vc.Sponsor+"主管主办", foot-20+baselineIn(20, 12), Black)
	}
	return []*Page{p, c.g.page(2, PageBlank)}, nil
}

// yearComposer is the composer of pages that belong to a year rather than
// to one issue (the volume's cover, the 年度总目录): the settings of opt
// (required; what names the pages says what lacks them) and its faces, or
// a face set made from the settings.
func yearComposer(title string, year int, opt Options, what string) (*composer, error) {
	if opt.Settings == nil {
		return nil, fmt.Errorf("layout: %s没有版式设置", what)
	}
	s := normalised(opt.Settings)
	set := opt.Fonts
	if set == nil {
		var err error
		if set, err = fonts.NewSet(s.Faces); err != nil {
			return nil, fmt.Errorf("layout: 排版设置的字体有误：%w", err)
		}
	}
	return &composer{is: &gazette.Issue{Title: title, Year: year}, s: s, g: newGeometry(s), set: set}, nil
}
