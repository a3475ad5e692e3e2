package store

import (
	"fmt"
	"os"
	"path/filepath"
)

// DefaultPath returns os.UserConfigDir()/gazette/gazette.db, creating the
// gazette directory when it is missing.
func DefaultPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("找不到用户配置目录：%w", err)
	}
	dir = filepath.Join(dir, "gazette")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("创建目录 %s：%w", dir, err)
	}
	return filepath.Join(dir, "gazette.db"), nil
}
