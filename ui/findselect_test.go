package ui

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"gazette/gazette"
)

// setFirstParagraph makes text the first paragraph of the issue's first
// article and returns the article's ID and the paragraph's row.
func setFirstParagraph(t *testing.T, w *Workstation, text string) (id string, row int) {
	t.Helper()
	row = -1
	err := w.Ctl.Edit(func(is *gazette.Issue) error {
		is.Articles(func(_, _ int, a *gazette.Article) bool {
			for i := range a.Blocks {
				if a.Blocks[i].Type == gazette.BlockParagraph {
					a.Blocks[i].Runs = []gazette.Run{{Text: text}}
					id, row = a.ID, i
					return false
				}
			}
			return true
		})
		return nil
	})
	if err != nil || row < 0 {
		t.Fatalf("no paragraph to edit (%v)", err)
	}
	return id, row
}

// TestFindSelectsTheHit checks that 下一个 selects exactly the text found
// in mixed Chinese, Latin, digits and full-width punctuation, in a
// paragraph wrapped over many rows and in a long one shown in pieces.
func TestFindSelectsTheHit(t *testing.T) {
	const q = "甲乙丙丁戊"
	long := strings.Repeat("城区PM2.5年均浓度为35微克/立方米，较2019年下降12.5%；空气质量优良天数比例达到90.2%。", 40)
	cases := []struct{ name, text string }{
		{"ascii before", "2020年全市PM2.5浓度下降50%，" + q + "完成目标。"},
		{"at start", q + "开头的段落。"},
		{"at end", "结尾是查找的文字：" + q},
		{"full-width punctuation", "根据《中华人民共和国环境保护法》（2014年修订）“第二十八条”：各级政府；" + q + "。"},
		{"latin words", "The Jingdezhen Ceramic Institute (JCI) and 景德镇 UNESCO Creative City, e-mail info@jdz.gov.cn, " + q + " ok"},
		{"wrapped rows", strings.Repeat("截至2020年底，全市GDP增长3.9%，", 12) + q + "，后续文字。"},
		{"long paragraph, later piece", long + q + long},
		{"long paragraph, first piece", "开头A1B2" + q + long},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := newTestWorkstation(t)
			id, row := setFirstParagraph(t, w, c.text)
			w.Select(TabBody)
			w.Body.ShowFind()
			w.Body.Find.SetText(q)
			if got := w.Body.FindNext(); got != row {
				t.Fatalf("hit row %d, want %d", got, row)
			}
			if art, _ := w.Body.Hit(); art != id {
				t.Fatalf("hit in article %s, want %s", art, id)
			}
			f := w.Win.Canvas().Focused()
			en, ok := f.(interface{ SelectedText() string })
			if !ok {
				t.Fatalf("the cursor is in %T, not an entry", f)
			}
			if got := en.SelectedText(); got != q {
				t.Errorf("selected %q, want %q", got, q)
			}
			if !w.Body.rows[row].holdsFocus(f) {
				t.Errorf("the cursor is not in row %d", row)
			}
		})
	}
}

// setParagraphs makes texts the first paragraphs of the issue's first
// article that has as many, and returns the article's ID and their rows.
func setParagraphs(t *testing.T, w *Workstation, texts ...string) (id string, rows []int) {
	t.Helper()
	err := w.Ctl.Edit(func(is *gazette.Issue) error {
		is.Articles(func(_, _ int, a *gazette.Article) bool {
			var at []int
			for i := range a.Blocks {
				if a.Blocks[i].Type == gazette.BlockParagraph && len(at) < len(texts) {
					at = append(at, i)
				}
			}
			if len(at) < len(texts) {
				return true
			}
			for k, i := range at {
				a.Blocks[i].Runs = []gazette.Run{{Text: texts[k]}}
			}
			id, rows = a.ID, at
			return false
		})
		return nil
	})
	if err != nil || len(rows) < len(texts) {
		t.Fatalf("no article with %d paragraphs (%v)", len(texts), err)
	}
	return id, rows
}

