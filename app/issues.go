package app

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"gazette/exchange"
	"gazette/gazette"
	"gazette/importer"
	"gazette/store"
)

// ReadIssue reads a whole issue from a file's bytes: an exchange archive
// (.zip) or the text of a whole issue (.txt, .md, .docx); name is the
// file's name for messages. A text without the issue's 刊名, year and
// number (a single document, CheckMasthead) is refused. Nothing is saved.
func ReadIssue(name string, data []byte) (*gazette.Issue, []importer.Warning, error) {
	is, rep, err := ReadIssueReport(name, data)
	if rep == nil {
		return is, nil, err
	}
	return is, rep.Warnings, err
}

// ReadIssueReport is ReadIssue with the importer's whole report (what was
// found, what was removed as page furniture, what was guessed); the report
// is nil for an exchange archive, which is read as it was written.
func ReadIssueReport(name string, data []byte) (*gazette.Issue, *importer.Report, error) {
	if exchange.IsArchive(data) {
		is, err := exchange.ReadArchive(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			return nil, nil, fmt.Errorf("“%s”：%w", name, err)
		}
		return is, nil, nil
	}
	is, rep, err := importer.ReadIssueReport(name, data)
	if err != nil {
		return nil, rep, err
	}
	if err := CheckMasthead(is); err != nil { // a single document, not a whole issue
		return nil, rep, fmt.Errorf("“%s”%w", name, err)
	}
	return is, rep, nil
}

// ExistsError refuses to save an issue whose 刊名, year and number another
// issue of the database has already.
type ExistsError struct{ Existing store.Summary }

// Error names the issue that is there already.
func (e *ExistsError) Error() string {
	return fmt.Sprintf("数据库中已有《%s》%s（ID %s）", e.Existing.Title, e.Existing.Label(), e.Existing.ID)
}

// Unwrap makes errors.Is(err, store.ErrExists) hold: it is the store's one
// rule for 刊名 + 年 + 期.
func (e *ExistsError) Unwrap() error { return store.ErrExists }

// Imported is what ImportIssue did.
type Imported struct {
	Issue    *gazette.Issue
	Replaced bool   // it took the place (and ID) of an issue with its 刊名, year and number
	Backup   string // where the database was backed up before the replacement
}

// ImportIssue saves an issue read by ReadIssue as a new issue of st. An
// issue with the same 刊名, year and number is an *ExistsError unless
// replace is set; then the database is first backed up into backups/ and
// the new issue takes the old one's place (and ID) in one save. An issue
// whose ID the database holds already under another 刊名 or number (an
// archive from this database, changed) is saved as a new issue with fresh
// IDs rather than overwrite that one.
func ImportIssue(st *store.Store, is *gazette.Issue, replace bool) (*Imported, error) {
	return ImportIssueWith(st, is, nil, replace)
}

// ImportIssueWith is ImportIssue saving rec (ImportRecordOf; nil for an
// issue read without a report) with the issue in the same transaction, so
// that `gazette check` matches the issue's printed 目录 against it later.
// The record of an issue replaced goes with it.
func ImportIssueWith(st *store.Store, is *gazette.Issue, rec *store.ImportRecord, replace bool) (*Imported, error) {
	if err := CheckMasthead(is); err != nil {
		return nil, err
	}
	same, err := st.SameNumber(is.Title, is.Year, is.Number, "")
	if err != nil {
		return nil, err
	}
	res := &Imported{Issue: is}
	switch {
	case same != nil && !replace:
		return nil, &ExistsError{*same}
	case same != nil:
		// store.Replace backs the database up first and refuses a signed
		// issue.
		if res.Backup, err = st.ReplaceImported(is, same.ID, rec); err != nil {
			return nil, err
		}
		res.Replaced = true
		return res, nil
	}
	if _, err := st.Get(is.ID); err == nil || is.ID == "" {
		old := articleIDs(is)
		freshIDs(is) // an archive of an issue held under another 刊名 or number
		rec = renamedIDs(rec, old, articleIDs(is))
	}
	if err := st.CreateImported(is, rec); err != nil {
		return nil, existsOr(st, is, err)
	}
	return res, nil
}

// existsOr turns the store's refusal of a second issue with one 刊名, year
// and number (store.ErrExists, found inside the saving transaction) into an
// *ExistsError naming that issue; other errors are wrapped with the issue.
func existsOr(st *store.Store, is *gazette.Issue, err error) error {
	if errors.Is(err, store.ErrExists) {
		if same, e := st.SameNumber(is.Title, is.Year, is.Number, is.ID); e == nil && same != nil {
			return &ExistsError{*same}
		}
		return err
	}
	return fmt.Errorf("保存《%s》%s：%w", is.Title, is.Label(), err)
}

