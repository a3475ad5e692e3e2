// Package gazette is the domain of a government gazette (政府公报): an Issue
// made of ordered sections (栏目), each holding ordered articles whose bodies
// are lists of blocks. It knows nothing of storage, layout, PDF or UI.
package gazette

import (
	"fmt"
	"time"

	"github.com/google/uuid"
)

// Status is where an issue stands in its production.
type Status string

// The statuses of an issue.
const (
	StatusDraft    Status = "draft"    // 草稿
	StatusProofing Status = "proofing" // 校对中
	StatusSigned   Status = "signed"   // 已签发
)

// Label returns the Chinese name of the status, as shown to editors.
func (s Status) Label() string {
	switch s {
	case StatusProofing:
		return "校对中"
	case StatusSigned:
		return "已签发"
	default:
		return "草稿"
	}
}

// Issue is one number of a gazette: its masthead metadata, editorial board,
// colophon, cover and layout settings, and its ordered sections.
type Issue struct {
	ID          string `json:"id"`
	Title       string `json:"title"`        // 刊名, e.g. 景德镇市人民政府公报
	Sponsor     string `json:"sponsor"`      // 主管主办, e.g. 景德镇市人民政府
	Frequency   string `json:"frequency"`    // 月刊
	Year        int    `json:"year"`         // 2020
	Number      int    `json:"number"`       // number in the year: 第8期
	TotalNumber int    `json:"total_number"` // 总第20期
	// Unit is the word the numbers are counted in: 期 (the default, also
	// when empty) or 号 (2023年第3号（总第146号）).
	Unit      NumberUnit `json:"unit,omitempty"`
	Date      string     `json:"date"`      // publication date, YYYY-MM-DD (may be empty)
	Statement string     `json:"statement"` // 本刊所登文件与正式文件具有同等效力
	Slogan    string     `json:"slogan"`    // 传达政令　宣传政策　指导工作　服务社会

	Board    []BoardEntry `json:"board"`    // 编辑委员会, ordered role → names
	Colophon Colophon     `json:"colophon"` // 版权页
	Cover    Cover        `json:"cover"`
	Layout   Settings     `json:"layout"`

	Status   Status    `json:"status"`
	Sections []Section `json:"sections"`

	Created  time.Time `json:"created"`
	Modified time.Time `json:"modified"`
	// SignedAt is when the issue was signed off (zero while not signed).
	SignedAt time.Time `json:"signed_at,omitzero"`
	// SignedPDFSHA256 is the hex SHA-256 of the PDF exported at sign-off.
	SignedPDFSHA256 string `json:"signed_pdf_sha256,omitempty"`
	// SignedBy is the 签发人 typed at the sign-off (empty while not signed,
	// and in issues signed before it was asked for).
	SignedBy string `json:"signed_by,omitempty"`
	// Unlocks records every time a signed issue was unlocked for edits.
	Unlocks []Unlock `json:"unlocks,omitempty"`
}

// Unlock records that a signed-off issue was opened again for edits.
type Unlock struct {
	Time   time.Time `json:"time"`
	User   string    `json:"user"`
	Reason string    `json:"reason"`
}

// BoardEntry is one role of the editorial board with the people holding it.
type BoardEntry struct {
	Role  string   `json:"role"`  // 主任, 第一副主任, 副主任, 委员, 总编, 责任编辑, 封面设计
	Names []string `json:"names"` // in printed order
}

// Colophon is the imprint printed on the inside cover (or the back cover).
type Colophon struct {
	Sponsor   string `json:"sponsor"`   // 主管主办
	Publisher string `json:"publisher"` // 编辑出版
	Address   string `json:"address"`   // 地址
	Postcode  string `json:"postcode"`  // 邮编
	Printer   string `json:"printer"`   // 印刷
	Website   string `json:"website"`   // 网站
	Phone     string `json:"phone"`     // 联系电话
	Email     string `json:"email"`     // 投稿邮箱
	// Lines are further lines of the imprint, one a line, printed after
	// the fields (内部资料　免费赠阅, a second 主办, an 编辑 organ): what an
	// imported masthead holds that no field above takes.
	Lines string `json:"lines,omitempty"`
	// Labels are the labels the source printed for fields above where
	// they differ from the standard ones (主管 for 主管主办, 电话 for
	// 联系电话): one "key=label" a line, the key a field's JSON name
	// (colophon.go). A colophon prints what its source printed.
	Labels string `json:"labels,omitempty"`
}

// Cover is what the cover designer sets beyond the masthead text.
type Cover struct {
	// Color is the masthead and cover-rule colour as CMYK percentages (0–100).
	Color CMYK `json:"color"`
	// Mode is CoverTOC (the cover lists the sections and titles) or
	// CoverImage.
	Mode CoverMode `json:"mode"`
	// Image is the cover picture (PNG or JPEG bytes) used when Mode is
	// CoverImage.
	Image *Image `json:"image,omitempty"`
	// SloganOnCover puts the slogan on the cover foot instead of the inside cover.
	SloganOnCover bool `json:"slogan_on_cover,omitempty"`
}

// CMYK is a process colour as percentages of cyan, magenta, yellow and black.
type CMYK struct {
	C float64 `json:"c"`
	M float64 `json:"m"`
	Y float64 `json:"y"`
	K float64 `json:"k"`
}

