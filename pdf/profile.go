package pdf

import (
	_ "embed"
	"encoding/binary"
	"fmt"
	"sync"

	"gazette/pdf/colour"
)

// The ICC profiles of the OutputIntents, built or copied by
// icc/make-profiles.sh from Debian's icc-profiles-free (licences in
// icc/LICENSE.txt).
var (
	//go:embed icc/FOGRA39-gazette.icc
	fogra39 []byte
	//go:embed icc/sRGB.icc
	srgb []byte
)

// OutputIntent is the printing condition a print file is made for: the
// output ICC profile of the press and paper and how the PDF names it
// (ISO 15930-7 §6.2.4; PDF 1.7 §14.11.5).
type OutputIntent struct {
	// Profile is the ICC output profile (device class 'prtr', colour space
	// CMYK), embedded as the OutputIntent's DestOutputProfile.
	Profile []byte
	// Condition is the OutputConditionIdentifier: the name of the
	// characterised printing condition in the ICC registry (e.g. FOGRA39),
	// or "Custom" for a print center's own profile.
	Condition string
	// Info describes the condition for people.
	Info string
}

// DefaultPrintIntent is the printing condition of print files unless the
// cover designer chooses the print center's profile: offset on coated
// paper as characterised by FOGRA39 (ISO 12647-2:2004/Amd 1), the commonest
// condition Chinese print centers work to for government periodicals.
func DefaultPrintIntent() OutputIntent {
	return OutputIntent{Profile: fogra39, Condition: "FOGRA39",
		Info: "Coated FOGRA39 (ISO 12647-2:2004/Amd 1), 60/cm, paper type 1 or 2"}
}

// registryName is the registry of characterised printing conditions that
// OutputConditionIdentifier values come from.
const registryName = "http://www.color.org"

// CheckOutputProfile reports whether data is an ICC profile a print file's
// OutputIntent can carry: a whole profile ('acsp' signature, the size its
// header gives) of an output device (class 'prtr') in CMYK.
func CheckOutputProfile(data []byte) error {
	return checkProfile(data, "prtr", "CMYK", "输出（印刷）")
}

// checkProfile checks an ICC profile's header (ICC.1:2010 §7.2): its size,
// signature, device class and colour space (four characters, "RGB " padded).
func checkProfile(data []byte, class, space, what string) error {
	if len(data) < 132 || string(data[36:40]) != "acsp" {
		return fmt.Errorf("不是 ICC 色彩特性文件")
	}
	if n := binary.BigEndian.Uint32(data); int(n) != len(data) {
		return fmt.Errorf("ICC 文件不完整：头部说 %d 字节，实有 %d 字节", n, len(data))
	}
	if c := string(data[12:16]); c != class {
		return fmt.Errorf("ICC 文件的设备类别是 %q，应为%s设备（%q）", c, what, class)
	}
	if s := string(data[16:20]); s != space {
		return fmt.Errorf("ICC 文件的色彩空间是 %q，应为 %s", s, space)
	}
	return nil
}

// defaultConverter converts through the bundled FOGRA39 profile; made once.
var defaultConverter = sync.OnceValues(func() (*colour.Converter, error) { return colour.New(fogra39) })

// converter returns the colour converter of a file: through the print
// center's profile when the options give one (a print file), else through
// FOGRA39 — for the web edition too, whose colours show on screen as the
// default printing condition prints them.
func converter(opt Options) (*colour.Converter, error) {
	if opt.Web || len(opt.Intent.Profile) == 0 {
		return defaultConverter()
	}
	if err := CheckOutputProfile(opt.Intent.Profile); err != nil {
		return nil, fmt.Errorf("pdf: 输出意图的 ICC 文件：%w", err)
	}
	c, err := colour.New(opt.Intent.Profile)
	if err != nil {
		return nil, fmt.Errorf("pdf: 输出意图的 ICC 文件：%w", err)
	}
	return c, nil
}
