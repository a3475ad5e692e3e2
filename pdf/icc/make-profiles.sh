#!/bin/sh
# make-profiles.sh rebuilds the ICC profiles that package pdf embeds:
#
#   FOGRA39-gazette.icc  the print OutputIntent of PDF/X (CMYK output profile),
#                        built here with ArgyllCMS's colprof from Fogra's
#                        FOGRA39L characterisation data (offset on coated
#                        paper, ISO 12647-2:2004/Amd 1) as Debian's
#                        icc-profiles-free ships it;
#   sRGB.icc             the web edition's OutputIntent of PDF/A, copied as
#                        icc-profiles-free ships it.
#
# Needs the Debian packages argyll and icc-profiles-free. The profile is
# made at colprof's low quality (-ql): its tables stay small (about 28 KB,
# 15 KB deflated in a PDF) and it reproduces the FOGRA39 data within
# 0.5 ΔE on average (colprof's own check, printed at the end). Total ink is
# limited to 330 % and black to 100 %, as for the FOGRA39 print condition;
# black is generated on a ramp (-kr). The .ti3 data are not stored in the
# profile (-nc).
set -eu
cd "$(dirname "$0")"
src=/usr/share/color/icc
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$src/FOGRA39L.ti3" "$tmp/"
colprof -v -ql -nc -kr -l330 -L100 -A "gazette" \
	-D "FOGRA39 (Coated FOGRA39, ISO 12647-2:2004/Amd 1) by gazette" \
	-C "No copyright: made by gazette with ArgyllCMS colprof from FOGRA39L.ti3 (icc-profiles-free, Zlib licence)" \
	-O "$tmp/FOGRA39-gazette.icc" "$tmp/FOGRA39L" | tail -1
cp "$tmp/FOGRA39-gazette.icc" FOGRA39-gazette.icc
cp "$src/sRGB.icc" sRGB.icc
ls -l FOGRA39-gazette.icc sRGB.icc
