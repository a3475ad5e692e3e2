package importer

import (
	"archive/zip"
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
)

// The limits on what is read. Nothing larger is ever held in memory, and an
// archive is never inflated beyond them.
const (
	MaxTextBytes    = 50 << 20  // a .txt/.md file or pasted text
	MaxDocxBytes    = 200 << 20 // a .docx file as stored on disk
	maxEntryBytes   = 50 << 20  // one inflated .docx part
	maxInflateBytes = 200 << 20 // all inflated .docx parts together
	maxZipEntries   = 10000     // parts in one .docx
	// maxRatio is the largest inflated/compressed ratio accepted for a part
	// bigger than ratioFloor: deflate tops out near 1032:1, real Word XML
	// sits well under 100:1, a zip bomb sits near the top.
	maxRatio   = 200
	ratioFloor = 1 << 20
)

// FileError is why a file (or pasted text) could not be imported: the file
// as the user named it and a Chinese reason. Its message reads
// “文件名”：原因, so every refusal names the file.
type FileError struct {
	File   string // the path or name as given
	Reason string // Chinese, e.g. 是空文件
	Err    error  // the underlying error, if any
}

func (e *FileError) Error() string {
	return fmt.Sprintf("“%s”：%s", e.File, e.Reason)
}

// Unwrap returns the underlying error.
func (e *FileError) Unwrap() error { return e.Err }

// fileErr returns a *FileError for name with a formatted reason.
func fileErr(name string, err error, format string, args ...any) error {
	return &FileError{File: name, Reason: fmt.Sprintf(format, args...), Err: err}
}

// kind is what a file holds, as told by its content or its extension.
type kind int

const (
	kindUnknown kind = iota
	kindText
	kindDocx
	kindRefused // a format we do not read, named by a label
	kindBadDocx // named .docx but not a zip at all
)

// refusedExt maps the extensions of formats we do not read to their names.
var refusedExt = map[string]string{
	".doc":   "Word 97-2003 文档（.doc）",
	".dot":   "Word 97-2003 模板（.dot）",
	".wps":   "WPS 文字文档（.wps）",
	".wpt":   "WPS 文字模板（.wpt）",
	".pdf":   "PDF 文件（.pdf）",
	".ofd":   "OFD 版式文件（.ofd）",
	".rtf":   "RTF 富文本文件（.rtf）",
	".odt":   "OpenDocument 文本（.odt）",
	".xls":   "Excel 表格（.xls）",
	".xlsx":  "Excel 表格（.xlsx）",
	".et":    "WPS 表格（.et）",
	".ppt":   "PowerPoint 演示文稿（.ppt）",
	".pptx":  "PowerPoint 演示文稿（.pptx）",
	".dps":   "WPS 演示文稿（.dps）",
	".htm":   "网页文件（.htm）",
	".html":  "网页文件（.html）",
	".mht":   "网页存档（.mht）",
	".mhtml": "网页存档（.mhtml）",
	".ceb":   "CEB 版式文件（.ceb）",
	".caj":   "CAJ 文件（.caj）",
}

// textExt are the extensions read as plain text.
var textExt = map[string]bool{".txt": true, ".text": true, ".md": true, ".markdown": true}

// magic are the leading bytes of formats we recognise and refuse, with
// their names. Zip-based formats are told apart in sniffZip.
var magic = []struct {
	prefix string
	label  string
}{
	{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "Word 97-2003 或 WPS 文档（OLE 复合文档，如 .doc/.wps）"},
	{"%PDF", "PDF 文件"},
	{"{\\rtf", "RTF 富文本文件"},
	{"\x89PNG\r\n\x1a\n", "PNG 图片"},
	{"\xFF\xD8\xFF", "JPEG 图片"},
	{"GIF87a", "GIF 图片"},
	{"GIF89a", "GIF 图片"},
	{"BM", ""}, // BMP only when the header is plausible; see sniff
	{"II*\x00", "TIFF 图片"},
	{"MM\x00*", "TIFF 图片"},
	{"Rar!\x1a\x07", "RAR 压缩包"},
	{"7z\xBC\xAF\x27\x1C", "7z 压缩包"},
	{"\x1F\x8B", "gzip 压缩文件"},
	{"MZ", ""}, // a Windows program only with a PE header; see sniff
	{"\x7FELF", "可执行程序"},
	{"MIME-Version:", "网页存档（.mht）"},
	{"ITSF", "CHM 帮助文件"},
	{"<?xml", ""}, // Word 2003 XML when it says so; see sniff
}

// sniff tells a file's kind from its content alone. For a refused format
// it returns the format's name.
func sniff(data []byte) (kind, string) {
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) || bytes.HasPrefix(data, []byte("PK\x05\x06")) {
		return sniffZip(data)
	}
	for _, m := range magic {
		if !bytes.HasPrefix(data, []byte(m.prefix)) {
			continue
		}
		switch m.prefix {
		case "BM":
			if len(data) >= 26 && data[6] == 0 && data[7] == 0 && data[8] == 0 && data[9] == 0 {
				return kindRefused, "BMP 图片"
			}
			continue
		case "MZ":
			if len(data) >= 64 {
				return kindRefused, "Windows 程序"
			}
			continue
		case "<?xml":
			head := data[:min(len(data), 4096)]
			if bytes.Contains(head, []byte("progid=\"Word.Document\"")) || bytes.Contains(head, []byte("schemas.microsoft.com/office/word/2003")) {
				return kindRefused, "Word 2003 XML 文档"
			}
			continue
		}
		return kindRefused, m.label
	}
	return kindUnknown, ""
}

// sniffZip tells the zip-based formats apart by the parts they hold: a
// .docx has word/document.xml, an OFD has OFD.xml, an OpenDocument file a
// mimetype part. It only reads the zip's directory.
func sniffZip(data []byte) (kind, string) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return kindRefused, "已损坏的压缩文件"
	}
	has := func(name string) bool {
		for _, f := range zr.File {
			if strings.EqualFold(strings.TrimPrefix(f.Name, "/"), name) {
				return true
			}
		}
		return false
	}
	switch {
	case has("word/document.xml"):
		return kindDocx, ""
	case has("OFD.xml"):
		return kindRefused, "OFD 版式文件"
	case has("xl/workbook.xml"):
		return kindRefused, "Excel 表格（.xlsx）"
	case has("ppt/presentation.xml"):
		return kindRefused, "PowerPoint 演示文稿（.pptx）"
	case has("mimetype") && has("content.xml"):
		return kindRefused, "OpenDocument 文档（.odt）"
	}
	return kindRefused, "压缩包（其中没有 Word 文档的内容）"
}

// classify decides how to read a file from its name and content. The
// content wins when it is a real .docx (whatever the extension) or a format
// we refuse (an OLE2 .doc renamed .docx is still refused); otherwise the
// extension decides, and a refused extension is refused.
func classify(name string, data []byte) (kind, string) {
	k, label := sniff(data)
	if k == kindDocx || k == kindRefused {
		return k, label
	}
	ext := strings.ToLower(filepath.Ext(name))
	if l, ok := refusedExt[ext]; ok {
		return kindRefused, l
	}
	if ext == ".docx" || ext == ".docm" || ext == ".dotx" {
		return kindBadDocx, ""
	}
	if textExt[ext] {
		return kindText, ""
	}
	return kindUnknown, ext
}

// refuse returns the error for a file in a format we do not read: it names
// the file and the format and says what to do.
func refuse(name, label string) error {
	return fileErr(name, nil, "这是%s，不能直接导入。请在 Word 或 WPS 中打开它，另存为 .docx（Word 文档）或 .txt（纯文本）后再导入", label)
}
