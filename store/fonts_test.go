package store

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestKeepFont(t *testing.T) {
	st := openTemp(t)
	dir := t.TempDir()
	a := filepath.Join(dir, "方正小标宋.ttf")
	os.WriteFile(a, []byte("font A"), 0o644)
	kept, err := st.KeepFont(a)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Dir(kept) != FontDir(st.Path()) || !strings.HasPrefix(filepath.Base(kept), "方正小标宋-") {
		t.Fatalf("kept at %s", kept)
	}
	if got, _ := os.ReadFile(kept); !bytes.Equal(got, []byte("font A")) {
		t.Fatalf("copy holds %q", got)
	}
	// The same file again: the same copy. A different file of the same name: another copy.
	if again, _ := st.KeepFont(a); again != kept {
		t.Errorf("same file kept twice: %s, %s", kept, again)
	}
	os.WriteFile(a, []byte("font B"), 0o644)
	other, err := st.KeepFont(a)
	if err != nil || other == kept {
		t.Fatalf("changed file: %s, %v", other, err)
	}
	if got, _ := os.ReadFile(kept); !bytes.Equal(got, []byte("font A")) {
		t.Error("the first copy was replaced")
	}
	if _, err := st.KeepFont(filepath.Join(dir, "none.ttf")); err == nil || !strings.Contains(err.Error(), "none.ttf") {
		t.Errorf("missing file: %v", err)
	}
}
