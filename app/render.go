package app

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"strings"

	"gazette/fonts"
	"gazette/internal/atomicfile"
	"gazette/layout"
	"gazette/pdf"
	"gazette/preflight"
	"gazette/store"
)

// Result is what a render made: the pages, the preflight findings and the
// files written (none when preflight stopped it).
type Result struct {
	Doc      *layout.Document
	Findings []preflight.Finding
	Files    []File
}

// File is one PDF written.
type File struct {
	Path   string
	Pages  int
	SHA256 string // hex
	Data   []byte // the file's bytes
}

// PreflightError stops a render whose preflight found errors (without
// Options.Force); the findings are in the Result returned with it.
type PreflightError struct{ Findings []preflight.Finding }

// Error counts the errors preflight found.
func (e *PreflightError) Error() string {
	return fmt.Sprintf("预检发现 %d 个错误", preflight.Errors(e.Findings))
}

// WriteError is a PDF or export that could not be written; nothing was left
// under its name (an earlier file stays whole).
type WriteError struct {
	Path string
	Err  error
}

// Error says which file could not be written and why, in Chinese.
func (e *WriteError) Error() string {
	return fmt.Sprintf("写出 %s 失败（%s），没有留下不完整的文件", e.Path, store.DescribeIO(e.Err))
}

// Unwrap is the file system's error.
func (e *WriteError) Unwrap() error { return e.Err }

// Lay sets src's issue in pages with the settings opt chooses (on a copy:
// src is not changed), with the issue's own faces, and runs preflight with
// that same face set.
func Lay(src Source, opt Options) (*layout.Document, []preflight.Finding, error) {
	is := src.Issue.Clone()
	opt.apply(&is.Layout)
	set, err := fonts.NewSet(is.Layout.Faces)
	if err != nil {
		return nil, nil, err
	}
	doc, err := layout.Lay(is, layout.Options{Fonts: set})
	if err != nil {
		return nil, nil, fmt.Errorf("排版《%s》%s：%w", is.Title, is.Label(), err)
	}
	return doc, preflight.CheckFor(is, doc, set, opt.Web), nil
}

// Check is the preflight of src as it stands: its pages and findings.
func Check(src Source) (*layout.Document, []preflight.Finding, error) {
	return Lay(src, Options{})
}

// Render checks opt, lays src out, runs preflight and writes the PDF to
// path (with Split, the two files beside it) whole or not at all. Preflight
// errors stop it before anything is written (*PreflightError, with the
// findings in the Result) unless opt.Force. progress, when not nil, hears
// the share of the work done (0–1). The same issue and options give the
// same bytes, from the command line and from the workstation.
func Render(src Source, opt Options, path string, progress func(float64)) (*Result, error) {
	if progress == nil {
		progress = func(float64) {}
	}
	if err := opt.Check(); err != nil {
		return nil, err
	}
	doc, findings, err := Lay(src, opt)
	if err != nil {
		return nil, err
	}
	progress(0.4)
	res := &Result{Doc: doc, Findings: findings}
	if preflight.Errors(findings) > 0 && !opt.Force {
		return res, &PreflightError{findings}
	}
	parts := splitParts(path, opt)
	for i, p := range parts {
		f, err := writePDF(doc, opt.pdfOptions(src, p.pages), p.path)
		if err != nil {
			return res, err
		}
		res.Files = append(res.Files, f)
		progress(0.4 + 0.6*float64(i+1)/float64(len(parts)))
	}
	return res, nil
}

// part is one file of a render: where it goes and which pages it holds.
type part struct{ path, pages string }

// splitParts are the files a render writes: path with the pages opt
// selects, or with Split the cover pages and the body beside it.
func splitParts(path string, opt Options) []part {
	if !opt.Split {
		return []part{{path, opt.Pages}}
	}
	stem := strings.TrimSuffix(path, filepath.Ext(path))
	return []part{{stem + "-封面.pdf", pdf.PagesCover}, {stem + "-正文.pdf", pdf.PagesBody}}
}

// writePDF writes the pages of doc that opt selects to path through
// internal/atomicfile.
func writePDF(doc *layout.Document, opt pdf.Options, path string) (File, error) {
	var b bytes.Buffer
	if err := pdf.Write(&b, doc, opt); err != nil {
		return File{}, fmt.Errorf("生成 PDF %s：%w", path, err)
	}
	pages, err := pdf.Selected(doc, opt.Pages)
	if err != nil {
		return File{}, err
	}
	if err := atomicfile.WriteFile(path, b.Bytes(), 0o644); err != nil {
		return File{}, &WriteError{path, err}
	}
	sum := sha256.Sum256(b.Bytes())
	return File{Path: path, Pages: len(pages), SHA256: hex.EncodeToString(sum[:]), Data: b.Bytes()}, nil
}
