#!/usr/bin/env bash
# bench.sh SEED — measures the whole `gazette render SEED` process five times
# and prints the medians of CPU seconds (user + sys), wall seconds and peak
# RSS, and the PDF's size. Needs GNU time (Debian package "time").
set -euo pipefail
seed=${1:?usage: tools/bench.sh SEED.txt}
bin=${BIN:-bin/gazette}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for i in 1 2 3 4 5; do
	/usr/bin/time -f "%U %S %e %M" -o "$out/t$i" "$bin" render "$seed" -o "$out/x.pdf" >/dev/null 2>&1
done
median() { sort -g | sed -n 3p; }
cpu=$(awk '{ print $1 + $2 }' "$out"/t? | median)
wall=$(awk '{ print $3 }' "$out"/t? | median)
rss=$(awk '{ print $4 }' "$out"/t? | median)
size=$(stat -c %s "$out/x.pdf")
printf 'render %s (whole process, median of 5): CPU %s s, wall %s s, peak RSS %.1f MB, PDF %d bytes (%d KB)\n' \
	"$(basename "$seed")" "$cpu" "$wall" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" "$size" "$((size / 1024))"
