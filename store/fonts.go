package store

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// FontDir returns the folder beside the database at dbPath where the
// office's own font files are kept (an issue's Settings.Faces point there).
func FontDir(dbPath string) string { return filepath.Join(filepath.Dir(dbPath), "fonts") }

// KeepFont copies the font file at src into FontDir beside the database, so
// that an issue which uses it keeps working when the original is moved,
// and returns the path of the copy. The copy is named after the original
// with the first 8 hex digits of its SHA-256 (方正小标宋-1a2b3c4d.ttf): the
// same file kept twice is stored once, and a different file of the same name
// does not replace the first. Checking that the file is a usable TrueType
// face is the caller's (fonts.Set.Replace) business.
func (s *Store) KeepFont(src string) (string, error) {
	data, err := os.ReadFile(src)
	if err != nil {
		return "", fmt.Errorf("读取字体文件 %s：%w", src, err)
	}
	sum := sha256.Sum256(data)
	base := filepath.Base(src)
	ext := filepath.Ext(base)
	name := strings.TrimSuffix(base, ext) + "-" + hex.EncodeToString(sum[:4]) + strings.ToLower(ext)
	dir := FontDir(s.path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("创建字体目录 %s：%w", dir, err)
	}
	dst := filepath.Join(dir, name)
	if _, err := os.Stat(dst); err == nil {
		return dst, nil
	}
	err = writeAtomic(dst, func(f io.Writer) error {
		_, err := f.Write(data)
		return err
	})
	if err != nil {
		return "", fmt.Errorf("保存字体文件 %s：%w", dst, err)
	}
	return dst, nil
}
