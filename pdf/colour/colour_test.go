package colour

import (
	"os"
	"testing"
)

// fogra39 is the print profile package pdf embeds.
func fogra39(t *testing.T) []byte {
	b, err := os.ReadFile("../icc/FOGRA39-gazette.icc")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestConversions checks conversions through FOGRA39 against what the
// printing condition is known to do: white paper takes no ink, sRGB black
// is a rich four-colour black within the 330 % total ink limit, a pure
// red needs magenta and yellow and no cyan, grey is neutral; on the way
// back, 100 % K is near black, the masthead red (0/100/100/10) a dark
// saturated red, paper white white.
func TestConversions(t *testing.T) {
	c, err := New(fogra39(t))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	px := c.RGBToCMYK([]byte{255, 255, 255, 0, 0, 0, 255, 0, 0, 128, 128, 128})
	white, black, red, grey := px[0:4], px[4:8], px[8:12], px[12:16]
	if white[0]+white[1]+white[2]+white[3] > 3 {
		t.Errorf("white → %v, want no ink", white)
	}
	if sum := int(black[0]) + int(black[1]) + int(black[2]) + int(black[3]); black[3] < 200 || sum > 330*255/100+3 || sum < 250*255/100 {
		t.Errorf("black → %v (total %d %%), want a rich black within 330 %%", black, sum*100/255)
	}
	if red[0] > 20 || red[1] < 200 || red[2] < 200 {
		t.Errorf("red → %v, want M and Y without C", red)
	}
	if d := int(grey[0]) - int(grey[1]); d < 0 || grey[3] < 40 {
		t.Errorf("grey → %v, want C ≥ M (neutral on press) and some K", grey)
	}
	if r, g, b := c.CMYKToRGB(0, 0, 0, 1); r > 0.15 || g > 0.15 || b > 0.15 {
		t.Errorf("100 K → %.2f %.2f %.2f, want near black", r, g, b)
	}
	if r, g, b := c.CMYKToRGB(0, 1, 1, 0.1); r < 0.6 || g > 0.2 || b > 0.2 {
		t.Errorf("masthead red → %.2f %.2f %.2f", r, g, b)
	}
	if r, g, b := c.CMYKToRGB(0, 0, 0, 0); r < 0.97 || g < 0.97 || b < 0.97 {
		t.Errorf("paper → %.2f %.2f %.2f, want white", r, g, b)
	}
	if _, err := New([]byte("no profile")); err == nil {
		t.Error("a text taken as a profile")
	}
}
