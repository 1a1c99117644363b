#!/usr/bin/env bash
# Benchmark: the call history database with many stored calls (default 100,000): each filter the
# History pane offers (count + first page) against reading every stored call back, measured in
# the same run; scrolling 10,000 rows page by page.
#   scripts/bench-history.sh [calls]        (build first: scripts/bootstrap.sh build)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="$here/build/tests/fbx-bench-history"
[ -x "$bin" ] || { echo "build first: scripts/bootstrap.sh build" >&2; exit 2; }
exec "$bin" "${1:-100000}"
