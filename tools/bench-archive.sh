#!/usr/bin/env bash
# bench-archive.sh — the archive at scale, whole processes: builds a database
# of 20 years × 12 issues (240 issues from the demo and the corpus's issues,
# tools/archivedb), then times gazette issues, search, verify, backup, and the
# bound volume of one year against one issue of it (CPU seconds user + sys,
# wall seconds, peak RSS; median of 3). Needs GNU time.
set -euo pipefail
bin=${BIN:-bin/gazette}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
db="$out/archive.db"
go run ./tools/archivedb -o "$db" -years 20 >/dev/null
printf 'archive: %s, %d MB\n' "$("$bin" issues --db "$db" | wc -l) issues" "$(($(stat -c %s "$db") >> 20))"
median() { sort -g | sed -n 2p; }
# measure NAME CMD... runs CMD three times and prints the medians.
measure() {
	local name=$1
	shift
	for i in 1 2 3; do
		rm -f "$out/x.pdf" "$out/b.db"
		/usr/bin/time -f "%U %S %e %M" -o "$out/t$i" "$@" >/dev/null 2>&1
	done
	cpu=$(awk '{ print $1 + $2 }' "$out"/t? | median)
	wall=$(awk '{ print $3 }' "$out"/t? | median)
	rss=$(awk '{ print $4 }' "$out"/t? | median)
	printf '%-34s CPU %5.2f s  wall %5.2f s  peak RSS %6.1f MB\n' "$name" "$cpu" "$wall" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')"
	echo "$cpu" >"$out/cpu-$name"
}
measure issues "$bin" issues --db "$db"
measure "search 文号" "$bin" search --db "$db" 景府字〔2019〕1030号
measure "search 仲裁委员会 批复" "$bin" search --db "$db" 仲裁委员会 批复
measure "search --issuer 国务院办公厅" "$bin" search --db "$db" --issuer 国务院办公厅 --year 2015
measure verify "$bin" verify --db "$db"
measure backup "$bin" backup --db "$db" -o "$out/b.db"
measure "render 2020-1" "$bin" render --db "$db" --issue 2020-1 -o "$out/x.pdf" --force
measure "volume 2020 (12 issues)" "$bin" volume --db "$db" --year 2020 -o "$out/x.pdf" --force
measure "volume 2020 continuous" "$bin" volume --db "$db" --year 2020 -o "$out/x.pdf" --folios continuous --force
awk -v a="$(cat "$out/cpu-volume 2020 (12 issues)")" -v b="$(cat "$out/cpu-render 2020-1")" \
	'BEGIN { printf "volume CPU / one issue CPU: %.1f (target ≤ 6)\n", a / b }'
