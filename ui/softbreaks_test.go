package ui

import (
	"strings"
	"testing"
)

func TestSoftBreaks(t *testing.T) {
	para := strings.Repeat("各地各部门要认真贯彻落实，加强组织领导。“确保实效。”", 20)
	shown := withSoftBreaks(para)
	if !strings.Contains(shown, "\n") || withoutSoftBreaks(shown) != para {
		t.Fatalf("chunks do not read back: %d lines", strings.Count(shown, "\n")+1)
	}
	for _, l := range strings.Split(shown, "\n") {
		if n := len([]rune(l)); n > softMax || strings.HasPrefix(l, "”") {
			t.Errorf("chunk of %d: %q", n, l)
		}
	}
	if short := "短段落。"; withSoftBreaks(short) != short {
		t.Error("a short paragraph was cut")
	}
	// A key typed inside a chunk, a soft break deleted, Enter typed.
	at := strings.Index(shown, "\n")
	typed := shown[:at] + "甲" + shown[at:]
	if got := typedText(shown, typed); got != withoutSoftBreaks(typed) || len(got) != len(para)+len("甲") {
		t.Errorf("typing: %q", got[:80])
	}
	if got := typedText(shown, shown[:at]+shown[at+1:]); got != para {
		t.Error("deleting a soft break changed the text")
	}
	enter := shown[:at] + "\n" + shown[at:]
	if got := typedText(shown, enter); strings.Count(got, "\n") != 1 || withoutSoftBreaks(got) != para {
		t.Errorf("Enter at a soft break gave %d breaks", strings.Count(got, "\n"))
	}
	mid := strings.Index(shown, "，")
	if got := typedText(shown, shown[:mid]+"\n"+shown[mid:]); got != para[:strings.Index(para, "，")]+"\n"+para[strings.Index(para, "，"):] {
		t.Error("Enter inside a chunk does not split there")
	}
}

func TestPieces(t *testing.T) {
	para := strings.Repeat("各地各部门要认真贯彻落实，加强组织领导。", 1000)
	ps := pieces(para)
	if len(ps) < 10 {
		t.Fatalf("%d pieces of a 20,000-character paragraph", len(ps))
	}
	var all string
	for _, p := range ps {
		if n := len([]rune(withoutSoftBreaks(p))); n > pieceMin+softMax {
			t.Errorf("a piece of %d characters", n)
		}
		all += withoutSoftBreaks(p)
	}
	if all != para {
		t.Error("the pieces do not make the paragraph")
	}
	if ps := pieces("短。"); len(ps) != 1 || ps[0] != "短。" {
		t.Errorf("a short paragraph: %q", ps)
	}
}

// TestLongPasteIsChunked pastes 2,400 characters into a paragraph: the
// paragraph holds them without any line break, and the editor shows them
// in chunks and pieces again, so the keys after the paste stay fast.
func TestLongPasteIsChunked(t *testing.T) {
	w := newTestWorkstation(t)
	id, row := firstParagraph(t, w)
	en := w.Body.Entry(row)
	old := withoutSoftBreaks(en.Text)
	paste := strings.Repeat("很长的粘贴文字，一句接一句。", 200)
	en.SetText(en.Text + paste)
	a, _ := mustSaved(t, w).Article(id)
	if got := a.Blocks[row].Text(); got != old+paste {
		t.Fatalf("the paragraph holds %d characters, want %d", len([]rune(got)), len([]rune(old+paste)))
	}
	r := w.Body.rows[row]
	if len(r.pieces) < 2 || r.text() != old+paste {
		t.Errorf("after the paste the row shows %d pieces", len(r.pieces))
	}
	for _, pc := range r.pieces {
		for _, l := range strings.Split(pc.entry.Text, "\n") {
			if len([]rune(l)) > softMax {
				t.Fatalf("a line of %d characters after the paste", len([]rune(l)))
			}
		}
	}
}
