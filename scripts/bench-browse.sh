#!/usr/bin/env bash
# Benchmarks: browsing in the window (offscreen), each against a reference run in this script.
#   group [members]  a Group of N members (default 100,000) read from an in-process Sandbox and
#                    opened in the Groups pane: time until its member table is browsable
#                    (target <= 1 s)
#   json [MB]        a FHIR Bundle of ~20 MB opened in the content viewer: pretty text and tree
#                    shown, against `jq .` on the same file (target: ratio <= 0.25)
#   ndjson [MB]      an NDJSON file of ~200 MB opened from disk: first screen (target < 0.5 s),
#                    whole line index rate against `jq -c .` streaming the same file (target:
#                    >= 10x), memory beyond the index (target < 1/4 of the file)
#   all              the three
# Every run also prints the longest stall of the window's event loop (target <= 50 ms).
#   scripts/bench-browse.sh [group|json|ndjson|all] [size]     (build first; needs python3, jq)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="$here/build/tests/fbx-bench-window"
[ -x "$bin" ] || { echo "build first: scripts/bootstrap.sh build" >&2; exit 2; }
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
work="$(mktemp -d /tmp/fbx-bench-browse.XXXXXX)"
trap 'rm -rf "$work"' EXIT
mode="${1:-all}"

need() { command -v "$1" >/dev/null || { echo "bench-browse: $1 is needed for the reference run (apt-get install $1)" >&2; exit 2; }; }

# Seconds a command takes (wall clock), its output thrown away.
seconds() { local t0 t1; t0=$(date +%s.%N); "$@" >/dev/null; t1=$(date +%s.%N); echo "$t1 - $t0" | bc -l; }

make_files() { # kind MB path
  python3 - "$1" "$2" "$3" <<'PY'
import json, random, sys
kind, mb, path = sys.argv[1], float(sys.argv[2]), sys.argv[3]
random.seed(7)
target = int(mb * 1_000_000)
def resource(i):
    return {"resourceType": random.choice(["Patient", "Observation", "Condition", "Encounter"]), "id": "r%d" % i,
            "meta": {"lastUpdated": "2024-01-02T03:04:05.000+00:00"}, "status": "final",
            "code": {"coding": [{"system": "http://loinc.org", "code": "%d-%d" % (i % 9999, i % 7), "display": "Display %d" % i}]},
            "subject": {"reference": "Patient/%d" % (i // 10)},
            "valueQuantity": {"value": 1.5, "unit": "mg", "system": "http://unitsofmeasure.org"},
            "note": [{"text": "x" * random.randint(50, 600)}]}
with open(path, "w") as out:
    if kind == "ndjson":
        size = i = 0
        while size < target:
            line = json.dumps(resource(i), separators=(",", ":")) + "\n"
            out.write(line); size += len(line); i += 1
    else:
        entries, size, i = [], 0, 0
        while size < target:
            r = resource(i); r["note"][0]["text"] = "x" * 40
            e = {"fullUrl": "urn:uuid:%d" % i, "resource": r}
            entries.append(e); size += len(json.dumps(e)) + 2; i += 1
        json.dump({"resourceType": "Bundle", "type": "collection", "entry": entries}, out)
PY
}

if [ "$mode" = group ] || [ "$mode" = all ]; then
  echo "== group"
  "$bin" group "${2:-100000}" 2>/dev/null
fi

if [ "$mode" = json ] || [ "$mode" = all ]; then
  need jq; need python3; need bc
  mb="${2:-20}"; [ "$mode" = all ] && mb=20
  make_files json "$mb" "$work/bundle.json"
  echo "== json ($(du -m "$work/bundle.json" | cut -f1) MB)"
  # Best of three for both: a shared machine's noise is larger than the difference asked for.
  jq_s=""; ms=""
  for _ in 1 2 3; do
    s=$(seconds jq . "$work/bundle.json")
    if [ -z "$jq_s" ] || [ "$(echo "$s < $jq_s" | bc -l)" = 1 ]; then jq_s=$s; fi
    out=$("$bin" json "$work/bundle.json" 2>/dev/null); echo "$out"
    m=$(echo "$out" | sed -n 's/.*shown \([0-9]*\) ms.*/\1/p')
    if [ -z "$ms" ] || [ "$m" -lt "$ms" ]; then ms=$m; fi
  done
  printf 'best of 3: viewer %s ms; reference: jq . %.0f ms; ratio %.2f (target <= 0.25)\n' "$ms" "$(echo "$jq_s * 1000" | bc -l)" "$(echo "$ms / ($jq_s * 1000)" | bc -l)"
fi

if [ "$mode" = ndjson ] || [ "$mode" = all ]; then
  need jq; need python3; need bc
  mb="${2:-200}"; [ "$mode" = all ] && mb=200
  make_files ndjson "$mb" "$work/lines.ndjson"
  echo "== ndjson ($(du -m "$work/lines.ndjson" | cut -f1) MB)"
  cat "$work/lines.ndjson" >/dev/null # both runs read from the page cache
  jq_s=$(seconds jq -c . "$work/lines.ndjson")
  out=$("$bin" ndjson "$work/lines.ndjson" 2>/dev/null); echo "$out"
  rate=$(echo "$out" | sed -n 's/.* = \([0-9]*\) MB\/s.*/\1/p')
  size=$(stat -c %s "$work/lines.ndjson")
  jq_rate=$(echo "$size / 1000000 / $jq_s" | bc -l)
  printf 'reference: jq -c . streams %.0f MB/s; index rate ratio %.1fx (target >= 10)\n' "$jq_rate" "$(echo "$rate / $jq_rate" | bc -l)"
fi
