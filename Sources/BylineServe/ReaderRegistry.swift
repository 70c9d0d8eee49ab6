import Foundation
import NIOConcurrencyHelpers
import NIOCore

/// The readers running now, with their terminals once connected, so the server can hang each
/// up when it stops.
final class ReaderRegistry: Sendable {
  private let readers = NIOLockedValueBox<[pid_t: Channel?]>([:])

  func add(_ pid: pid_t) { readers.withLockedValue { $0[pid] = .some(nil) } }
  func remove(_ pid: pid_t) { _ = readers.withLockedValue { $0.removeValue(forKey: pid) } }

  /// Records the channel on `pid`'s terminal (master side).
  func attach(_ terminal: Channel, to pid: pid_t) {
    readers.withLockedValue { if $0[pid] != nil { $0[pid] = terminal } }
  }

  var running: Set<pid_t> { readers.withLockedValue { Set($0.keys) } }

  /// Tells every reader to quit: SIGTERM (each saves its state, restores the client's screen
  /// and exits); after `hangUpAfter` seconds the terminals of those still running are hung up
  /// (the master closed, as sshd does when a connection ends: the reader's next read fails even
  /// if the signal went to another of its threads). Waits up to `grace` seconds in all for
  /// every reader to be reaped, then kills what is left and waits for that too.
  func stopAll(grace: TimeInterval, hangUpAfter: TimeInterval = 1.5) {
    for pid in running { kill(pid, SIGTERM) }
    let hangUp = Date().addingTimeInterval(hangUpAfter)
    while !running.isEmpty, Date() < hangUp { usleep(20_000) }
    for terminal in readers.withLockedValue({ $0.values }) { terminal?.close(promise: nil) }
    let deadline = Date().addingTimeInterval(grace - hangUpAfter)
    while !running.isEmpty, Date() < deadline { usleep(20_000) }
    for pid in running { kill(pid, SIGKILL) }
    let hardDeadline = Date().addingTimeInterval(0.5)
    while !running.isEmpty, Date() < hardDeadline { usleep(10_000) }
  }
}
