// Package app holds gazette's use cases: each job a user does — create,
// duplicate or import an issue, import documents into one, render it to a
// print PDF, check it, sign it off or unlock it, export it, back the
// database up or restore it — as ONE function that both the headless
// commands (package cli) and the workstation (package ui) call. Whatever
// can differ between two front ends and would show in the result — the face
// set preflight sees, which option combinations are refused, the Creator
// string and the dates in the PDF — is decided here, once.
//
// The functions take a *store.Store or plain values and return results and
// typed errors; printing, dialogs, exit codes and progress bars are the
// front ends' business.
package app

// Version is the program version, set at build time with
// -ldflags "-X gazette/app.Version=…".
var Version = "0.1.0"

// Creator is the program named in every PDF's document information, the
// same from the command line and the workstation.
func Creator() string { return "gazette " + Version }
