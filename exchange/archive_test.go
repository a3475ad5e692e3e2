package exchange_test

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"image"
	"image/png"
	"strings"
	"testing"

	"gazette/exchange"
	"gazette/gazette"
	"gazette/internal/testseed"
)

func pngBytes(t *testing.T) []byte {
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewGray(image.Rect(0, 0, 3, 2))); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestArchiveRoundTrip(t *testing.T) {
	is := testseed.Issue(t)
	a := &is.Sections[0].Articles[0]
	a.Blocks = append(a.Blocks, gazette.Block{Type: gazette.BlockImage, Image: &gazette.Image{Name: "x.png", Format: "png", Data: pngBytes(t), Width: 3, Height: 2}})
	var b bytes.Buffer
	if err := exchange.WriteArchive(&b, is); err != nil {
		t.Fatal(err)
	}
	if !exchange.IsArchive(b.Bytes()) || exchange.IsArchive([]byte("PK\x03\x04junk")) {
		t.Error("IsArchive wrong")
	}
	back, err := exchange.ReadArchive(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		t.Fatal(err)
	}
	if jsonOf(t, back) != jsonOf(t, is) {
		t.Error("archive round trip changed the issue")
	}
}

// zipOf builds a zip from name → content.
func zipOf(t *testing.T, files [][2]string) []byte {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, f := range files {
		w, err := zw.Create(f[0])
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(f[1]))
	}
	zw.Close()
	return b.Bytes()
}

func TestReadArchiveRejects(t *testing.T) {
	manifest := `{"format":"gazette-archive","version":1,"images":[]}`
	bomb := strings.Repeat("0", 65<<20)
	tests := []struct {
		name  string
		data  []byte
		error string
	}{
		{"not zip", []byte("hello"), "不是 zip"},
		{"no manifest", zipOf(t, [][2]string{{"issue.json", "{}"}}), "缺少 manifest.json"},
		{"path trick", zipOf(t, [][2]string{{"../evil", "x"}, {"manifest.json", manifest}}), "不安全"},
		{"absolute", zipOf(t, [][2]string{{"/etc/x", "x"}}), "不安全"},
		{"new version", zipOf(t, [][2]string{{"manifest.json", `{"format":"gazette-archive","version":9}`}}), "版本 9"},
		{"other format", zipOf(t, [][2]string{{"manifest.json", `{"format":"x","version":1}`}}), "格式"},
		{"bad json", zipOf(t, [][2]string{{"manifest.json", manifest}, {"issue.json", "{"}}), "不是有效的刊期数据"},
		{"bomb", zipOf(t, [][2]string{{"manifest.json", manifest}, {"issue.json", bomb}}), "上限"},
		{"unknown unit", zipOf(t, [][2]string{{"manifest.json", manifest}, {"issue.json", `{"title":"x","unit":"册","sections":[]}`}}), "issue.json 的期号单位（unit）“册”无效"},
		{"missing image", zipOf(t, [][2]string{{"manifest.json", `{"format":"gazette-archive","version":1,"images":[{"path":"images/001.png","size":1,"sha256":"00"}]}`}, {"issue.json", `{"title":"x","sections":[]}`}}), "图片"},
	}
	for _, tt := range tests {
		_, err := exchange.ReadArchive(bytes.NewReader(tt.data), int64(len(tt.data)))
		if err == nil || !strings.Contains(err.Error(), tt.error) {
			t.Errorf("%s: error %v, want one containing %q", tt.name, err, tt.error)
		}
	}
}

// TestReadArchiveImageLimits: a manifest cannot make one picture be inflated
// twice, nor a picture be longer than the manifest says.
func TestReadArchiveImageLimits(t *testing.T) {
	png := string(pngBytes(t))
	sum := func(s string) string {
		h := sha256.Sum256([]byte(s))
		return hex.EncodeToString(h[:])
	}
	twoImages := `{"title":"x","sections":[{"name":"s","articles":[{"blocks":[{"type":"image","image":{"format":"png"}},{"type":"image","image":{"format":"png"}}]}]}]}`
	oneImage := `{"title":"x","sections":[{"name":"s","articles":[{"blocks":[{"type":"image","image":{"format":"png"}}]}]}]}`
	entry := func(size int) string {
		return fmt.Sprintf(`{"path":"images/001.png","size":%d,"sha256":"%s"}`, size, sum(png))
	}
	tests := []struct {
		name, manifest, issue, want string
	}{
		{"same picture twice", `{"format":"gazette-archive","version":1,"images":[` + entry(len(png)) + `,` + entry(len(png)) + `]}`, twoImages, "出现了不止一次"},
		{"longer than the manifest", `{"format":"gazette-archive","version":1,"images":[` + entry(len(png)-10) + `]}`, oneImage, "上限"},
		{"manifest size absurd", `{"format":"gazette-archive","version":1,"images":[` + entry(1<<40) + `]}`, oneImage, "过大"},
	}
	for _, tt := range tests {
		data := zipOf(t, [][2]string{{"manifest.json", tt.manifest}, {"issue.json", tt.issue}, {"images/001.png", png}})
		_, err := exchange.ReadArchive(bytes.NewReader(data), int64(len(data)))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one containing %q", tt.name, err, tt.want)
		}
	}
	// The same archive with a true manifest reads.
	data := zipOf(t, [][2]string{{"manifest.json", `{"format":"gazette-archive","version":1,"images":[` + entry(len(png)) + `]}`}, {"issue.json", oneImage}, {"images/001.png", png}})
	if _, err := exchange.ReadArchive(bytes.NewReader(data), int64(len(data))); err != nil {
		t.Errorf("a sound archive: %v", err)
	}
}
