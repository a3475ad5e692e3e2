package para

import (
	"testing"

	"gazette/fonts"
)

// ruleCases each show one rule on a small input; the dumps are in
// testdata/<name>.golden (rewrite with go test ./layout/para -update).
var ruleCases = []struct {
	name  string
	spans []Span
	opt   Options
}{
	// notAtLineStart: the comma cannot start line 2 and cannot be squeezed in: 五 is pushed down.
	{"start_push", song("一二三四五，六七", 12), Options{Measure: 60}},
	// notAtLineStart, squeeze before push: the first comma gives up its blank half so the second fits.
	{"start_squeeze", song("一，二三四五，六七八", 12), Options{Measure: 72}},
	// notAtLineEnd: （ cannot end line 1.
	{"end_rule", song("一二三四（五）六", 12), Options{Measure: 60}},
	// ASCII marks follow the same rules.
	{"ascii_marks", song("一二三四(五)六七,八", 12), Options{Measure: 54}},
	// adjacentMarks: ：“ 。” ”（ take 1.5 em per pair.
	{"compress_adjacent", song("他说：“你好。”（注）完。", 12), Options{Measure: 444}},
	// markOffset: an opening mark at the start of a line (after the indent) drops its leading ½ em.
	{"line_start_open", song("“引号开头”的段落，（括号）也一样。", 12), Options{Measure: 444, Indent: 24}},
	// A mark at the end of a justified line takes ½ em.
	{"line_end_half", song("一二三四，五六七八九", 12), Options{Measure: 54}},
	// cjkLatinGap: ¼ em between Han and Latin/digits, none next to Chinese punctuation.
	{"cjk_latin", song("采用GB 18030标准和Unicode编码，“UTF-8”格式。", 12), Options{Measure: 444}},
	// justify: word spaces stretch first, then CJK–Latin gaps, then every gap.
	{"justify_stretch", song("我们用Go and Fyne写桌面程序，共有十二个模块和三个命令。", 12), Options{Measure: 200}},
	// justify squeeze order: brackets and pauses before CJK–Latin gaps before stops.
	{"justify_squeeze", song("甲、乙、丙（丁）戊A己。庚辛壬癸子丑", 12), Options{Measure: 96}},
	// inseparable: —— and …… are never split.
	{"dash_ellipsis", song("一二三四——五六七八九十……一二", 12), Options{Measure: 60}},
	// dashGlyph: a 2-em dash without a gap (U+2500 stands in for Noto's short U+2014).
	{"dash_glyph", song("甲——乙", 12), Options{Measure: 444}},
	// numberWithUnit: a number stays with its unit, its sign and 第.
	{"number_unit", song("一二三2020年五六第8期七八+5℃九十12%", 12), Options{Measure: 60}},
	// latinWord: a Latin word is not broken; a hyphenated one breaks after the hyphen.
	{"latin_word", song("一二三四abcdefg五六well-known七", 12), Options{Measure: 72}},
	// latinBreakAfter: a URL breaks after its URL punctuation, never at the solidus.
	{"url", song("网址：http://www.jdz.gov.cn/zwgk/goverFile.html?id=12&page=3。", 12), Options{Measure: 150}},
	// emergencyBreak: 15 stops in a row cannot be broken legally.
	{"emergency", song("。。。。。。。。。。。。。。。", 12), Options{Measure: 60}},
	// noLoneHan: the last line would hold 甲 alone; 十 is pulled down.
	{"orphan", song("一二三四五六七八九十一二三四五六七八九十甲", 12), Options{Measure: 120}},
	// noLoneHan with a mark: 甲。 alone is also a 孤字.
	{"orphan_mark", song("一二三四五六七八九十一二三四五六七八九十甲。", 12), Options{Measure: 120}},
	// Fallback: 镕 is not in FangSong; it comes from Song.
	{"fallback", []Span{{Text: "朱镕基同志", Style: fonts.Fang, Size: 12}}, Options{Measure: 444}},
	// Superscripts: a smaller span raised by Rise.
	{"superscript", []Span{
		{Text: "面积100m", Style: fonts.Song, Size: 12},
		{Text: "2", Style: fonts.Song, Size: 7, Rise: 4, Src: 7},
		{Text: "以上的房屋。", Style: fonts.Song, Size: 12, Src: 8},
	}, Options{Measure: 444}},
	// Run-in lead-in in its own face (Kai), 2-em indent.
	{"run_in", []Span{
		{Text: "（一）加快组织落实。", Style: fonts.Kai, Size: 12},
		{Text: "各县（市、区）要高度重视，认真组织实施。", Style: fonts.Song, Size: 12, Src: 10},
	}, Options{Measure: 180, Indent: 24}},
	// markOffset in a face that centres its marks (UKai): the ink moves into the kept half.
	{"kai_marks", []Span{{Text: "你好，世界。“引文”（注）", Style: fonts.Kai, Size: 12}}, Options{Measure: 444}},
	// centreInk: the interpunct of a foreign name takes a full em, dot centred.
	{"middot", song("阿·巴克。", 12), Options{Measure: 444}},
	// balance: a title in lines of near-equal length, never inside 《》.
	{"balance_title", []Span{{Text: "景德镇市人民政府关于印发《景德镇市2020年污染防治攻坚战城镇生活污水处理专项行动实施方案》的通知", Style: fonts.SongBold, Size: 18}}, Options{Measure: 444, Balance: true, Align: Center}},
	// balance: never inside a document number; no short line hanging under a long one.
	{"balance_docno", []Span{{Text: "景德镇市人民政府关于授予王亮同志“景德镇市见义勇为先进个人”荣誉称号的决定（景府字〔2020〕30号）", Style: fonts.SongBold, Size: 18}}, Options{Measure: 444, Balance: true, Align: Center}},
	// The editor's own line breaks in a title are kept.
	{"balance_newline", []Span{{Text: "景德镇市人民政府\n关于调整景德镇仲裁委员会的批复", Style: fonts.SongBold, Size: 18}}, Options{Measure: 444, Balance: true, Align: Center}},
	// Align Center and Right, for folios.
	{"center", song("— 3 —", 10.5), Options{Measure: 100, Align: Center}},
	{"right", song("第3页", 10.5), Options{Measure: 100, Align: Right}},
	// Hang: a TOC entry wraps under its first character.
	{"hang", song("景德镇市人民政府关于调整景德镇仲裁委员会的批复……（4）", 11), Options{Measure: 160, Hang: 22}},
	// Newline: a forced break; the line before it is set flush left.
	{"newline", song("第一行很短\n第二行比较长一些需要回行排列", 12), Options{Measure: 96}},
	// Spaces vanish at a line end; tabs are spaces.
	{"spaces", song("word one\ttwo three four five six seven", 12), Options{Measure: 80}},
}

func TestRules(t *testing.T) {
	for _, tc := range ruleCases {
		t.Run(tc.name, func(t *testing.T) {
			lines := Set(tc.spans, tc.opt)
			checkGolden(t, tc.name, dump(lines))
			checkInvariants(t, tc.spans, tc.opt, lines)
		})
	}
}
