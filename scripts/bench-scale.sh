#!/usr/bin/env bash
# bench-scale.sh [SIZES...] — the issue-9 scaling benchmark: citebot against
# bleve v2.6.1 (BM25) on synthetic corpora of 5, 50 and 200 MB (or SIZES,
# in MB), all in one run, and a paste-ready markdown table with scaling
# exponents e = log(t2/t1)/log(s2/s1).
#
# It builds citebot from this tree and the tools of the bench/ module
# (gencorpus, blevebench, citebotq), generates the corpora once (cached),
# and for each size measures, each command as its own process under
# /usr/bin/time and timeout:
#   citebot index            wall, user+sys CPU, peak RSS, index size on disk
#   citebot ask (cold)       BENCH_ASK_RUNS runs on the warm index: median wall and peak RSS
#   citebotq                 retrieval.Open + Index.Search per question, in process: p50/p95, recall@k
#   blevebench index/query   the same chunks (citebot's ingest.Parse) in bleve: the same figures
# A step that fails or outlasts BENCH_TIMEOUT leaves its cells "skipped".
# It uses only the CLI and the public Go API, so it runs on any index format.
#
# Environment:
#   CITEBOT_SCALE_DIR  corpora, builds and results (default /tmp/citebot-scale)
#   BENCH_SEED         corpus seed (default 1)
#   BENCH_TIMEOUT      seconds allowed to each step (default 1800)
#   BENCH_ASK_RUNS     cold asks per size (default 5; 3 from 100 MB)
#   BENCH_QUERY_RUNS   timed passes over the 100 questions (default 3; 1 from 100 MB)
#   BENCH_ENGINES      which engines to measure (default "citebot bleve")
#   BENCH_REPORT       a run folder of an earlier run: print its table again, measure nothing
set -uo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(5 50 200)
dir=${CITEBOT_SCALE_DIR:-/tmp/citebot-scale}
seed=${BENCH_SEED:-1}
limit=${BENCH_TIMEOUT:-1800}
run=${BENCH_REPORT:-"$dir/run-$(date -u +%Y%m%dT%H%M%SZ)"}
bin="$run/bin"
mkdir -p "$bin" || exit 1

log() { echo "bench-scale: $*" >&2; }

# timed NAME CMD...: runs CMD under timeout and /usr/bin/time, its output in
# $out/NAME.out and .err, and "wall user sys maxrss_kb" in $out/NAME.time;
# returns CMD's status (124 on timeout).
timed() {
	local name=$1
	shift
	timeout -k 10 "$limit" /usr/bin/time -o "$out/$name.time" -f '%e %U %S %M' "$@" >"$out/$name.out" 2>"$out/$name.err"
	local rc=$?
	[ $rc -eq 0 ] || log "$name: exit $rc (see $out/$name.err)"
	return $rc
}

# put KEY VALUE records a figure of the current size.
put() { echo "$1 $2" >>"$out/figures"; }

# json FILE FIELD prints a number field of a one-line JSON object.
json() { sed -n "s/.*\"$2\": *\([-0-9.e+]*\).*/\1/p" "$1" | head -1; }

build() {
	log "building into $bin"
	(cd "$repo" && timeout 1800 go build -o "$bin/citebot" ./cmd/citebot) &&
		(cd "$repo/bench" && timeout 1800 go build -o "$bin/" ./cmd/gencorpus ./cmd/blevebench ./cmd/citebotq)
}

# corpus SIZE prints the folder of the cached corpus of SIZE MB, generating it if needed.
corpus() {
	local c="$dir/corpus-${1}MB-seed$seed"
	if [ ! -f "$c/stats.json" ]; then
		log "generating ${1} MB corpus in $c"
		rm -rf "$c.tmp"
		(cd "$repo/bench" && timeout "$limit" "$bin/gencorpus" -size "${1}MB" -seed "$seed" -repo "$repo" -out "$c.tmp") >&2 &&
			rm -rf "$c" && mv "$c.tmp" "$c" || return 1
	fi
	echo "$c"
}

