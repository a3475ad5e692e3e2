//go:build cgo

package colour

/*
#cgo pkg-config: lcms2
#include <stdlib.h>
#include <lcms2.h>
*/
import "C"

import (
	"errors"
	"fmt"
	"runtime"
	"unsafe"
)

// Converter holds the two transforms between a CMYK output profile and
// sRGB. It is safe for concurrent use (the transforms keep no cache).
type Converter struct {
	toCMYK C.cmsHTRANSFORM // sRGB 8-bit → CMYK 8-bit, perceptual
	toRGB  C.cmsHTRANSFORM // CMYK 16-bit → sRGB 16-bit, relative colorimetric
}

// New returns a converter between the CMYK output profile (an ICC
// profile's bytes) and sRGB (Little CMS's built-in sRGB profile).
func New(output []byte) (*Converter, error) {
	if len(output) == 0 {
		return nil, errors.New("colour: 没有输出特性文件")
	}
	p := C.CBytes(output)
	defer C.free(p)
	out := C.cmsOpenProfileFromMem(p, C.cmsUInt32Number(len(output)))
	if out == nil {
		return nil, errors.New("colour: Little CMS 读不了这个 ICC 特性文件")
	}
	defer C.cmsCloseProfile(out)
	if C.cmsGetColorSpace(out) != C.cmsSigCmykData {
		return nil, errors.New("colour: 输出特性文件不是 CMYK")
	}
	srgb := C.cmsCreate_sRGBProfile()
	defer C.cmsCloseProfile(srgb)
	// Pictures: perceptual, the intent for photographs (ICC.1 §6.2.2),
	// with black-point compensation; colours: relative colorimetric, so
	// that the masthead red stays the red of the press sheet on screen.
	flags := C.cmsUInt32Number(C.cmsFLAGS_NOCACHE | C.cmsFLAGS_BLACKPOINTCOMPENSATION)
	c := &Converter{
		toCMYK: C.cmsCreateTransform(srgb, C.TYPE_RGB_8, out, C.TYPE_CMYK_8, C.INTENT_PERCEPTUAL, flags),
		toRGB:  C.cmsCreateTransform(out, C.TYPE_CMYK_16, srgb, C.TYPE_RGB_16, C.INTENT_RELATIVE_COLORIMETRIC, flags),
	}
	if c.toCMYK == nil || c.toRGB == nil {
		c.Close()
		return nil, fmt.Errorf("colour: Little CMS 不能用这个特性文件建立转换")
	}
	runtime.SetFinalizer(c, (*Converter).Close)
	return c, nil
}

// Close frees the transforms.
func (c *Converter) Close() {
	if c.toCMYK != nil {
		C.cmsDeleteTransform(c.toCMYK)
		c.toCMYK = nil
	}
	if c.toRGB != nil {
		C.cmsDeleteTransform(c.toRGB)
		c.toRGB = nil
	}
	runtime.SetFinalizer(c, nil)
}

// RGBToCMYK converts 8-bit sRGB pixels (3 bytes each) to 8-bit CMYK
// (4 bytes each, 255 = full ink, as DeviceCMYK).
func (c *Converter) RGBToCMYK(rgb []byte) []byte {
	n := len(rgb) / 3
	out := make([]byte, 4*n)
	if n == 0 {
		return out
	}
	C.cmsDoTransform(c.toCMYK, unsafe.Pointer(&rgb[0]), unsafe.Pointer(&out[0]), C.cmsUInt32Number(n))
	runtime.KeepAlive(rgb)
	return out
}

// CMYKToRGB converts one CMYK colour (components 0–1) to sRGB (0–1).
func (c *Converter) CMYKToRGB(cy, m, y, k float64) (r, g, b float64) {
	u16 := func(v float64) C.cmsUInt16Number { return C.cmsUInt16Number(max(0, min(1, v))*65535 + 0.5) }
	in := [4]C.cmsUInt16Number{u16(cy), u16(m), u16(y), u16(k)}
	var out [3]C.cmsUInt16Number
	C.cmsDoTransform(c.toRGB, unsafe.Pointer(&in[0]), unsafe.Pointer(&out[0]), 1)
	return float64(out[0]) / 65535, float64(out[1]) / 65535, float64(out[2]) / 65535
}
