package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"gazette/app"
)

// TestSignOffDialogSigner: the 签发 confirmation asks for the 签发人; a
// blank or whitespace-only name is refused (the issue stays open), the name
// typed is recorded beside the OS user, shown on the screen, and offered
// again at the next sign-off.
func TestSignOffDialogSigner(t *testing.T) {
	w := newTestWorkstation(t)
	w.Select(TabExport)
	path := filepath.Join(t.TempDir(), "公报.pdf")
	var err error
	w.Export.Export(ExportOptions{Path: path, Bleed: true, Marks: true, Force: true}, func(_ *ExportResult, e error) { err = e })
	w.Ctl.Wait()
	if err != nil {
		t.Fatal(err)
	}
	d := w.Export.askSignOff()
	if d == nil {
		t.Fatal("no 签发 dialog after a full print export")
	}
	if d.Signer.Text != "" {
		t.Errorf("签发人 pre-filled with %q on a database never signed", d.Signer.Text)
	}
	for _, blank := range []string{"", "   ", "\u3000"} {
		d.Signer.SetText(blank)
		d.Submit()
		w.Ctl.Wait()
		if w.Ctl.Signed() {
			t.Fatalf("signed with 签发人 %q", blank)
		}
		if e := d.Signer.Validate(); e == nil || !strings.Contains(e.Error(), "签发人") {
			t.Errorf("签发人 %q: validation %v, want a message naming 签发人", blank, e)
		}
	}
	if e := w.Export.SignOff("  "); e == nil || !strings.Contains(e.Error(), "签发人") {
		t.Errorf("SignOff with a blank 签发人: %v", e)
	}
	d.Signer.SetText("赵六")
	d.Submit()
	w.Ctl.Wait()
	if !w.Ctl.Signed() {
		t.Fatal("not signed after 签发 with a 签发人")
	}
	id := w.Ctl.Issue().ID
	list, err := w.Ctl.Store.SignOffs(id)
	if err != nil || len(list) != 1 || list[0].Signer != "赵六" || list[0].User == "" {
		t.Fatalf("sign-off records %+v (%v)", list, err)
	}
	if w.Ctl.Issue().SignedBy != "赵六" || !strings.Contains(w.Export.status.Text, "赵六") || !strings.Contains(w.bannerMsg.Text, "赵六") {
		t.Errorf("签发人 not shown: status %q, banner %q", w.Export.status.Text, w.bannerMsg.Text)
	}
	if !strings.Contains(w.Export.status.Text, "第1次") || !strings.Contains(w.Export.status.Text, "签发人 赵六（本机用户 "+list[0].User+"）") {
		t.Errorf("签发记录 not listed: %q", w.Export.status.Text)
	}
	if got := app.LastSigner(w.Ctl.Store); got != "赵六" {
		t.Errorf("last 签发人 %q", got)
	}
	// Unlocked and exported again, the next 签发 offers the last 签发人.
	if err := w.Export.Unlock("更正"); err != nil {
		t.Fatal(err)
	}
	w.Export.Export(ExportOptions{Path: path, Bleed: true, Marks: true, Force: true}, func(_ *ExportResult, e error) { err = e })
	w.Ctl.Wait()
	if err != nil {
		t.Fatal(err)
	}
	if d := w.Export.askSignOff(); d == nil || d.Signer.Text != "赵六" {
		t.Errorf("next 签发 dialog: %+v", d)
	}
}
