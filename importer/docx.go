package importer

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
	"unicode/utf8"
)

// DocxText converts a Word document (.docx) into the text dialect that
// ParseDocument reads, so that .docx and .txt go through one parser:
// paragraphs separated by blank lines; headings (by style — Heading 1–4,
// 标题 1–4, looked up in styles.xml — or by outline level) as "#"/"##"
// lines; list numbers Word generates (一、 （一） 1. …) written out; bold
// as **…**, superscript and subscript as <sup>…</sup>/<sub>…</sub>; tables
// as pipe tables with "<<" for a cell merged into its left neighbour
// (gridSpan) and "^^" for one merged into the cell above (vMerge); images as
// ![caption](data:image/png;base64,…) lines; Word's page breaks as
// <!-- gazette:pagebreak -->, and a <!-- gazette:break --> after a paragraph
// that ends mid-sentence, so that the parser keeps the author's paragraphs
// apart; the signature and date lines as a <!-- gazette:signature -->
// block. The archive is read in memory
// only, with caps on what is inflated; a damaged or hostile file is an error
// that names the file.
func DocxText(name string, data []byte) (string, error) {
	text, _, err := docxConvert(name, data)
	return text, err
}

// docxConvert is DocxText that also returns notes on what could not be
// carried over (a chart, an EMF picture, footnotes), in Chinese.
func docxConvert(name string, data []byte) (string, []string, error) {
	d, err := openDocx(name, data)
	if err != nil {
		return "", nil, err
	}
	if err := d.load(); err != nil {
		return "", nil, err
	}
	return d.convert()
}

// docx is one Word document being read.
type docx struct {
	name   string
	files  map[string]*zip.File // part name (no leading "/", lower case) → entry
	budget int64                // bytes that may still be inflated

	styles map[string]*docxStyle // styleId → style
	nums   *docxNumbering
	rels   map[string]string // relationship id → part name
	body   *xnode

	out   []string // converted blocks, joined with blank lines
	notes []string
	noted map[string]bool
	// lastImage is the index in out of the last image block still without a
	// caption, or -1.
	lastImage int
	images    int
	err       error // the first error met while converting (a bad picture part)
}

// openDocx checks the archive's directory before anything is inflated: it
// must be a zip, not too many entries, no entry name that points outside
// the archive, and a word/document.xml part.
func openDocx(name string, data []byte) (*docx, error) {
	if len(data) == 0 {
		return nil, fileErr(name, nil, "是空文件，没有可导入的内容")
	}
	if len(data) > MaxDocxBytes {
		return nil, fileErr(name, nil, "文件过大（%s），超过 %s 的上限", sizeLabel(int64(len(data))), sizeLabel(MaxDocxBytes))
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fileErr(name, err, "不是有效的 Word 文档（.docx）：文件不是完整的压缩包，可能已损坏或只是改了扩展名")
	}
	if len(zr.File) > maxZipEntries {
		return nil, fileErr(name, nil, "不是正常的 Word 文档：压缩包内有 %d 个条目，超过 %d 的上限", len(zr.File), maxZipEntries)
	}
	d := &docx{name: name, files: map[string]*zip.File{}, budget: maxInflateBytes, lastImage: -1, noted: map[string]bool{}}
	for _, f := range zr.File {
		if unsafeZipName(f.Name) {
			return nil, fileErr(name, nil, "不是正常的 Word 文档：压缩包内的条目“%s”指向包外的路径，已拒绝", f.Name)
		}
		d.files[strings.ToLower(f.Name)] = f
	}
	if d.files["word/document.xml"] == nil {
		return nil, fileErr(name, nil, "不是有效的 Word 文档（.docx）：压缩包内没有 word/document.xml")
	}
	return d, nil
}

// unsafeZipName reports whether an entry name is absolute or climbs out of
// the archive with "..". Nothing is ever written to disk, but such a name
// marks a hostile archive, so it is refused.
func unsafeZipName(n string) bool {
	n = strings.ReplaceAll(n, "\\", "/")
	if strings.HasPrefix(n, "/") || (len(n) >= 2 && n[1] == ':') {
		return true
	}
	for _, seg := range strings.Split(n, "/") {
		if seg == ".." {
			return true
		}
	}
	return strings.ContainsRune(n, 0)
}

