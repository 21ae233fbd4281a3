#!/bin/sh
# Validates a generated export of COUNT records (default 1,000,000) end to end with the
# release build of `stereotax validate` (schema, placement and region checks on the 25 µm
# Allen atlas through ibl-allen) and reports wall time, CPU time, peak memory and records/s.
#
#   STEREOTAX_ATLAS_PATH=/path/to/atlases Benchmarks/validate-1m.sh
#   COUNT=100000 FORMAT=ndjson Benchmarks/validate-1m.sh
#
# The export (about 750 MB for 1 M records) is written to WORK (default: a new temporary
# directory) and removed at the end unless KEEP=1.
set -eu
COUNT=${COUNT:-1000000}
FORMAT=${FORMAT:-summary}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${WORK:-$(mktemp -d)}
cd "$ROOT"
swift build -c release --product brainstem-export-generator >&2
swift build -c release --product stereotax >&2
BIN=$(swift build -c release --show-bin-path)
EXPORT="$WORK/export-$COUNT.ndjson"
[ -f "$EXPORT" ] || "$BIN/brainstem-export-generator" --count "$COUNT" --seed 7 --format ndjson --fault-rate 0.05 --output "$EXPORT"
# Warm the atlas volume cache, so the timed run measures validation, not the first decompression.
head -n 100 "$EXPORT" > "$WORK/warm.ndjson"
"$BIN/stereotax" validate "$WORK/warm.ndjson" > /dev/null || true
status=0
/usr/bin/time -v "$BIN/stereotax" validate "$EXPORT" --format "$FORMAT" --output "$WORK/report.$FORMAT" 2> "$WORK/time.txt" || status=$?
[ "$status" -le 1 ] || { cat "$WORK/time.txt" >&2; exit "$status"; }
wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$WORK/time.txt")
user=$(sed -n 's/.*User time (seconds): //p' "$WORK/time.txt")
sys=$(sed -n 's/.*System time (seconds): //p' "$WORK/time.txt")
rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/time.txt")
seconds=$(echo "$wall" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
echo "records:            $COUNT ($FORMAT report)"
echo "wall time:          $wall ($seconds s)"
echo "CPU time:           user $user s, system $sys s"
echo "peak memory:        $((rss / 1024)) MB"
echo "records per second: $(awk -v n="$COUNT" -v s="$seconds" 'BEGIN { printf "%.0f", n / s }') (wall), $(awk -v n="$COUNT" -v u="$user" -v y="$sys" 'BEGIN { printf "%.0f", n / (u + y) }') (per CPU second)"
echo "exit status:        $status (1: findings of error severity, expected with faults)"
head -n 3 "$WORK/report.$FORMAT" 2>/dev/null || true
[ "${KEEP:-0}" = 1 ] || rm -rf "$WORK"
