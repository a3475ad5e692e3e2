package gazette

import "strings"

// ColophonField is one labelled field of the colophon.
type ColophonField struct {
	Key   string // the field's JSON name: sponsor, publisher, …
	Label string // the standard label, printed where the source gave none
	// Value returns the field of a colophon.
	Value func(c *Colophon) *string
}

// ColophonFields are the colophon's labelled fields in their printed order.
var ColophonFields = []ColophonField{
	{"sponsor", "主管主办", func(c *Colophon) *string { return &c.Sponsor }},
	{"publisher", "编辑出版", func(c *Colophon) *string { return &c.Publisher }},
	{"address", "地址", func(c *Colophon) *string { return &c.Address }},
	{"postcode", "邮编", func(c *Colophon) *string { return &c.Postcode }},
	{"printer", "印刷", func(c *Colophon) *string { return &c.Printer }},
	{"website", "网站", func(c *Colophon) *string { return &c.Website }},
	{"phone", "联系电话", func(c *Colophon) *string { return &c.Phone }},
	{"email", "投稿邮箱", func(c *Colophon) *string { return &c.Email }},
}

// Label returns the label field key is printed with: the source's, if it
// printed another than the standard one, else the standard one ("" for an
// unknown key).
func (c *Colophon) Label(key string) string {
	for _, l := range strings.Split(c.Labels, "\n") {
		if k, v, ok := strings.Cut(l, "="); ok && k == key && v != "" {
			return v
		}
	}
	for _, f := range ColophonFields {
		if f.Key == key {
			return f.Label
		}
	}
	return ""
}

// SetLabel records the label the source printed for field key; the
// standard label (or "") records none.
func (c *Colophon) SetLabel(key, label string) {
	var keep []string
	for _, l := range strings.Split(c.Labels, "\n") {
		if k, _, ok := strings.Cut(l, "="); ok && k != key {
			keep = append(keep, l)
		}
	}
	for _, f := range ColophonFields {
		if f.Key == key && label != "" && label != f.Label && !strings.ContainsAny(label, "=\n") {
			keep = append(keep, key+"="+label)
		}
	}
	c.Labels = strings.Join(keep, "\n")
}
