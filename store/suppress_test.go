package store

import (
	"testing"
)

// TestSuppressSurvives: a suppression is stored with the editor's name,
// survives closing and reopening the file and a save of the issue, and
// can be taken back; one for a missing issue is refused.
func TestSuppressSurvives(t *testing.T) {
	s, path, is := withIssue(t)
	if got, err := s.Suppressions(is.ID); err != nil || len(got) != 0 {
		t.Fatalf("new database: %v, %v", got, err)
	}
	sp := Suppression{Key: "k1", Rule: "han-space", Article: "某文", Excerpt: "建设▶ ◀构建", Note: "标题原文如此", User: "张编辑"}
	if err := s.Suppress(is.ID, sp); err != nil {
		t.Fatal(err)
	}
	if err := s.Suppress(is.ID, Suppression{Key: "k2", Rule: "dash"}); err != nil {
		t.Fatal(err)
	}
	if err := s.Suppress("no-such-issue", sp); err == nil {
		t.Error("suppression for a missing issue accepted")
	}
	if err := s.Save(is); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Check(); err != nil {
		t.Fatalf("check after suppress: %v", err)
	}
	got, err := s.Suppressions(is.ID)
	if err != nil || len(got) != 2 || got[0].User != "张编辑" || got[0].Note != "标题原文如此" || got[0].Time.IsZero() || got[1].User == "" {
		t.Fatalf("after reopening: %+v, %v", got, err)
	}
	if err := s.Unsuppress(is.ID, "k1"); err != nil {
		t.Fatal(err)
	}
	keys, err := s.SuppressedKeys(is.ID)
	if err != nil || len(keys) != 1 || !keys["k2"] {
		t.Errorf("after unsuppress: %v, %v", keys, err)
	}
}
