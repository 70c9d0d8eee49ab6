import BylineFuzzing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// libFuzzer's own `main` is not used: SwiftPM points every executable's `main` at the module's
// Swift entry point (unless the build says `--sanitize fuzzer`, which cannot be combined with
// the address sanitizer in one swiftc flag). So this `main` hands over to libFuzzer's driver.

/// libFuzzer's driver: parses the flags, then calls `callback` with each input.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

var argumentCount = CommandLine.argc
var arguments = CommandLine.unsafeArgv
exit(runFuzzerDriver(&argumentCount, &arguments) { data, size in fuzzTestOneInput(data, size) })
