package store

import (
	"strings"
	"testing"
)

func TestNamedVersions(t *testing.T) {
	s, _, is := withIssue(t)
	defer s.Close()
	if vs, err := s.NamedVersions(is.ID); err != nil || len(vs) != 0 {
		t.Fatalf("a new database has versions: %v %v", vs, err)
	}
	if err := s.NameVersion(is, "一校", "张编辑"); err != nil {
		t.Fatal(err)
	}
	setText(&is.Sections[0].Articles[0], "二校改过的正文")
	if err := s.NameVersion(is, "二校", ""); err != nil {
		t.Fatal(err)
	}
	if err := s.NameVersion(is, " 一校 ", ""); err == nil || !strings.Contains(err.Error(), "一校") {
		t.Errorf("a second 一校: %v", err)
	}
	if err := s.NameVersion(is, "  ", ""); err == nil {
		t.Error("an empty name was taken")
	}
	vs, err := s.NamedVersions(is.ID)
	if err != nil || len(vs) != 2 {
		t.Fatalf("%d versions, %v", len(vs), err)
	}
	if vs[0].Name != "一校" || vs[0].Signer != "张编辑" || vs[0].User == "" || vs[1].Name != "二校" {
		t.Errorf("versions %+v", vs)
	}
	if bodyText(&vs[0].Issue.Sections[0].Articles[0]) == "二校改过的正文" || bodyText(&vs[1].Issue.Sections[0].Articles[0]) != "二校改过的正文" {
		t.Error("a version does not hold the issue as it was when named")
	}
}
