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
