package app

import (
	"errors"
	"strings"
	"testing"

	"gazette/gazette"
	"gazette/pdf"
)

// TestOptionsCheck: the combinations no front end may ask for are refused
// with a message naming the options; the others pass.
func TestOptionsCheck(t *testing.T) {
	tests := []struct {
		opt  Options
		want string // "" for accepted, else part of the message
	}{
		{Options{}, ""},
		{Options{Marks: true, Bleed: ptr(5.0), Preset: "公文", Columns: ptr(2)}, ""},
		{Options{Web: true, Bleed: ptr(0.0)}, ""},
		{Options{Split: true, Web: true, ExactOutlines: true, Force: true}, ""},
		{Options{Pages: pdf.PagesCover}, ""},
		{Options{Marks: true, Web: true}, "--marks"},
		{Options{Web: true, Bleed: ptr(3.0)}, "--bleed 3"},
		{Options{Columns: ptr(3)}, "--columns 3 无效"},
		{Options{Columns: ptr(0)}, "--columns 0 无效"},
		{Options{Bleed: ptr(-1.0)}, "--bleed -1 无效"},
		{Options{Bleed: ptr(10.5)}, "--bleed 10.5 无效"},
		{Options{Preset: "杂志"}, `--preset "杂志" 无效`},
		{Options{Pages: "odd"}, "页面选择"},
		{Options{Split: true, Pages: pdf.PagesBody}, "分开输出"},
	}
	for _, tt := range tests {
		err := tt.opt.Check()
		var oe *OptionError
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%+v refused: %v", tt.opt, err)
		case tt.want != "" && (!errors.As(err, &oe) || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("%+v: got %v, want an OptionError with %q", tt.opt, err, tt.want)
		}
	}
}

// TestOptionsApply: a preset replaces the settings but the office's faces;
// columns and bleed override it; the electronic edition has no bleed.
func TestOptionsApply(t *testing.T) {
	s := gazette.DefaultSettings()
	s.Faces = map[string]string{"song": "/fonts/office-song.ttf"}
	o := Options{Preset: "公文", Columns: ptr(2), Bleed: ptr(5.0)}
	o.apply(&s)
	want, _ := gazette.Preset("公文")
	if s.Faces["song"] != "/fonts/office-song.ttf" || s.Columns != 2 || s.Bleed != 5 || s.FolioStyle != want.FolioStyle {
		t.Errorf("after apply: faces %v columns %d bleed %g folio %q", s.Faces, s.Columns, s.Bleed, s.FolioStyle)
	}
	Options{Web: true}.apply(&s)
	if s.Bleed != 0 {
		t.Errorf("the web edition keeps a bleed of %g mm", s.Bleed)
	}
}
