package store

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"runtime/debug"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"gazette/gazette"
)

// Keys inside signoffs/<issue>/<seq>.
var (
	kSnapshot = []byte("snapshot")
	kPDF      = []byte("pdf")
	kUser     = []byte("user")
)

// SignOff signs the issue off: status 已签发, SignedAt and SignedPDFSHA256
// set, and a snapshot of the whole issue stored with the exported PDF. The
// PDF is required; pdfSHA256, when given, must be its SHA-256 (hex). An issue
// already signed gives ErrSigned; one with validation errors is refused.
func (s *Store) SignOff(issueID string, pdfSHA256 string, pdf []byte) error {
	return s.SignOffAt(issueID, pdfSHA256, pdf, time.Now())
}

// SignOffAt is SignOff with the sign-off time given: the time the signed PDF
// is dated by (app.SignOff renders it at that time), so that the PDF can be
// made again, byte for byte, from the signed issue.
func (s *Store) SignOffAt(issueID string, pdfSHA256 string, pdf []byte, at time.Time) (err error) {
	defer s.guard(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	if len(pdf) == 0 {
		return fmt.Errorf("签发刊期 %s：没有附上导出的 PDF", issueID)
	}
	sum := sha256.Sum256(pdf)
	got := hex.EncodeToString(sum[:])
	if pdfSHA256 != "" && !strings.EqualFold(pdfSHA256, got) {
		return fmt.Errorf("签发刊期 %s：PDF 的 SHA-256 是 %s，与给出的 %s 不符", issueID, got, pdfSHA256)
	}
	return s.update(func(tx *bolt.Tx) error {
		is, err := s.loadTx(tx, issueID)
		if err != nil {
			return err
		}
		if is.Status == gazette.StatusSigned {
			return fmt.Errorf("签发《%s》%s：%w", is.Title, is.Label(), ErrSigned)
		}
		if errs := gazette.Errors(is.Validate()); len(errs) > 0 {
			return fmt.Errorf("《%s》%s有 %d 处错误，不能签发；第一处：%s", is.Title, is.Label(), len(errs), errs[0].Message)
		}
		now := at.UTC()
		is.Status, is.SignedAt, is.SignedPDFSHA256, is.Modified = gazette.StatusSigned, now, got, now
		snap, err := json.Marshal(is)
		if err != nil {
			return err
		}
		ib, err := bucket(tx, bSignoffs).CreateBucketIfNotExists([]byte(issueID))
		if err != nil {
			return err
		}
		seq := nextSeq(ib)
		sb, err := ib.CreateBucket(seqKey(seq))
		if err != nil {
			return err
		}
		path := [][]byte{bSignoffs, []byte(issueID), seqKey(seq)}
		for k, v := range map[string][]byte{string(kSnapshot): snap, string(kPDF): pdf, string(kUser): []byte(currentUser())} {
			if err := s.putRec(tx, sb, path, []byte(k), v); err != nil {
				return err
			}
		}
		return s.putTx(tx, is)
	})
}

// latestSignoff returns the newest signoffs/<issue>/<seq> bucket and its
// path, or nil.
func latestSignoff(tx *bolt.Tx, issueID string) (*bolt.Bucket, [][]byte) {
	ib := bucket(tx, bSignoffs).Bucket([]byte(issueID))
	if ib == nil {
		return nil, nil
	}
	k, _ := ib.Cursor().Last()
	if k == nil {
		return nil, nil
	}
	return ib.Bucket(k), [][]byte{bSignoffs, []byte(issueID), append([]byte(nil), k...)}
}

// signoffRec reads one checked record of the newest sign-off of issueID.
func (s *Store) signoffRec(tx *bolt.Tx, issueID string, key []byte) ([]byte, error) {
	sb, path := latestSignoff(tx, issueID)
	if sb == nil {
		return nil, notFound("刊期 %s 没有签发过", issueID)
	}
	v, err := s.getRec(sb, path, key)
	if err != nil {
		return nil, damaged(s.path, fmt.Errorf("%s：%w", describeRecord(tx, path, key), err))
	}
	return v, nil
}

// SignedPDF returns the PDF stored at the issue's latest sign-off (kept
// after an unlock), or an error wrapping ErrNotFound.
func (s *Store) SignedPDF(issueID string) (pdf []byte, err error) {
	defer s.guard(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	err = s.view(func(tx *bolt.Tx) error {
		v, err := s.signoffRec(tx, issueID, kPDF)
		pdf = append([]byte(nil), v...)
		return err
	})
	return pdf, err
}

// SignedSnapshot returns the issue exactly as it was at its latest sign-off.
func (s *Store) SignedSnapshot(issueID string) (is *gazette.Issue, err error) {
	defer s.guard(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	err = s.view(func(tx *bolt.Tx) error {
		v, err := s.signoffRec(tx, issueID, kSnapshot)
		if err != nil {
			return err
		}
		is = new(gazette.Issue)
		if err := json.Unmarshal(v, is); err != nil {
			return damaged(s.path, fmt.Errorf("刊期 %s 签发快照无法解读：%v", issueID, jsonText(err)))
		}
		return nil
	})
	return is, err
}

// Unlock opens a signed issue again for edits: the reason is required; the
// time, OS user and reason are appended to Issue.Unlocks, the status becomes
// 校对中 and SignedAt/SignedPDFSHA256 are cleared (the sign-off snapshot and
// PDF stay stored).
func (s *Store) Unlock(issueID, reason string) (err error) {
	defer s.guard(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return fmt.Errorf("解锁刊期 %s：必须写明解锁原因", issueID)
	}
	return s.update(func(tx *bolt.Tx) error {
		is, err := s.loadTx(tx, issueID)
		if err != nil {
			return err
		}
		if is.Status != gazette.StatusSigned {
			return fmt.Errorf("《%s》%s没有签发，无需解锁", is.Title, is.Label())
		}
		now := timeNow().UTC()
		is.Unlocks = append(is.Unlocks, gazette.Unlock{Time: now, User: currentUser(), Reason: reason})
		is.Status, is.SignedAt, is.SignedPDFSHA256, is.Modified = gazette.StatusProofing, time.Time{}, "", now
		return s.putTx(tx, is)
	})
}