# chunks C prints citebot's chunks of corpus C as a JSONL file for bleve,
# cached beside the corpus by the git tree of ingest/ when that is clean,
# else written into the run's folder.
chunks() {
	local key f
	key=$(cd "$repo" && git diff --quiet HEAD -- ingest 2>/dev/null && git rev-parse HEAD:ingest 2>/dev/null)
	f="$1/chunks-$key.jsonl"
	[ -n "$key" ] || f="$out/chunks.jsonl"
	if [ ! -s "$f" ]; then
		log "chunking $1 for bleve"
		timeout "$limit" "$bin/blevebench" chunks -corpus "$1/corpus" -out "$f.tmp" >"$out/chunks.json" && mv "$f.tmp" "$f" || return 1
	fi
	echo "$f"
}

measure_citebot() {
	local c=$1 data="$out/citebot-data" runs=$2 qruns=$3
	rm -rf "$data"
	log "$size MB: citebot index"
	if timed cb-index "$bin/citebot" --corpus "$c/corpus" --data "$data" index; then
		read -r w u s m <"$out/cb-index.time"
		put cb_index_wall "$w"; put cb_index_cpu "$(echo "$u $s" | awk '{print $1+$2}')"; put cb_index_rss "$m"
		put cb_disk "$(du -sb "$data" | cut -f1)"
	else
		return
	fi
	log "$size MB: $runs cold asks"
	local i q
	for i in $(seq 1 "$runs"); do
		q=$(sed -n "${i}p" "$c/questions.jsonl" | sed 's/.*"question":"\([^"]*\)".*/\1/')
		timed "cb-ask-$i" env -u OPENAI_API_KEY -u OPENAI_BASE_URL "$bin/citebot" --corpus "$c/corpus" --data "$data" ask --no-llm "$q" || break
		cat "$out/cb-ask-$i.time" >>"$out/cb-asks"
	done
	if [ -s "$out/cb-asks" ]; then
		put cb_ask_wall "$(cut -d' ' -f1 "$out/cb-asks" | sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')"
		put cb_ask_rss "$(cut -d' ' -f4 "$out/cb-asks" | sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')"
		put cb_ask_cpu "$(awk '{print $2+$3}' "$out/cb-asks" | sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')"
	fi
	log "$size MB: citebot per-question search"
	if timed cb-query "$bin/citebotq" -corpus "$c/corpus" -data "$data" -questions "$c/questions.jsonl" -runs "$qruns"; then
		put cb_p50 "$(json "$out/cb-query.out" p50_ms)"; put cb_p95 "$(json "$out/cb-query.out" p95_ms)"
		put cb_recall "$(json "$out/cb-query.out" recall)"; put cb_open "$(json "$out/cb-query.out" open_seconds)"
		put cb_cpu50 "$(json "$out/cb-query.out" cpu_p50_ms)"
	fi
}

measure_bleve() {
	local c=$1 idx="$out/bleve-index" ch
	rm -rf "$idx"
	ch=$(chunks "$c") || return
	put chunks "$(wc -l <"$ch")"
	log "$size MB: bleve index"
	if timed bl-index "$bin/blevebench" index -chunks "$ch" -index "$idx"; then
		read -r w u s m <"$out/bl-index.time"
		put bl_index_wall "$w"; put bl_index_cpu "$(echo "$u $s" | awk '{print $1+$2}')"; put bl_index_rss "$m"
		put bl_disk "$(du -sb "$idx" | cut -f1)"
	else
		return
	fi
	log "$size MB: bleve per-question search"
	if timed bl-query "$bin/blevebench" query -index "$idx" -questions "$c/questions.jsonl" -runs 3; then
		put bl_p50 "$(json "$out/bl-query.out" p50_ms)"; put bl_p95 "$(json "$out/bl-query.out" p95_ms)"
		put bl_recall "$(json "$out/bl-query.out" recall)"
		put bl_cpu50 "$(json "$out/bl-query.out" cpu_p50_ms)"
	fi
}

