package proof

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"gazette/gazette"
	"gazette/importer"
	"gazette/internal/testseed"
)

// The test set: the seed, the clean corpus issue and the 40 corpus
// documents (as one issue), clean, and copies of them with one error each
// injected by program, of a known kind at a known place. The checks must
// find ≥ 95 % of the injected errors and make at most 1 finding per 10,000
// characters of the clean texts.

const (
	corpusDir    = "../../shared/corpus"
	minRecall    = 0.95
	maxFalsePer  = 1.0 // findings per 10,000 characters of clean text
	trialsPerKey = 3   // injections of each kind into each clean text
)

// cleanSet returns the clean texts, each an issue, by name.
func cleanSet(t testing.TB) (names []string, issues []*gazette.Issue) {
	t.Helper()
	names = append(names, "seed")
	issues = append(issues, testseed.Issue(t))
	names = append(names, "corpus_issue_1")
	issues = append(issues, testseed.File(t, filepath.Join(corpusDir, "issues/corpus_issue_1.txt")))
	files, err := filepath.Glob(filepath.Join(corpusDir, "docs/*.txt"))
	if err != nil || len(files) != 40 {
		t.Fatalf("corpus documents: %d files, %v (want 40)", len(files), err)
	}
	is := gazette.New("某市人民政府公报", 2019, 2)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, _, err := importer.ParseDocument(filepath.Base(f), string(data))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		is.AddArticle("文件", a)
	}
	names = append(names, "corpus_docs")
	issues = append(issues, is)
	return names, issues
}

// chars counts the characters of the issue's articles.
func chars(is *gazette.Issue) int {
	n := 0
	is.Articles(func(_, _ int, a *gazette.Article) bool {
		n += utf8.RuneCountInString(a.PlainText())
		return true
	})
	return n
}

// injection is one error put into a copy of a clean issue: its kind, the
// rules that name it, and where.
type injection struct {
	kind    string
	rules   []string
	article string // article ID; "" for the issue
	field   string
	block   int // -2: anywhere in the article
	sub     int
}

// injector puts one error of its kind into is (a copy) and says where; it
// may add earlier issues; ok is false when is has no place for the kind.
type injector func(r *rand.Rand, is *gazette.Issue) (inj injection, earlier []*gazette.Issue, ok bool)

// para is a paragraph of an article with its place.
type para struct {
	a          *gazette.Article
	b          *gazette.Block
	block, sub int
}

// paragraphs lists the paragraphs of the issue (in attachments too).
func paragraphs(is *gazette.Issue, keep func(p para, text string) bool) []para {
	var out []para
	is.Articles(func(_, _ int, a *gazette.Article) bool {
		for bi := range a.Blocks {
			b := &a.Blocks[bi]
			if b.Type == gazette.BlockParagraph && keep(para{a, b, bi, -1}, gazette.RunsText(b.Runs)) {
				out = append(out, para{a, b, bi, -1})
			}
			if b.Type == gazette.BlockAttachment && b.Attachment != nil {
				for si := range b.Attachment.Blocks {
					c := &b.Attachment.Blocks[si]
					if c.Type == gazette.BlockParagraph && keep(para{a, c, bi, si}, gazette.RunsText(c.Runs)) {
						out = append(out, para{a, c, bi, si})
					}
				}
			}
		}
		return true
	})
	return out
}

// at returns the place of a paragraph for an injection.
func (p para) at(kind string, rules ...string) injection {
	return injection{kind: kind, rules: rules, article: p.a.ID, block: p.block, sub: p.sub}
}

// edit replaces the byte span [start, end) of the paragraph's text.
func (p para) edit(start, end int, s string) {
	p.b.Runs = ReplaceInRuns(p.b.Runs, start, end, s)
}

func pick[T any](r *rand.Rand, xs []T) (T, bool) {
	var zero T
	if len(xs) == 0 {
		return zero, false
	}
	return xs[r.IntN(len(xs))], true
}