// TestFindVisitsEveryOccurrence checks that 下一个 visits each occurrence
// in reading order — three in one paragraph, then one in the next — each
// selected exactly and counted 第 N/4 处, wraps to the first, and that
// 上一个 goes back the same way.
func TestFindVisitsEveryOccurrence(t *testing.T) {
	const q = "甲乙丙丁戊"
	long := strings.Repeat("城区PM2.5年均浓度为35微克/立方米，较2019年下降12.5%；空气质量优良天数比例达到90.2%。", 40)
	cases := []struct{ name, three, one string }{
		{"short", "一是" + q + "，二是" + q + q + "。", "另一段：" + q + "。"},
		{"wrapped and long", q + strings.Repeat("截至2020年底，全市GDP增长3.9%，", 12) + q + long + q + "完", long + q},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := newTestWorkstation(t)
			id, rows := setParagraphs(t, w, c.three, c.one)
			want := []int{rows[0], rows[0], rows[0], rows[1]}
			w.Select(TabBody)
			w.Body.ShowFind()
			w.Body.Find.SetText(q)
			check := func(step string, n int) {
				t.Helper()
				if art, row := w.Body.Hit(); art != id || row != want[n] {
					t.Fatalf("%s: hit article %s row %d, want %s row %d", step, art, row, id, want[n])
				}
				if w.Body.findOcc != []int{0, 1, 2, 0}[n] {
					t.Errorf("%s: occurrence %d in its paragraph", step, w.Body.findOcc)
				}
				f := w.Win.Canvas().Focused()
				en, ok := f.(interface{ SelectedText() string })
				if !ok {
					t.Fatalf("%s: the cursor is in %T, not an entry", step, f)
				}
				if got := en.SelectedText(); got != q {
					t.Errorf("%s: selected %q, want %q", step, got, q)
				}
				if !w.Body.rows[want[n]].holdsFocus(f) {
					t.Errorf("%s: the cursor is not in row %d", step, want[n])
				}
				if got, pre := w.Body.FindCount.Text, "第 "+strconv.Itoa(n+1)+"/4 处"; !strings.HasPrefix(got, pre) {
					t.Errorf("%s: counter %q, want %s…", step, got, pre)
				}
			}
			seen := map[string]bool{} // each occurrence's entry and cursor offset: four different places
			for n := 0; n < 4; n++ {
				w.Body.FindNext()
				check("下一个 "+strconv.Itoa(n+1), n)
				f := w.Win.Canvas().Focused()
				if en, ok := f.(interface{ CursorTextOffset() int }); ok {
					seen[fmt.Sprintf("%p/%d", f, en.CursorTextOffset())] = true
				}
			}
			if len(seen) != 4 {
				t.Errorf("the four 下一个 selected %d different places: %v", len(seen), seen)
			}
			w.Body.FindNext()
			check("下一个 5 (wraps)", 0)
			w.Body.FindPrev()
			check("上一个 from the first (wraps)", 3)
			for n := 2; n >= 0; n-- {
				w.Body.FindPrev()
				check("上一个 to "+strconv.Itoa(n+1), n)
			}
		})
	}
}

// TestReplaceTheSelectedOccurrence checks that 替换 replaces the
// occurrence 下一个 selected, not the paragraph's first, and that 下一个
// then goes on to the one after it.
func TestReplaceTheSelectedOccurrence(t *testing.T) {
	const q = "甲乙丙丁戊"
	w := newTestWorkstation(t)
	_, rows := setParagraphs(t, w, "一是"+q+"，二是"+q+"，三是"+q+"。", "另一段。")
	w.Select(TabBody)
	w.Body.ShowFind()
	w.Body.Find.SetText(q)
	w.Body.Replace.SetText("己")
	w.Body.FindNext()
	w.Body.FindNext() // the second
	w.Body.ReplaceCurrent()
	if got, want := w.Body.Entry(rows[0]).Text, "一是"+q+"，二是己，三是"+q+"。"; got != want {
		t.Fatalf("after 替换 the paragraph is %q, want %q", got, want)
	}
	w.Body.FindNext()
	if got := w.Body.FindCount.Text; !strings.HasPrefix(got, "第 2/2 处") || !strings.Contains(got, "本段第 2/2 处") {
		t.Errorf("下一个 after 替换: counter %q, want 第 2/2 处 (本段第 2/2 处)", got)
	}
	if en, ok := w.Win.Canvas().Focused().(interface{ SelectedText() string }); !ok || en.SelectedText() != q {
		t.Errorf("下一个 after 替换 did not select %q (cursor in %T)", q, w.Win.Canvas().Focused())
	}
}
