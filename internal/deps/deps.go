// Package deps pins the project's chosen modules in go.mod until the
// packages that use them import them. It is not imported by anything.
package deps

import (
	_ "fyne.io/fyne/v2/app"
	_ "fyne.io/fyne/v2/container"
	_ "fyne.io/fyne/v2/dialog"
	_ "fyne.io/fyne/v2/test"
	_ "fyne.io/fyne/v2/widget"
	_ "github.com/google/uuid"
	_ "go.etcd.io/bbolt"
	_ "golang.org/x/image/font/sfnt"
	_ "golang.org/x/image/vector"
	_ "golang.org/x/text/encoding/simplifiedchinese"
	_ "golang.org/x/text/encoding/unicode"
)
