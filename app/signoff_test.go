package app

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gazette/gazette"
	"gazette/store"
)

// TestSignOffReproducible: SignOff writes and stores one PDF dated by the
// sign-off time; rendering the signed issue from the database with the same
// options gives it again byte for byte.
func TestSignOffReproducible(t *testing.T) {
	st, id := demoStore(t)
	dir := t.TempDir()
	opt := Options{Marks: true}
	path := filepath.Join(dir, "签发.pdf")
	res, err := SignOff(st, id, " 王五 ", opt, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	is, err := st.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	if LastSigner(st) != "王五" {
		t.Errorf("last 签发人 %q, want 王五", LastSigner(st))
	}
	if is.SignedBy != "王五" {
		t.Errorf("签发人 recorded %q, want 王五", is.SignedBy)
	}
	if list, err := st.SignOffs(id); err != nil || len(list) != 1 || list[0].Signer != "王五" || list[0].User == "" || list[0].SHA256 != res.Files[0].SHA256 {
		t.Errorf("sign-off records %+v (%v)", list, err)
	}
	stored, err := st.SignedPDF(id)
	if err != nil {
		t.Fatal(err)
	}
	onDisk, _ := os.ReadFile(path)
	f := res.Files[0]
	if is.Status != gazette.StatusSigned || is.SignedPDFSHA256 != f.SHA256 || !bytes.Equal(stored, f.Data) || !bytes.Equal(onDisk, f.Data) {
		t.Fatalf("status %s, sha %s vs %s, stored %d bytes, on disk %d, made %d", is.Status, is.SignedPDFSHA256, f.SHA256, len(stored), len(onDisk), len(f.Data))
	}
	again, err := Render(Stored(is), opt, filepath.Join(dir, "again.pdf"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if again.Files[0].SHA256 != is.SignedPDFSHA256 {
		t.Error("the signed issue rendered again differs from the signed PDF")
	}
	if _, err := SignOff(st, id, "王五", opt, path, nil); !errors.Is(err, store.ErrSigned) {
		t.Errorf("a second sign-off: %v", err)
	}
	if err := Unlock(st, id, "  "); err == nil {
		t.Error("unlocked without a reason")
	}
	if err := Unlock(st, id, "第5页文号有误"); err != nil {
		t.Fatal(err)
	}
	if is, _ := st.Get(id); is.Status == gazette.StatusSigned || len(is.Unlocks) != 1 {
		t.Errorf("after unlock: %s, %+v", is.Status, is.Unlocks)
	}
}

// TestSignOffOnlyPrint: the electronic edition or a part is never signed.
func TestSignOffOnlyPrint(t *testing.T) {
	st, id := demoStore(t)
	path := filepath.Join(t.TempDir(), "x.pdf")
	for _, opt := range []Options{{Web: true}, {Split: true}, {Pages: "cover"}} {
		if _, err := SignOff(st, id, "王五", opt, path, nil); !errors.Is(err, ErrNotPrint) {
			t.Errorf("%+v: %v", opt, err)
		}
	}
	if is, _ := st.Get(id); is.Status == gazette.StatusSigned {
		t.Error("signed with a refused option")
	}
}

// TestSignOffNeedsSigner: a blank or whitespace-only 签发人 is refused with
// a message naming the field, before any PDF is written, and the issue
// stays unsigned.
func TestSignOffNeedsSigner(t *testing.T) {
	st, id := demoStore(t)
	path := filepath.Join(t.TempDir(), "x.pdf")
	for _, signer := range []string{"", "   ", "\t\u3000"} {
		_, err := SignOff(st, id, signer, Options{Marks: true}, path, nil)
		if !errors.Is(err, ErrNoSigner) || !strings.Contains(err.Error(), "签发人") {
			t.Errorf("签发人 %q: %v", signer, err)
		}
	}
	if is, _ := st.Get(id); is.Status == gazette.StatusSigned {
		t.Error("signed without a 签发人")
	}
	if _, err := os.Stat(path); err == nil {
		t.Error("a PDF was written without a 签发人")
	}
}
