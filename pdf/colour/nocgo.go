//go:build !cgo

package colour

// Converter without cgo: the plain formulas, no profile (see the package
// comment). Builds for the print center use cgo and Little CMS.
type Converter struct{}

// New returns the formula converter; the profile is not used.
func New(output []byte) (*Converter, error) { return &Converter{}, nil }

// Close does nothing.
func (c *Converter) Close() {}

// RGBToCMYK: K = 1 − max(R, G, B), C, M, Y the rest under K.
func (c *Converter) RGBToCMYK(rgb []byte) []byte {
	out := make([]byte, 0, len(rgb)/3*4)
	for i := 0; i+2 < len(rgb); i += 3 {
		r, g, b := rgb[i], rgb[i+1], rgb[i+2]
		mx := max(r, g, b)
		if mx == 0 {
			out = append(out, 0, 0, 0, 255)
			continue
		}
		conv := func(v uint8) uint8 { return uint8((uint32(mx-v)*255 + uint32(mx)/2) / uint32(mx)) }
		out = append(out, conv(r), conv(g), conv(b), 255-mx)
	}
	return out
}

// CMYKToRGB: R = (1 − C)(1 − K) and so on.
func (c *Converter) CMYKToRGB(cy, m, y, k float64) (r, g, b float64) {
	return (1 - cy) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)
}
