#!/usr/bin/env bash
# Benchmark: exports at scale. (1) A manifest of many small files (default 10,000 of 8 KiB) through
# the export engine fhir-bulk runs and through the export window (offscreen): time, the longest
# stall of the event loop (target <= 50 ms), peak memory over the start and per file (a bounded
# table per file, nothing more), and the job journal's size and write time. (2) With a size in
# GiB as the third argument, one export of that many GiB (four files) with `fhir-bulk export`,
# reporting its peak resident memory (target: flat, < 64 MiB, whatever the size).
#   scripts/bench-scale.sh [files] [KiB per file] [GiB for the large run, 0: skip]
# Build first (scripts/bootstrap.sh build). The large run needs that much free disk for a moment.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
files="${1:-10000}"
kib="${2:-8}"
gib="${3:-0}"
bench="$here/build/tests/fbx-bench-window"
bin="$here/build/fhir-bulk"
[ -x "$bench" ] && [ -x "$bin" ] || { echo "build first: scripts/bootstrap.sh build" >&2; exit 2; }

echo "== $files files of $kib KiB: the export engine, then the window"
"$bench" scale "$files" "$kib" 4 2>/dev/null

[ "$gib" -gt 0 ] || exit 0
command -v /usr/bin/time >/dev/null || { echo "the large run needs /usr/bin/time (apt install time)" >&2; exit 2; }
work="$(mktemp -d)"
cleanup() { kill "${sb_pid:-}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
mib=$((gib * 1024 / 4))
"$bin" sandbox --port "$port" --export-duration-ms 0 --retry-after-secs 0 \
  --large-file-mib "$mib" --large-files 4 >"$work/sandbox.out" 2>/dev/null &
sb_pid=$!
for _ in $(seq 1 100); do grep -q '^Serving' "$work/sandbox.out" 2>/dev/null && break; sleep 0.1; done
FHIR_BULK_TOKEN="$(sed -n '/^Demo token/{n;p;q}' "$work/sandbox.out")" && export FHIR_BULK_TOKEN
echo "== one export of $gib GiB (4 files of $mib MiB), parallel 4, every line verified"
/usr/bin/time -f '%M %e' -o "$work/time" "$bin" export \
  --base "http://127.0.0.1:$port/uscore/v1/bulk-data" --group 4 --type Patient \
  --out "$work/out" --parallel 4 --no-cache >/dev/null 2>"$work/export.err" ||
  { cat "$work/export.err" >&2; exit 1; }
read -r peak secs <"$work/time"
bytes="$(du -sb "$work/out" | cut -f1)"
python3 - "$peak" "$secs" "$bytes" <<'PY'
import sys
peak_kib, secs, size = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3])
print(f"downloaded {size / 2**30:.1f} GiB in {secs:.0f} s ({size / secs / 1e6:.0f} MB/s, the Sandbox"
      f" serving); peak memory {peak_kib / 1024:.1f} MiB (target < 64, flat in the size)")
PY