# get SIZE KEY prints a recorded figure, or nothing.
get() { awk -v k="$2" '$1==k {print $2}' "$run/$1/figures" 2>/dev/null | tail -1; }

# cell FMT SIZE KEY [DIV] prints a figure formatted, or "skipped".
cell() {
	local v
	v=$(get "$2" "$3")
	if [ -z "$v" ]; then echo skipped; else awk -v v="$v" -v d="${4:-1}" -v f="$1" 'BEGIN{printf f, v/d}'; fi
}

row() { # row LABEL FMT KEY [DIV]: one figure per size
	local label=$1 fmt=$2 key=$3 div=${4:-1} line s
	line="| $label |"
	for s in "${sizes[@]}"; do line="$line $(cell "$fmt" "$s" "$key" "$div") |"; done
	echo "$line"
}

pair() { # pair LABEL FMT KEY1 KEY2 [DIV]: "citebot / bleve" per size
	local label=$1 fmt=$2 a=$3 b=$4 div=${5:-1} line s
	line="| $label |"
	for s in "${sizes[@]}"; do line="$line $(cell "$fmt" "$s" "$a" "$div") / $(cell "$fmt" "$s" "$b" "$div") |"; done
	echo "$line"
}

ratio_row() { # ratio_row LABEL KEY1 KEY2 (KEY1 ÷ KEY2 per size)
	local label=$1 line s x y
	line="| $label |"
	for s in "${sizes[@]}"; do
		x=$(get "$s" "$2"); y=$(get "$s" "$3")
		if [ -n "$x" ] && [ -n "$y" ]; then line="$line $(awk -v x="$x" -v y="$y" 'BEGIN{printf "%.2f×", x/y}') |"; else line="$line skipped |"; fi
	done
	echo "$line"
}

disk_row() { # disk_row: index on disk ÷ corpus, citebot / bleve
	local line="| index on disk ÷ corpus, citebot / bleve |" s cb bl n
	for s in "${sizes[@]}"; do
		n=$(get "$s" corpus_bytes); cb=$(get "$s" cb_disk); bl=$(get "$s" bl_disk)
		line="$line $( [ -n "$cb" ] && awk -v x="$cb" -v y="$n" 'BEGIN{printf "%.2f×", x/y}' || echo skipped) / $( [ -n "$bl" ] && awk -v x="$bl" -v y="$n" 'BEGIN{printf "%.2f×", x/y}' || echo skipped) |"
	done
	echo "$line"
}

