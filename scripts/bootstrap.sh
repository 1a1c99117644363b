#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine:
#   scripts/bootstrap.sh run    install what is missing, build, start the app on the Sandbox
#   scripts/bootstrap.sh test   install what is missing, build (and the ASan/UBSan build), run
#                               every test headless (FBX_SKIP_ASAN=1: the normal build only)
#   scripts/bootstrap.sh build  install what is missing and build
# Idempotent; works as root, or as a normal user with sudo. Needs no ../shared.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

PACKAGES=(
  cmake ninja-build g++ qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev libsecret-1-0
  libqt6svg6 qt6-svg-dev libssl-dev fonts-dejavu-core xvfb xauth x11-apps imagemagick
  dbus dbus-bin gnome-keyring libsecret-tools openssl libsimdjson-dev rapidjson-dev qt6-translations-l10n zlib1g-dev
  clang-format libqt6sql6-sqlite desktop-file-utils appstream lintian dpkg-dev
)
# For the tests only (`test`): a real nginx offering HTTP/2 for the download memory test, curl
# to ask it. Not for `run`: an analyst's desktop gets no web server from us.
TEST_PACKAGES=(nginx-light curl)

log() { printf '== %s\n' "$*" >&2; }

install_missing() {
  local missing=() p
  for p in "${PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if ((${#missing[@]} == 0)); then
    log "all $((${#PACKAGES[@]} + $#)) Debian packages present"
  else
    local sudo=()
    if [ "$(id -u)" != 0 ]; then
      command -v sudo >/dev/null || { log "not root and no sudo: install ${missing[*]} by hand"; exit 1; }
      sudo=(sudo)
    fi
    log "installing: ${missing[*]}"
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
  # dbus-x11 makes libsecret autostart a bus under X and gnome-keyring then prompts: see README.
  if dpkg-query -W -f='${Status}' dbus-x11 2>/dev/null | grep -q 'install ok installed'; then
    log "warning: dbus-x11 is installed; keychain tests may open a password prompt"
  fi
}

# A build that runs out of disk fails half an hour in with "No space left on device" from ar or ld.
# Say it before starting: the normal build takes about 2.5 GiB, the sanitizer build 2 GiB, the
# tests' downloads a few hundred MiB at a time.
# Build folders already there count towards it.
check_disk() {
  local need_kib=$(($1 * 1024 * 1024)) free_kib have_kib
  free_kib=$(df -Pk "$here" | awk 'NR==2 {print $4}')
  have_kib=0
  for dir in "$here/build" "$here/build-asan"; do
    if [ -d "$dir" ]; then have_kib=$((have_kib + $(du -sk "$dir" | awk '{print $1}'))); fi
  done
  need_kib=$((need_kib - have_kib > 1024 * 1024 ? need_kib - have_kib : 1024 * 1024))
  if [ -n "$free_kib" ] && ((free_kib < need_kib)); then
    log "only $((free_kib / 1024)) MiB free on $(df -P "$here" | awk 'NR==2 {print $6}'); this needs about $((need_kib / 1024)) MiB more"
    log "free some space (old build/ and build-asan/ folders, ~/.cache/ccache) and run this again"
    exit 1
  fi
}

# One .clang-format settles layout: every C++ file must already be formatted by it.
check_format() {
  local files
  if git -C "$here" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    files=$(git -C "$here" ls-files '*.cpp' '*.h')
  else
    files=$(cd "$here" && find app ui tests -name '*.cpp' -o -name '*.h')
  fi
  log "checking the layout of $(echo "$files" | wc -l) C++ files (clang-format)"
  # shellcheck disable=SC2086
  if ! (cd "$here" && clang-format --dry-run --Werror $files >/dev/null 2>&1); then
    (cd "$here" && clang-format --dry-run $files 2>&1 | grep -o '^[^:]*:[0-9]*' | sort -u | head -20) >&2 || true
    log "some files are not formatted: run 'git ls-files '*.cpp' '*.h' | xargs clang-format -i'"
    exit 1
  fi
}

build() {
  log "configuring and building ($(nproc) cores)"
  # In CI every warning is an error.
  cmake --preset default -DFBX_WERROR="$([ -n "${CI:-}" ] && echo ON || echo OFF)" >/dev/null
  cmake --build --preset default -- -j"$(nproc)"
}

# The core, the CLI and their tests again with AddressSanitizer and UBSan (no widgets: time).
build_asan() {
  [ "${FBX_SKIP_ASAN:-0}" = 1 ] && { log "FBX_SKIP_ASAN=1: no sanitizer build"; return; }
  log "configuring and building the sanitizer build (ASan + UBSan)"
  cmake --preset asan -DFBX_WERROR="$([ -n "${CI:-}" ] && echo ON || echo OFF)" >/dev/null
  cmake --build --preset asan -- -j"$(nproc)"
}

run_tests() {
  log "running every test headless (offscreen Qt, private D-Bus session, fresh gnome-keyring)"
  export QT_QPA_PLATFORM=offscreen
  local presets=default
  [ "${FBX_SKIP_ASAN:-0}" = 1 ] || presets="default asan"
  dbus-run-session -- bash "$here/scripts/with-keyring.sh" bash -c '
    rc=0
    for preset in '"$presets"'; do
      echo "== ctest --preset $preset" >&2
      ctest --preset "$preset" --output-on-failure -j"$(nproc)" || rc=1
    done
    exit $rc'
}

run_app() {
  local app="$here/build/fhir-bulk-explorer"
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    log "no display found: starting under Xvfb is possible with 'xvfb-run -a $app'"
  fi
  log "starting FHIR Bulk Explorer on the Sandbox"
  exec "$app" --profile sandbox "$@"
}

cmd="${1:-run}"
shift || true
case "$cmd" in
  run) install_missing; check_disk 3; build; run_app "$@" ;;
  test) install_missing "${TEST_PACKAGES[@]}"; check_format; check_disk 6; build; build_asan; run_tests ;;
  build) install_missing; check_disk 3; build ;;
  *) echo "usage: $0 run|test|build" >&2; exit 2 ;;
esac
