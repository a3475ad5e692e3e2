#!/bin/sh
# Rebuilds the bundled fonts in fonts/ttf from the source fonts in
# ../shared/fonts (see fonts/README.md): each subset to chars.txt (made by
# `go run charset.go > chars.txt`), with layout tables and hinting dropped, as
# plain TrueType (glyf) that gopdf-style writers, golang.org/x/image and Fyne read.
# Needs Debian's python3-fonttools.
set -eu
if [ "${1:-}" = "--cff" ]; then
	# The CFF twin of the Song face: NotoSerifCJK-Regular.ttc 2.003 (Debian 13
	# fonts-noto-cjk 1:20240730+repack1-1), face 2 = SC, subroutines kept.
	ttc=${2:?usage: subset.sh --cff PATH/NotoSerifCJK-Regular.ttc}
	mkdir -p ../otf
	exec /usr/bin/python3 -m fontTools.subset "$ttc" \
		--font-number=2 --text-file=chars.txt --layout-features='' --no-hinting \
		--drop-tables+=GSUB,GPOS,GDEF,BASE,JSTF,MATH,vhea,vmtx,VORG,DSIG \
		--name-IDs='*' --name-languages='*' --output-file=../otf/song.otf
fi
src=${1:-../../../shared/fonts}
out=../ttf
mkdir -p "$out"
sub() { # source-file target-name
	/usr/bin/python3 -m fontTools.subset "$src/$1" --text-file=chars.txt \
		--layout-features='' --no-hinting --drop-tables+=GSUB,GPOS,GDEF,BASE,JSTF,MATH,vhea,vmtx,VORG,DSIG \
		--name-IDs='*' --name-languages='*' --output-file="$out/$2"
}
sub NotoSerifSC-Regular.ttf song.ttf &
sub NotoSerifSC-Bold.ttf song-bold.ttf &
sub NotoSerifSC-Black.ttf song-black.ttf &
wait
sub NotoSansSC-Regular.ttf hei.ttf &
sub NotoSansSC-Bold.ttf hei-bold.ttf &
sub ARPLUKaiCN.ttf kai.ttf &
wait
sub FandolFang-Regular.ttf fang.ttf
