import Foundation
import Testing

/// `byline serve` closes a session left without input (issue 16; 2 hours by default, a few
/// seconds here through the hidden `--idle-timeout`), with the real OpenSSH client.
@Suite(.serialized) struct ServeIdleTests {
  @Test func anIdleSessionIsClosedAndItsReaderReapedWhileAnActiveOneStays() async throws {
    let serve = try ServeFixture(keys: ["alice", "bob"])
    try await serve.start(extra: ["--idle-timeout", "4s"])
    defer { serve.stop() }
    let alice = try TmuxSession(width: 100, height: 24)
    defer { alice.close() }
    let bob = try TmuxSession(width: 100, height: 24)
    defer { bob.close() }

    // Alice connects first and keeps reading; Bob connects and types nothing.
    alice.run(serve.sshCommandLine(key: "alice"))
    #expect(
      alice.waitFor("Harbour terminal", timeout: 20), "\(alice.capture())\(serve.diagnostics())")
    bob.run(serve.sshCommandLine(key: "bob"))
    #expect(bob.waitFor("Harbour terminal", timeout: 20), "\(bob.capture())")
    let aliceReader = try #require(serve.readerPID(of: "alice"), "\(serve.diagnostics())")
    let bobReader = try #require(serve.readerPID(of: "bob"), "\(serve.diagnostics())")

    // A key from Alice every second until Bob's session has ended (4 s idle, checked each
    // second; 40 s allow for a loaded machine).
    var bobClosed = false
    for step in 0..<40 {
      alice.send(step.isMultiple(of: 2) ? "j" : "k")
      try await Task.sleep(for: .seconds(1))
      if bob.capture().contains("ssh-exit=") {
        bobClosed = true
        break
      }
    }
    #expect(bobClosed, "\(bob.capture())\(serve.diagnostics())")
    // Bob's reader quit and restored his screen, he is told why, and the server reaped it.
    #expect(bob.format("#{alternate_on}") == "0")
    #expect(bob.capture().contains("closed after 4 s without input"), "\(bob.capture())")
    let reaped = await SSHPolling.waitUntil(timeout: .seconds(10)) {
      SSHProcessTable.entry(bobReader) == nil
    }
    #expect(reaped, "Bob's reader \(bobReader) is still there")
    let log = try String(contentsOf: serve.log, encoding: .utf8)
    #expect(log.contains("session idle bob"), "\(log)")

    // Alice, connected longer than the timeout but never idle for it, reads on.
    #expect(!log.contains("session idle alice"), "\(log)")
    #expect(SSHProcessTable.isRunning(aliceReader))
    #expect(serve.readers().map(\.pid) == [aliceReader])
    #expect(!alice.capture().contains("ssh-exit="), "\(alice.capture())")
    alice.send("q")
    #expect(alice.waitFor("ssh-exit=0", timeout: 15), "\(alice.capture())")
  }
}
