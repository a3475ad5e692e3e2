package importer
import ("testing";"time";"os";"fmt")
func FuzzZZ(f *testing.F) {
	f.Add(sampleDocx(f))
	f.Add(zipParts(f, docxParts(wtbl(wtr(wtc(`<w:gridSpan w:val="3"/>`, "甲")), wtr(wtc(`<w:vMerge/>`, ""), wtc("", "乙"))))))
	f.Add(zipParts(f, docxParts(wpNum("1", "0", wr("甲"))+wpNum("1", "2", wr("乙"))+wp("", wrImage("rId5", "x")))))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		done := make(chan bool)
		go func(){ select { case <-done: case <-time.After(2*time.Second): os.WriteFile(fmt.Sprintf("/tmp/imp/slow_%d.bin", time.Now().UnixNano()), data, 0644) } }()
		text, err := DocxText("fuzz.docx", data)
		if err == nil { ParseDocument("fuzz.docx", text) }
		close(done)
		_ = start
	})
}
