#!/usr/bin/env bash
# Benchmark: the Sandbox serving one large export file (streamed, never whole in memory).
# Prints its throughput, its peak memory, and the throughput of python3's http.server sending
# the same number of bytes from a file, as a reference measured in the same run.
#   scripts/bench-sandbox.sh [MiB]     (default 1024; build first: scripts/bootstrap.sh build)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mib="${1:-1024}"
bin="$here/build/fhir-bulk"
[ -x "$bin" ] || { echo "build first: scripts/bootstrap.sh build" >&2; exit 2; }
work="$(mktemp -d)"
trap 'kill "${sb_pid:-}" "${py_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

port="$(free_port)"
"$bin" sandbox --port "$port" > "$work/sandbox.out" 2>/dev/null &
sb_pid=$!
for _ in $(seq 1 50); do grep -q '^Serving' "$work/sandbox.out" 2>/dev/null && break; sleep 0.1; done
token="$(sed -n '/^Demo token/{n;p;q}' "$work/sandbox.out")"
url="http://127.0.0.1:$port/uscore/v1/bulk-data/Binary/large-$mib/\$binary-access-read"
rss_before=$(awk '/VmRSS/ {print $2}' /proc/$sb_pid/status)
read -r code bytes secs < <(curl -s -o /dev/null -H "Authorization: Bearer $token" -w '%{http_code} %{size_download} %{time_total}\n' "$url")
peak_kib=$(awk '/VmHWM/ {print $2}' /proc/$sb_pid/status)
[ "$code" = 200 ] || { echo "sandbox answered $code" >&2; exit 1; }

# Reference: the same number of bytes from a file, served by python3 -m http.server.
head -c "$bytes" /dev/zero > "$work/ref.bin"
ref_port="$(free_port)"
(cd "$work" && exec python3 -m http.server "$ref_port" --bind 127.0.0.1 >/dev/null 2>&1) &
py_pid=$!
for _ in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$ref_port/" && break; sleep 0.1; done
read -r _ ref_bytes ref_secs < <(curl -s -o /dev/null -w '%{http_code} %{size_download} %{time_total}\n' "http://127.0.0.1:$ref_port/ref.bin")

python3 - "$bytes" "$secs" "$ref_bytes" "$ref_secs" "$peak_kib" "$rss_before" <<'PY'
import sys
b, s, rb, rs, peak, before = (float(x) for x in sys.argv[1:])
mbps, ref = b / s / 1e6, rb / rs / 1e6
print(f"sandbox: {b/2**20:.0f} MiB in {s:.2f} s = {mbps:.0f} MB/s")
print(f"reference (python3 http.server, same bytes from a file): {ref:.0f} MB/s")
print(f"ratio sandbox/reference: {mbps/ref:.2f}")
print(f"sandbox peak memory (VmHWM): {peak/1024:.1f} MiB (RSS before the download {before/1024:.1f} MiB); target < 100 MiB")
PY
