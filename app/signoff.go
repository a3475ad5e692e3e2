package app

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"gazette/gazette"
	"gazette/pdf"
	"gazette/store"
)

// ErrNotPrint refuses to sign off anything but one full print PDF: every
// page, with its bleed, not the electronic edition.
var ErrNotPrint = errors.New("签发须用完整的印刷 PDF（不选网络版，不分开封面正文）")

// ErrNoSigner refuses a sign-off without the 签发人's name.
var ErrNoSigner = errors.New("签发人不能为空：请填写签发人姓名")

// SignOff signs the issue off, by the 签发人 signer (required; recorded
// with the OS user), with the print PDF made with opt: the PDF is
// rendered from the issue as the database holds it, dated by the sign-off
// time (PDFDates), written to path, and stored with its SHA-256; the issue
// becomes read-only. gazette render --issue with the same options makes
// the same bytes again, which is what a print center checks. Preflight
// errors stop it unless opt.Force; an issue already signed gives
// store.ErrSigned.
func SignOff(st *store.Store, issueID, signer string, opt Options, path string, progress func(float64)) (*Result, error) {
	signer = strings.TrimSpace(signer)
	if signer == "" {
		return nil, ErrNoSigner
	}
	if opt.Web || opt.Split || opt.Pages != pdf.PagesAll {
		return nil, ErrNotPrint
	}
	is, err := st.Get(issueID)
	if err != nil {
		return nil, fmt.Errorf("签发：%w", err)
	}
	if is.Status == gazette.StatusSigned {
		return nil, fmt.Errorf("签发《%s》%s：%w", is.Title, is.Label(), store.ErrSigned)
	}
	// PDF dates have whole seconds; the stored time is the one the PDF shows.
	at := time.Now().UTC().Truncate(time.Second)
	src := Source{Issue: is, Created: is.Created, Modified: at}
	res, err := Render(src, opt, path, progress)
	if err != nil {
		return res, err
	}
	f := res.Files[0]
	if err := st.SignOffBy(is.ID, f.SHA256, f.Data, at, signer); err != nil {
		return res, fmt.Errorf("签发《%s》%s：%w", is.Title, is.Label(), err)
	}
	// Offered next time; the sign-off is done even if this cannot be kept.
	_ = st.SetSetting(settingLastSigner, signer)
	return res, nil
}

// settingLastSigner is the setting that keeps the last 签发人 used.
const settingLastSigner = "last_signer"

// LastSigner returns the 签发人 of the last sign-off made with this
// database ("" when none), to offer at the next one.
func LastSigner(st *store.Store) string {
	v, _ := st.Setting(settingLastSigner)
	return v
}

// Unlock opens a signed issue again for edits; the reason is required and
// recorded with the time and the user.
func Unlock(st *store.Store, issueID, reason string) error {
	if strings.TrimSpace(reason) == "" {
		return fmt.Errorf("请写明解锁原因（例如：发现第5页文号有误，需要更正）")
	}
	is, err := st.Get(issueID)
	if err != nil {
		return fmt.Errorf("解锁：%w", err)
	}
	if err := st.Unlock(is.ID, reason); err != nil {
		return fmt.Errorf("解锁《%s》%s：%w", is.Title, is.Label(), err)
	}
	return nil
}
