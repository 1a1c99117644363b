#!/usr/bin/env bash
# Benchmark: the download phase of `fhir-bulk export` against curl, both fetching the same files
# from a static nginx (sendfile) on loopback, so the reference is faster than either client and
# both wait on the wire, not on a slow server. The Sandbox answers kick-off, status and manifest;
# the manifest's file URLs point at nginx (scenario fileBaseUrl). HTTP, then HTTPS (nginx with a
# certificate from a CA this script makes; curl --cacert and fhir-bulk --cacert trust it).
# curl and fhir-bulk alternate, three runs each; the medians are printed: MB/s, the ratio
# (target >= 0.9), peak memory (target < 64 MiB) and CPU seconds per GB for both.
#   scripts/bench-export.sh [MiB per file] [files] [parallel]   (defaults: 512 4 4; build first;
#                                                               needs nginx-light, curl, openssl)
# FBX_BENCH_PROFILE=/tmp/fbx.perf records the first fhir-bulk run of each scheme with perf.
# FBX_BENCH_BIN=PATH measures another fhir-bulk build (an A/B comparison of two commits).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mib="${1:-512}"
files="${2:-4}"
parallel="${3:-4}"
bin="${FBX_BENCH_BIN:-$here/build/fhir-bulk}"
[ -x "$bin" ] || { echo "build first: scripts/bootstrap.sh build" >&2; exit 2; }
for tool in nginx curl openssl python3; do
  command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] ||
    { echo "needs $tool (Debian: apt install nginx-light curl openssl python3)" >&2; exit 2; }
