package gazette

import "testing"

func TestDatedNote(t *testing.T) {
	tests := []struct {
		subtitle string
		want     bool
	}{
		{"（2023年5月31日某市第十六届人民代表大会常务委员会第十二次会议通过）", true},
		{"（2023年3月28日省人民政府令第112号公布　自2023年5月1日起施行）", true},
		{"（2023年1月5日）", true},
		{"(2023年1月5日)", true},
		{"", false},
		{"刘锋主持", false},
		{"（征求意见稿）", false},
		{"2023年1月5日", false},
	}
	for _, tt := range tests {
		if got := DatedNote(tt.subtitle); got != tt.want {
			t.Errorf("DatedNote(%q) = %v, want %v", tt.subtitle, got, tt.want)
		}
	}
}

// TestDatedNoteStandsForDocNumber: a document under a 题注 is not warned
// for a missing 文号; one whose subtitle is no 题注 still is.
func TestDatedNoteStandsForDocNumber(t *testing.T) {
	for _, tt := range []struct {
		subtitle string
		warned   bool
	}{
		{"（2023年5月31日某市人民代表大会常务委员会第十二次会议通过）", false},
		{"（征求意见稿）", true},
		{"", true},
	} {
		is := sampleIssue()
		a := &is.Sections[0].Articles[0]
		a.DocNumber, a.Subtitle = "", tt.subtitle
		warned := false
		for _, p := range is.Validate() {
			if p.Field == "doc_number" {
				warned = true
			}
		}
		if warned != tt.warned {
			t.Errorf("subtitle %q: 缺少文号 warned %v, want %v", tt.subtitle, warned, tt.warned)
		}
	}
}
