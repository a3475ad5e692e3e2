package app

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"gazette/gazette"
	"gazette/preflight"
)

// TestRenderIsDeterministic: the same issue and options give the same
// bytes, on disk as in the result; the pages split in two add up to the
// whole.
func TestRenderIsDeterministic(t *testing.T) {
	src, err := Demo()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var first []byte
	for i, name := range []string{"a.pdf", "b.pdf"} {
		path := filepath.Join(dir, name)
		res, err := Render(src, Options{Marks: true}, path, nil)
		if err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		f := res.Files[0]
		if !bytes.Equal(data, f.Data) || f.Pages != len(res.Doc.Pages) || f.Pages%4 != 0 {
			t.Fatalf("file %d bytes, result %d bytes, %d pages of %d", len(data), len(f.Data), f.Pages, len(res.Doc.Pages))
		}
		if i == 0 {
			first = data
		} else if !bytes.Equal(first, data) {
			t.Error("two renders of the same issue differ")
		}
	}
	if !bytes.HasPrefix(first, []byte("%PDF-")) {
		t.Errorf("not a PDF: %q", first[:8])
	}
	res, err := Render(src, Options{Split: true, Web: true}, filepath.Join(dir, "网络版.pdf"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Files) != 2 || filepath.Base(res.Files[0].Path) != "网络版-封面.pdf" || filepath.Base(res.Files[1].Path) != "网络版-正文.pdf" ||
		res.Files[0].Pages+res.Files[1].Pages != len(res.Doc.Pages) {
		t.Errorf("split render wrote %+v", res.Files)
	}
}

// TestRenderPreflightStops: preflight errors stop a render before anything
// is written, with the findings; Force writes it anyway.
func TestRenderPreflightStops(t *testing.T) {
	src, err := Demo()
	if err != nil {
		t.Fatal(err)
	}
	withMissingGlyph(t, src.Issue)
	path := filepath.Join(t.TempDir(), "x.pdf")
	res, err := Render(src, Options{}, path, nil)
	var pe *PreflightError
	if !errors.As(err, &pe) || res == nil || preflight.Errors(res.Findings) == 0 || len(res.Files) != 0 {
		t.Fatalf("render with a missing glyph: %v, %+v", err, res)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a PDF was written despite preflight errors (%v)", err)
	}
	if _, err := Render(src, Options{Force: true}, path, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Error(err)
	}
	// Check reports the same errors as the render saw.
	_, findings, err := Check(src)
	if err != nil || preflight.Errors(findings) != preflight.Errors(res.Findings) {
		t.Errorf("Check: %d errors (%v), Render: %d", preflight.Errors(findings), err, preflight.Errors(res.Findings))
	}
}

// TestRenderRefusesBadOptions: refused options write nothing.
func TestRenderRefusesBadOptions(t *testing.T) {
	src, err := Demo()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "x.pdf")
	var oe *OptionError
	if _, err := Render(src, Options{Web: true, Marks: true}, path, nil); !errors.As(err, &oe) {
		t.Errorf("--web --marks: %v", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Error("a refused render wrote a file")
	}
}

// TestRenderWriteError: a folder that is not there is a WriteError naming
// the file, in Chinese.
func TestRenderWriteError(t *testing.T) {
	src, err := Demo()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "无", "x.pdf")
	_, err = Render(src, Options{}, path, nil)
	var we *WriteError
	if !errors.As(err, &we) || we.Path != path || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("got %v", err)
	}
}

// TestInMemoryDates: an issue imported in memory is dated by its
// publication date (in China's time zone), or not at all.
func TestInMemoryDates(t *testing.T) {
	is := &gazette.Issue{Date: "2020-07-21"}
	src := inMemory(is, nil)
	want := time.Date(2020, 7, 21, 0, 0, 0, 0, time.FixedZone("CST", 8*3600))
	if !src.Created.Equal(want) || !src.Modified.Equal(want) {
		t.Errorf("dated %v %v, want %v", src.Created, src.Modified, want)
	}
	if src := inMemory(&gazette.Issue{}, nil); !src.Created.IsZero() || !src.Modified.IsZero() {
		t.Errorf("an issue without a date is dated %v", src.Modified)
	}
}

// TestPDFDates: a stored issue's PDF is dated by its last change, a signed
// one's by the sign-off.
func TestPDFDates(t *testing.T) {
	st, id := demoStore(t)
	is, err := st.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	if c, m := PDFDates(is); !c.Equal(is.Created) || !m.Equal(is.Modified) {
		t.Errorf("draft dated %v %v", c, m)
	}
	is.SignedAt = is.Modified.Add(time.Hour)
	if _, m := PDFDates(is); !m.Equal(is.SignedAt) {
		t.Errorf("signed issue dated %v, signed at %v", m, is.SignedAt)
	}
}
