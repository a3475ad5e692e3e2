#!/usr/bin/env bash
# bench.sh SEED — measures the whole `gazette render SEED` process five times
# and prints the medians of CPU seconds (user + sys), wall seconds, peak RSS and
# the PDF's size. Needs GNU time (Debian package "time").
set -euo pipefail
seed=${1:?usage: tools/bench.sh SEED.txt}
bin=${BIN:-bin/gazette}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for i in 1 2 3 4 5; do
	/usr/bin/time -f "%U %S %e %M" -o "$out/t$i" "$bin" render "$seed" -o "$out/x.pdf" --force >/dev/null
done
size=$(stat -c %s "$out/x.pdf")
cat "$out"/t? | awk -v size="$size" '
	{ cpu[NR] = $1 + $2; wall[NR] = $3; rss[NR] = $4 }
	function median(a,   n, i, j, t) { n = asort(a); return a[int((n + 1) / 2)] }
	END {
		printf "render (whole process, median of %d): CPU %.3f s, wall %.3f s, peak RSS %.1f MB, PDF %d bytes (%.0f KB)\n",
			NR, median(cpu), median(wall), median(rss) / 1024, size, size / 1024
	}'
