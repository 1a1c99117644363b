#!/usr/bin/env bash
# Benchmark: browsing in the window (offscreen). A Group of N members (default 100,000) is read
# from an in-process Sandbox and opened in the Groups pane; prints the time until its member
# table is browsable (target <= 1 s) and the longest stall of the window's event loop (target
# <= 50 ms).   scripts/bench-browse.sh [members]   (build first)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="$here/build/tests/fbx-bench-window"
[ -x "$bin" ] || { echo "build first: scripts/bootstrap.sh build" >&2; exit 2; }
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
"$bin" group "${1:-100000}" 2>/dev/null
