#!/usr/bin/env bash
# Screenshots of every screen the GUI tests visit, as the README's are taken: offscreen, on one
# virtual 1920×1200 screen (the offscreen default, 800×800, would clamp the 1280×820 window),
# each test binary run directly so that the platform option below is the one in force.
#   scripts/screenshots.sh [OUT-DIR]      (default: build/screenshots)
# Build first (scripts/bootstrap.sh build). Needs the private keyring as the tests do.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(realpath -m "${1:-$here/build/screenshots}")"
mkdir -p "$out"
config="$(mktemp --suffix=.json)"
trap 'rm -f "$config"' EXIT
cat >"$config" <<'JSON'
{ "synchronousWindowSystemEvents": false, "windowFrameMargins": false,
  "screens": [ { "name": "screenshots", "x": 0, "y": 0, "width": 1920, "height": 1200,
                 "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1 } ] }
JSON
export QT_QPA_PLATFORM="offscreen:configfile=$config" FBX_SCREENSHOT_DIR="$out"
export FBX_SOURCE_DIR="$here" FBX_CLI="$here/build/fhir-bulk"
status=0
for t in tst_mainwindow tst_mainwindow_panes tst_tokenwindow tst_records tst_records_profiles tst_desktop tst_desktop_looks tst_exportwindow tst_exportwindow_jobs tst_viewer tst_viewer_files tst_pictures; do
    bin="$here/build/tests/$t"
    [ -x "$bin" ] || { echo "missing $bin: build first" >&2; exit 2; }
    if ! dbus-run-session -- bash "$here/scripts/with-keyring.sh" "$bin" >"$out/$t.log" 2>&1; then
        echo "$t failed, see $out/$t.log" >&2
        status=1
    fi
done
echo "$(ls "$out"/*.png | wc -l) screenshots in $out"
exit $status
