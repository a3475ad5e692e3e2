package para

import (
	"strings"
	"testing"

	"gazette/fonts"
)

// seedTitles are real titles of the seed issue (景德镇市人民政府公报 2020年第8期:
// its ## headings and its table of contents), spelt as in the TOC.
var seedTitles = []string{
	"景德镇市人民政府关于授予王亮同志“景德镇市见义勇为先进个人”荣誉称号的决定",
	"景德镇市人民政府关于授予王亮同志“景德镇市见义勇为先进个人”荣誉称号的决定（景府字〔2020〕30号）",
	"景德镇市人民政府关于调整景德镇仲裁委员会的批复",
	"景德镇市人民政府办公室关于推进全市消防救援事业高质量发展的实施意见",
	"景德镇市人民政府办公室关于印发景德镇市促进热敏灸产业发展实施方案的通知",
	"景德镇市发展和改革委员会等8部门关于转发江西省发展改革委等8部门关于印发《关于应对新冠肺炎疫情进一步帮扶企业和个体工商户缓解房屋租金压力实施方案》的通知",
	"景德镇市发展和改革委员会关于印发《景德镇市加快推进社会信用体系建设 构建以信用为基础的新型监管机制的实施方案》的通知",
	"景德镇市住房和城乡建设局关于印发景德镇市存量房交易资金监管实施细则的通知",
	"景德镇市住房和城乡建设局关于印发《景德镇市2020年污染防治攻坚战城镇生活污水处理专项行动实施方案》的通知",
	"景德镇市住房和城乡建设局关于印发《景德镇市污染防治攻坚战黑臭水体整治专项行动实施方案》的通知",
	"景德镇市住房和城乡建设局关于印发景德镇市建筑施工安全专项整治三年行动实施方案的通知",
	"景德镇市城市管理局关于印发景德镇市城市管理局安全生产专项整治三年行动实施方案的通知",
	"国家统计局景德镇调查队等5部门关于进一步加强和改进住户调查工作的通知",
	"关于应对新冠肺炎疫情进一步帮扶企业和个体工商户缓解房屋租金压力实施方案",
	"景德镇市加快推进社会信用体系建设 构建以信用为基础的新型监管机制的实施方案",
}

// titleSettings are the two title settings of the presets: 公报 (18 pt in a
// 444 pt measure) and 公文 (二号, 22 pt in a 442 pt measure), Song Bold.
var titleSettings = []struct {
	name    string
	size    float64
	measure float64
}{
	{"title_phrases_18", 18, 444},
	{"title_phrases_22", 22, 442},
}

// TestTitlePhrases sets the seed titles at both title settings; the dumps are
// in testdata/title_phrases_*.golden (rewrite with -update). Each break was
// checked by eye to fall between phrases (GB/T 9704-2012 7.3.3).
func TestTitlePhrases(t *testing.T) {
	for _, ts := range titleSettings {
		t.Run(ts.name, func(t *testing.T) {
			opt := Options{Measure: ts.measure, Align: Center, Balance: true}
			var b strings.Builder
			for _, title := range seedTitles {
				spans := []Span{{Text: title, Style: fonts.SongBold, Size: ts.size}}
				lines := Set(spans, opt)
				checkInvariants(t, spans, opt, lines)
				b.WriteString("# " + title + "\n")
				b.WriteString(dump(lines))
			}
			checkGolden(t, ts.name, b.String())
		})
	}
}

// titleMarks returns text with the title break opportunities of atoms marked
// between the characters: | between phrases, / a weaker boundary, # inside
// the issuer's place name; nothing inside a word or a pair kept whole
// (tierPair), and nothing where no title break is allowed (a 文号, a number).
func titleMarks(text string, size, measure float64) string {
	en := &engine{opt: Options{Measure: measure, Balance: true}}
	en.atoms = buildAtoms([]Span{{Text: text, Style: fonts.SongBold, Size: size}}, fonts.Default(), nil)
	en.glue = buildGlue(en.atoms, nil)
	en.prepare()
	en.markTitleGroups()
	var b strings.Builder
	for e := range en.atoms {
		b.WriteString(en.atoms[e].text)
		if e == len(en.atoms)-1 || !en.legal(e, true) {
			continue
		}
		switch en.tier[e+1] {
		case tierPhrase:
			b.WriteByte('|')
		case tierMild:
			b.WriteByte('/')
		case tierName:
			b.WriteByte('#')
		}
	}
	return b.String()
}