// spotIn picks a random match of re in a random paragraph the filter keeps.
func spotIn(r *rand.Rand, is *gazette.Issue, re *regexp.Regexp, keep func(text string) bool) (para, []int, bool) {
	ps := paragraphs(is, func(_ para, text string) bool {
		return re.MatchString(text) && (keep == nil || keep(text))
	})
	p, ok := pick(r, ps)
	if !ok {
		return p, nil, false
	}
	ms := re.FindAllStringSubmatchIndex(gazette.RunsText(p.b.Runs), -1)
	return p, ms[r.IntN(len(ms))], true
}

// documents lists the articles with a 文号 in standard form.
func documents(is *gazette.Issue) []*gazette.Article {
	var out []*gazette.Article
	is.Articles(func(_, _ int, a *gazette.Article) bool {
		if d, ok := gazette.ParseDocNumber(a.DocNumber); ok && !d.Order {
			out = append(out, a)
		}
		return true
	})
	return out
}

// earlierCopy returns a copy of is as the issue before it, with fresh IDs.
func earlierCopy(is *gazette.Issue) *gazette.Issue {
	e := is.Clone()
	e.ID = gazette.NewID()
	e.Number--
	if e.Number < 1 {
		e.Year, e.Number = e.Year-1, 12
	}
	return e
}

var (
	hanComma    = regexp.MustCompile(`\p{Han}(，)\p{Han}`)
	hanPair     = regexp.MustCompile(`\p{Han}()\p{Han}`)
	quotePair   = regexp.MustCompile(`(“)[^“”]{1,30}(”)`)
	closeMark   = regexp.MustCompile(`[）》”]`)
	bodyDocNo   = regexp.MustCompile(`\p{Han}(〔)\d{4}(〕)\d+号`)
	dayOfDate   = regexp.MustCompile(`(\d{4})年(\d{1,2})月(\d{1,2})日`)
	stopMark    = regexp.MustCompile(`\p{Han}(。)`)
	percentMark = regexp.MustCompile(`\d(%)`)
	rangeHyphen = regexp.MustCompile(`\d(-|—|至)\d+(?:年|月|日|个|万|家)`)
	bigNumber   = regexp.MustCompile(`[^\d.](\d)(\d{3})(?:万|亿|元|个|人|家|吨|亩)`)
	digitRun    = regexp.MustCompile(`\d+`)
	chineseUnit = regexp.MustCompile(`\d\s*(平方公里|平方米|公里|千米)`)
)

