// Package locale makes the process locale one Fyne can parse before Fyne's
// lang package reads it. Imported for its side effect by package main.
//
// Fyne's lang package looks the locale up in its init and logs an error for
// "C" or "POSIX" (the locale of CI machines and minimal systems), which then
// shows up on the output of every headless subcommand. This package sorts
// before Fyne's locale dependencies (github.com/…, golang.org/…) and imports
// nothing of theirs, so the Go specification's package initialisation order
// runs its init first. Where no real locale is set, the program's own
// language, Simplified Chinese, is used.
package locale

import (
	"os"
	"strings"
)

// Fallback is the locale used when the environment names none Fyne can parse.
const Fallback = "zh_CN.UTF-8"

func init() {
	for _, key := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v, ok := os.LookupEnv(key)
		if !ok || v == "" {
			continue
		}
		if unusable(v) {
			os.Setenv(key, Fallback)
		}
		return
	}
	os.Setenv("LANG", Fallback)
}

// unusable reports locale names that carry no language (C, POSIX).
func unusable(v string) bool {
	base := v
	if i := strings.IndexAny(base, ".@"); i >= 0 {
		base = base[:i]
	}
	return base == "C" || base == "POSIX"
}
