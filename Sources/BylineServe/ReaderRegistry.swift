import Foundation
import NIOConcurrencyHelpers

/// The readers running now, so the server can tell each to quit when it stops.
final class ReaderRegistry: Sendable {
  private let pids = NIOLockedValueBox<Set<pid_t>>([])

  func add(_ pid: pid_t) { _ = pids.withLockedValue { $0.insert(pid) } }
  func remove(_ pid: pid_t) { _ = pids.withLockedValue { $0.remove(pid) } }
  var running: Set<pid_t> { pids.withLockedValue { $0 } }

  /// Sends SIGTERM to every reader (each saves its state and exits), waits up to `grace`
  /// seconds for all to be reaped, then kills what is left and waits for that too.
  func stopAll(grace: TimeInterval) {
    for pid in running { kill(pid, SIGTERM) }
    let deadline = Date().addingTimeInterval(grace)
    while !running.isEmpty, Date() < deadline { usleep(20_000) }
    for pid in running { kill(pid, SIGKILL) }
    let hardDeadline = Date().addingTimeInterval(0.5)
    while !running.isEmpty, Date() < hardDeadline { usleep(10_000) }
  }
}
