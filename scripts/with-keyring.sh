#!/usr/bin/env bash
# Runs a command with a real, private Secret Service: a fresh gnome-keyring in throw-away
# directories, unlocked with a throw-away password, on the D-Bus session this script runs in
# (start it under dbus-run-session). Nothing touches the user's own keyring.
set -euo pipefail
[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || { echo "with-keyring.sh: run me under dbus-run-session" >&2; exit 2; }

scratch="$(mktemp -d /tmp/fbx-keyring.XXXXXX)"
trap 'rm -rf "$scratch"' EXIT
export XDG_RUNTIME_DIR="$scratch/run" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
export HOME="$scratch/home"
mkdir -p "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$HOME"
chmod 700 "$XDG_RUNTIME_DIR"

# The password only exists for this run; the keyring directory is deleted afterwards.
eval "$(head -c 24 /dev/urandom | base64 | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL

for _ in $(seq 1 100); do
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
    ready=1; break
  fi
  sleep 0.1
done
[ "${ready:-0}" = 1 ] || { echo "with-keyring.sh: the Secret Service did not come up" >&2; exit 3; }

# Tests that touch the keychain run only where this is set: never against a user's own keyring.
export FBX_PRIVATE_KEYRING=1
"$@"
