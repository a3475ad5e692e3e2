package ui

import (
	"testing"

	"gazette/assets"
)

// BenchmarkRenderCover is the work behind one live-cover update after a
// change in 封面与版式 (target: well under 200 ms).
func BenchmarkRenderCover(b *testing.B) {
	is, err := assets.DemoIssue()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := RenderCover(coverCopy(is)); err != nil {
			b.Fatal(err)
		}
	}
}