// freshIDs gives the issue, its sections and its articles new IDs, so that
// a copy never shares revisions with the issue it came from.
func freshIDs(is *gazette.Issue) {
	is.ID = gazette.NewID()
	for si := range is.Sections {
		is.Sections[si].ID = gazette.NewID()
		for ai := range is.Sections[si].Articles {
			is.Sections[si].Articles[ai].ID = gazette.NewID()
		}
	}
}

// Placed is where AddDocuments put one article.
type Placed struct {
	Section, ID, Title, DocNumber string
	// NewSection says the section was made for it: the issue had none
	// for its issuer or kind (the editor checks that guess).
	NewSection bool
}

// AddDocuments appends imported articles (importer.ReadFiles,
// PasteDocuments: one per document a file or a paste holds) to is:
// each to section when it is not empty, else to the section
// importer.SectionIn names (the issue's section holding the same issuer's
// documents, else importer.SectionFor's, made when missing). Articles without an ID get
// one. Nothing is saved: the command line saves the issue once
// (ImportDocuments), the workstation through its controller.
func AddDocuments(is *gazette.Issue, arts []gazette.Article, section string) []Placed {
	out := make([]Placed, 0, len(arts))
	for i := range arts {
		a := arts[i]
		if a.ID == "" {
			a.ID = gazette.NewID()
		}
		sec := section
		if sec == "" {
			sec, _ = importer.SectionIn(is, &a)
		}
		made := !hasSection(is, sec)
		p := is.AddArticle(sec, a)
		out = append(out, Placed{Section: sec, ID: p.ID, Title: p.Title, DocNumber: p.DocNumber, NewSection: made})
	}
	return out
}

// hasSection reports whether is has a section of that name.
func hasSection(is *gazette.Issue, name string) bool {
	for i := range is.Sections {
		if is.Sections[i].Name == name {
			return true
		}
	}
	return false
}

// ImportDocuments adds arts to the issue is of st (AddDocuments, each to
// the section the importer names) and saves it once: all the documents go
// in, or none.
func ImportDocuments(st *store.Store, is *gazette.Issue, arts []gazette.Article) ([]Placed, error) {
	placed := AddDocuments(is, arts, "")
	if err := st.Save(is); err != nil {
		return nil, fmt.Errorf("保存《%s》%s：%w（没有导入任何文件）", is.Title, is.Label(), err)
	}
	return placed, nil
}

// CreateIssue saves is as a new issue of st; an issue with the same 刊名,
// year and number is an *ExistsError.
func CreateIssue(st *store.Store, is *gazette.Issue) error {
	if err := st.Create(is); err != nil {
		return existsOr(st, is, err)
	}
	return nil
}

// DuplicateIssue saves a copy of the issue id as a new draft numbered at
// (gazette.DuplicateIssue: fresh IDs, so revisions stay with the original;
// no sign-off and no unlock history) and returns it. A number another
// issue of that 刊名 has is an *ExistsError (the store's one rule). The
// copy is counted in at.Unit, or in the original's unit when that is empty.
func DuplicateIssue(st *store.Store, id string, at gazette.Numbering) (*gazette.Issue, error) {
	is, err := st.Get(id)
	if err != nil {
		return nil, fmt.Errorf("复制刊期：%w", err)
	}
	c := gazette.DuplicateIssue(is)
	c.Year, c.Number, c.TotalNumber = at.Year, at.Number, at.Total
	if at.Unit != "" {
		c.Unit = at.Unit
	}
	if err := CreateIssue(st, c); err != nil {
		return nil, err
	}
	return c, nil
}

// MastheadError is an issue read from a text that has no masthead (刊名,
// year, number): a single document given where a whole issue was expected,
// which would otherwise become 《》0年第0期.
type MastheadError struct{ Missing []string }

// Error says what is missing and what to do instead, in Chinese.
func (e *MastheadError) Error() string {
	return fmt.Sprintf("没有期刊的刊头（缺%s），不是整期文本，未导入；要把单篇文件加入某一期，请用 gazette import --issue 年份-期号 文件（工作站：导入文件）", strings.Join(e.Missing, "、"))
}

// CheckMasthead refuses an issue without 刊名, year or number.
func CheckMasthead(is *gazette.Issue) error {
	var missing []string
	if strings.TrimSpace(is.Title) == "" {
		missing = append(missing, "刊名")
	}
	if is.Year <= 0 {
		missing = append(missing, "年份")
	}
	if is.Number <= 0 {
		missing = append(missing, "期号")
	}
	if len(missing) == 0 {
		return nil
	}
	return &MastheadError{missing}
}
