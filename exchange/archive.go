package exchange

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"image"
	_ "image/jpeg" // image.DecodeConfig checks archived JPEG pictures
	_ "image/png"  // … and PNG pictures
	"io"
	"path"
	"strings"
	"time"

	"gazette/gazette"
)

// The archive format: a zip holding manifest.json, issue.json (the issue
// with its articles and layout settings, image bytes left out), issue.txt
// (the text form, for people) and images/NNN.png|jpg, one entry per image in
// reading order (cover first, then the articles' images as
// gazette.WalkBlocks meets them).
const (
	// ArchiveFormat names the format in the manifest.
	ArchiveFormat = "gazette-archive"
	// ArchiveVersion is the version this package writes and reads.
	ArchiveVersion = 1

	maxEntries    = 10000
	maxIssueJSON  = 64 << 20  // bytes of issue.json
	maxImage      = 32 << 20  // bytes of one image
	maxTotal      = 512 << 20 // bytes inflated in all
	maxManifest   = 1 << 20
	manifestName  = "manifest.json"
	issueJSONName = "issue.json"
	issueTextName = "issue.txt"
)

// manifest describes an archive.
type manifest struct {
	Format  string          `json:"format"`
	Version int             `json:"version"`
	Created time.Time       `json:"created"`
	Issue   string          `json:"issue"` // e.g. 景德镇市人民政府公报 2020年第8期
	Images  []manifestImage `json:"images"`
}

