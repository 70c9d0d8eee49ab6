import Foundation

/// Waiting for something another process does, without a fixed sleep.
enum SSHPolling {
  /// Checks `condition` every `interval` until it holds or `timeout` has passed.
  /// - Returns: whether the condition held.
  static func waitUntil(
    timeout: Duration = .seconds(15), interval: Duration = .milliseconds(25),
    _ condition: () throws -> Bool
  ) async rethrows -> Bool {
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: timeout)
    while true {
      if try condition() { return true }
      if clock.now >= deadline { return false }
      try? await Task.sleep(for: interval)
    }
  }
}
