package importer

import (
	"fmt"
	"strings"
	"testing"

	"gazette/gazette"
)

// tableShape writes a table compactly: rows separated by " / ", cells by
// "|", a spanning cell followed by {cols×rows}, the header rows counted at
// the front.
func tableShape(t *gazette.Table, rows int) string {
	var parts []string
	for r, row := range t.Rows {
		if r >= rows {
			break
		}
		var cells []string
		for _, c := range row.Cells {
			s := c.Text()
			if c.ColSpan > 1 || c.RowSpan > 1 {
				s += fmt.Sprintf("{%d×%d}", max(c.ColSpan, 1), max(c.RowSpan, 1))
			}
			cells = append(cells, s)
		}
		parts = append(parts, strings.Join(cells, "|"))
	}
	return fmt.Sprintf("h%d: %s", t.HeaderRows, strings.Join(parts, " / "))
}

func TestTabTableHeaderSpans(t *testing.T) {
	tests := []struct {
		name string
		rows []string
		want string // the first three rows
	}{
		{"group heading and headings over two rows",
			[]string{"年度\t项目名称\t完成目标\t\t", "\t\t立项\t开工建设\t投入使用", "2020\t消防站\t√\t\t"},
			"h2: 年度{1×2}|项目名称{1×2}|完成目标{3×1} / 立项|开工建设|投入使用 / 2020|消防站|√||"},
		{"two group headings",
			[]string{"城镇居民\t\t农村居民\t", "本期\t增幅\t本期\t增幅", "100.5\t2.1\t90.3\t1.0"},
			"h2: 城镇居民{2×1}|农村居民{2×1} / 本期|增幅|本期|增幅 / 100.5|2.1|90.3|1.0"},
		{"headings over two rows only",
			[]string{"年度\t类别\t新增\t维修", "\t\t数量\t数量", "2020\t\t450\t150"},
			"h2: 年度{1×2}|类别{1×2}|新增|维修 / 数量|数量 / 2020||450|150"},
		{"a ragged top row: its last heading spans the missing cells",
			[]string{"地区\t收入", "\t本期\t上期", "甲\t10\t9"},
			"h2: 地区{1×2}|收入{2×1} / 本期|上期 / 甲|10|9"},
		{"one header row: an empty cell stays a cell",
			[]string{"地区\t\t2020年", "甲\t乙\t12", "丙\t丁\t13"},
			"h1: 地区||2020年 / 甲|乙|12 / 丙|丁|13"},
		{"unsure: a column empty in both header rows",
			[]string{"项目\t城镇\t\t", "\t收入\t支出\t", "甲\t1\t2\t3"},
			"h2: 项目|城镇|| / |收入|支出| / 甲|1|2|3"},
		{"unsure: an empty top-left cell",
			[]string{"\t城镇\t", "地区\t收入\t支出", "甲\t1\t2"},
			"h2: |城镇| / 地区|收入|支出 / 甲|1|2"},
		{"unsure: a cell that could span right or down",
			[]string{"项目\t\t备注", "\t金额\t说明", "甲\t1\t无"},
			"h2: 项目||备注 / |金额|说明 / 甲|1|无"},
		{"unsure: a group heading without its sub-heading",
			[]string{"项目\t城镇\t", "说明\t\t支出", "甲\t1\t2"},
			"h2: 项目|城镇| / 说明||支出 / 甲|1|2"},
		{"body rows are never merged",
			[]string{"年度\t项目\t数量", "2020\t甲\t1", "\t乙\t2", "\t丙\t3"},
			"h1: 年度|项目|数量 / 2020|甲|1 / |乙|2"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tableShape(tabTable(tc.rows), 3); got != tc.want {
				t.Errorf("\ngot  %s\nwant %s", got, tc.want)
			}
		})
	}
}

// TestSeedTableSpans checks the merged header cells of the seed's tables:
// 附件1 of 景府办发〔2020〕4号 and the two statistics tables.
func TestSeedTableSpans(t *testing.T) {
	is, _ := parseSeedIssue(t)
	var shapes []string
	is.Articles(func(_, _ int, a *gazette.Article) bool {
		gazette.WalkBlocks(a.Blocks, func(b *gazette.Block) {
			if b.Type == gazette.BlockTable && b.Table.HeaderRows == 2 {
				shapes = append(shapes, tableShape(b.Table, 4))
			}
		})
		return true
	})
	want := []string{
		"h2: 年度{1×2}|项目名称{1×2}|面积标准（平方米）{1×2}|完成目标{4×1} / 立项|开工建设|主体竣工|投入使用 / " +
			"2020|景德镇市消防救援指挥中心及空勤救援训练基地|25600|√||| / |乐平市城西消防站|1800-2700|||√|",
		"h2: 年度{1×2}|类别{1×2}|新增消火栓|维修消火栓 / 数量|数量 / 2020||450|150 / 2021||450|150",
		"h2: 城镇居民生活消费支出{3×1}|农村居民生活消费支出{3×1} / 2020 年上半年|2019 年上半年|增幅|2020 年上半年|2019 年上半年|增幅 / " +
			"20102.12|19166.78|4.88|7782.79|7331.88|6.15",
		"h2: 城镇居民生活消费支出{3×1}|农村居民生活消费支出{3×1} / 2020 年上半年|2019 年上半年|增幅|2020 年上半年|2019 年上半年|增幅 / " +
			"10826.09|11596.07|(6.64)|6309.59|6198.76|1.79",
	}
	if len(shapes) != len(want) {
		t.Fatalf("%d tables with two header rows, want %d:\n%s", len(shapes), len(want), strings.Join(shapes, "\n"))
	}
	for i := range want {
		if shapes[i] != want[i] {
			t.Errorf("table %d:\ngot  %s\nwant %s", i+1, shapes[i], want[i])
		}
	}
}
