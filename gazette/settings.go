package gazette

// Settings are an issue's layout settings: every value of the house style
// (docs/house-style.md) is one of these, with that value as default.
// Lengths are in millimetres, type sizes and leading in points.
type Settings struct {
	Preset PresetName `json:"preset"` // PresetGazette (default) or PresetOfficial (GB/T 9704)

	TrimWidth  float64 `json:"trim_width"`  // mm, 210 for A4
	TrimHeight float64 `json:"trim_height"` // mm, 297 for A4
	Bleed      float64 `json:"bleed"`       // mm beyond the trim, 3

	MarginTop     float64 `json:"margin_top"`     // mm
	MarginBottom  float64 `json:"margin_bottom"`  // mm
	MarginInside  float64 `json:"margin_inside"`  // mm, binding side
	MarginOutside float64 `json:"margin_outside"` // mm

	Columns int     `json:"columns"` // 1 or 2
	Gutter  float64 `json:"gutter"`  // mm between columns

	BodyFace  string  `json:"body_face"`  // a font style name: song, hei, kai, fang
	BodySize  float64 `json:"body_size"`  // pt, 12
	BodyPitch float64 `json:"body_pitch"` // pt, 20 (line pitch of the body grid)

	TitleSize    float64 `json:"title_size"`    // pt, 18
	TitleLeading float64 `json:"title_leading"` // pt, 26
	// IssuerSize is the size of the issuer line above a title (the first of
	// an article's TitleLines when the next begins with 关于): 16 in the 公报
	// preset. The 公文 preset has none (0): the line is set at the title's
	// size. Like the other sizes, 0 in a 公报 issue means the preset's value.
	IssuerSize float64 `json:"issuer_size,omitempty"`
	TableSize  float64 `json:"table_size"`  // pt, 10.5
	TablePitch float64 `json:"table_pitch"` // pt, 15

	// FolioStyle is FolioOuter (— 3 — at the outside corner) or FolioCenter.
	FolioStyle FolioStyle `json:"folio_style"`
	// RunningHeads prints 刊名 + 期号 on even pages and the section on odd pages.
	RunningHeads bool `json:"running_heads"`
	// ColophonOnBack puts the board and colophon on the back cover instead of page 2.
	ColophonOnBack bool `json:"colophon_on_back,omitempty"`

	// Faces maps a font style name (song, song-bold, song-black, hei, hei-bold,
	// kai, fang) to a TrueType file the office owns, replacing the bundled face.
	Faces map[string]string `json:"faces,omitempty"`
}

// DefaultSettings returns the 公报 preset of the house style.
func DefaultSettings() Settings {
	return Settings{
		Preset:        PresetGazette,
		TrimWidth:     210,
		TrimHeight:    297,
		Bleed:         3,
		MarginTop:     30,
		MarginBottom:  27,
		MarginInside:  28,
		MarginOutside: 25,
		Columns:       1,
		Gutter:        6,
		BodyFace:      "song",
		BodySize:      12,
		BodyPitch:     20,
		TitleSize:     18,
		TitleLeading:  26,
		IssuerSize:    16,
		TableSize:     10.5,
		TablePitch:    15,
		FolioStyle:    FolioOuter,
		RunningHeads:  true,
	}
}

// OfficialSettings returns the 公文 preset (GB/T 9704-2012): a 156 × 225 mm
// text block (天头 37 mm, 订口 28 mm), 3号 (16 pt) FangSong body on the
// standard's grid of 28 characters × 22 lines (layout's grid.go), 二号
// (22 pt) titles.
func OfficialSettings() Settings {
	s := DefaultSettings()
	s.Preset = PresetOfficial
	s.MarginTop = 37
	s.MarginBottom = 297 - 37 - 225
	s.MarginInside = 28
	s.MarginOutside = 210 - 28 - 156
	s.BodyFace = "fang"
	s.BodySize = 16
	s.BodyPitch = 225 * 2.834645669 / 22
	s.TitleSize = 22
	s.TitleLeading = 30
	s.IssuerSize = 0
	return s
}

// Preset returns the settings of the named preset (a Name of Presets, or
// its English alias; "" is the default 公报), and false for an unknown name.
func Preset(name string) (Settings, bool) {
	if name == "" {
		return DefaultSettings(), true
	}
	for _, p := range Presets {
		if string(p.Name) == name || p.Alias == name {
			return p.Settings(), true
		}
	}
	return Settings{}, false
}

// Clone returns a deep copy of the settings.
func (s Settings) Clone() Settings {
	if s.Faces != nil {
		m := make(map[string]string, len(s.Faces))
		for k, v := range s.Faces {
			m[k] = v
		}
		s.Faces = m
	}
	return s
}
