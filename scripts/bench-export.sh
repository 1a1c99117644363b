#!/usr/bin/env bash
# Benchmark: the download phase of `fhir-bulk export` against what an analyst does by hand, curl
# then a check of every line (the project's verifier, tests/fbx-bench-verify), both fetching the
# same files from a static nginx (sendfile) on loopback, so the server is faster than either client.
# The Sandbox answers kick-off, status and manifest; the manifest's file URLs point at nginx
# (scenario fileBaseUrl). Protocols (issue #28): HTTP; HTTPS with HTTP/1.1; HTTPS offering HTTP/2;
# HTTP with gzip-encoded files (curl --compressed); HTTP at 40 MB/s a connection (network-bound).
# fhir-bulk and curl alternate; per protocol the script prints the medians (MB/s, CPU s/GB), the
# ratio (curl + verify) / fhir-bulk (goal >= 1.1), fhir-bulk / curl, and the peak memory, the
# maximum over all runs (goal < 64 MiB).
#   scripts/bench-export.sh [MiB per file] [files] [parallel]   (defaults: 512 4 4; build first;
#                                                               needs nginx-light, curl, openssl)
# FBX_BENCH_RUNS=N runs each client N times a protocol (default 5; 20 for the memory goal).
# FBX_BENCH_SCHEMES="http h2" measures only those (http https h2 gzip slow).
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

# The check fhir-bulk makes as it downloads (every line parsed, an object with a resourceType), as
# a program of its own: the reference is curl, then this over curl's files.
verify_bin="$(dirname "$bin")/tests/fbx-bench-verify"
[ -x "$verify_bin" ] || { echo "build the tests first (tests/fbx-bench-verify)" >&2; exit 2; }
"$verify_bin" $(find "$work/seed" -name '*.ndjson') | sed 's/^/  verifying alone, one core: /' >&2

# 2. nginx on five free ports: HTTP; HTTPS (HTTP/1.1 only); HTTPS offering HTTP/2 (ALPN, as API
# Gateway does); HTTP with the files gzip-encoded (gzip_static: the .gz beside each file, sent to
# a client that accepts gzip); HTTP at 40 MB/s a connection (network-bound). One CA, one cert.
gzip_port="$(free_port)"
h2_port="$(free_port)"
slow_port="$(free_port)"
schemes="${FBX_BENCH_SCHEMES:-http https h2 gzip slow}"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=bench CA" \
  -keyout "$work/ca.key" -out "$work/ca.pem" >/dev/null 2>&1
openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout "$work/server.key" \
  -out "$work/server.csr" >/dev/null 2>&1
printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' >"$work/san.ext"
openssl x509 -req -in "$work/server.csr" -CA "$work/ca.pem" -CAkey "$work/ca.key" \
  -CAcreateserial -days 2 -extfile "$work/san.ext" -out "$work/server.pem" >/dev/null 2>&1
case " $schemes " in
  *" gzip "*)
    echo "== compressing the files for the gzip run" >&2
    find "$work/www" -type f -print0 | xargs -0 -P 2 -n 1 gzip -k -f -6
    ;;
esac
mkdir -p "$work/nginx"
server_block() { # port, listen options, extra directives
  cat <<EOF
  server {
    listen 127.0.0.1:$1 $2;
    root $work/www;
    ssl_certificate $work/server.pem;
    ssl_certificate_key $work/server.key;
    $3
    location / { try_files \$uri @sandbox; }
    location @sandbox { proxy_pass http://127.0.0.1:$sb_port; }
  }
EOF
}
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
$(server_block "$http_port" "" "")
$(server_block "$https_port" ssl "")
$(server_block "$h2_port" "ssl http2" "")
$(server_block "$gzip_port" "" "gzip_static on;")
$(server_block "$slow_port" "" "limit_rate 40m;")
}
EOF
"$nginx_bin" -c "$work/nginx/nginx.conf" -p "$work/nginx" 2>>"$work/nginx/error.log" &
ng_pid=$!
for _ in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$http_port/" && break; sleep 0.1; done

# 3. Alternating runs, per protocol: FBX_BENCH_RUNS of each client (default 5; the memory goal is
# judged over 20); the network-bound protocol runs 3 times.
for scheme in $schemes; do
  case "$scheme" in
    http) url="http://127.0.0.1:$http_port" ;;
    https) url="https://127.0.0.1:$https_port" ;;
    h2) url="https://127.0.0.1:$h2_port" ;;
    gzip) url="http://127.0.0.1:$gzip_port" ;;
    slow) url="http://127.0.0.1:$slow_port" ;;
    *) echo "unknown scheme $scheme (http https h2 gzip slow)" >&2; exit 2 ;;
  esac
  curl -s --fail -X POST -H 'Content-Type: application/json' \
    -d "{\"fileBaseUrl\": \"$url/uscore/v1/bulk-data\"}" \
    "http://127.0.0.1:$sb_port/_sandbox/scenario" >/dev/null
  python3 "$here/scripts/bench-export-runs.py" "$bin" "$base" "$work" "$parallel" "$scheme" "$verify_bin"
done

# The same kind of export in the window (offscreen), with the event loop measured throughout
# (files from the Sandbox).
if [ -x "$here/build/tests/fbx-bench-window" ]; then
  "$here/build/tests/fbx-bench-window" export "$mib" "$files" "$parallel" 2>/dev/null
fi
