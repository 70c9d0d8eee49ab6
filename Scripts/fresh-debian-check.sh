#!/usr/bin/env bash
# Checks the README's set-up on a fresh Debian that has only Swift (issue 18 item 10): a clean
# Debian root made with debootstrap, the Swift toolchain bound into it read-only, this
# repository copied in, then `bash Scripts/setup.sh && swift run byline …` run inside it, as
# root (setup.sh installs the missing packages with apt-get) and as a user without sudo (it
# prints the exact command and exits 1). Needs root, debootstrap and a Debian mirror.
#
#   sudo bash Scripts/fresh-debian-check.sh [ROOT]      # ROOT defaults to /tmp/byline-debroot
#
# SWIFT_ROOT (default: the toolchain `swift` comes from, such as /opt/swift) is bound at the
# same path. "Only Swift" means the packages the toolchain itself needs to run and link (listed
# below: its shared libraries, the C library headers, gcc and binutils), none of Byline's.
# Dependencies are resolved without the network when the host has them checked out in .build
# (copied in as SwiftPM left them); otherwise SwiftPM fetches them.
set -euo pipefail

root=${1:-/tmp/byline-debroot}
repo=$(cd "$(dirname "$0")/.." && pwd)
swift_root=${SWIFT_ROOT:-$(dirname "$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")")}
mirror=${MIRROR:-http://deb.debian.org/debian}
toolchain_packages=libc6-dev,gcc,libstdc++-12-dev,binutils,libcurl4,libxml2,libsqlite3-0,libncurses6,libuuid1,libedit2,libpython3.11,zlib1g-dev,tzdata,git,ca-certificates

if [ ! -x "$root/usr/bin/apt-get" ]; then
  debootstrap --variant=minbase --include="$toolchain_packages" bookworm "$root" "$mirror"
fi

mounted=()
cleanup() {
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount "${mounted[$i]}" || true; done
}
trap cleanup EXIT
bind() {  # bind SOURCE TARGET [ro]
  mkdir -p "$2"
  mount --bind "$1" "$2"
  mounted+=("$2")
  if [ "${3:-}" = ro ]; then mount -o remount,bind,ro "$2"; fi
}
bind "$swift_root" "$root$swift_root" ro
bind /proc "$root/proc"
bind /dev "$root/dev"
cp /etc/resolv.conf "$root/etc/resolv.conf"

# The repository as committed, and the dependency checkouts SwiftPM made on the host.
rm -rf "$root/src/byline"
mkdir -p "$root/src/byline"
git -C "$repo" archive HEAD | tar -x -C "$root/src/byline"
if [ -f "$repo/.build/workspace-state.json" ]; then
  mkdir -p "$root/src/byline/.build"
  cp -a "$repo/.build/checkouts" "$repo/.build/repositories" "$repo/.build/workspace-state.json" \
    "$root/src/byline/.build/"
fi

path="$swift_root/usr/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
in_root() { chroot "$root" /usr/bin/env -i HOME=/root PATH="$path" LANG=C.UTF-8 "$@"; }

echo "== packages Byline needs that the fresh root lacks:"
in_root bash -c 'cd /src/byline && for p in $(bash Scripts/setup.sh --list | head -4); do
  dpkg-query -W -f="\${Status}" "$p" 2>/dev/null | grep -q "install ok installed" || echo "  $p"; done'

echo "== as a user without sudo: setup.sh prints the command"
in_root bash -c 'id tester >/dev/null 2>&1 || useradd -m tester'
set +e
in_root su tester -s /bin/bash -c 'cd /src/byline && bash Scripts/setup.sh'
echo "exit status $?"
set -e

echo "== as root: the README's first command"
in_root bash -c 'cd /src/byline && bash Scripts/setup.sh && swift run byline --help \
  && swift run byline dump Tests/EndToEndTests/Fixtures/01-harbour.txt | head -5'
echo "== setup.sh again: prints nothing, exit status 0"
in_root bash -c 'cd /src/byline && bash Scripts/setup.sh; echo "exit status $?"'
