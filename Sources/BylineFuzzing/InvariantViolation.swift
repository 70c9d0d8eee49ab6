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

  /// `fuzz target TARGET: MESSAGE`.
  public var description: String { "fuzz target \(target.rawValue): \(message)" }
}
