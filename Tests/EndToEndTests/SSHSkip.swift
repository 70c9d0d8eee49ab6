import Testing

/// Why the SSH tests cannot run on this machine (a missing program, sshd unable to start).
struct SSHSkip: Error, Sendable {
  /// What is missing, in words for the test log.
  var reason: String

  /// Ends the current test as skipped, with the reason in the test log.
  func cancelTest() throws -> Never {
    try Test.cancel("SSH tests skipped: \(reason)")
  }
}
