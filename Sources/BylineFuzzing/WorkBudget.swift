#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The time an input may take: a constant plus a fixed amount per input byte, so a target whose
/// work grows faster than its input (quadratic slicing, a parser that copies per error) fails
/// on inputs a few kilobytes long instead of going unnoticed.
///
/// Time is the thread's CPU time, which the load of other processes on a shared machine does not
/// inflate. The budget is generous for a debug build under the address sanitizer: linear code
/// stays far below it, and libFuzzer's own `-timeout` catches what hangs outright.
public struct WorkBudget: Sendable {
  /// CPU seconds any input may take.
  public var baseSeconds: Double
  /// CPU seconds allowed per input byte on top of the base.
  public var secondsPerByte: Double

  /// The budget the fuzz targets run with: 0.5 s plus 250 µs per byte (1.5 s for 4 KB).
  public static let fuzzing = WorkBudget(baseSeconds: 0.5, secondsPerByte: 250e-6)

  /// Creates a budget.
  public init(baseSeconds: Double, secondsPerByte: Double) {
    self.baseSeconds = baseSeconds
    self.secondsPerByte = secondsPerByte
  }

  /// CPU seconds an input of `byteCount` bytes may take.
  public func seconds(forBytes byteCount: Int) -> Double {
    baseSeconds + secondsPerByte * Double(byteCount)
  }

  /// Runs `target`'s check on `bytes` and times it; throws when the check fails or the input
  /// took longer than its budget.
  public func check(_ target: FuzzTarget, _ bytes: [UInt8]) throws(InvariantViolation) {
    let start = Self.threadSeconds
    try target.check(bytes)
    let spent = Self.threadSeconds - start
    let allowed = seconds(forBytes: bytes.count)
    if spent > allowed {
      throw InvariantViolation(
        target,
        "an input of \(bytes.count) bytes took \(spent) s of CPU time; its budget is "
          + "\(allowed) s (work must grow linearly with the input)")
    }
  }

  /// CPU seconds the calling thread has used.
  static var threadSeconds: Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}
