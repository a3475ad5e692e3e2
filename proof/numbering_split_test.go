package proof

import "testing"

// TestNumberingSplit (QA 32): a 第X条 out of sequence after a paragraph that
// stops mid-sentence — a cross-reference a wrap cut off as an article —
// is named as a cut, never as the source's numbering error; an article
// number out of sequence after a finished sentence still is one.
func TestNumberingSplit(t *testing.T) {
	cut := []string{
		"第一条　为了加强城市管理，根据《中华人民共和国城乡规划法》和《某省城市管理条例》",
		"第三十条　的规定，结合本市实际，制定本办法。",
		"第二条　违反本办法规定的，由城市管理部门依照《某省城市管理条例》第四十五条、",
		"第四十六条　的规定予以处罚。",
		"第三条　本办法自2023年3月1日起施行。",
	}
	rules := func(paras []string) map[string]int {
		out := map[string]int{}
		for _, f := range Check(oneArticle(paras...), nil) {
			out[f.Rule]++
		}
		return out
	}
	got := rules(cut)
	if got["numbering-order"]+got["numbering-gap"]+got["numbering-repeat"] > 0 || got["numbering-split"] != 2 {
		t.Errorf("cut text: findings %v, want 2 numbering-split and no numbering error", got)
	}
	wrong := []string{"第一条　为了加强城市管理，制定本办法。", "第三条　本办法自2023年3月1日起施行。"}
	if got := rules(wrong); got["numbering-gap"] != 1 || got["numbering-split"] != 0 {
		t.Errorf("gap after a sentence: findings %v, want numbering-gap", got)
	}
}
