package importer

import (
	"strings"
	"testing"
)

// TestSegments: where the segmentation stage cuts a whole issue — at the
// title above a 文号, at the 版头 of a 文号-first document, at a "#" title
// after a closed document — and where it does not: an attachment's title,
// a heading the 目录 does not allow.
func TestSegments(t *testing.T) {
	for _, c := range []struct {
		name, in string
		mast     string   // the first line after the masthead
		starts   []string // the first line of each segment
	}{
		{"titles above 文号 lines",
			"# 某市人民政府公报\n\n2024年第3期\n\n关于甲的通知\n某府发〔2024〕1号\n\n正文。\n\n关于乙的决定\n某府发〔2024〕2号\n\n正文。",
			"关于甲的通知", []string{"关于甲的通知", "关于乙的决定"}},
		{"版头 first",
			"# 某市人民政府公报\n\n某市人民政府文件\n某府发〔2024〕1号\n关于甲的通知\n各单位：\n正文。",
			"某市人民政府文件", []string{"某市人民政府文件"}},
		{"news after a closed document",
			"## 关于甲的通知\n\n某府发〔2024〕1号\n\n正文。\n\n（此件主动公开）\n\n## 市长调研某项目\n\n正文。",
			"关于甲的通知", []string{"关于甲的通知", "市长调研某项目"}},
		{"an attachment's title is none",
			"## 关于甲的通知\n\n某府发〔2024〕1号\n\n正文。\n\n（此件主动公开）\n\n附件\n\n## 名单\n\n张三",
			"关于甲的通知", []string{"关于甲的通知"}},
		{"the 目录 lacks the section",
			"# 某市人民政府公报\n\n目录\n\n市政府文件\n\n关于甲的通知……（1）\n\n## 关于甲的通知\n\n某府发〔2024〕1号\n\n正文。\n\n（此件主动公开）\n\n## 成员名单\n\n张三",
			"关于甲的通知", []string{"关于甲的通知"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := newParser("t.txt", c.in)
			segs, mastEnd := p.segments()
			if got := p.lines[mastEnd].text; got != c.mast {
				t.Errorf("masthead ends before %q, want %q", got, c.mast)
			}
			var got []string
			for _, s := range segs {
				got = append(got, p.lines[s.from].text)
				if s.to <= s.from {
					t.Errorf("empty segment %+v", s)
				}
			}
			if strings.Join(got, "|") != strings.Join(c.starts, "|") {
				t.Errorf("segments start %q, want %q", got, c.starts)
			}
		})
	}
}
