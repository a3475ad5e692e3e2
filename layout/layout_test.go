package layout

import (
	goldenfile "gazette/internal/golden"
	"path/filepath"
	"testing"

	"gazette/gazette"
)

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	goldenfile.Text(t, filepath.Join("testdata", name), got)
}

func presets() map[string]gazette.Settings {
	two := gazette.DefaultSettings()
	two.Columns = 2
	return map[string]gazette.Settings{"gongbao": gazette.DefaultSettings(), "gongwen": gazette.OfficialSettings(), "twocol": two}
}

func TestGoldenSmall(t *testing.T) {
	for name, s := range presets() {
		t.Run(name, func(t *testing.T) {
			s := s
			d, err := Lay(testIssue(), Options{Settings: &s})
			if err != nil {
				t.Fatal(err)
			}
			checkDoc(t, testIssue(), d)
			golden(t, "small_"+name+".txt", dumpDoc(d))
		})
	}
}
