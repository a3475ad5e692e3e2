package importer

import (
	"fmt"
	"strings"
	"testing"

	"gazette/gazette"
)

func checkSongling(t *testing.T, is *gazette.Issue) {
	if strings.Join(is.Board[2].Names, " ") != "高翔 韩小梅 郭建华" || is.Colophon.Postcode != "412300" {
		t.Errorf("board %+v colophon %+v", is.Board, is.Colophon)
	}
	// The 令: its body, the signature of the 区长, then the 办法 it
	// publishes, whose title is the article's.
	order := &is.Sections[0].Articles[0]
	if len(order.Issuers) != 1 || order.Issuers[0] != "松岭区人民政府" {
		t.Errorf("令 issuers %q", order.Issuers)
	}
	if len(order.Blocks) < 3 || !strings.HasPrefix(order.Blocks[0].Text(), "《松岭区户外广告设施设置管理办法》已经") ||
		order.Blocks[1].Type != gazette.BlockSignature || order.Blocks[1].Text() != "区长\u3000张三\n2023年10月20日" ||
		order.Title != "松岭区户外广告设施设置管理办法" || order.DocNumber != "松岭区人民政府令第3号" {
		t.Errorf("令 head wrong: %q %q, %d blocks", order.Title, order.DocNumber, len(order.Blocks))
	}
	chs, clauses := chapters(order)
	if strings.Join(chs, "|") != "第一章\u3000总则|第二章\u3000规划与设置|第三章\u3000维护与安全|第四章\u3000法律责任|第五章\u3000附则" || clauses != 10 {
		t.Errorf("办法: chapters %q, %d clauses", chs, clauses)
	}
	// The 措施: four 一、 headings; 1. and １． paragraphs with their bold
	// lead-ins as lead-in runs; bold lead-ins without a number kept bold;
	// the aligned pipe table.
	plan := &is.Sections[1].Articles[0]
	var h1, leads, bold, tables int
	for _, b := range blocksOf(plan) {
		switch {
		case b.Type == gazette.BlockHeading && b.HeadingKind == gazette.HeadingNumbered && b.Level == 1:
			h1++
		case b.Type == gazette.BlockParagraph && len(b.Runs) > 1 && b.Runs[0].LeadIn == 3:
			leads++
			if strings.Contains(b.Text(), "*") {
				t.Errorf("bold marks left in %q", b.Text())
			}
		case b.Type == gazette.BlockParagraph && len(b.Runs) > 1 && b.Runs[0].Bold && strings.HasSuffix(b.Runs[0].Text, "。"):
			bold++
		case b.Type == gazette.BlockTable:
			tables++
			if b.Table.HeaderRows != 1 || len(b.Table.Rows) != 4 || len(b.Table.Rows[0].Cells) != 3 {
				t.Errorf("pipe table = %d header rows, %d rows", b.Table.HeaderRows, len(b.Table.Rows))
			}
		}
	}
	if h1 != 4 || leads != 5 || bold != 2 || tables != 1 {
		t.Errorf("措施: %d 一、 headings, %d numbered lead-ins, %d bold lead-ins, %d tables", h1, leads, bold, tables)
	}
	// The 任免 list in groups: one list, every line an item, whole.
	want := []string{"任命：", "王五为松岭区教育局局长；", "赵六为松岭区卫生健康局副局长；", "钱七为松岭区文化旅游广电体育局副局长。",
		"免去：", "李四的松岭区教育局局长职务；", "孙八的松岭区卫生健康局副局长职务。"}
	var lists []*gazette.Block
	for _, b := range blocksOf(&is.Sections[2].Articles[0]) {
		if b.Type == gazette.BlockList {
			lists = append(lists, b)
		}
	}
	if len(lists) != 1 || lists[0].Text() != strings.Join(want, "\n") {
		t.Errorf("任免: %d lists, want one of %d items", len(lists), len(want))
	}
}

func checkBaishui(t *testing.T, is *gazette.Issue) {
	if strings.Join(is.Board[2].Names, " ") != "严冬 葛晓丽 潘志强" || is.Colophon.Postcode != "715600" {
		t.Errorf("board %+v colophon %+v", is.Board, is.Colophon)
	}
	// Every paragraph one line, no blank line between: none joined to the
	// next, each signature its own block with the right-aligned date.
	is.Articles(func(_, _ int, a *gazette.Article) bool {
		if a.Kind != gazette.KindDocument {
			return true
		}
		sigs := 0
		for _, b := range a.Blocks {
			if b.Type == gazette.BlockSignature {
				sigs++
				if want := strings.Join(a.Issuers, "") + "\n" + dateText(a.Date); b.Text() != want {
					t.Errorf("%s: signature %q, want %q", a.Title, b.Text(), want)
				}
			}
			if b.Type == gazette.BlockParagraph && strings.Count(b.Text(), "。") > 0 && !endsSentence(b.Text()) {
				t.Errorf("%s: paragraph %q joined wrongly", a.Title, b.Text())
			}
		}
		if sigs != 1 {
			t.Errorf("%s: %d signatures", a.Title, sigs)
		}
		return true
	})
	first := &is.Sections[0].Articles[0]
	if first.Blocks[0].Type != gazette.BlockParagraph || len(first.Blocks) < 3 || first.Blocks[2].Text() != "县政府督查室要加强跟踪督办，每季度通报一次项目进展情况。" {
		t.Errorf("the notice's paragraphs were joined: %q", first.Blocks[0].Text())
	}
	_, clauses := chapters(&is.Sections[0].Articles[2])
	if clauses != 10 {
		t.Errorf("办法: %d clauses, want 10", clauses)
	}
	// The 函: to one office, its closing 妥否，请函复。 a paragraph of its own.
	letter := &is.Sections[1].Articles[0]
	var closing bool
	for _, b := range letter.Blocks {
		closing = closing || b.Type == gazette.BlockParagraph && b.Text() == "妥否，请函复。"
	}
	if !closing || letter.Disclosure != gazette.DisclosureOnRequest {
		t.Errorf("函: closing %v, disclosure %q", closing, letter.Disclosure)
	}
	if s := is.Sections[2].Articles[1].Source; s != "白水县融媒体中心" {
		t.Errorf("news source %q", s)
	}
}

// dateText prints an ISO date as a signature sets it: 2024年1月8日.
func dateText(iso string) string {
	var y, m, d int
	if _, err := fmt.Sscanf(iso, "%d-%d-%d", &y, &m, &d); err != nil {
		return iso
	}
	return fmt.Sprintf("%d年%d月%d日", y, m, d)
}
