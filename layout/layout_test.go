package layout

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"gazette/gazette"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./layout -update)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs from the golden file; run go test ./layout -update and review the diff", path)
	}
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
