// Package colour converts colours between the print file's CMYK output
// profile and sRGB with Little CMS 2 (Debian liblcms2-dev, through cgo):
// RGB and greyscale pictures to the press's CMYK for print, and the
// layout's CMYK colours to sRGB for the web edition.
//
// Why Little CMS through cgo: a conversion that honours an ICC output
// profile needs a colour-management engine (profile parsing, LUT
// interpolation, rendering intents, black-point compensation); Little CMS
// is the one every free prepress tool uses (Ghostscript, Scribus, GIMP),
// it ships with Debian, and the build needs cgo already for Fyne. The Go
// packages that exist handle matrix (display) profiles only, not the
// CMYK lookup tables of an output profile such as FOGRA39. A build without
// cgo uses the plain formulas of nocgo.go instead, with no profile.
package colour
