package para

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"gazette/fonts"
)

func TestZZShow(t *testing.T) {
	titles := seedTitles
	if b, err := os.ReadFile("/tmp/h6/extra.txt"); err == nil && os.Getenv("EXTRA") != "" {
		titles = strings.Split(strings.TrimSpace(string(b)), "\n")
	}
	for _, ts := range titleSettings {
		fmt.Println("==", ts.name)
		for _, title := range titles {
			lines := Set([]Span{{Text: title, Style: fonts.SongBold, Size: ts.size}}, Options{Measure: ts.measure, Align: Center, Balance: true})
			var parts []string
			for _, l := range lines {
				parts = append(parts, fmt.Sprintf("%s(%.0f)", l.Text(), l.Width/ts.size*10))
			}
			fmt.Println(strings.Join(parts, " | "))
		}
	}
}
