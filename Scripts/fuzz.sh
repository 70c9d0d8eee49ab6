#!/usr/bin/env bash
# Runs Byline's libFuzzer targets (docs/fuzzing.md).
#
#   Scripts/fuzz.sh list              the targets
#   Scripts/fuzz.sh TARGET SECONDS    build, then fuzz one target for SECONDS
#   Scripts/fuzz.sh all SECONDS       build, then fuzz every target for SECONDS each, in turn
#
# The committed seeds in Fuzz/Corpus/TARGET are read, never written: new inputs go to a scratch
# corpus, and crashes, timeouts and invariant violations to a scratch folder
# (.build-fuzz/runs/TARGET-TIME/ by default, or under $BYLINE_FUZZ_RUNS). Exits 1 when any target
# found something, printing each reproducer's path and how to replay it; 2 on a usage or build
# error. Extra libFuzzer flags can be passed in $FUZZ_FLAGS (e.g. FUZZ_FLAGS=-max_len=16384).
set -euo pipefail
cd "$(dirname "$0")/.."

corpus_root=Fuzz/Corpus
scratch=.build-fuzz
runs=${BYLINE_FUZZ_RUNS:-$scratch/runs}
binary=$scratch/debug/byline-fuzz

targets() { find "$corpus_root" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort; }

usage() {
  echo "usage: Scripts/fuzz.sh list | TARGET SECONDS | all SECONDS" >&2
  echo "targets: $(targets | tr '\n' ' ')" >&2
  exit 2
}

build() {
  local log=$scratch/fuzz-build.log
  mkdir -p "$scratch"
  echo "fuzz: building byline-fuzz (fuzzer + address sanitizer) in $scratch"
  # BYLINE_FUZZ=1 declares the byline-fuzz target in Package.swift; a normal build never sees it.
  # One -sanitize=fuzzer,address flag: with `--sanitize fuzzer --sanitize address` SwiftPM passes
  # two -sanitize flags in no fixed order, and swiftc keeps only the last, so a build would lose
  # either the coverage instrumentation or the address sanitizer.
  if ! BYLINE_FUZZ=1 swift build -c debug --scratch-path "$scratch" --product byline-fuzz \
    -Xswiftc -sanitize=fuzzer,address >"$log" 2>&1; then
    grep -v 'Cannot export local symbol' "$log" | tail -40 >&2
    echo "fuzz: build failed (full log: $log)" >&2
    exit 2
  fi
}

# Fuzzes one target; returns 1 when it found something.
run_target() {
  local target=$1 seconds=$2
  local dir
  dir="$runs/$target-$(date -u +%Y%m%dT%H%M%S)"
  mkdir -p "$dir/corpus" "$dir/findings"
  echo "fuzz: $target for ${seconds}s (scratch $dir)"
  local status=0
  # The Swift runtime's backtracer would wait on a process libFuzzer has already reported;
  # libFuzzer and the address sanitizer print the stack themselves.
  # shellcheck disable=SC2086
  BYLINE_FUZZ_TARGET=$target SWIFT_BACKTRACE=enable=no \
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} \
    "$binary" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$dir/findings/" ${FUZZ_FLAGS:-} \
    "$dir/corpus" "$corpus_root/$target" >"$dir/fuzz.log" 2>&1 || status=$?
  local runs_done
  runs_done=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$dir/fuzz.log" \
    | grep -o '[0-9]*$' || echo '?')
  if grep -q 'Is the code instrumented for coverage' "$dir/fuzz.log"; then
    echo "fuzz: $target has no coverage instrumentation; rebuild from scratch:" \
      "rm -rf $scratch" >&2
    exit 2
  fi
  local findings
  findings=$(find "$dir/findings" -type f | sort)
  if [ "$status" -ne 0 ] || [ -n "$findings" ]; then
    echo "fuzz: $target FOUND A PROBLEM (exit $status, $runs_done runs); log: $dir/fuzz.log" >&2
    grep -E 'Fatal error|fuzz target|ERROR: (AddressSanitizer|libFuzzer)|SUMMARY' \
      "$dir/fuzz.log" | head -5 >&2 || true
    for file in $findings; do
      echo "fuzz:   reproducer $file" >&2
      echo "fuzz:   replay: BYLINE_FUZZ_TARGET=$target SWIFT_BACKTRACE=enable=no $binary $file" >&2
    done
    return 1
  fi
  echo "fuzz: $target ok ($runs_done runs, $(find "$dir/corpus" -type f | wc -l) new inputs)"
}

[ $# -ge 1 ] || usage
case "$1" in
  list)
    targets
    exit 0
    ;;
  all) selected=$(targets) ;;
  *)
    targets | grep -qx -- "$1" || usage
    selected=$1
    ;;
esac
[ $# -eq 2 ] && [[ "$2" =~ ^[0-9]+$ ]] && [ "$2" -gt 0 ] || usage

build
failed=()
for target in $selected; do
  run_target "$target" "$2" || failed+=("$target")
done
if [ "${#failed[@]}" -gt 0 ]; then
  echo "fuzz: findings in: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz: no findings"
