#!/usr/bin/env bash
# Benchmark: fhir-bulk exporting a large Group export from the Sandbox, files on another origin
# (localhost vs 127.0.0.1), downloaded to disk and verified, against curl fetching the same files
# with the same parallelism in the same run. Prints both throughputs, their ratio, and
# fhir-bulk's peak memory.
#   scripts/bench-export.sh [MiB] [parallel] [files]   (defaults: 1024, 2, 2; build first)
# The export holds `files` synthetic files of MiB each, besides the Group's small ones.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mib="${1:-1024}"
parallel="${2:-2}"
bin="$here/build/fhir-bulk"
[ -x "$bin" ] || { echo "build first: scripts/bootstrap.sh build" >&2; exit 2; }
work="$(mktemp -d)"
trap 'kill "${sb_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
files="${3:-2}"
"$bin" sandbox --port "$port" --export-duration-ms 0 --retry-after-secs 0 --large-file-mib "$mib" --large-files "$files" \
  --files-on-other-origin > "$work/sandbox.out" 2>/dev/null &
sb_pid=$!
for _ in $(seq 1 50); do grep -q '^Serving' "$work/sandbox.out" 2>/dev/null && break; sleep 0.1; done
export FHIR_BULK_TOKEN="$(sed -n '/^Demo token/{n;p;q}' "$work/sandbox.out")"
base="http://127.0.0.1:$port/uscore/v1/bulk-data"

python3 - "$bin" "$base" "$work" "$parallel" <<'PY'
import json, os, resource, subprocess, sys, time, glob
binp, base, work, parallel = sys.argv[1:5]
t = time.time()
p = subprocess.run([binp, "export", "--base", base, "--group", "4", "--type", "Patient",
                    "--out", work + "/ours", "--parallel", parallel, "--json", "--no-cache"],
                   stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
wall = time.time() - t
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
o = json.loads(p.stdout)
assert o["ok"], o["message"]
# The download phase (manifest to last verified file): curl has no kick-off or polls either.
ours = o["downloadSeconds"]
files = o["files"]
total = sum(f["bytes"] for f in files)
manifest = json.load(open(glob.glob(work + "/ours/export-*/manifest.json")[0]))
urls = [f["url"] for f in manifest["output"]]
# The reference: curl, same files, same parallelism, also to disk, no verification.
os.makedirs(work + "/curl")
t = time.time()
procs = []
pending = list(enumerate(urls))
while pending or procs:
    while pending and len(procs) < int(parallel):
        i, u = pending.pop(0)
        procs.append(subprocess.Popen(["curl", "-s", "-H", "Authorization: Bearer " + os.environ["FHIR_BULK_TOKEN"],
                                       "-o", f"{work}/curl/{i}.ndjson", u]))
    procs[0].wait(); procs.pop(0)
ref = time.time() - t
print(f"export: {total/2**20:.0f} MiB in {len(files)} files, parallel {parallel}, files on another origin")
print(f"fhir-bulk (download + verify every line): {total/ours/1e6:.0f} MB/s ({ours:.2f} s; {wall:.1f} s with kick-off and polls)")
print(f"curl (download only): {total/ref/1e6:.0f} MB/s ({ref:.2f} s)")
print(f"ratio fhir-bulk/curl: {ref/ours:.2f} (target >= 0.9)")
print(f"fhir-bulk peak memory: {peak:.1f} MiB (target < 64 MiB)")
PY

# The same kind of export in the window (offscreen), with the event loop measured throughout.
if [ -x "$here/build/tests/fbx-bench-window" ]; then
  "$here/build/tests/fbx-bench-window" export "$mib" "$files" "$parallel" 2>/dev/null
fi
