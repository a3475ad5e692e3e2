package gazette

import "testing"

func TestRecordLine(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"抄送：县委办公室，县人大常委会办公室，县政协办公室。", true},
		{"分送：各委员。", true},
		{"某县人民政府办公室　　　　　　　2022年2月12日印发", true},
		{"国务院办公厅　　　二〇二一年三月一日印发", true},
		{"现将《实施方案》印发给你们，请认真贯彻执行。", false},
		{"经县政府同意，现予印发", false},
		{"抄送单位应当及时办理。", false},
	} {
		if got := RecordLine(tc.text); got != tc.want {
			t.Errorf("RecordLine(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