// part inflates one part of the archive, or returns nil, nil when there is
// no such part. It refuses a part whose declared size is over the per-part
// cap or the remaining total, or whose compression ratio marks a zip bomb,
// and it never inflates more than it declared.
func (d *docx) part(name string) ([]byte, error) {
	f := d.files[strings.ToLower(strings.TrimPrefix(name, "/"))]
	if f == nil {
		return nil, nil
	}
	size := f.UncompressedSize64
	switch {
	case size > maxEntryBytes:
		return nil, fileErr(d.name, nil, "不是正常的 Word 文档：其中“%s”解压后有 %s，超过 %s 的上限", f.Name, sizeLabel(int64(min(size, 1<<62))), sizeLabel(maxEntryBytes))
	case int64(size) > d.budget:
		return nil, fileErr(d.name, nil, "不是正常的 Word 文档：解压后的内容超过 %s 的上限", sizeLabel(maxInflateBytes))
	case size > ratioFloor && (f.CompressedSize64 == 0 || size/max(f.CompressedSize64, 1) > maxRatio):
		return nil, fileErr(d.name, nil, "不是正常的 Word 文档：其中“%s”的压缩比异常（疑似“压缩炸弹”），已拒绝", f.Name)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fileErr(d.name, err, "Word 文档已损坏：无法读取其中的“%s”", f.Name)
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, int64(size)+1))
	if err == nil && uint64(len(b)) > size {
		err = errors.New("inflated past its declared size")
	}
	if err != nil {
		return nil, fileErr(d.name, err, "Word 文档已损坏：无法解压其中的“%s”", f.Name)
	}
	d.budget -= int64(len(b))
	return b, nil
}

// xmlPart inflates and parses one XML part; a missing part is nil, nil.
func (d *docx) xmlPart(name string) (*xnode, error) {
	b, err := d.part(name)
	if err != nil || b == nil {
		return nil, err
	}
	n, err := parseXML(b)
	if err != nil {
		return nil, fileErr(d.name, err, "Word 文档已损坏：其中“%s”不是有效的 XML", name)
	}
	return n, nil
}

// load reads the parts the body needs: styles, numbering, relationships
// and the document itself.
func (d *docx) load() error {
	styles, err := d.xmlPart("word/styles.xml")
	if err != nil {
		return err
	}
	d.styles = parseStyles(styles)
	numbering, err := d.xmlPart("word/numbering.xml")
	if err != nil {
		return err
	}
	d.nums = parseNumbering(numbering)
	rels, err := d.xmlPart("word/_rels/document.xml.rels")
	if err != nil {
		return err
	}
	d.rels = parseRels(rels, "word")
	doc, err := d.xmlPart("word/document.xml")
	if err != nil {
		return err
	}
	if doc == nil || doc.child("body") == nil {
		return fileErr(d.name, nil, "不是有效的 Word 文档（.docx）：word/document.xml 中没有正文")
	}
	d.body = doc.child("body")
	return nil
}

// parseRels maps relationship ids to part names, resolving targets against
// dir; external targets are left out.
func parseRels(root *xnode, dir string) map[string]string {
	m := map[string]string{}
	if root == nil {
		return m
	}
	for _, r := range root.kids {
		if r.name != "Relationship" || strings.EqualFold(r.attr("TargetMode"), "External") {
			continue
		}
		t := strings.ReplaceAll(r.attr("Target"), "\\", "/")
		if strings.HasPrefix(t, "/") {
			t = path.Clean(t)[1:]
		} else {
			t = path.Clean(path.Join(dir, t))
		}
		m[r.attr("Id")] = t
	}
	return m
}

// note records something that could not be carried over, once per text.
func (d *docx) note(format string, args ...any) {
	s := fmt.Sprintf(format, args...)
	if !d.noted[s] {
		d.noted[s] = true
		d.notes = append(d.notes, s)
	}
}

// convert walks the body and returns the dialect text.
func (d *docx) convert() (string, []string, error) {
	d.blocks(d.body.kids)
	if d.err != nil {
		return "", nil, d.err
	}
	for len(d.out) > 0 && d.out[len(d.out)-1] == pageBreakComment {
		d.out = d.out[:len(d.out)-1]
	}
	text := strings.Join(markBreaks(markSignatures(d.out)), "\n\n")
	if strings.TrimSpace(text) == "" {
		return "", nil, fileErr(d.name, nil, "Word 文档中没有文字内容")
	}
	return text + "\n", d.notes, nil
}

// breakComment ends a paragraph that the parser would otherwise join to
// the next one (see OpenEnded).
const breakComment = "<!-- gazette:break -->"

// plainBlock reports whether a converted block is a body paragraph (not a
// heading, table, picture or comment).
func plainBlock(b string) bool {
	b = strings.TrimPrefix(b, rightMark)
	return b != "" && !strings.HasPrefix(b, "#") && !strings.HasPrefix(b, "|") && !strings.HasPrefix(b, "![") && !strings.HasPrefix(b, "<!--")
}