done
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
work="$(mktemp -d)"
cleanup() {
  kill "${sb_pid:-}" "${ng_pid:-}" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
[ -n "${FBX_BENCH_KEEP:-}" ] && trap - EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

sb_port="$(free_port)"
http_port="$(free_port)"
https_port="$(free_port)"
start_sandbox() {
  "$bin" sandbox --port "$sb_port" --export-duration-ms 0 --retry-after-secs 0 \
    --large-file-mib "$mib" --large-files "$files" >"$work/sandbox.out" 2>/dev/null &
  sb_pid=$!
  for _ in $(seq 1 100); do grep -q '^Serving' "$work/sandbox.out" 2>/dev/null && break; sleep 0.1; done
  FHIR_BULK_TOKEN="$(sed -n '/^Demo token/{n;p;q}' "$work/sandbox.out")"
  export FHIR_BULK_TOKEN
  base="http://127.0.0.1:$sb_port/uscore/v1/bulk-data"
}

# 1. The files, once, from the Sandbox: nginx serves exactly these bytes at the same paths.
echo "== preparing $files files of $mib MiB (a first export from the Sandbox)" >&2
start_sandbox
"$bin" export --base "$base" --group 4 --type Patient --out "$work/seed" --parallel "$parallel" \
  --json --no-cache >"$work/seed.json" 2>/dev/null
python3 - "$work" <<'PY'
import json, os, sys, urllib.parse
work = sys.argv[1]
o = json.load(open(work + "/seed.json"))
assert o["ok"], o["message"]
for f in o["files"]:
    path = urllib.parse.urlparse(f["url"]).path          # /uscore/v1/bulk-data/Binary/x/$binary-access-read
    target = work + "/www" + urllib.parse.unquote(path)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    os.link(f["path"], target)
PY

# What verifying alone costs (CPU per GB, on one core, the files already in memory): with it the
# script prints the best ratio any client that verifies every line could reach here.
verify_bin="$(dirname "$bin")/tests/fbx-bench-verify"
verify_cpu=""
if [ -x "$verify_bin" ]; then
  verify_cpu="$("$verify_bin" $(find "$work/seed" -name '*.ndjson') | sed -n 's/.*: \([0-9.]*\) s\/GB$/\1/p')"
fi
export FBX_VERIFY_CPU="$verify_cpu"

# 2. nginx on two free ports, HTTP and HTTPS, with a certificate from our own CA.
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=bench CA" \
  -keyout "$work/ca.key" -out "$work/ca.pem" >/dev/null 2>&1
openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout "$work/server.key" \
  -out "$work/server.csr" >/dev/null 2>&1
printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' >"$work/san.ext"
openssl x509 -req -in "$work/server.csr" -CA "$work/ca.pem" -CAkey "$work/ca.key" \
  -CAcreateserial -days 2 -extfile "$work/san.ext" -out "$work/server.pem" >/dev/null 2>&1
mkdir -p "$work/nginx"
cat >"$work/nginx/nginx.conf" <<EOF
daemon off;
user $(id -un);
worker_processes 2;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 256; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  default_type application/fhir+ndjson;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  # The large files from disk; the small per-job ones (other ids each job) from the Sandbox.
  server {
    listen 127.0.0.1:$http_port;
    root $work/www;
    location / { try_files \$uri @sandbox; }
    location @sandbox { proxy_pass http://127.0.0.1:$sb_port; }
  }
  server {
    listen 127.0.0.1:$https_port ssl;
    root $work/www;
    ssl_certificate $work/server.pem;
    ssl_certificate_key $work/server.key;
    location / { try_files \$uri @sandbox; }
    location @sandbox { proxy_pass http://127.0.0.1:$sb_port; }
  }
}
EOF
"$nginx_bin" -c "$work/nginx/nginx.conf" -p "$work/nginx" 2>>"$work/nginx/error.log" &
ng_pid=$!
for _ in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$http_port/" && break; sleep 0.1; done

# 3. Alternating runs, per protocol.
for scheme in http https; do
  port=$http_port
  [ "$scheme" = https ] && port=$https_port
  curl -s --fail -X POST -H 'Content-Type: application/json' \
    -d "{\"fileBaseUrl\": \"$scheme://127.0.0.1:$port/uscore/v1/bulk-data\"}" \
    "http://127.0.0.1:$sb_port/_sandbox/scenario" >/dev/null
  python3 - "$bin" "$base" "$work" "$parallel" "$scheme" <<'PY'
import json, os, statistics, subprocess, sys, time
binp, base, work, parallel, scheme = sys.argv[1:6]
parallel = int(parallel)
cacert = ["--cacert", work + "/ca.pem"] if scheme == "https" else []

def run_ours(k):
    out = f"{work}/ours-{scheme}-{k}"
    # FBX_BENCH_PROFILE=FILE: the first run of each scheme under `perf record` (FILE.http, ...).
    prof = os.environ.get("FBX_BENCH_PROFILE")
    wrap = ["perf", "record", "-F", "499", "-g", "-o", f"{prof}.{scheme}"] if prof and k == 0 else []
    p = subprocess.Popen(wrap + [binp, "export", "--base", base, "--group", "4", "--type", "Patient",
                          "--out", out, "--parallel", str(parallel), "--json", "--no-cache"] + cacert,
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    stdout = p.stdout.read()
    _, status, ru = os.wait4(p.pid, 0)
    o = json.loads(stdout)
    assert o["ok"], o["message"]
    total = sum(f["bytes"] for f in o["files"])
    subprocess.run(["rm", "-rf", out])
    # The download phase (manifest to last verified file): curl has no kick-off or polls either.
    return {"secs": o["downloadSeconds"], "bytes": total, "peak": ru.ru_maxrss / 1024,
            "cpu": ru.ru_utime + ru.ru_stime, "urls": [f["url"] for f in o["files"]]}

def run_curl(urls, k):
    out = f"{work}/curl-{scheme}-{k}"
    os.makedirs(out)
    t = time.time()
    pending, running, cpu, peak = list(enumerate(urls)), [], 0.0, 0.0
    while pending or running:
        while pending and len(running) < parallel:
            i, u = pending.pop(0)
            running.append(subprocess.Popen(["curl", "-s", "--fail"] +
                (["--cacert", work + "/ca.pem"] if scheme == "https" else []) +
                ["-H", "Authorization: Bearer " + os.environ["FHIR_BULK_TOKEN"], "-o", f"{out}/{i}", u]).pid)
        pid, status, ru = os.wait4(-1, 0)
        assert os.waitstatus_to_exitcode(status) == 0, "curl failed"
        running.remove(pid)
        cpu += ru.ru_utime + ru.ru_stime
        peak = max(peak, ru.ru_maxrss / 1024)
    secs = time.time() - t
    subprocess.run(["rm", "-rf", out])
    return {"secs": secs, "cpu": cpu, "peak": peak}

# This machine kind is a VM whose host takes back memory the guest has left free for a couple of
# seconds: writing 2 GB into the page cache then costs ~3 s of page faults, against 0.35 s right
# after other writes freed the same amount. Whoever ran after a pause paid it (fhir-bulk, after
# its kick-off and polls; curl started at once). So both start the same way: right after 2 GiB
# were written and freed, outside the measured time.
def warm(size):
    path = f"{work}/warm-{scheme}"
    with open(path, "wb") as f:
        block = b"\0" * (1 << 20)
        for _ in range(size >> 20):
            f.write(block)
    os.unlink(path)

ours, curl = [], []
size = int(os.environ.get("FBX_BENCH_WARM_MIB", "2048")) << 20
for k in range(3):
    warm(size)
    o = run_ours(k)
    ours.append(o)
    warm(size)
    curl.append(run_curl(o["urls"], k))
total = ours[0]["bytes"]
med = lambda runs, key: statistics.median(r[key] for r in runs)
o_s, c_s = med(ours, "secs"), med(curl, "secs")
gb = total / 1e9
print(f"{scheme.upper()}: {total/2**20:.0f} MiB in {len(ours[0]['urls'])} files from nginx (sendfile), parallel {parallel}, median of 3")
print(f"  fhir-bulk (download + verify every line): {total/o_s/1e6:7.0f} MB/s  {o_s:5.2f} s  CPU {med(ours,'cpu')/gb:5.2f} s/GB  peak {max(r['peak'] for r in ours):5.1f} MiB")
print(f"  curl x{parallel} (download only):             {total/c_s/1e6:7.0f} MB/s  {c_s:5.2f} s  CPU {med(curl,'cpu')/gb:5.2f} s/GB  peak {max(r['peak'] for r in curl):5.1f} MiB each")
print(f"  ratio fhir-bulk/curl: {c_s/o_s:.2f} (target >= 0.9); fhir-bulk peak memory target < 64 MiB")
# When both use every core, wall time follows CPU time: this is the best ratio the machine allows
# for the work fhir-bulk does on top of curl's (parsing every line to verify it).
print(f"  CPU bound: curl's CPU per GB / fhir-bulk's = {med(curl,'cpu')/med(ours,'cpu'):.2f} "
      f"on {os.cpu_count()} cores")
# The same bound for a client as lean as curl that also verifies every line as fhir-bulk does:
# curl's CPU plus the verifier's (measured alone, above), were the machine just as busy.
if os.environ.get("FBX_VERIFY_CPU"):
    v = float(os.environ["FBX_VERIFY_CPU"])
    c = med(curl, "cpu") / gb
    print(f"  verifying alone: {v:.2f} s/GB; curl plus verifying: ratio at best {c/(c+v):.2f}")
fmt = lambda runs: ", ".join("%.2f" % r["secs"] for r in runs)
print(f"  runs (s): fhir-bulk {fmt(ours)}; curl {fmt(curl)}; fhir-bulk peaks (MiB) "
      + ", ".join("%.1f" % r["peak"] for r in ours))
PY
done

# The same kind of export in the window (offscreen), with the event loop measured throughout
# (files from the Sandbox).
if [ -x "$here/build/tests/fbx-bench-window" ]; then
  "$here/build/tests/fbx-bench-window" export "$mib" "$files" "$parallel" 2>/dev/null
fi
