package gazette

// The settings that take one of a few values are typed, so that a value
// is named once (here) and a misspelt one does not compile.

// CoverMode is what the lower half of the cover shows.
type CoverMode string

// The cover modes.
const (
	CoverTOC   CoverMode = "toc"   // the sections and their documents' titles
	CoverImage CoverMode = "image" // the cover picture (Cover.Image)
)

// FolioStyle is where a page's folio stands.
type FolioStyle string

// The folio styles.
const (
	FolioOuter  FolioStyle = "outer"  // — 3 — at the outside corner
	FolioCenter FolioStyle = "center" // — 3 — centred
)

// PresetName names a layout preset.
type PresetName string

// The presets.
const (
	PresetGazette  PresetName = "公报" // the gazette's house style (docs/house-style.md)
	PresetOfficial PresetName = "公文" // GB/T 9704-2012: 3号仿宋 on the 28 × 22 grid
)

// PresetDef is one layout preset: its name, an English alias the command
// line also takes, a label for people, and its settings.
type PresetDef struct {
	Name     PresetName
	Alias    string
	Label    string
	Settings func() Settings
}

// Presets is the registry of layout presets, in the order they are offered.
var Presets = []PresetDef{
	{PresetGazette, "gazette", "公报（本刊版式）", DefaultSettings},
	{PresetOfficial, "official", "公文（GB/T 9704 版心与字符网格）", OfficialSettings},
}

// Official reports whether the settings are the 公文 preset's: the body on
// the GB/T 9704 character grid, 公文 headings and signature.
func (s Settings) Official() bool { return s.Preset == PresetOfficial }

// NumberUnit is the word an issue's number is counted in on its masthead:
// 2020年第8期（总第20期） or, as the 人大常委会公报 and the 国务院公报 print
// it, 2023年第3号（总第146号）. The empty unit is 期, so that the records and
// files written before the unit existed read unchanged.
type NumberUnit string

// The numbering units.
const (
	UnitQi  NumberUnit = "期" // 第8期, the default
	UnitHao NumberUnit = "号" // 第3号
)

// NumberUnits are the numbering units, in the order they are offered.
var NumberUnits = []NumberUnit{UnitQi, UnitHao}

// Word returns the unit as printed: 期 for the empty unit.
func (u NumberUnit) Word() string {
	if u == "" {
		return string(UnitQi)
	}
	return string(u)
}

// Valid reports whether u is a known unit (the empty unit is 期).
func (u NumberUnit) Valid() bool {
	for _, k := range NumberUnits {
		if u.Word() == string(k) {
			return true
		}
	}
	return false
}
