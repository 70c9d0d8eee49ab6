import BylineCore

/// A broken invariant found by a fuzz target's check: what was expected and what was found.
///
/// The checks throw it rather than trap, so the regression tests can run the very same checks
/// and fail one test instead of the whole test process; the fuzz entry point traps on it.
public struct InvariantViolation: Error, Hashable, Sendable, CustomStringConvertible {
  /// The target whose check failed.
  public var target: FuzzTarget
  /// What went wrong, on one line, with the place (field, paragraph, offset) it went wrong at.
  public var message: String

  /// Creates a violation of `target`'s invariants.
  public init(_ target: FuzzTarget, _ message: String) {
    self.target = target
    self.message = message
  }

  /// `fuzz target TARGET: MESSAGE`, with characters that must not reach the terminal (a NUL would
  /// cut the message short) written as `\u{…}`.
  public var description: String {
    var shown = ""
    for scalar in message.unicodeScalars {
      if WithheldCharacter.contains(scalar) {
        shown += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
      } else {
        shown.unicodeScalars.append(scalar)
      }
    }
    return "fuzz target \(target.rawValue): \(shown)"
  }
}
