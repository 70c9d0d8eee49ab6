import BylineCore
import Foundation
import Testing

/// `byline serve` with the real OpenSSH client (issue 16): a reader's key lands in the reader
/// on the shared library, the terminal's size follows the client's, each key keeps its own
/// stars across a restart, and SIGTERM ends the server and every reader.
@Suite(.serialized) struct ServeSessionTests {
  @Test func knownKeySeesTheLibraryAndResizeReachesTheReader() async throws {
    let serve = try ServeFixture(keys: ["alice"])
    try await serve.start()
    defer { serve.stop() }
    let tmux = try TmuxSession(width: 100, height: 24)
    defer { tmux.close() }
    tmux.run(serve.sshCommandLine(key: "alice"))
    #expect(
      tmux.waitFor("Harbour terminal", timeout: 20), "\(tmux.capture())\(serve.diagnostics())")
    #expect(tmux.format("#{alternate_on}") == "1")

    // Taller: the reader draws down to the new last row only if the size reached it.
    tmux.resize(width: 100, height: 34)
    let redrawn = tmux.waitFor(timeout: 15) {
      let rows = tmux.capture().split(separator: "\n", omittingEmptySubsequences: false)
      return rows.count >= 34 && !rows[33].trimmingCharacters(in: .whitespaces).isEmpty
    }
    #expect(redrawn, "\(tmux.capture())")
    tmux.send("q")
    #expect(tmux.waitFor("ssh-exit=0", timeout: 15), "\(tmux.capture())")
    #expect(try String(contentsOf: serve.log, encoding: .utf8).contains("auth ok alice"))
  }

  @Test func twoKeysKeepSeparateStarsAcrossARestart() async throws {
    let serve = try ServeFixture(keys: ["alice", "bob"])
    try await serve.start()
    let tmux = try TmuxSession(width: 100, height: 24)
    defer { tmux.close() }

    // Alice stars the first article and quits.
    tmux.run(serve.sshCommandLine(key: "alice"))
    #expect(
      tmux.waitFor("Harbour terminal", timeout: 20), "\(tmux.capture())\(serve.diagnostics())")
    tmux.send("s")
    #expect(tmux.waitFor("★", timeout: 10), "\(tmux.capture())")
    tmux.send("q")
    #expect(tmux.waitFor("ssh-exit=0", timeout: 15), "\(tmux.capture())")
    tmux.run("clear")

    // Bob sees no star, and is still reading when the server is stopped.
    tmux.run(serve.sshCommandLine(key: "bob"))
    #expect(tmux.waitFor("Harbour terminal", timeout: 20), "\(tmux.capture())")
    #expect(!tmux.capture().contains("★"), "\(tmux.capture())")
    #expect(serve.readers().count == 1)
    #expect(serve.stop() == 0, "\(serve.diagnostics())")
    #expect(tmux.waitFor("exit=1", timeout: 10), "\(tmux.capture())")
    #expect(
      SSHProcessTable.running(withCommandLineContaining: serve.root.path + "/data").isEmpty,
      "a reader outlived the server")

    // Each key's state is its own, in its own file, and the library has none of it.
    let alice = try serve.readingState(of: "alice")
    let bob = try serve.readingState(of: "bob")
    #expect(try alice.articleCount(matching: ArticleFilter(starredOnly: true)) == 1)
    #expect(try bob.articleCount(matching: ArticleFilter(starredOnly: true)) == 0)
    let shared = try Library.open(at: serve.library)
    #expect(try shared.articleCount(matching: ArticleFilter(starredOnly: true)) == 0)

    // After a restart Alice's star is still there.
    try await serve.start()
    defer { serve.stop() }
    tmux.run("clear")
    tmux.run(serve.sshCommandLine(key: "alice"))
    #expect(tmux.waitFor("Harbour terminal", timeout: 20), "\(tmux.capture())")
    #expect(tmux.waitFor("★", timeout: 10), "\(tmux.capture())")
    tmux.send("q")
    #expect(tmux.waitFor("ssh-exit=0", timeout: 15), "\(tmux.capture())")
  }

  @Test func openAdmitsAnyKeyAsAGuest() async throws {
    let serve = try ServeFixture(keys: ["alice"])
    try serve.makeKey("visitor")
    try await serve.start(extra: ["--open"])
    defer { serve.stop() }
    let output = serve.root.appendingPathComponent("visitor.out").path
    let client = try SSHChildProcess(
      serve.tools.ssh, ["-tt"] + serve.sshArguments(key: "visitor"),
      environment: ["TERM": "xterm-256color"], output: output, errorOutput: output)
    defer {
      kill(client.pid, SIGKILL)
      client.waitForExit()
    }
    let shown = await SSHPolling.waitUntil(timeout: .seconds(20)) {
      (try? String(contentsOfFile: output, encoding: .utf8))?.contains("Harbour terminal") == true
    }
    #expect(shown, "\(serve.diagnostics())")
    #expect(try String(contentsOf: serve.log, encoding: .utf8).contains("auth ok guest"))
  }

  @Test func twentyClientsAtOnceAllGetAFirstFrameAndLeaveNoReaderWhenKilled() async throws {
    let serve = try ServeFixture(keys: ["alice"])
    try await serve.start()
    defer { serve.stop() }
    var clients: [SSHChildProcess] = []
    var outputs: [String] = []
    for index in 0..<20 {
      let output = serve.root.appendingPathComponent("client-\(index).out").path
      outputs.append(output)
      clients.append(
        try SSHChildProcess(
          serve.tools.ssh, ["-tt"] + serve.sshArguments(key: "alice"),
          environment: ["TERM": "xterm-256color"], output: output, errorOutput: output))
    }
    let everyone = await SSHPolling.waitUntil(timeout: .seconds(90)) {
      outputs.allSatisfy {
        (try? String(contentsOfFile: $0, encoding: .utf8))?.contains("Harbour terminal") == true
      }
    }
    #expect(everyone, "\(serve.diagnostics())")
    #expect(serve.readers().count == 20)

    // One reader crashing ends its session only: the other 19 and the server go on.
    let crashed = try #require(serve.readers().first)
    kill(crashed.pid, SIGSEGV)
    let ended = await SSHPolling.waitUntil(timeout: .seconds(10)) { serve.readers().count == 19 }
    #expect(ended)
    #expect(serve.server?.isRunning == true)

    for client in clients { kill(client.pid, SIGKILL) }
    for client in clients { client.waitForExit() }
    let reaped = await SSHPolling.waitUntil(timeout: .seconds(20)) { serve.readers().isEmpty }
    #expect(reaped, "readers left: \(serve.readers())")
    #expect(serve.stop() == 0)
  }
}
