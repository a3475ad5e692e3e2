package gazette

import "strings"

// Kind is what sort of item an article is; it decides how it is laid out
// (documents start on a new page, statistics and news run on).
type Kind string

// The kinds of article.
const (
	KindDocument   Kind = "document"   // 文件
	KindStatistics Kind = "statistics" // 统计信息
	KindNews       Kind = "news"       // 政务活动、新闻
)

// Label returns the Chinese name of the kind.
func (k Kind) Label() string {
	switch k {
	case KindStatistics:
		return "统计信息"
	case KindNews:
		return "新闻"
	default:
		return "文件"
	}
}

// The disclosure notes (公开属性) printed after a document.
const (
	DisclosurePublic    = "主动公开"
	DisclosureOnRequest = "依申请公开"
	DisclosureNone      = "不予公开"
	// DisclosurePublished is the State Council's note （此件公开发布）.
	DisclosurePublished = "公开发布"
)

// Article is one item of an issue: a government document, a statistics
// table or a news item, with its head metadata and body blocks.
type Article struct {
	ID    string `json:"id"`
	Kind  Kind   `json:"kind"`
	Title string `json:"title"` // the whole title, issuer joined
	// TitleLines, when set, are the editor's own line breaks for the printed
	// title; joined they equal Title.
	TitleLines []string `json:"title_lines,omitempty"`
	Issuers    []string `json:"issuers"`    // a joint document has several
	DocNumber  string   `json:"doc_number"` // 文号, e.g. 景府字〔2020〕30号
	Date       string   `json:"date"`       // 成文日期, YYYY-MM-DD
	Addressee  string   `json:"addressee"`  // 主送
	Disclosure string   `json:"disclosure"` // 主动公开 / 依申请公开 / 不予公开
	Subtitle   string   `json:"subtitle"`   // e.g. 刘锋主持
	Source     string   `json:"source"`     // e.g. 来源：景德镇日报
	Blocks     []Block  `json:"blocks"`
}

// Clone returns a deep copy of the article.
func (a *Article) Clone() Article {
	c := *a
	c.TitleLines = append([]string(nil), a.TitleLines...)
	c.Issuers = append([]string(nil), a.Issuers...)
	c.Blocks = cloneBlocks(a.Blocks)
	return c
}

// DateLabel returns the date as printed, e.g. "2020年7月21日", or "" when the
// date is not a valid YYYY-MM-DD.
func (a *Article) DateLabel() string { return DateLabel(a.Date) }

// PlainText returns every character of the article's head and body, in
// reading order, one block a line. It is what search and counts work on.
func (a *Article) PlainText() string {
	var b strings.Builder
	for _, s := range []string{a.Title, a.DocNumber, a.Addressee, a.Subtitle, a.Source} {
		if s != "" {
			b.WriteString(s)
			b.WriteByte('\n')
		}
	}
	WalkBlocks(a.Blocks, func(bl *Block) {
		if t := bl.Text(); t != "" {
			b.WriteString(t)
			b.WriteByte('\n')
		}
	})
	if a.Disclosure != "" {
		b.WriteString(a.Disclosure)
		b.WriteByte('\n')
	}
	return b.String()
}
