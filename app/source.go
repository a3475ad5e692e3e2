package app

import (
	"path/filepath"
	"time"

	"gazette/assets"
	"gazette/gazette"
	"gazette/importer"
)

// Source is an issue ready to be laid out, with what its import said and
// the dates its PDF carries.
type Source struct {
	Issue *gazette.Issue
	// Warnings are the importer's notes on an issue read from a file.
	Warnings []importer.Warning
	// Created and Modified date the PDF (see PDFDates), so that the same
	// issue always gives the same file.
	Created, Modified time.Time
}

// Stored is the source of an issue read from the database, dated by
// PDFDates.
func Stored(is *gazette.Issue) Source {
	created, modified := PDFDates(is)
	return Source{Issue: is, Created: created, Modified: modified}
}

// PDFDates are the dates the PDF of a stored issue carries: its creation,
// and for a signed issue the sign-off time (the very PDF SignOff stored,
// byte for byte), else its last change.
func PDFDates(is *gazette.Issue) (created, modified time.Time) {
	if !is.SignedAt.IsZero() {
		return is.Created, is.SignedAt
	}
	return is.Created, is.Modified
}

// Demo is the source of the embedded demo issue (景德镇市人民政府公报
// 2020年第8期), imported in memory and dated by its publication date.
func Demo() (Source, error) {
	is, err := assets.DemoIssue()
	if err != nil {
		return Source{}, err
	}
	return inMemory(is, nil), nil
}

// IssueFile is the source of a whole-issue text file (.txt, .md, .docx in
// any encoding), imported in memory without touching any database and dated
// by its publication date.
func IssueFile(path string) (Source, error) {
	data, err := importer.LoadFile(path)
	if err != nil {
		return Source{}, err
	}
	is, ws, err := importer.ReadIssue(filepath.Base(path), data)
	if err != nil {
		return Source{}, err
	}
	return inMemory(is, ws), nil
}

// inMemory dates an issue imported in memory by its publication date, or
// when it has none by its newest document's date (the issue cannot be
// older), so that its PDF carries the dates PDF/X requires.
func inMemory(is *gazette.Issue, ws []importer.Warning) Source {
	src := Source{Issue: is, Warnings: ws}
	date := is.Date
	if date == "" {
		is.Articles(func(_, _ int, a *gazette.Article) bool {
			if len(a.Date) == len("2006-01-02") && a.Date > date {
				date = a.Date
			}
			return true
		})
	}
	if t, err := time.ParseInLocation("2006-01-02", date, time.FixedZone("CST", 8*3600)); err == nil {
		src.Created, src.Modified = t, t
	}
	return src
}
