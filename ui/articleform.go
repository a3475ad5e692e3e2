package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"gazette/gazette"
)

// ArticleForm edits the head of one article: kind, title (with the editor's
// line breaks), issuers, 文号, 成文日期, 主送, 公开属性, subtitle and source.
// Every change is saved as you go; each field shows its validation message
// beside it.
type ArticleForm struct {
	w  *Workstation
	id string // the article shown, "" for none

	Kind       *dropDown
	Title      *widget.Entry
	Issuers    *widget.Entry
	DocNumber  *widget.Entry
	Date       *DateField
	Addressee  *widget.Entry
	Disclosure *dropDown
	Subtitle   *widget.Entry
	Source     *widget.Entry

	msgs    map[string]*widget.Label // field (model name) → its message
	empty   *widget.Label
	form    fyne.CanvasObject
	content *fyne.Container
	loading bool
}

var kindLabels = []string{gazette.KindDocument.Label(), gazette.KindStatistics.Label(), gazette.KindNews.Label()}

func kindOf(label string) gazette.Kind {
	switch label {
	case gazette.KindStatistics.Label():
		return gazette.KindStatistics
	case gazette.KindNews.Label():
		return gazette.KindNews
	}
	return gazette.KindDocument
}

const noDisclosure = "（不印）"

var disclosureLabels = []string{gazette.DisclosurePublic, gazette.DisclosureOnRequest, gazette.DisclosureNone, noDisclosure}

