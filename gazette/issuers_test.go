package gazette

import (
	"reflect"
	"testing"
)

func TestPrintedIssuers(t *testing.T) {
	sig := Block{Type: BlockSignature, Runs: []Run{{Text: "某市人民政府办公室"}}}
	tests := []struct {
		name    string
		title   string
		issuers []string
		blocks  []Block
		want    []string
	}{
		{"single, opens the title", "某市人民政府关于某事的通知", []string{"某市人民政府"}, nil, nil},
		{"single, not shown", "关于某事的通知", []string{"某市人民政府"}, nil, []string{"某市人民政府"}},
		{"single, in the signature", "关于某事的通知", []string{"某市人民政府办公室"}, []Block{sig}, nil},
		{"joint, the title names all", "国务院办公厅、中央军委办公厅关于某事的通知", []string{"国务院办公厅", "中央军委办公厅"}, nil, nil},
		{"joint, the title names some", "某市发展和改革委员会等2部门关于某事的通知", []string{"某市发展和改革委员会", "某市财政局"}, nil, []string{"某市发展和改革委员会", "某市财政局"}},
		{"joint, another order", "中央军委办公厅、国务院办公厅关于某事的通知", []string{"国务院办公厅", "中央军委办公厅"}, nil, []string{"国务院办公厅", "中央军委办公厅"}},
	}
	for _, tt := range tests {
		a := Article{Title: tt.title, Issuers: tt.issuers, Blocks: tt.blocks}
		if got := a.PrintedIssuers(); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: PrintedIssuers = %q, want %q", tt.name, got, tt.want)
		}
	}
}
