package store

import (
	"testing"
	"time"
)

// TestSignOffSigner: the 签发人 typed is kept in the issue and in the
// sign-off record beside the OS user; a record made before it was asked
// for (no "signer" key, no signed_by in the snapshot) still reads, with an
// empty 签发人; an unlock clears it and a new sign-off is listed after the
// old one.
func TestSignOffSigner(t *testing.T) {
	s, path, is := withIssue(t)
	pdf := []byte("%PDF-1.7 signed")
	at := time.Date(2021, 3, 1, 8, 0, 0, 0, time.UTC)
	// The old way: no 签发人.
	if err := s.SignOffAt(is.ID, "", pdf, at); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	list, err := s.SignOffs(is.ID)
	if err != nil {
		t.Fatalf("old sign-off record does not read: %v", err)
	}
	if len(list) != 1 || list[0].Signer != "" || list[0].User == "" || !list[0].Time.Equal(at) || list[0].Seq != 1 {
		t.Fatalf("old sign-off read as %+v", list)
	}
	if got, _ := s.Get(is.ID); got.SignedBy != "" {
		t.Errorf("old sign-off: SignedBy %q", got.SignedBy)
	}
	if err := s.Unlock(is.ID, "更正文号"); err != nil {
		t.Fatal(err)
	}
	if err := s.SignOffBy(is.ID, "", pdf, at.Add(time.Hour), "  张三 "); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Get(is.ID)
	if got.SignedBy != "张三" {
		t.Errorf("SignedBy %q, want 张三", got.SignedBy)
	}
	snap, err := s.SignedSnapshot(is.ID)
	if err != nil || snap.SignedBy != "张三" {
		t.Errorf("snapshot SignedBy %q (%v)", snap.SignedBy, err)
	}
	list, err = s.SignOffs(is.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 || list[0].Signer != "" || list[1].Signer != "张三" || list[1].User != list[0].User || list[1].Seq != 2 {
		t.Fatalf("sign-offs %+v", list)
	}
	if err := s.Unlock(is.ID, "再改"); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Get(is.ID); got.SignedBy != "" {
		t.Errorf("after unlock SignedBy %q", got.SignedBy)
	}
	if list, _ := s.SignOffs(is.ID); len(list) != 2 || list[1].Signer != "张三" {
		t.Errorf("after unlock the records changed: %+v", list)
	}
}