func newArticleForm(w *Workstation) *ArticleForm {
	f := &ArticleForm{w: w, msgs: map[string]*widget.Label{}}
	f.Kind = newDropDown(kindLabels, func(s string) {
		f.set(func(a *gazette.Article) { a.Kind = kindOf(s) })
	})
	f.Title = widget.NewMultiLineEntry()
	f.Title.Wrapping = fyne.TextWrapWord
	f.Title.SetMinRowsVisible(3)
	f.Title.OnChanged = func(s string) {
		f.set(func(a *gazette.Article) { a.Title, a.TitleLines = gazette.SplitTitle(s) })
	}
	f.Issuers = widget.NewEntry()
	f.Issuers.SetPlaceHolder("多个发文机关用“、”分开")
	f.Issuers.OnChanged = func(s string) {
		f.set(func(a *gazette.Article) { a.Issuers = gazette.SplitIssuers(s) })
	}
	f.DocNumber = widget.NewEntry()
	f.DocNumber.SetPlaceHolder("如 X府字〔2020〕30号")
	f.DocNumber.OnChanged = func(s string) {
		f.set(func(a *gazette.Article) { a.DocNumber = strings.TrimSpace(s) })
	}
	f.Date = NewDateField()
	f.Date.OnChanged = func(s string) { f.set(func(a *gazette.Article) { a.Date = s }) }
	f.Addressee = widget.NewMultiLineEntry()
	f.Addressee.Wrapping = fyne.TextWrapWord
	f.Addressee.SetMinRowsVisible(2)
	f.Addressee.OnChanged = func(s string) {
		f.set(func(a *gazette.Article) { a.Addressee = strings.TrimSpace(s) })
	}
	f.Disclosure = newDropDown(disclosureLabels, func(s string) {
		f.set(func(a *gazette.Article) {
			if s == noDisclosure {
				s = ""
			}
			a.Disclosure = s
		})
	})
	f.Subtitle = widget.NewEntry()
	f.Subtitle.OnChanged = func(s string) { f.set(func(a *gazette.Article) { a.Subtitle = strings.TrimSpace(s) }) }
	f.Source = widget.NewEntry()
	f.Source.SetPlaceHolder("如 来源：某某日报")
	f.Source.OnChanged = func(s string) { f.set(func(a *gazette.Article) { a.Source = strings.TrimSpace(s) }) }

	item := func(label, field string, o fyne.CanvasObject) *widget.FormItem {
		m := widget.NewLabel("")
		m.Importance = widget.DangerImportance
		m.Wrapping = fyne.TextWrapWord
		m.Hide()
		f.msgs[field] = m
		return widget.NewFormItem(label, container.NewVBox(o, m))
	}
	// The hint wraps, so that the form fits a narrow window (1024×640) in
	// place of running off its right edge.
	titleHint := widget.NewLabelWithStyle("标题里按回车即为印刷时的换行；发文机关单独一行、下一行以“关于”开头时，发文机关行用小一号字", fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
	titleHint.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(
		item("类型", "kind", f.Kind),
		item("标题", "title", f.Title),
		item("", "title_lines", titleHint),
		item("发文机关", "issuers", f.Issuers),
		item("文号", "doc_number", f.DocNumber),
		item("成文日期", "date", withMessage(f.Date.Entry)),
		item("主送", "addressee", f.Addressee),
		item("公开属性", "disclosure", f.Disclosure),
		item("副标题", "subtitle", f.Subtitle),
		item("来源", "source", f.Source),
	)
	f.form = container.NewVScroll(form)
	f.empty = widget.NewLabelWithStyle("在左边选择一篇文章，在这里编辑它的标题、文号、日期等。", fyne.TextAlignCenter, fyne.TextStyle{})
	f.empty.Wrapping = fyne.TextWrapWord
	head := widget.NewLabelWithStyle("文章信息", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	f.content = container.NewBorder(container.NewHBox(widget.NewIcon(theme.DocumentIcon()), head), nil, nil, nil, f.empty, f.form)
	f.form.Hide()
	return f
}

// Content is the form's widget tree.
func (f *ArticleForm) Content() fyne.CanvasObject { return f.content }

// article returns the article shown, or nil.
func (f *ArticleForm) article() *gazette.Article {
	is := f.w.Ctl.Issue()
	if is == nil || f.id == "" {
		return nil
	}
	a, _ := is.Article(f.id)
	return a
}

// Load shows the article id ("" for none).
func (f *ArticleForm) Load(id string) {
	f.id = id
	a := f.article()
	if a == nil {
		f.id = ""
		f.form.Hide()
		f.empty.Show()
		return
	}
	f.loading = true
	defer func() { f.loading = false }()
	f.Kind.SetSelected(a.Kind.Label())
	if len(a.TitleLines) > 0 {
		f.Title.SetText(strings.Join(a.TitleLines, "\n"))
	} else {
		f.Title.SetText(a.Title)
	}
	f.Issuers.SetText(strings.Join(a.Issuers, "、"))
	f.DocNumber.SetText(a.DocNumber)
	f.Date.SetDate(a.Date)
	f.Addressee.SetText(a.Addressee)
	if a.Disclosure == "" {
		f.Disclosure.SetSelected(noDisclosure)
	} else {
		f.Disclosure.SetSelected(a.Disclosure)
	}
	f.Subtitle.SetText(a.Subtitle)
	f.Source.SetText(a.Source)
	f.setEnabled(!f.w.Ctl.Signed())
	f.validate()
	f.empty.Hide()
	f.form.Show()
	f.content.Refresh() // lays the form out: it had no size while hidden
}

func (f *ArticleForm) setEnabled(on bool) {
	for _, d := range []fyne.Disableable{f.Kind, f.Title, f.Issuers, f.DocNumber, f.Date, f.Addressee, f.Disclosure, f.Subtitle, f.Source} {
		if on {
			d.Enable()
		} else {
			d.Disable()
		}
	}
}

// set applies one field's change to the article and saves it as you go.
func (f *ArticleForm) set(fn func(a *gazette.Article)) {
	if f.loading || f.id == "" {
		return
	}
	id := f.id
	err := f.w.Ctl.EditAs(undoMeta, "form:"+id, func(is *gazette.Issue) error {
		if a, _ := is.Article(id); a != nil {
			fn(a)
		}
		return nil
	})
	if err != nil {
		showError(f.w.Win, err)
		return
	}
	f.validate()
}

// validate shows each field's problems beside it.
func (f *ArticleForm) validate() {
	byField := map[string][]string{}
	if a := f.article(); a != nil {
		for _, p := range a.Validate() {
			byField[p.Field] = append(byField[p.Field], p.String())
		}
	}
	for field, l := range f.msgs {
		if ms := byField[field]; len(ms) > 0 {
			l.SetText(strings.Join(ms, "\n"))
			l.Show()
		} else {
			l.SetText("")
			l.Hide()
		}
	}
}

// Message returns the validation message shown beside a field ("" none).
func (f *ArticleForm) Message(field string) string {
	if l := f.msgs[field]; l != nil && l.Visible() {
		return l.Text
	}
	return ""
}