exp_row() { # exp_row LABEL KEY: exponents between consecutive sizes
	local label=$1 line i s1 s2 t1 t2 n1 n2
	line="| $label |"
	for ((i = 1; i < ${#sizes[@]}; i++)); do
		s1=${sizes[i - 1]}; s2=${sizes[i]}
		t1=$(get "$s1" "$2"); t2=$(get "$s2" "$2"); n1=$(get "$s1" corpus_bytes); n2=$(get "$s2" corpus_bytes)
		if [ -n "$t1" ] && [ -n "$t2" ] && [ -n "$n1" ] && [ -n "$n2" ]; then
			line="$line $(awk -v a="$t1" -v b="$t2" -v x="$n1" -v y="$n2" 'BEGIN{if (a>0 && b>0) printf "%.2f", log(b/a)/log(y/x); else print "n/a"}') |"
		else line="$line skipped |"; fi
	done
	echo "$line"
}

table() {
	local head="| |" sep="|---|" s i
	for s in "${sizes[@]}"; do head="$head $s MB |"; sep="$sep---|"; done
	echo "$head"; echo "$sep"
	local line="| corpus: MB / files / chunks |"
	for s in "${sizes[@]}"; do line="$line $(cell '%.1f' "$s" corpus_bytes 1e6) / $(cell '%d' "$s" files) / $(cell '%d' "$s" chunks) |"; done
	echo "$line"
	row "cold \`citebot ask\`, warm index (median wall)" "%.2f s" cb_ask_wall
	row "CPU (user+sys) of that \`ask\` (median)" "%.2f s" cb_ask_cpu
	row "peak RSS of that \`ask\` (median)" "%.0f MB" cb_ask_rss 1024
	row "in-process \`retrieval.Open\` of the warm index" "%.2f s" cb_open
	pair "per question p50, citebot / bleve" "%.2f ms" cb_p50 bl_p50
	pair "per question p95, citebot / bleve" "%.2f ms" cb_p95 bl_p95
	pair "per question CPU p50, citebot / bleve" "%.2f ms" cb_cpu50 bl_cpu50
	pair "evidence doc in top 5, citebot / bleve" "%.2f" cb_recall bl_recall
	pair "indexing wall, citebot / bleve" "%.1f s" cb_index_wall bl_index_wall
	pair "indexing CPU (user+sys), citebot / bleve" "%.1f s" cb_index_cpu bl_index_cpu
	ratio_row "indexing CPU, citebot ÷ bleve" cb_index_cpu bl_index_cpu
	pair "indexing peak RSS, citebot / bleve" "%.0f MB" cb_index_rss bl_index_rss 1024
	disk_row
	[ ${#sizes[@]} -gt 1 ] || return 0
	echo
	head="| exponent e (time ∝ size^e) |"; sep="|---|"
	for ((i = 1; i < ${#sizes[@]}; i++)); do head="$head ${sizes[i - 1]} → ${sizes[i]} MB |"; sep="$sep---|"; done
	echo "$head"; echo "$sep"
	exp_row "cold ask wall" cb_ask_wall
	exp_row "cold ask CPU" cb_ask_cpu
	exp_row "cold ask peak RSS" cb_ask_rss
	exp_row "per question p50, citebot" cb_p50
	exp_row "per question p50, bleve" bl_p50
	exp_row "per question CPU p50, citebot" cb_cpu50
	exp_row "per question CPU p50, bleve" bl_cpu50
	exp_row "indexing wall, citebot" cb_index_wall
	exp_row "indexing CPU, citebot" cb_index_cpu
	exp_row "indexing CPU, bleve" bl_index_cpu
	exp_row "indexing peak RSS, citebot" cb_index_rss
	exp_row "indexing peak RSS, bleve" bl_index_rss
	exp_row "index on disk, citebot" cb_disk
}

# report prints the table of the run, with the machine and its load.
report() {
	table
	echo
	echo "Machine: $(nproc) cores, $(go version | cut -d' ' -f3-), citebot $(cd "$repo" && git describe --always --dirty 2>/dev/null), bleve v2.6.1 (BM25, English analyzer)."
	echo "Load (\`uptime\`):"
	sed 's/^/    /' "$run/load"
}

main() {
	if [ -n "${BENCH_REPORT:-}" ]; then
		report
		return
	fi
	build || { log "build failed"; exit 1; }
	echo "start: $(uptime)" >"$run/load"
	local size c
	for size in "${sizes[@]}"; do
		out="$run/$size"
		mkdir -p "$out"
		c=$(corpus "$size") || { log "$size MB: no corpus, skipped"; continue; }
		put corpus_bytes "$(json "$c/stats.json" bytes)"
		put files "$(json "$c/stats.json" files)"
		local big=$((size >= 100))
		case " ${BENCH_ENGINES:-citebot bleve} " in *" citebot "*)
			measure_citebot "$c" "${BENCH_ASK_RUNS:-$((big ? 3 : 5))}" "${BENCH_QUERY_RUNS:-$((big ? 1 : 3))}"
		esac
		case " ${BENCH_ENGINES:-citebot bleve} " in *" bleve "*)
			measure_bleve "$c"
		esac
		echo "after $size MB: $(uptime)" >>"$run/load"
	done
	report | tee "$run/table.md"
	log "figures and logs in $run"
}

main