// injectors are the kinds of error the test set injects.
var injectors = map[string]injector{
	"文号括号": func(r *rand.Rand, is *gazette.Issue) (injection, []*gazette.Issue, bool) {
		a, ok := pick(r, documents(is))
		if !ok {
			return injection{}, nil, false
		}
		pairs := [][2]string{{"[", "]"}, {"［", "］"}, {"（", "）"}, {"【", "】"}, {"(", ")"}}
		p := pairs[r.IntN(len(pairs))]
		a.DocNumber = strings.NewReplacer("〔", p[0], "〕", p[1]).Replace(a.DocNumber)
		return injection{kind: "文号括号", rules: []string{"docnumber-brackets"}, article: a.ID, field: "doc_number"}, nil, true
	},
	"文号缺号": func(r *rand.Rand, is *gazette.Issue) (injection, []*gazette.Issue, bool) {
		a, ok := pick(r, documents(is))
		if !ok {
			return injection{}, nil, false
		}
		a.DocNumber = strings.TrimSuffix(a.DocNumber, "号")
		return injection{kind: "文号缺号", rules: []string{"docnumber-hao"}, article: a.ID, field: "doc_number"}, nil, true
	},
	"文号年份超前": func(r *rand.Rand, is *gazette.Issue) (injection, []*gazette.Issue, bool) {
		a, ok := pick(r, documents(is))
		if !ok {
			return injection{}, nil, false
		}
		d, _ := gazette.ParseDocNumber(a.DocNumber)
		d.Year = is.Year + 1 + r.IntN(3)
		a.DocNumber = d.Key()
		return injection{kind: "文号年份超前", rules: []string{"docnumber-year"}, article: a.ID, field: "doc_number"}, nil, true
	},
	"文号本期重复": func(r *rand.Rand, is *gazette.Issue) (injection, []*gazette.Issue, bool) {
		docs := documents(is)
		if len(docs) < 2 {
			return injection{}, nil, false
		}
		i := r.IntN(len(docs))
		j := (i + 1 + r.IntN(len(docs)-1)) % len(docs)
		docs[i].DocNumber = docs[j].DocNumber
		return injection{kind: "文号本期重复", rules: []string{"docnumber-duplicate"}, article: docs[i].ID, field: "doc_number"}, nil, true
	},
	"文号往期已刊": func(r *rand.Rand, is *gazette.Issue) (injection, []*gazette.Issue, bool) {
		a, ok := pick(r, documents(is))
		if !ok {
			return injection{}, nil, false
		}
		e := gazette.New(is.Title, is.Year, is.Number-1)
		old := a.Clone()
		old.ID = gazette.NewID()
		e.AddArticle("文件", old)
		return injection{kind: "文号往期已刊", rules: []string{"docnumber-published"}, article: a.ID, field: "doc_number"}, []*gazette.Issue{e}, true
	},
	"代字与发文机关不符": func(r *rand.Rand, is *gazette.Issue) (injection, []*gazette.Issue, bool) {
		var docs []*gazette.Article
		for _, a := range documents(is) {
			if len(a.Issuers) == 1 {
				docs = append(docs, a)
			}
		}
		a, ok := pick(r, docs)
		if !ok {
			return injection{}, nil, false
		}
		e := earlierCopy(is)
		a.Issuers = []string{a.Issuers[0] + "办公室"}
		return injection{kind: "代字与发文机关不符", rules: []string{"docnumber-issuer"}, article: a.ID, field: "doc_number"}, []*gazette.Issue{e}, true
	},
	"正文文号括号": func(r *rand.Rand, is *gazette.Issue) (injection, []*gazette.Issue, bool) {
		p, m, ok := spotIn(r, is, bodyDocNo, nil)
		if !ok {
			return injection{}, nil, false
		}
		p.edit(m[4], m[5], "]")
		p.edit(m[2], m[3], "[")
		return p.at("正文文号括号", "docnumber-brackets"), nil, true
	},
	"日期不存在": func(r *rand.Rand, is *gazette.Issue) (injection, []*gazette.Issue, bool) {
		p, m, ok := spotIn(r, is, dayOfDate, nil)
		if !ok {
			return injection{}, nil, false
		}
		p.edit(m[4], m[7], []string{"2月30", "4月31", "6月31", "9月31", "11月31", "13月5"}[r.IntN(6)])
		return p.at("日期不存在", "date-real"), nil, true
	},
	"星期不符": func(r *rand.Rand, is *gazette.Issue) (injection, []*gazette.Issue, bool) {
		p, m, ok := spotIn(r, is, dayOfDate, func(text string) bool { return !strings.Contains(text, "星期") })
		if !ok {
			return injection{}, nil, false
		}
		d := gazette.DatesIn(gazette.RunsText(p.b.Runs)[m[0]:m[1]])
		if len(d) != 1 || len(d[0].Problems) > 0 {
			return injection{}, nil, false
		}
		real := gazette.DatesIn(gazette.RunsText(p.b.Runs)[m[0]:m[1]] + "（星期日）")[0]
		wrong := []string{"一", "二", "三", "四", "五", "六", "日"}
		w := wrong[r.IntN(7)]
		if len(real.Problems) == 0 && w == "日" {
			w = "三"
		}
		text := gazette.RunsText(p.b.Runs)[m[0]:m[1]] + "（星期" + w + "）"
		if len(gazette.DatesIn(text)[0].Problems) == 0 {
			return injection{}, nil, false
		}
		p.edit(m[1], m[1], "（星期"+w+"）")
		return p.at("星期不符", "date-weekday"), nil, true
	},
	"成文日期晚于出版": func(r *rand.Rand, is *gazette.Issue) (injection, []*gazette.Issue, bool) {
		a, ok := pick(r, documents(is))
		if !ok {
			return injection{}, nil, false
		}
		a.Date = fmt.Sprintf("%d-%02d-%02d", is.Year+1, 1+r.IntN(12), 1+r.IntN(28))
		return injection{kind: "成文日期晚于出版", rules: []string{"date-after-issue"}, article: a.ID, field: "date"}, nil, true
	},
	"落款日期不符": func(r *rand.Rand, is *gazette.Issue) (injection, []*gazette.Issue, bool) {
		var docs []*gazette.Article
		for _, a := range documents(is) {
			if gazette.ValidDate(a.Date) {
				docs = append(docs, a)
			}
		}
		a, ok := pick(r, docs)
		if !ok {
			return injection{}, nil, false
		}
		// A signature or date line with the document's date gets another
		// day; else a signature goes after the last paragraph of the
		// main text.
		for _, u := range unitsOf(a, 0, 0) {
			if u.scope != 0 || u.loc.Sub >= 0 || !(u.kind == kindSignature || u.kind == kindParagraph && dateLine(u.text)) {
				continue
			}
			for _, m := range gazette.DatesIn(u.text) {
				if m.Date() == a.Date {
					b := &a.Blocks[u.loc.Block]
					day := m.Day%28 + 1
					b.Runs = ReplaceInRuns(b.Runs, m.Start, m.End, fmt.Sprintf("%d年%d月%d日", m.Year, m.Month, day))
					return injection{kind: "落款日期不符", rules: []string{"date-signature"}, article: a.ID, block: -2}, nil, true
				}
			}
		}
		at := 0
		for i, b := range a.Blocks {
			if b.Type == gazette.BlockAttachment || (b.Type == gazette.BlockHeading && b.HeadingKind == gazette.HeadingPlain) {
				break
			}
			at = i + 1
		}
		var y, m, d int
		fmt.Sscanf(a.Date, "%d-%d-%d", &y, &m, &d)
		d = d%28 + 1
		sig := gazette.Block{Type: gazette.BlockSignature, Runs: []gazette.Run{{Text: strings.Join(a.Issuers, "\n") + "\n" + fmt.Sprintf("%d年%d月%d日", y, m, d)}}}
		for _, b := range a.Blocks[:at] {
			if b.Type == gazette.BlockSignature {
				sig = b
			}
		}
		a.Blocks = append(a.Blocks[:at], append([]gazette.Block{sig}, a.Blocks[at:]...)...)
		if strings.Contains(gazette.RunsText(sig.Runs), gazette.DateLabel(a.Date)) {
			return injection{}, nil, false
		}
		return injection{kind: "落款日期不符", rules: []string{"date-signature"}, article: a.ID, block: -2}, nil, true
	},
	"引号不配对": func(r *rand.Rand, is *gazette.Issue) (injection, []*gazette.Issue, bool) {
		p, m, ok := spotIn(r, is, closeMark, nil)
		if !ok {
			return injection{}, nil, false
		}
		p.edit(m[0], m[1], "")
		return p.at("引号不配对", "unpaired"), nil, true
	},
	"引号反向": func(r *rand.Rand, is *gazette.Issue) (injection, []*gazette.Issue, bool) {
		p, m, ok := spotIn(r, is, quotePair, nil)
		if !ok {
			return injection{}, nil, false
		}
		p.edit(m[4], m[5], "“")
		p.edit(m[2], m[3], "”")
		return p.at("引号反向", "quote-reversed", "unpaired"), nil, true
	},
	"半角标点": func(r *rand.Rand, is *gazette.Issue) (injection, []*gazette.Issue, bool) {
		p, m, ok := spotIn(r, is, hanComma, nil)
		if !ok {
			return injection{}, nil, false
		}
		p.edit(m[2], m[3], []string{",", ";", ":"}[r.IntN(3)])
		return p.at("半角标点", "half-width"), nil, true
	},
	"标点重复": func(r *rand.Rand, is *gazette.Issue) (injection, []*gazette.Issue, bool) {
		p, m, ok := spotIn(r, is, hanComma, nil)
		if !ok {
			return injection{}, nil, false
		}
		p.edit(m[3], m[3], []string{"，", "、", "。"}[r.IntN(3)])
		return p.at("标点重复", "doubled-mark"), nil, true
	},
	"省略号形式": func(r *rand.Rand, is *gazette.Issue) (injection, []*gazette.Issue, bool) {
		p, m, ok := spotIn(r, is, stopMark, nil)
		if !ok {
			return injection{}, nil, false
		}
		p.edit(m[2], m[3], []string{"...", "。。。", "…", "......", "···"}[r.IntN(5)])
		return p.at("省略号形式", "ellipsis"), nil, true
	},
	"破折号形式": func(r *rand.Rand, is *gazette.Issue) (injection, []*gazette.Issue, bool) {
		p, m, ok := spotIn(r, is, hanComma, nil)
		if !ok {
			return injection{}, nil, false
		}
		p.edit(m[2], m[3], []string{"--", "－－", "———", "—-"}[r.IntN(4)])
		return p.at("破折号形式", "dash"), nil, true
	},
	"汉字间空格": func(r *rand.Rand, is *gazette.Issue) (injection, []*gazette.Issue, bool) {
		p, m, ok := spotIn(r, is, hanPair, func(text string) bool { return strings.Contains(text, "。") })
		if !ok {
			return injection{}, nil, false
		}
		text := gazette.RunsText(p.b.Runs)
		if insideTitleMarks(text, m[2]) || clauseGap.MatchString(text[:m[2]]) {
			return injection{}, nil, false
		}
		p.edit(m[2], m[3], " ")
		return p.at("汉字间空格", "han-space"), nil, true
	},
	"序号跳号或重复": func(r *rand.Rand, is *gazette.Issue) (injection, []*gazette.Issue, bool) {
		type item struct {
			a     *gazette.Article
			b     *gazette.Block
			n     int
			start int
			end   int
		}
		var items []item
		is.Articles(func(_, _ int, a *gazette.Article) bool {
			for _, u := range unitsOf(a, 0, 0) {
				if u.kind != kindHeading && u.kind != kindParagraph {
					continue
				}
				if lv, n, s, e, ok := numberOf(u); ok && lv == lv1 && n >= 2 && n <= 9 {
					items = append(items, item{a, u.block, n, s, e})
				}
			}
			return true
		})
		it, ok := pick(r, items)
		if !ok {
			return injection{}, nil, false
		}
		digits := "一二三四五六七八九十"
		to := it.n + 1
		if r.IntN(2) == 0 {
			to = it.n - 1
		}
		it.b.Runs = ReplaceInRuns(it.b.Runs, it.start, it.end, string([]rune(digits)[to-1])+"、")
		return injection{kind: "序号跳号或重复", rules: []string{"numbering-gap", "numbering-repeat", "numbering-order"}, article: it.a.ID, block: -2}, nil, true
	},
	"层次颠倒": func(r *rand.Rand, is *gazette.Issue) (injection, []*gazette.Issue, bool) {
		// 一、 then 1. then （一）: a 1. item put before the first （一）.
		type spot struct {
			a      *gazette.Article
			blocks *[]gazette.Block
			at     int
		}
		var spots []spot
		is.Articles(func(_, _ int, a *gazette.Article) bool {
			for _, u := range unitsOf(a, 0, 0) {
				if u.loc.Sub >= 0 || (u.kind != kindHeading && u.kind != kindParagraph) {
					continue
				}
				if lv, n, _, _, ok := numberOf(u); ok && lv == lv2 && n == 1 {
					spots = append(spots, spot{a, &a.Blocks, u.loc.Block})
				}
			}
			return true
		})
		s, ok := pick(r, spots)
		if !ok {
			return injection{}, nil, false
		}
		*s.blocks = append((*s.blocks)[:s.at], append([]gazette.Block{gazette.Paragraph("1.做好组织协调工作。")}, (*s.blocks)[s.at:]...)...)
		return injection{kind: "层次颠倒", rules: []string{"numbering-level"}, article: s.a.ID, block: s.at + 1, sub: -1}, nil, true
	},
	"附件缺失": func(r *rand.Rand, is *gazette.Issue) (injection, []*gazette.Issue, bool) {
		var arts []*gazette.Article
		is.Articles(func(si, ai int, a *gazette.Article) bool {
			if len((&article{a: a, units: unitsOf(a, si, ai)}).attachments()) > 0 && len(attachmentNames(&article{a: a, units: unitsOf(a, si, ai)})) > 0 {
				arts = append(arts, a)
			}
			return true
		})
		a, ok := pick(r, arts)
		if !ok {
			return injection{}, nil, false
		}
		ac := &article{a: a, units: unitsOf(a, 0, 0)}
		ps := ac.attachments()
		p := ps[r.IntN(len(ps))]
		if r.IntN(2) == 0 {
			a.Blocks = append(a.Blocks[:p.block], a.Blocks[p.block+1:]...)
			return injection{kind: "附件缺失", rules: []string{"attachment-missing", "attachment-title"}, article: a.ID, block: -2}, nil, true
		}
		t := []rune(a.Blocks[p.block].Attachment.Title)
		if len(t) < 6 {
			return injection{}, nil, false
		}
		i := len(t)/2 + r.IntN(len(t)/3)
		t[i] = '某'
		a.Blocks[p.block].Attachment.Title = string(t)
		return injection{kind: "附件缺失", rules: []string{"attachment-title", "attachment-unnamed", "attachment-missing"}, article: a.ID, block: -2}, nil, true
	},
	"引用不存在的附件": func(r *rand.Rand, is *gazette.Issue) (injection, []*gazette.Issue, bool) {
		var ps []para
		for _, p := range paragraphs(is, func(p para, text string) bool {
			return p.sub < 0 && strings.HasSuffix(text, "。") && !attachmentLine.MatchString(text)
		}) {
			if len((&article{a: p.a, units: unitsOf(p.a, 0, 0)}).attachments()) > 0 {
				ps = append(ps, p)
			}
		}
		p, ok := pick(r, ps)
		if !ok {
			return injection{}, nil, false
		}
		text := gazette.RunsText(p.b.Runs)
		p.edit(len(text)-len("。"), len(text)-len("。"), fmt.Sprintf("（详见附件%d）", 7+r.IntN(3)))
		return p.at("引用不存在的附件", "attachment-ref"), nil, true
	},
	"印发标题不符": func(r *rand.Rand, is *gazette.Issue) (injection, []*gazette.Issue, bool) {
		var hs []*gazette.Block
		var ids []string
		is.Articles(func(_, _ int, a *gazette.Article) bool {
			if issuedName(a.Title) == "" {
				return true
			}
			for bi := range a.Blocks {
				b := &a.Blocks[bi]
				if b.Type == gazette.BlockHeading && b.HeadingKind == gazette.HeadingPlain && sameTitle(gazette.RunsText(b.Runs), issuedName(a.Title)) {
					hs = append(hs, b)
					ids = append(ids, a.ID)
					break
				}
			}
			return true
		})
		if len(hs) == 0 {
			return injection{}, nil, false
		}
		i := r.IntN(len(hs))
		t := []rune(gazette.RunsText(hs[i].Runs))
		k := len(t)/3 + r.IntN(len(t)/3)
		t[k] = '某'
		hs[i].Runs = []gazette.Run{{Text: string(t)}}
		return injection{kind: "印发标题不符", rules: []string{"issued-title"}, article: ids[i], block: -2}, nil, true
	},
	"空栏目": func(r *rand.Rand, is *gazette.Issue) (injection, []*gazette.Issue, bool) {
		at := r.IntN(len(is.Sections) + 1)
		s := gazette.Section{ID: gazette.NewID(), Name: "专题栏目"}
		is.Sections = append(is.Sections[:at], append([]gazette.Section{s}, is.Sections[at:]...)...)
		return injection{kind: "空栏目", rules: []string{"empty-section"}, field: "section", block: -1}, nil, true
	},
	"范围写法混用": func(r *rand.Rand, is *gazette.Issue) (injection, []*gazette.Issue, bool) {
		// Two ranges in one article, one of them written another way.
		p, m, ok := spotIn(r, is, rangeHyphen, nil)
		if !ok {
			return injection{}, nil, false
		}
		text := gazette.RunsText(p.b.Runs)
		other := map[string]string{"-": "至", "—": "至", "至": "～"}[text[m[2]:m[3]]]
		// A second range of the first form makes the first form the majority.
		same := text[m[0]:m[1]]
		p.edit(len(text), len(text), "（参照"+same+"，"+same+"）")
		p.edit(m[2], m[3], other)
		return p.at("范围写法混用", "range-form"), nil, true
	},
	"百分号混用": func(r *rand.Rand, is *gazette.Issue) (injection, []*gazette.Issue, bool) {
		p, m, ok := spotIn(r, is, percentMark, nil)
		if !ok {
			return injection{}, nil, false
		}
		text := gazette.RunsText(p.b.Runs)
		p.edit(len(text), len(text), "（占比分别为10%、20%）")
		p.edit(m[2], m[3], "％")
		return p.at("百分号混用", "percent-form"), nil, true
	},
	"单位写法混用": func(r *rand.Rand, is *gazette.Issue) (injection, []*gazette.Issue, bool) {
		p, m, ok := spotIn(r, is, chineseUnit, nil)
		if !ok {
			return injection{}, nil, false
		}
		text := gazette.RunsText(p.b.Runs)
		sym := map[string]string{"平方米": "m²", "公里": "km", "平方公里": "km²", "千米": "km"}[text[m[2]:m[3]]]
		p.edit(len(text), len(text), fmt.Sprintf("（另计%d%s）", 10+r.IntN(90), sym))
		return p.at("单位写法混用", "unit-form"), nil, true
	},
	"千分撇": func(r *rand.Rand, is *gazette.Issue) (injection, []*gazette.Issue, bool) {
		p, m, ok := spotIn(r, is, bigNumber, nil)
		if !ok {
			return injection{}, nil, false
		}
		p.edit(m[3], m[3], ",")
		return p.at("千分撇", "thousands-separator"), nil, true
	},
	"全角数字": func(r *rand.Rand, is *gazette.Issue) (injection, []*gazette.Issue, bool) {
		p, m, ok := spotIn(r, is, digitRun, nil)
		if !ok {
			return injection{}, nil, false
		}
		text := gazette.RunsText(p.b.Runs)
		p.edit(m[0], m[1], strings.Map(func(c rune) rune { return c - '0' + '０' }, text[m[0]:m[1]]))
		return p.at("全角数字", "full-width-digit"), nil, true
	},
	"页码眉题混入": func(r *rand.Rand, is *gazette.Issue) (injection, []*gazette.Issue, bool) {
		p, m, ok := spotIn(r, is, hanPair, func(text string) bool { return utf8.RuneCountInString(text) > 30 })
		if !ok {
			return injection{}, nil, false
		}
		heads := []string{fmt.Sprintf("— %d —", 2+r.IntN(90)), is.Title, is.Label(), fmt.Sprintf("－%d－", 2+r.IntN(90)), is.Title + " " + is.Label()}
		p.edit(m[2], m[3], heads[r.IntN(len(heads))])
		return p.at("页码眉题混入", "page-furniture"), nil, true
	},
	"断行未接": func(r *rand.Rand, is *gazette.Issue) (injection, []*gazette.Issue, bool) {
		p, m, ok := spotIn(r, is, hanPair, func(text string) bool { return utf8.RuneCountInString(text) > 60 })
		if !ok {
			return injection{}, nil, false
		}
		text := gazette.RunsText(p.b.Runs)
		if utf8.RuneCountInString(text[:m[2]]) < 20 || !strings.ContainsAny(text[:m[2]], "，。；") {
			return injection{}, nil, false
		}
		second := gazette.Block{Type: gazette.BlockParagraph, Runs: ReplaceInRuns(p.b.Runs, 0, m[2], "")}
		p.b.Runs = ReplaceInRuns(p.b.Runs, m[2], len(text), "")
		var blocks *[]gazette.Block
		at := p.block
		if p.sub >= 0 {
			blocks, at = &p.a.Blocks[p.block].Attachment.Blocks, p.sub
		} else {
			blocks = &p.a.Blocks
		}
		*blocks = append((*blocks)[:at+1], append([]gazette.Block{second}, (*blocks)[at+1:]...)...)
		return p.at("断行未接", "unended-line"), nil, true
	},
}