// TestTitleTiers shows each phrase rule of phrase.go on a title: where a
// balanced title may break and how good each place is.
func TestTitleTiers(t *testing.T) {
	tests := []struct {
		rule, text, want string
	}{
		{"breakBeforeGuanyu, keepPairs (“”), breakBeforeKindWord",
			"景德镇市人民政府关于授予王亮同志“景德镇市见义勇为先进个人”荣誉称号的决定",
			"景#德#镇#市人民政府|关于授予王亮同志|“景德镇市见义勇为先进个人”|荣誉称号|的决定"},
		{"breakAfterIssueVerb, breakAroundIssuer (place name), breakAtConjunction",
			"景德镇市住房和城乡建设局关于印发景德镇市存量房交易资金监管实施细则的通知",
			"景#德#镇#市住房/和/城乡建设局|关于印发|景#德#镇#市/存量房交易资金监管实施细则|的通知"},
		{"breakAroundIssuer (the issuer repeated)",
			"景德镇市城市管理局关于印发景德镇市城市管理局安全生产专项整治三年行动实施方案的通知",
			"景#德#镇#市城市管理局|关于印发|景#德#镇#市城市管理局|安全生产专项整治三年行动实施方案|的通知"},
		{"keepPairs (《》 wider than a line breaks inside), noBreakAfterGuanyu, breakBeforeOpener, bare 文种, 文号",
			"关于应对新冠肺炎疫情进一步帮扶企业和个体工商户缓解房屋租金压力实施方案》的通知（景府字〔2020〕30号）",
			"关于应对新冠肺炎疫情/进一步帮扶企业/和/个体工商户缓解房屋租金压力/实施方案》|的通知|（景府字〔2020〕30号）"},
		{"breakAfterDate, defaultTier (Han|digit, space, 、)",
			"关于做好2020年度城乡居民医疗保险、养老保险工作 加强全市基金监管的实施意见",
			"关于做好/2020年度/城乡居民医疗保险、/养老保险工作 |加强/全市基金监管|的实施意见"},
		{"breakAfterIssueVerb (转发 after the issuer, without 关于)",
			"景德镇市人民政府办公室转发市财政局关于加强市级预算单位政府采购管理工作意见的通知",
			"景#德#镇#市人民政府办公室|转发|市财政局|关于加强市级预算单位政府采购管理工作意见|的通知"},
		{"breakAfterDe", "关于构建以信用为基础的新型监管机制的意见", "关于构建以信用为基础的/新型监管机制|的意见"},
		{"keepPairs (a 《》 that fits a line, with （） nested)",
			"关于印发《以信用为基础的新型监管机制的实施方案（试行）》的通知",
			"关于印发|《以信用为基础的新型监管机制的实施方案（试行）》|的通知"},
	}
	for _, tt := range tests {
		if got := titleMarks(tt.text, 18, 444); got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.rule, got, tt.want)
		}
	}
}

// TestTitleKeepsPairs sets the seed titles at many measures and checks,
// independently of phrase.go, that no balanced line breaks inside a 《》,
// “”, （） or 〔〕 pair that clearly fits a line (its characters at a full
// em each), nor between 的 and the 文种 that ends a title.
func TestTitleKeepsPairs(t *testing.T) {
	pairs := map[rune]rune{'《': '》', '“': '”', '（': '）', '〔': '〕'}
	for _, size := range []float64{18, 22} {
		for measure := 12 * size; measure <= 444; measure += 1.5 * size {
			opt := Options{Measure: measure, Align: Center, Balance: true}
			for _, title := range seedTitles {
				spans := []Span{{Text: title, Style: fonts.SongBold, Size: size}}
				lines := Set(spans, opt)
				checkInvariants(t, spans, opt, lines)
				rs := []rune(title)
				at := 0
				for i, l := range lines[:len(lines)-1] {
					at += len([]rune(l.Text()))
					for s, r := range rs[:at] {
						c, ok := pairs[r]
						if !ok {
							continue
						}
						e := s + 1
						for e < len(rs) && rs[e] != c {
							e++
						}
						if e >= at && e < len(rs) && float64(e-s+1)*size <= measure {
							t.Errorf("%.0f pt in %.0f pt: line %d breaks inside %s: %q", size, measure, i+1, string(rs[s:e+1]), l.Text())
						}
					}
					if rs[at-1] == '的' && len(rs)-at <= 4 {
						t.Errorf("%.0f pt in %.0f pt: line %d ends with 的 before the 文种: %q", size, measure, i+1, l.Text())
					}
				}
			}
		}
	}
}

// BenchmarkBalanceTitles balances the seed titles at both title settings.
func BenchmarkBalanceTitles(b *testing.B) {
	fonts.MustBundled(fonts.SongBold)
	b.ReportAllocs()
	for b.Loop() {
		for _, ts := range titleSettings {
			opt := Options{Measure: ts.measure, Align: Center, Balance: true}
			for _, title := range seedTitles {
				Set([]Span{{Text: title, Style: fonts.SongBold, Size: ts.size}}, opt)
			}
		}
	}
}
