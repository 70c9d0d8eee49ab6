import Foundation
import Testing

@testable import BylineServe

/// The server's limits (issue 16): sessions in all, connections per address, and an address
/// turned away for a minute after repeated failed attempts.
@Suite struct AddressGateTests {
  @Test func capsSessionsAndConnectionsPerAddress() {
    let gate = AddressGate(maxSessions: 2, maxPerAddress: 2)
    #expect(gate.admitConnection(from: "a") == nil)
    #expect(gate.admitConnection(from: "a") == nil)
    #expect(gate.admitConnection(from: "a") != nil)
    #expect(gate.admitConnection(from: "b") == nil)
    gate.connectionClosed(from: "a")
    #expect(gate.admitConnection(from: "a") == nil)
    #expect(gate.takeSession())
    #expect(gate.takeSession())
    #expect(!gate.takeSession())
    gate.releaseSession()
    #expect(gate.takeSession())
  }

  @Test func repeatedFailuresTurnAnAddressAwayForAMinute() {
    let gate = AddressGate(maxSessions: 5, maxPerAddress: 5)
    let start = Date(timeIntervalSince1970: 1_000_000)
    for attempt in 1..<gate.maxFailures {
      #expect(!gate.recordFailure(from: "a", now: start.addingTimeInterval(Double(attempt))))
    }
    #expect(gate.recordFailure(from: "a", now: start.addingTimeInterval(20)))
    #expect(gate.admitConnection(from: "a", now: start.addingTimeInterval(30)) != nil)
    #expect(gate.admitConnection(from: "b", now: start.addingTimeInterval(30)) == nil)
    #expect(gate.admitConnection(from: "a", now: start.addingTimeInterval(81)) == nil)
  }
}