type manifestImage struct {
	Path   string `json:"path"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
}

// images returns pointers to the issue's images in archive order.
func images(is *gazette.Issue) []*gazette.Image {
	var out []*gazette.Image
	if is.Cover.Image != nil {
		out = append(out, is.Cover.Image)
	}
	for si := range is.Sections {
		for ai := range is.Sections[si].Articles {
			gazette.WalkBlocks(is.Sections[si].Articles[ai].Blocks, func(b *gazette.Block) {
				if b.Type == gazette.BlockImage && b.Image != nil {
					out = append(out, b.Image)
				}
			})
		}
	}
	return out
}

// WriteArchive writes the issue as one zip file: the issue with its
// articles and settings as JSON, each image as its own entry, the text form,
// and a manifest with the format version and each image's SHA-256.
func WriteArchive(w io.Writer, is *gazette.Issue) error {
	c := is.Clone()
	zw := zip.NewWriter(w)
	m := manifest{Format: ArchiveFormat, Version: ArchiveVersion, Created: time.Now().UTC().Truncate(time.Second),
		Issue: strings.TrimSpace(is.Title + " " + is.Label()), Images: []manifestImage{}}
	for i, im := range images(c) {
		ext := "png"
		if im.Format == "jpeg" || im.Format == "jpg" {
			ext = "jpg"
		}
		name := fmt.Sprintf("images/%03d.%s", i+1, ext)
		sum := sha256.Sum256(im.Data)
		m.Images = append(m.Images, manifestImage{Path: name, Size: int64(len(im.Data)), SHA256: hex.EncodeToString(sum[:])})
		if err := writeEntry(zw, name, im.Data, zip.Store); err != nil {
			return err
		}
		im.Data = nil
	}
	var js bytes.Buffer
	if err := WriteJSON(&js, c); err != nil {
		return err
	}
	if err := writeEntry(zw, issueJSONName, js.Bytes(), zip.Deflate); err != nil {
		return err
	}
	var txt bytes.Buffer
	if err := WriteText(&txt, c); err != nil {
		return err
	}
	if err := writeEntry(zw, issueTextName, txt.Bytes(), zip.Deflate); err != nil {
		return err
	}
	mb, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return fmt.Errorf("exchange: 写出清单：%w", err)
	}
	if err := writeEntry(zw, manifestName, mb, zip.Deflate); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("exchange: 写出归档：%w", err)
	}
	return nil
}

func writeEntry(zw *zip.Writer, name string, data []byte, method uint16) error {
	f, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: method, Modified: time.Now().UTC()})
	if err != nil {
		return fmt.Errorf("exchange: 写出 %s：%w", name, err)
	}
	if _, err := f.Write(data); err != nil {
		return fmt.Errorf("exchange: 写出 %s：%w", name, err)
	}
	return nil
}

// IsArchive reports whether data is an archive WriteArchive wrote: a zip
// whose manifest names the gazette archive format.
func IsArchive(data []byte) bool {
	if !bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		return false
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return false
	}
	for _, f := range zr.File {
		if f.Name == manifestName {
			b, err := readEntry(f, maxManifest)
			if err != nil {
				return false
			}
			var m manifest
			return json.Unmarshal(b, &m) == nil && m.Format == ArchiveFormat
		}
	}
	return false
}

// archiveErr is an archive error in Chinese.
func archiveErr(format string, args ...any) error {
	return fmt.Errorf("归档文件无效："+format, args...)
}

// readEntry inflates one entry, refusing more than limit bytes whatever its
// header claims.
func readEntry(f *zip.File, limit int64) ([]byte, error) {
	if f.UncompressedSize64 > uint64(limit) {
		return nil, archiveErr("%s 过大（%d 字节，上限 %d）", f.Name, f.UncompressedSize64, limit)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, archiveErr("无法打开 %s：%v", f.Name, err)
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, limit+1))
	if err != nil {
		return nil, archiveErr("无法读取 %s：%v", f.Name, err)
	}
	if int64(len(b)) > limit {
		return nil, archiveErr("%s 解压后超过 %d 字节的上限", f.Name, limit)
	}
	return b, nil
}

// safeName reports whether a zip entry name stays inside the archive.
func safeName(n string) bool {
	if n == "" || strings.Contains(n, `\`) || strings.HasPrefix(n, "/") || strings.Contains(n, ":") {
		return false
	}
	for _, part := range strings.Split(n, "/") {
		if part == ".." {
			return false
		}
	}
	return path.Clean(n) == strings.TrimSuffix(n, "/") || strings.HasSuffix(n, "/")
}

// ReadArchive reads an archive WriteArchive wrote. It checks everything
// before trusting it — entry names (no absolute paths, no ..), entry count
// and sizes (no zip bomb), the manifest's format and version, that
// issue.json decodes, that every image is there with the size and SHA-256
// the manifest gives and decodes as PNG or JPEG — and says in Chinese what
// is wrong. The issue keeps the IDs it had.
func ReadArchive(r io.ReaderAt, size int64) (*gazette.Issue, error) {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, archiveErr("不是 zip 文件（%v）", err)
	}
	files, err := archiveEntries(zr)
	if err != nil {
		return nil, err
	}
	m, mb, err := readManifest(files)
	if err != nil {
		return nil, err
	}
	jf := files[issueJSONName]
	if jf == nil {
		return nil, archiveErr("缺少 %s", issueJSONName)
	}
	jb, err := readEntry(jf, maxIssueJSON)
	if err != nil {
		return nil, err
	}
	var is gazette.Issue
	if err := json.Unmarshal(jb, &is); err != nil {
		return nil, archiveErr("%s 不是有效的刊期数据（%v）", issueJSONName, err)
	}
	if err := readImages(files, m, &is, int64(len(mb)+len(jb))); err != nil {
		return nil, err
	}
	if len(is.Sections) == 0 && strings.TrimSpace(is.Title) == "" {
		return nil, archiveErr("%s 中没有刊期内容", issueJSONName)
	}
	if !is.Unit.Valid() {
		return nil, archiveErr("%s 的期号单位（unit）“%s”无效，应为“期”或“号”", issueJSONName, is.Unit)
	}
	return &is, nil
}

// archiveEntries indexes the archive's entries by name after checking
// their count, names (no absolute paths, no .., no duplicates) and the
// total size they declare.
func archiveEntries(zr *zip.Reader) (map[string]*zip.File, error) {
	if len(zr.File) > maxEntries {
		return nil, archiveErr("条目过多（%d 个）", len(zr.File))
	}
	files := map[string]*zip.File{}
	var total uint64
	for _, f := range zr.File {
		if !safeName(f.Name) {
			return nil, archiveErr("条目名“%s”不安全（绝对路径或含 ..）", f.Name)
		}
		if _, dup := files[f.Name]; dup {
			return nil, archiveErr("条目“%s”重复", f.Name)
		}
		files[f.Name] = f
		total += f.UncompressedSize64
		if total > maxTotal {
			return nil, archiveErr("解压后总大小超过 %d 字节的上限", maxTotal)
		}
	}
	return files, nil
}

// readManifest reads and checks the manifest (format and version); it
// returns it with its bytes.
func readManifest(files map[string]*zip.File) (*manifest, []byte, error) {
	mf := files[manifestName]
	if mf == nil {
		return nil, nil, archiveErr("缺少 %s", manifestName)
	}
	mb, err := readEntry(mf, maxManifest)
	if err != nil {
		return nil, nil, err
	}
	var m manifest
	if err := json.Unmarshal(mb, &m); err != nil {
		return nil, nil, archiveErr("%s 不是有效的 JSON（%v）", manifestName, err)
	}
	if m.Format != ArchiveFormat {
		return nil, nil, archiveErr("格式“%s”不是 %s", m.Format, ArchiveFormat)
	}
	if m.Version < 1 || m.Version > ArchiveVersion {
		return nil, nil, archiveErr("格式版本 %d 不受支持（本程序读版本 1–%d，请升级程序）", m.Version, ArchiveVersion)
	}
	return &m, mb, nil
}

// readImages reads the images the manifest lists into the issue's images,
// in archive order, each checked for its size, SHA-256 and format.
// inflated is what was read so far: the bytes actually inflated count
// against maxTotal, and no entry is read twice — a manifest naming one big
// picture a thousand times must not inflate it a thousand times.
func readImages(files map[string]*zip.File, m *manifest, is *gazette.Issue, inflated int64) error {
	ims := images(is)
	if len(ims) != len(m.Images) {
		return archiveErr("清单列出 %d 张图片，刊期中有 %d 张", len(m.Images), len(ims))
	}
	used := map[string]bool{}
	for i, mi := range m.Images {
		f := files[mi.Path]
		switch {
		case f == nil:
			return archiveErr("缺少图片 %s", mi.Path)
		case used[mi.Path]:
			return archiveErr("清单中图片 %s 出现了不止一次", mi.Path)
		case mi.Size < 0 || mi.Size > maxImage:
			return archiveErr("图片 %s 过大（清单写着 %d 字节，上限 %d）", mi.Path, mi.Size, maxImage)
		case inflated+mi.Size > maxTotal:
			return archiveErr("解压后总大小超过 %d 字节的上限", maxTotal)
		}
		used[mi.Path] = true
		data, err := readImage(f, mi)
		if err != nil {
			return err
		}
		inflated += int64(len(data))
		ims[i].Data = data
	}
	return nil
}

// readImage reads one image entry, no more than the manifest says, and
// checks it against the manifest and as a PNG or JPEG picture.
func readImage(f *zip.File, mi manifestImage) ([]byte, error) {
	data, err := readEntry(f, mi.Size)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(data)
	if int64(len(data)) != mi.Size || hex.EncodeToString(sum[:]) != mi.SHA256 {
		return nil, archiveErr("图片 %s 的大小或校验和与清单不符，文件可能已损坏", mi.Path)
	}
	if _, format, err := image.DecodeConfig(bytes.NewReader(data)); err != nil {
		return nil, archiveErr("图片 %s 无法解码（%v）", mi.Path, err)
	} else if format != "png" && format != "jpeg" {
		return nil, archiveErr("图片 %s 的格式 %s 不是 PNG 或 JPEG", mi.Path, format)
	}
	return data, nil
}
