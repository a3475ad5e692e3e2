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
	kSigner   = []byte("signer")
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
	return s.SignOffBy(issueID, pdfSHA256, pdf, at, "")
}

// SignOffBy is SignOffAt with the 签发人 the person typed (trimmed): it is
// kept in Issue.SignedBy and in the sign-off record beside the OS user
// (app.SignOff requires it; "" records none).
func (s *Store) SignOffBy(issueID string, pdfSHA256 string, pdf []byte, at time.Time, signer string) (err error) {
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
		is.SignedBy = strings.TrimSpace(signer)
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
		recs := map[string][]byte{string(kSnapshot): snap, string(kPDF): pdf, string(kUser): []byte(currentUser())}
		if is.SignedBy != "" {
			recs[string(kSigner)] = []byte(is.SignedBy)
		}
		for k, v := range recs {
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

// SignOffRecord is one sign-off of an issue as the store keeps it.
type SignOffRecord struct {
	Seq    uint64    // 1 for the first sign-off
	Time   time.Time // the sign-off time (the signed PDF's date)
	Signer string    // the 签发人 typed; "" in records made before it was asked for
	User   string    // the OS user who signed off
	SHA256 string    // hex SHA-256 of the signed PDF
}

// SignOffs lists every sign-off of the issue, oldest first (nil when it was
// never signed off). Records made before the 签发人 was asked for read
// with Signer "".
func (s *Store) SignOffs(issueID string) (list []SignOffRecord, err error) {
	defer s.guard(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	err = s.view(func(tx *bolt.Tx) error {
		ib := bucket(tx, bSignoffs).Bucket([]byte(issueID))
		if ib == nil {
			return nil
		}
		return ib.ForEachBucket(func(k []byte) error {
			sb := ib.Bucket(k)
			path := [][]byte{bSignoffs, []byte(issueID), append([]byte(nil), k...)}
			rec := SignOffRecord{Seq: seqOf(k)}
			for key, dst := range map[string]*string{string(kUser): &rec.User, string(kSigner): &rec.Signer} {
				v, err := s.getRec(sb, path, []byte(key))
				if err != nil {
					return damaged(s.path, fmt.Errorf("%s：%w", describeRecord(tx, path, []byte(key)), err))
				}
				*dst = string(v)
			}
			v, err := s.getRec(sb, path, kSnapshot)
			if err != nil {
				return damaged(s.path, fmt.Errorf("%s：%w", describeRecord(tx, path, kSnapshot), err))
			}
			var snap gazette.Issue
			if err := json.Unmarshal(v, &snap); err != nil {
				return damaged(s.path, fmt.Errorf("%s无法解读：%v", describeRecord(tx, path, kSnapshot), jsonText(err)))
			}
			rec.Time, rec.SHA256 = snap.SignedAt, snap.SignedPDFSHA256
			if rec.Signer == "" {
				rec.Signer = snap.SignedBy
			}
			list = append(list, rec)
			return nil
		})
	})
	return list, err
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
		is.SignedBy = ""
		return s.putTx(tx, is)
	})
}
