#!/usr/bin/env bash
# The .deb as a user's machine receives it: made by CPack from a build folder, checked by
# lintian (no errors), its desktop entry and AppStream metainfo validated, its dependencies
# resolved against this system, then unpacked into a scratch root and started from there.
#   scripts/check-package.sh BUILD_DIR        (ctest runs it as package_deb)
# Install it for real with: sudo apt install ./BUILD_DIR/package/fhir-bulk-explorer_*.deb
set -euo pipefail

build="$(cd "${1:?usage: check-package.sh BUILD_DIR}" && pwd)"
log() { printf '== %s\n' "$*" >&2; }

cd "$build"
rm -rf package
log "making the .deb (cpack)"
cpack -G DEB >cpack.log 2>&1 || { cat cpack.log >&2; exit 1; }
deb="$(ls "$build"/package/*.deb)"
log "made $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb -f "$deb" Package Version Depends Recommends >&2

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
dpkg-deb -x "$deb" "$scratch/root"
root="$scratch/root"
app_id=org.fhirbulk.Explorer

log "desktop entry, icon, AppStream metainfo"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop"
icon="$(sed -n 's/^Icon=//p' "$root/usr/share/applications/$app_id.desktop")"
test -s "$root/usr/share/icons/hicolor/scalable/apps/$icon.svg" ||
  { log "the desktop entry names icon $icon, which the package does not hold"; exit 1; }
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" >&2

log "lintian (errors fail; warnings are listed)"
lintian --fail-on error "$deb" 2> >(grep -v 'root privileges' >&2)

log "dependencies resolve on this system (apt-get --simulate)"
apt-get install --simulate --no-install-recommends "$deb" >"$scratch/apt.log" 2>&1 ||
  { cat "$scratch/apt.log" >&2; exit 1; }
grep -q '^Inst fhir-bulk-explorer ' "$scratch/apt.log" ||
  { cat "$scratch/apt.log" >&2; log "apt would not install the package"; exit 1; }

log "started from the scratch root"
version="$("$root/usr/bin/fhir-bulk" --version)"
echo "$version" >&2
grep -q '^fhir-bulk [0-9]' <<<"$version"
# The translations are inside the executable: German from wherever it is installed.
german="$(LANG=de_DE.UTF-8 LANGUAGE=de "$root/usr/bin/fhir-bulk" --help 2>&1 || true)"
grep -q '^Aufruf: fhir-bulk' <<<"$german" ||
  { log "the installed fhir-bulk does not speak German"; exit 1; }
gui="$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/fhir-bulk-explorer" --version)"
echo "$gui" >&2
grep -q '^fhir-bulk-explorer [0-9]' <<<"$gui"
log "the package is good"
