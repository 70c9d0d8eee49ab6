import Foundation
import NIOConcurrencyHelpers

/// Who may connect: at most so many sessions in all and connections per address, and an address
/// that failed to authenticate too often in a minute is turned away for a minute.
final class AddressGate: Sendable {
  private struct State {
    var connections: [String: Int] = [:]
    var sessions = 0
    var failures: [String: [Date]] = [:]
    var blockedUntil: [String: Date] = [:]
  }

  private let state = NIOLockedValueBox(State())
  private let maxSessions: Int
  private let maxPerAddress: Int
  /// Failed attempts from one address within ``failureWindow`` before it is turned away.
  let maxFailures = 10
  /// The window for counting failures, and how long an address is then turned away.
  let failureWindow: TimeInterval = 60

  init(maxSessions: Int, maxPerAddress: Int) {
    self.maxSessions = maxSessions
    self.maxPerAddress = maxPerAddress
  }

  /// Why a new connection from `address` is refused, or `nil` after counting it in.
  func admitConnection(from address: String, now: Date = Date()) -> String? {
    state.withLockedValue { state in
      if let until = state.blockedUntil[address], until > now {
        return "too many failed attempts from this address; try again later"
      }
      if (state.connections[address] ?? 0) >= maxPerAddress {
        return "too many connections from this address"
      }
      state.connections[address, default: 0] += 1
      return nil
    }
  }

  /// Counts out a closed connection from `address`.
  func connectionClosed(from address: String) {
    state.withLockedValue { state in
      let left = (state.connections[address] ?? 1) - 1
      state.connections[address] = left > 0 ? left : nil
    }
  }

  /// Takes a session place; `false` when all ``maxSessions`` are taken.
  func takeSession() -> Bool {
    state.withLockedValue { state in
      guard state.sessions < maxSessions else { return false }
      state.sessions += 1
      return true
    }
  }

  /// Gives a session place back.
  func releaseSession() {
    state.withLockedValue { $0.sessions = max(0, $0.sessions - 1) }
  }

  /// Records a failed attempt; `true` when the address is now turned away.
  @discardableResult
  func recordFailure(from address: String, now: Date = Date()) -> Bool {
    state.withLockedValue { state in
      var recent = (state.failures[address] ?? []).filter {
        now.timeIntervalSince($0) < failureWindow
      }
      recent.append(now)
      state.failures[address] = recent
      if recent.count >= maxFailures {
        state.blockedUntil[address] = now.addingTimeInterval(failureWindow)
        state.failures[address] = nil
        return true
      }
      return false
    }
  }
}
