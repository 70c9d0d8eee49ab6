#!/usr/bin/env bash
# Installs the Debian packages Byline needs, when some are missing, so that on a machine that
# has only Swift `bash Scripts/setup.sh && swift run byline` does all the set-up.
#
#   bash Scripts/setup.sh          packages to build and run Byline
#   bash Scripts/setup.sh --test   also the packages the test suite needs (what .ci/run uses)
#
# Installs through apt-get as root, or through sudo otherwise; when neither works it prints the
# exact command to run and exits with status 1. Prints nothing when everything is there.
set -euo pipefail

# Building and running: curses, libxml2, SQLite and pkg-config (which finds libxml2).
build_packages=(libncurses-dev libxml2-dev libsqlite3-dev pkg-config)
# The test suite: tmux and OpenSSH for the end-to-end tests, less for the bandwidth comparison,
# unicode-data and iso-codes for the generated tables, locales for the locale tests, make for
# the install test, openssl for the certificate of the feed TLS test.
test_packages=(tmux openssh-server openssh-client less unicode-data iso-codes locales make openssl)

wanted=("${build_packages[@]}")
case "${1:-}" in
  "") ;;
  --test) wanted+=("${test_packages[@]}") ;;
  --list) printf '%s\n' "${build_packages[@]}" "${test_packages[@]}"; exit 0 ;;
  *) echo "usage: bash Scripts/setup.sh [--test|--list]" >&2; exit 2 ;;
esac

missing=()
for pkg in "${wanted[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

command_line="apt-get update && apt-get install -y ${missing[*]}"
if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup: missing packages: ${missing[*]}" >&2
  echo "setup: this is not a Debian-like system (no apt-get); install their equivalents." >&2
  exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
  run=()
elif command -v sudo >/dev/null 2>&1 && { [ -t 0 ] || sudo -n true 2>/dev/null; }; then
  # sudo asks for a password only where someone can type it.
  run=(sudo)
else
  echo "setup: missing packages: ${missing[*]}" >&2
  if command -v sudo >/dev/null 2>&1; then
    echo "setup: run:  sudo sh -c '$command_line'" >&2
  else
    echo "setup: as root, run:  $command_line" >&2
  fi
  exit 1
fi

echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
if ! "${run[@]}" apt-get update -qq || ! "${run[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq "${missing[@]}" >/dev/null; then
  echo "setup: installing failed; run as root:  $command_line" >&2
  exit 1
fi
