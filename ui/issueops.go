package ui

import "gazette/gazette"

// WindowTitle is the title of the workstation window for the open issue.
func WindowTitle(is *gazette.Issue) string {
	if is == nil {
		return "公报编辑工作站"
	}
	return "公报编辑工作站 — " + is.Label()
}
