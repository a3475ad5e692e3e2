package ui

import (
	"fmt"

	"gazette/app"
	"gazette/store"
)

// CompactDB rewrites the database without free pages, as gazette compact
// does (app.Compact): pending edits are saved, the store is closed,
// compacted (a backup is written into backups/ first) and opened again, and
// the issue that was open is opened again. On failure the database is
// opened again as it was.
func (c *Controller) CompactDB() (app.Compacted, error) {
	if err := c.Flush(); err != nil {
		return app.Compacted{}, err
	}
	db := c.Store.Path()
	openID := ""
	if c.issue != nil {
		openID = c.issue.ID
	}
	if err := c.Store.Close(); err != nil {
		return app.Compacted{}, fmt.Errorf("压缩前关闭数据库：%w", err)
	}
	res, cerr := app.Compact(db)
	s, err := store.Open(db)
	if err != nil {
		c.issue = nil
		c.gen++
		return res, fmt.Errorf("压缩后打开数据库 %s：%w", db, err)
	}
	c.Store = s
	if cerr != nil {
		return res, cerr
	}
	if openID != "" {
		if is, err := s.Get(openID); err == nil {
			c.issue, c.dirty = is, false
		} else {
			c.issue = nil
		}
	}
	c.gen++
	c.notify(ChangedIssue)
	return res, nil
}

// askCompact compacts the database after confirmation and says what it did.
func (l *IssueList) askCompact() {
	msg := "整理数据库：把数据库文件重写为不含空闲空间的新文件，文件会变小。" +
		"整理前会先在 backups/ 中备份，新文件检查无误后才替换原文件。现在整理吗？"
	confirm(l.w.Win, "整理数据库（压缩）", msg, "整理", func() {
		res, err := l.w.Ctl.CompactDB()
		l.Refresh()
		if err != nil {
			showError(l.w.Win, err)
			return
		}
		showInfo(l.w.Win, "整理数据库（压缩）", compactInfo(res))
	})
}

// compactInfo says what the compaction did, in words an editor reads.
func compactInfo(res app.Compacted) string {
	return fmt.Sprintf("数据库已整理：%s → %s。\n整理前的备份：%s", sizeText(res.Before), sizeText(res.After), res.Backup)
}

// sizeText writes a file size in KB or MB.
func sizeText(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d 字节", n)
}
