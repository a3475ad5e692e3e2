package pdf

import "gazette/layout"

// painter writes a page's elements into its content stream in the order
// Page.Paint gives (the preview's too).
type painter struct {
	c       *content
	imgName map[string]string // image key → XObject name
	res     map[fontKey]*fontRes
	opt     Options
}

func (pt painter) Boxes(bs []layout.Box) {
	for _, bx := range bs {
		pt.c.box(bx)
	}
}

func (pt painter) Images(ims []layout.Image) {
	for _, im := range ims {
		pt.c.image(pt.imgName[imageKey(&im)], im)
	}
}

func (pt painter) Rules(rs []layout.Rule) { pt.c.rules(rs) }

func (pt painter) Runs(rs []layout.GlyphRun) { pt.c.runs(rs, pt.res, pt.opt) }
