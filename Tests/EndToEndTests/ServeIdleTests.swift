import Foundation
import Testing

/// `byline serve` closes a session left without input (issue 16; 2 hours by default, a few
/// seconds here through the hidden `--idle-timeout`), with the real OpenSSH client.
@Suite(.serialized) struct ServeIdleTests {
  @Test func anIdleSessionIsClosedAndItsReaderReapedWhileAnActiveOneStays() async throws {
    let serve = try ServeFixture(keys: ["alice", "bob"])
    try await serve.start(extra: ["--idle-timeout", "8s"])
    defer { serve.stop() }
    let alice = try TmuxSession(width: 100, height: 24)
    defer { alice.close() }
    let bob = try TmuxSession(width: 100, height: 24)
    defer { bob.close() }

    // Alice connects first and keeps reading; Bob connects and types nothing.
    alice.run(serve.sshCommandLine(key: "alice"))
    #expect(
      alice.waitFor("Harbour terminal", timeout: 20), "\(alice.capture())\(serve.diagnostics())")
    // From now on Alice presses a key twice a second, from a process of its own, so that a
    // slow step of the test on a loaded machine never leaves her idle for the 8 s.
    let keeper = Process()
    keeper.executableURL = URL(fileURLWithPath: "/bin/sh")
    let tmux = "tmux -L \(alice.socket) -f /dev/null send-keys -t 0"
    keeper.arguments = ["-c", "while :; do \(tmux) j; sleep 0.5; \(tmux) k; sleep 0.5; done"]
    try keeper.run()
    defer { if keeper.isRunning { keeper.terminate() } }
    bob.run(serve.sshCommandLine(key: "bob"))
    #expect(bob.waitFor("Harbour terminal", timeout: 20), "\(bob.capture())")
    let aliceReader = try #require(serve.readerPID(of: "alice"), "\(serve.diagnostics())")
    let bobReader = try #require(serve.readerPID(of: "bob"), "\(serve.diagnostics())")

    // Bob's session ends after 8 s without input (checked each second; 60 s allow for a
    // loaded machine).
    var bobClosed = false
    for _ in 0..<60 {
      try await Task.sleep(for: .seconds(1))
      if bob.capture().contains("ssh-exit=") {
        bobClosed = true
        break
      }
    }
    #expect(bobClosed, "\(bob.capture())\(serve.diagnostics())")
    // Bob's reader quit and restored his screen, he is told why, and the server reaped it.
    #expect(bob.format("#{alternate_on}") == "0")
    #expect(bob.capture().contains("closed after 8 s without input"), "\(bob.capture())")
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
    keeper.terminate()
    keeper.waitUntilExit()
    alice.send("q")
    #expect(alice.waitFor("ssh-exit=0", timeout: 15), "\(alice.capture())")
  }
}