// markBreaks puts a break comment after every paragraph that ends
// mid-sentence and is followed by a plain paragraph the parser would join
// to it: in a .docx the paragraphs are the author's own, never the line
// breaks of a PDF page. The head reader passes over the comments, so the
// head's lines (机关标志, 文号, title) get them too.
func markBreaks(blocks []string) []string {
	out := make([]string, len(blocks))
	for i, b := range blocks {
		out[i] = strings.TrimPrefix(b, rightMark)
		if !plainBlock(b) {
			continue
		}
		lines := strings.Split(out[i], "\n")
		if OpenEnded(lines[len(lines)-1]) && !IsNumbered(out[i]) && i+1 < len(blocks) && plainBlock(blocks[i+1]) && !IsNumbered(strings.TrimPrefix(blocks[i+1], rightMark)) {
			out[i] += "\n" + breakComment
		}
	}
	return out
}

// signatureComment starts a signature block: the lines after it, up to a
// blank line, are set flush right.
const signatureComment = "<!-- gazette:signature -->"

// markSignatures turns the signature of a document — one to four short
// lines ending in a date line, either set flush right in Word or, after
// the body has begun, issuer names (issuerLine) — into one signature
// block, so that the parser neither joins the lines into a paragraph nor
// takes them for body text.
func markSignatures(blocks []string) []string {
	var out []string
	body := false
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		if !plainBlock(b) {
			out = append(out, b)
			continue
		}
		j := i
		var lines []string
		date := false
		for ; j < len(blocks) && j-i < 4 && plainBlock(blocks[j]); j++ {
			right := strings.HasPrefix(blocks[j], rightMark)
			t := strings.TrimPrefix(blocks[j], rightMark)
			if utf8.RuneCountInString(t) > 40 || strings.ContainsAny(t, "。；！？，") {
				break
			}
			if _, ok := dateAlone(t); ok {
				date = right || (body && len(lines) > 0)
				lines = append(lines, t)
				j++
				break
			}
			if _, ok := issuerLine(plainOf(t)); !right && !(body && ok) {
				break
			}
			lines = append(lines, strings.Split(t, "  \n")...)
		}
		if !date {
			out = append(out, b)
			body = body || !OpenEnded(strings.TrimPrefix(b, rightMark))
			continue
		}
		out = append(out, signatureComment+"\n"+strings.Join(lines, "\n"))
		i = j - 1
	}
	return out
}

// xnode is an XML element with its local name, attributes, children and,
// for text elements, its character data.
type xnode struct {
	name  string
	attrs []xml.Attr
	kids  []*xnode
	text  string
}

// attr returns the value of the attribute with the given local name.
func (n *xnode) attr(local string) string {
	if n == nil {
		return ""
	}
	for _, a := range n.attrs {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// child returns the first child with the given local name, or nil.
func (n *xnode) child(local string) *xnode {
	if n == nil {
		return nil
	}
	for _, k := range n.kids {
		if k.name == local {
			return k
		}
	}
	return nil
}

// val returns the w:val of the named child, and whether the child exists.
func (n *xnode) val(local string) (string, bool) {
	c := n.child(local)
	if c == nil {
		return "", false
	}
	return c.attr("val"), true
}

// find returns the first descendant (depth first) with the local name.
func (n *xnode) find(local string) *xnode {
	if n == nil {
		return nil
	}
	for _, k := range n.kids {
		if k.name == local {
			return k
		}
		if f := k.find(local); f != nil {
			return f
		}
	}
	return nil
}

// maxXMLDepth bounds element nesting so hostile XML cannot exhaust the stack.
const maxXMLDepth = 256

// textElems are the elements whose character data is kept: w:t, m:t
// (equations) and w:delText is deliberately not among them.
var textElems = map[string]bool{"t": true}

// parseXML reads a whole XML document into a tree of xnodes. encoding/xml
// expands no entities beyond the predefined ones, so there is no entity
// bomb; depth is bounded.
func parseXML(b []byte) (*xnode, error) {
	dec := xml.NewDecoder(bytes.NewReader(b))
	root := &xnode{}
	stack := []*xnode{root}
	for {
		tok, err := dec.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		top := stack[len(stack)-1]
		switch t := tok.(type) {
		case xml.StartElement:
			if len(stack) > maxXMLDepth {
				return nil, errors.New("XML nested too deeply")
			}
			n := &xnode{name: t.Name.Local, attrs: t.Attr}
			top.kids = append(top.kids, n)
			stack = append(stack, n)
		case xml.EndElement:
			if len(stack) == 1 || top.name != t.Name.Local {
				return nil, errors.New("unbalanced XML")
			}
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if textElems[top.name] {
				top.text += string(t)
			}
		}
	}
	if len(stack) != 1 || len(root.kids) == 0 {
		return nil, errors.New("incomplete XML")
	}
	return root.kids[0], nil
}
