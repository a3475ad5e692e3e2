package importer

import (
	"reflect"
	"testing"
)

// TestIssuersFromJointTitle: the organs of a joint title written with 、
// are each an issuer (corpus 016 and 031 list two); a name holding a 、 that
// is not a list of organs stays as it was read.
func TestIssuersFromJointTitle(t *testing.T) {
	tests := []struct {
		title string
		want  []string
	}{
		{"国务院办公厅、中央军委办公厅关于加强某项工作的通知", []string{"国务院办公厅", "中央军委办公厅"}},
		{"国务院、中央军委关于某事的批复", []string{"国务院", "中央军委"}},
		{"某省人民政府、某省军区关于某事的通知", []string{"某省人民政府", "某省军区"}},
		{"某市人民政府关于某事的通知", []string{"某市人民政府"}},
		{"关于某事的通知", nil},
	}
	for _, tt := range tests {
		if got := issuersFromTitle(tt.title); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("issuersFromTitle(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}