// hit reports whether f names the injected error.
func (inj injection) hit(f Finding) bool {
	found := false
	for _, r := range inj.rules {
		found = found || f.Rule == r
	}
	switch {
	case !found || f.ArticleID != inj.article:
		return false
	case inj.field != "":
		return f.Field == inj.field
	case inj.block == -2:
		return true
	}
	return f.Block == inj.block && f.Sub == inj.sub
}

// TestInjectedErrors injects errors of every kind into copies of the clean
// texts and measures how many the checks find (recall ≥ 95 %), then
// measures the findings on the clean texts (≤ 1 per 10,000 characters).
func TestInjectedErrors(t *testing.T) {
	names, clean := cleanSet(t)
	kinds := make([]string, 0, len(injectors))
	for k := range injectors {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	r := rand.New(rand.NewPCG(20, 15834))
	total, found := 0, 0
	perKind := map[string][2]int{}
	var missed []string
	for ci, base := range clean {
		// What the clean text already gets is no finding of an injection.
		before := map[string]bool{}
		for _, f := range Check(base, nil) {
			before[f.Rule+"|"+f.ArticleID+"|"+f.Excerpt] = true
		}
		for _, kind := range kinds {
			for trial := 0; trial < trialsPerKey; trial++ {
				var inj injection
				var earlier []*gazette.Issue
				var is *gazette.Issue
				ok := false
				for attempt := 0; attempt < 20 && !ok; attempt++ {
					is = base.Clone()
					inj, earlier, ok = injectors[kind](r, is)
				}
				if !ok {
					continue // this text has no place for the kind (no 附件, no 印发 notice …)
				}
				hit := false
				for _, f := range Check(is, earlier) {
					if !before[f.Rule+"|"+f.ArticleID+"|"+f.Excerpt] && inj.hit(f) {
						hit = true
						break
					}
				}
				total++
				c := perKind[kind]
				c[0]++
				if hit {
					found++
					c[1]++
				} else {
					missed = append(missed, fmt.Sprintf("%s in %s (article %s, block %d/%d)", kind, names[ci], inj.article, inj.block, inj.sub))
				}
				perKind[kind] = c
			}
		}
	}
	for _, k := range kinds {
		t.Logf("%-12s injected %3d found %3d", k, perKind[k][0], perKind[k][1])
	}
	for _, m := range missed {
		t.Logf("missed: %s", m)
	}
	recall := float64(found) / float64(total)
	fmt.Printf("校对测试集：注入 %d 处错误（%d 类），查出 %d 处，查全率 %.1f%%\n", total, len(kinds), found, 100*recall)
	if total < 200 {
		t.Errorf("only %d errors injected, want ≥ 200", total)
	}
	if recall < minRecall {
		t.Errorf("recall %.3f < %.2f", recall, minRecall)
	}

	nChars, nFind := 0, 0
	for ci, is := range clean {
		fs := Check(is, nil)
		n := chars(is)
		nChars += n
		nFind += len(fs)
		fmt.Printf("干净文本 %s：%d 字，%d 条发现（每万字 %.2f）\n", names[ci], n, len(fs), float64(len(fs))*10000/float64(n))
		for _, f := range fs {
			t.Logf("%s: %s", names[ci], f)
		}
	}
	rate := float64(nFind) * 10000 / float64(nChars)
	fmt.Printf("干净文本合计：%d 字，%d 条发现，每万字 %.2f 条（上限 %.0f）\n", nChars, nFind, rate, maxFalsePer)
	if rate > maxFalsePer {
		t.Errorf("%.2f findings per 10,000 characters on clean text, want ≤ %.0f", rate, maxFalsePer)
	}
}
