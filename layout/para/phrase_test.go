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
