package app

import (
	"fmt"
	"os"

	"gazette/gazette"
	"gazette/store"
)

// Backup writes a copy of the database st to path (whole or not at all,
// internal/atomicfile through store.BackupFile) and checks the copy as a
// restore would (store.VerifyBackup). It returns the copy's size in bytes.
func Backup(st *store.Store, path string) (int64, error) {
	if err := st.BackupFile(path); err != nil {
		return 0, fmt.Errorf("备份到 %s：%w", path, err)
	}
	if err := store.VerifyBackup(path); err != nil {
		_ = os.Remove(path) // a backup that fails its check is no backup
		return 0, fmt.Errorf("备份写成了，但检查不通过，已删除：%w", err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		return 0, err
	}
	return fi.Size(), nil
}

// Restore checks the backup at backupPath and puts it in place of the
// database at dbPath, which must not be open (store.RestoreFile: refused
// while another gazette holds it). The current file is kept aside; its new
// name is returned ("" when there was none).
func Restore(backupPath, dbPath string) (aside string, err error) {
	return store.RestoreFile(backupPath, dbPath)
}

// Verify checks the database file st (pages, records) and validates every
// issue; it returns the issues with what their validation found.
func Verify(st *store.Store) ([]Verified, error) {
	if err := st.Check(); err != nil {
		return nil, err
	}
	list, err := st.List()
	if err != nil {
		return nil, err
	}
	out := make([]Verified, 0, len(list))
	for _, s := range list {
		is, err := st.Get(s.ID)
		if err != nil {
			return nil, err
		}
		out = append(out, Verified{Issue: is, Problems: is.Validate()})
	}
	return out, nil
}

// Verified is one issue checked by Verify.
type Verified struct {
	Issue    *gazette.Issue
	Problems []gazette.Problem
}
