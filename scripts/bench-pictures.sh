#!/usr/bin/env bash
# Benchmark: the pictures at scale, offscreen. The calls over time and a token's life with many
# calls (default 100,000), an export's timeline with many files (default 10,000) fed live: model
# build times, paint times (median and worst) and the longest event-loop stall (target <= 50 ms).
#   scripts/bench-pictures.sh [calls] [files]
# Build first (scripts/bootstrap.sh build).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench="$here/build/tests/fbx-bench-pictures"
[ -x "$bench" ] || { echo "build first: scripts/bootstrap.sh build" >&2; exit 2; }
QT_QPA_PLATFORM=offscreen "$bench" "${1:-100000}" "${2:-10000}" 2>/dev/null
