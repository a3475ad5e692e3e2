package layout

import (
	"fmt"
	"sync"

	"gazette/fonts"
	"gazette/gazette"
	"gazette/internal/digest"
	"gazette/layout/para"
)

// Options choose the faces and the settings an issue is laid out with.
type Options struct {
	// Fonts is the face set; nil means the bundled faces, with the styles
	// named in the settings' Faces replaced.
	Fonts *fonts.Set
	// Settings override the issue's own layout settings; nil means is.Layout.
	Settings *gazette.Settings
	// FirstPage is the cover's page number (0 means 1): a bound volume with
	// continuous folios numbers each issue on from the pages before it. It
	// must be odd, so that every page keeps its side (recto or verso).
	FirstPage int
}

// Lay sets the whole issue in pages: cover, inside cover, table of contents
// (its page numbers brought to a fixed point), body, blank pages and back
// cover.
func Lay(is *gazette.Issue, opt Options) (*Document, error) {
	return NewLayouter(opt).Lay(is)
}

// Layouter lays out an issue again and again, keeping each article's set
// lines between calls: after an edit only the changed articles are set
// again, the rest is paginated from cache. It is safe for concurrent use
// (calls are serialised).
type Layouter struct {
	opt Options

	mu       sync.Mutex
	key      uint64 // digest of the settings (faces included) the cache was made with
	set      *fonts.Set
	articles map[string]*cachedArticle
	// fp is the articles' cache key: fingerprint (a test replaces it to show
	// that a key which misses a field serves stale layout).
	fp func(a *gazette.Article, index int, section string) uint64
}

// cachedArticle is one article's flow as last set.
type cachedArticle struct {
	fp    uint64
	boxes []*box
}

// NewLayouter returns a Layouter with an empty cache.
func NewLayouter(opt Options) *Layouter {
	return &Layouter{opt: opt, articles: map[string]*cachedArticle{}, fp: fingerprint}
}

// Lay lays out the issue, reusing the articles that did not change since
// the last call.
func (l *Layouter) Lay(is *gazette.Issue) (*Document, error) {
	if is == nil {
		return nil, fmt.Errorf("layout: 没有要排版的刊期")
	}
	if l.opt.FirstPage > 1 && l.opt.FirstPage%2 == 0 {
		return nil, fmt.Errorf("layout: 首页页码 %d 须为奇数（封面在右页）", l.opt.FirstPage)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	s := &is.Layout
	if l.opt.Settings != nil {
		s = l.opt.Settings
	}
	s = normalised(s)
	key := digest.Of(s)
	if key != l.key || l.set == nil {
		set := l.opt.Fonts
		if set == nil {
			var err error
			set, err = fonts.NewSet(s.Faces)
			if err != nil {
				return nil, fmt.Errorf("layout: 排版设置的字体有误：%w", err)
			}
		}
		l.key, l.set = key, set
		l.articles = map[string]*cachedArticle{}
	}
	c := &composer{is: is, s: s, g: newGeometry(s), set: l.set, fp: l.fp, cache: l.articles, used: map[string]*cachedArticle{},
		tocLines: map[string][]para.Line{}, first: l.opt.FirstPage}
	doc := c.compose()
	l.articles = c.used
	return doc, nil
}

// normalised returns a copy of the settings with unset values given their
// house-style defaults, so that a zero Settings still lays out.
func normalised(in *gazette.Settings) *gazette.Settings {
	s := in.Clone()
	d := gazette.DefaultSettings()
	if s.Official() {
		d = gazette.OfficialSettings()
	}
	fix := func(v *float64, def float64) {
		if *v <= 0 {
			*v = def
		}
	}
	fix(&s.TrimWidth, d.TrimWidth)
	fix(&s.TrimHeight, d.TrimHeight)
	fix(&s.MarginTop, d.MarginTop)
	fix(&s.MarginBottom, d.MarginBottom)
	fix(&s.MarginInside, d.MarginInside)
	fix(&s.MarginOutside, d.MarginOutside)
	fix(&s.BodySize, d.BodySize)
	fix(&s.BodyPitch, d.BodyPitch)
	fix(&s.TitleSize, d.TitleSize)
	fix(&s.TitleLeading, d.TitleLeading)
	fix(&s.IssuerSize, d.IssuerSize) // 0 in the 公文 preset stays 0
	fix(&s.TableSize, d.TableSize)
	fix(&s.TablePitch, d.TablePitch)
	if s.Gutter < 0 {
		s.Gutter = d.Gutter
	}
	if s.Bleed < 0 {
		s.Bleed = 0
	}
	if s.Columns < 1 {
		s.Columns = 1
	}
	if s.BodyFace == "" {
		s.BodyFace = d.BodyFace
	}
	if s.FolioStyle == "" {
		s.FolioStyle = d.FolioStyle
	}
	return &s
}

// fingerprint hashes an article whole — every field, by reflection
// (internal/digest), so that a field added to the model is in it without
// being listed here — with its place in the issue (its index numbers its
// notes and source positions; its section heads its pages).
func fingerprint(a *gazette.Article, index int, section string) uint64 {
	return digest.Of(struct {
		Index   int
		Section string
		Article *gazette.Article
	}{index, section, a})
}
