package app

import (
	"fmt"

	"gazette/store"
)

// Compacted is what Compact did.
type Compacted = store.CompactResult

// Compact rewrites the database at path without free pages
// (store.Compact): a -compact backup is written into backups/ first, and
// the new file replaces the old one only once it checks sound. The database
// must not be open (the workstation closes its store first).
func Compact(path string) (Compacted, error) {
	return store.Compact(path)
}

// CompactMessage says in Chinese what Compact did to the database at path.
func CompactMessage(path string, res Compacted) string {
	return fmt.Sprintf("已压缩 %s：%d 字节 → %d 字节（压缩前的备份：%s）", path, res.Before, res.After, res.Backup)
}
