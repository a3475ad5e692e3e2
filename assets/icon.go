package assets

import _ "embed"

// Icon is the application icon: a red square with 公报 in white, 512 × 512
// PNG. It is drawn by tools/icon (go run ./tools/icon).
//
//go:embed icon.png
var Icon []byte
