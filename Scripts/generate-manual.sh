#!/usr/bin/env bash
# Regenerates the man page docs/man/byline.1 from the command definitions in Sources/byline,
# with swift-argument-parser's own `generate-manual` plugin, and docs/man/byline.json, the
# `byline --experimental-dump-help` it was made from. Tests/EndToEndTests/ManualTests.swift
# compares that JSON with the built binary's, so the test fails until this script is run after
# a change to the commands or their help.
#
#   bash Scripts/generate-manual.sh      (or: make manual)
#
# Works offline: the plugin and its tool come with the swift-argument-parser checkout.
set -euo pipefail
cd "$(dirname "$0")/.."

out=docs/man
mkdir -p "$out"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# The plugin builds every product in debug (what `swift build` and the tests use too), then
# runs `generate-manual` on each executable that uses ArgumentParser.
swift build
.build/debug/byline --experimental-dump-help > "$scratch/byline.json"

# The page carries a date. While the commands are unchanged keep the date already there, so
# that running the script twice changes nothing.
date=$(date -u +%Y-%m-%d)
if [ -f "$out/byline.1" ] && [ -f "$out/byline.json" ] && cmp -s "$scratch/byline.json" "$out/byline.json"; then
  old=$(sed -n 's/^\.Dd //p' "$out/byline.1" | head -n 1)
  if [ -n "$old" ]; then
    date=$(date -u -d "$old" +%Y-%m-%d)
  fi
fi

swift package generate-manual --configuration debug --date "$date" \
  --authors "the Byline authors" > "$scratch/plugin.log" 2>&1 || {
  cat "$scratch/plugin.log" >&2
  exit 1
}
page=$(find .build/plugins -path '*GenerateManual*' -name byline.1 -newer "$scratch/byline.json" \
  | head -n 1)
if [ -z "$page" ]; then
  cat "$scratch/plugin.log" >&2
  echo "generate-manual: the plugin wrote no byline.1 under .build/plugins" >&2
  exit 1
fi

cp "$page" "$out/byline.1"
cp "$scratch/byline.json" "$out/byline.json"
echo "generate-manual: wrote $out/byline.1 and $out/byline.json"
