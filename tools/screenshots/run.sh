#!/usr/bin/env bash
# Writes a PNG of each workstation screen into docs/screenshots (or $1):
# the real app, on a fresh home directory (so a new database seeded with
# the demo issue), under its own Xvfb. Needs xvfb and imagemagick (import),
# which reads the window back where software GL cannot.
#   tools/screenshots/run.sh [OUTDIR] [BINARY]
set -euo pipefail
out=$(realpath -m "${1:-docs/screenshots}")
bin=$(realpath "${2:-bin/gazette}")
mkdir -p "$out"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

if [ -z "${DISPLAY:-}" ]; then
	display=":$((90 + RANDOM % 400))"
	Xvfb "$display" -screen 0 1366x900x24 -nolisten tcp >/dev/null 2>&1 &
	xvfb=$!
	trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$home"' EXIT
	for _ in $(seq 50); do
		[ -e "/tmp/.X11-unix/X${display#:}" ] && break
		sleep 0.1
	done
	export DISPLAY="$display"
fi

# The import review reads the corpus issue with page furniture when it is there.
corpus=$(realpath -m "$(dirname "$0")/../../../shared/corpus/issues/corpus_issue_2.txt")
if [ -z "${GAZETTE_SCREENSHOT_IMPORT:-}" ] && [ -f "$corpus" ]; then
	export GAZETTE_SCREENSHOT_IMPORT="$corpus"
fi

HOME="$home" XDG_CONFIG_HOME="$home/.config" LANG=zh_CN.UTF-8 GAZETTE_SCREENSHOTS="$out" \
	timeout 180 "$bin"
ls "$out"/*.png