// Section is a 栏目: a named, ordered group of articles.
type Section struct {
	ID       string    `json:"id"`
	Name     string    `json:"name"` // 市政府文件, 部门文件, 统计信息 …
	Articles []Article `json:"articles"`
}

// Label returns the issue's place in its series, e.g. "2020年第8期" or
// "2023年第3号".
func (is *Issue) Label() string { return IssueLabel(is.Year, is.Number, is.Unit) }

// TotalLabel returns the running number, e.g. "总第20期" or "总第146号".
func (is *Issue) TotalLabel() string { return TotalLabel(is.TotalNumber, is.Unit) }

// IssueLabel is the one way an issue's place in its series is written:
// 2020年第8期, 2023年第3号 (unit "" is 期).
func IssueLabel(year, number int, unit NumberUnit) string {
	return fmt.Sprintf("%d年%s", year, NumberLabel(number, unit))
}

// NumberLabel writes a number in the year without the year: 第8期, 第3号.
func NumberLabel(number int, unit NumberUnit) string {
	return fmt.Sprintf("第%d%s", number, unit.Word())
}

// TotalLabel is the one way an issue's running number is written: 总第20期,
// 总第146号 (unit "" is 期).
func TotalLabel(total int, unit NumberUnit) string {
	return fmt.Sprintf("总第%d%s", total, unit.Word())
}

// NewID returns a fresh random identifier for an issue, section or article.
func NewID() string { return uuid.NewString() }

// New returns an empty draft issue with default cover and layout settings.
func New(title string, year, number int) *Issue {
	now := time.Now().UTC().Truncate(time.Second)
	return &Issue{
		ID:        NewID(),
		Title:     title,
		Frequency: "月刊",
		Year:      year,
		Number:    number,
		Statement: "本刊所登文件与正式文件具有同等效力",
		Cover:     DefaultCover(),
		Layout:    DefaultSettings(),
		Status:    StatusDraft,
		Created:   now,
		Modified:  now,
	}
}

// DefaultCover is the house style's cover: a red masthead and the cover TOC.
func DefaultCover() Cover {
	return Cover{Color: CMYK{C: 0, M: 100, Y: 100, K: 10}, Mode: CoverTOC}
}

// Articles calls fn for every article of the issue in reading order, with its
// section index and index within the section; fn returning false stops.
func (is *Issue) Articles(fn func(si, ai int, a *Article) bool) {
	for si := range is.Sections {
		for ai := range is.Sections[si].Articles {
			if !fn(si, ai, &is.Sections[si].Articles[ai]) {
				return
			}
		}
	}
}

// Article returns the article with the given ID and its section, or nil.
func (is *Issue) Article(id string) (*Article, *Section) {
	for si := range is.Sections {
		s := &is.Sections[si]
		for ai := range s.Articles {
			if s.Articles[ai].ID == id {
				return &s.Articles[ai], s
			}
		}
	}
	return nil, nil
}

// Section returns the section with the given name, or nil.
func (is *Issue) Section(name string) *Section {
	for i := range is.Sections {
		if is.Sections[i].Name == name {
			return &is.Sections[i]
		}
	}
	return nil
}

// AddArticle appends a to the section named section, creating the section at
// the end of the issue when there is none of that name. It returns a pointer
// to the stored article.
func (is *Issue) AddArticle(section string, a Article) *Article {
	s := is.Section(section)
	if s == nil {
		is.Sections = append(is.Sections, Section{ID: NewID(), Name: section})
		s = &is.Sections[len(is.Sections)-1]
	}
	if a.ID == "" {
		a.ID = NewID()
	}
	s.Articles = append(s.Articles, a)
	return &s.Articles[len(s.Articles)-1]
}

// ArticleCount returns how many articles the issue holds.
func (is *Issue) ArticleCount() int {
	n := 0
	for _, s := range is.Sections {
		n += len(s.Articles)
	}
	return n
}

// Clone returns a deep copy of the issue.
func (is *Issue) Clone() *Issue {
	c := *is
	c.Board = cloneBoard(is.Board)
	c.Unlocks = append([]Unlock(nil), is.Unlocks...)
	if is.Cover.Image != nil {
		img := *is.Cover.Image
		img.Data = append([]byte(nil), img.Data...)
		c.Cover.Image = &img
	}
	c.Layout = is.Layout.Clone()
	c.Sections = make([]Section, len(is.Sections))
	for i, s := range is.Sections {
		c.Sections[i] = Section{ID: s.ID, Name: s.Name, Articles: make([]Article, len(s.Articles))}
		for j := range s.Articles {
			c.Sections[i].Articles[j] = s.Articles[j].Clone()
		}
	}
	return &c
}

func cloneBoard(b []BoardEntry) []BoardEntry {
	if b == nil {
		return nil
	}
	out := make([]BoardEntry, len(b))
	for i, e := range b {
		out[i] = BoardEntry{Role: e.Role, Names: append([]string(nil), e.Names...)}
	}
	return out
}

// NumberRangeLabel writes the numbers a volume binds: 第1—12期, 第1—24号.
func NumberRangeLabel(from, to int, unit NumberUnit) string {
	return fmt.Sprintf("第%d—%d%s", from, to, unit.Word())
}

// TotalRangeLabel writes the running numbers a volume binds: 总第9—20期.
func TotalRangeLabel(from, to int, unit NumberUnit) string {
	return fmt.Sprintf("总第%d—%d%s", from, to, unit.Word())
}
