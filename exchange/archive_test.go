package exchange_test

import (
	"archive/zip"
	"bytes"
	"image"
	"image/png"
	"strings"
	"testing"

	"gazette/exchange"
	"gazette/gazette"
)

func pngBytes(t *testing.T) []byte {
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewGray(image.Rect(0, 0, 3, 2))); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestArchiveRoundTrip(t *testing.T) {
	is := parseSeed(t)
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
		{"missing image", zipOf(t, [][2]string{{"manifest.json", `{"format":"gazette-archive","version":1,"images":[{"path":"images/001.png","size":1,"sha256":"00"}]}`}, {"issue.json", `{"title":"x","sections":[]}`}}), "图片"},
	}
	for _, tt := range tests {
		_, err := exchange.ReadArchive(bytes.NewReader(tt.data), int64(len(tt.data)))
		if err == nil || !strings.Contains(err.Error(), tt.error) {
			t.Errorf("%s: error %v, want one containing %q", tt.name, err, tt.error)
		}
	}
}
