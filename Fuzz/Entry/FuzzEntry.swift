import BylineFuzzing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// The libFuzzer entry point of every Byline fuzz target. `BYLINE_FUZZ_TARGET` names the target
// (Scripts/fuzz.sh sets it); libFuzzer supplies `main`. A broken invariant traps on purpose, so
// libFuzzer records the input as a crash.

/// The target this process fuzzes, read once from `BYLINE_FUZZ_TARGET`.
let selectedTarget: FuzzTarget = {
  let name = getenv("BYLINE_FUZZ_TARGET").map { String(cString: $0) } ?? ""
  guard let target = FuzzTarget(rawValue: name) else {
    let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: " ")
    fatalError("byline-fuzz: set BYLINE_FUZZ_TARGET to one of: \(names)")
  }
  return target
}()

/// Whether the next input is the process's first (its one-time set-up, such as loading the
/// tagger's model, is not held against the time budget).
nonisolated(unsafe) var isFirstInput = true

/// Runs one input through the selected target, within its time budget after the first input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  do throws(InvariantViolation) {
    if isFirstInput {
      isFirstInput = false
      try selectedTarget.check(bytes)
    } else {
      try WorkBudget.fuzzing.check(selectedTarget, bytes)
    }
  } catch {
    fatalError(error.description)
  }
  return 0
}
