import Foundation
import Testing

extension SSHTests {
  /// Byline itself over `ssh -tt`: start, resize, read, quit and hang-up.
  @Suite struct BylineTests {
    /// The first fixture article's title, shown in the list at start-up.
    static let firstTitle = "Harbour terminal to open"
    /// Terminal types whose terminfo entry has no alternate screen (`smcup`).
    static let withoutAlternateScreen: Set<String> = ["vt100", "linux"]

    /// Whether `row` is Byline's status bar for a terminal `width` columns wide: it ends with
    /// the help hint near the right edge (the last column may be blank).
    static func isStatusBar(_ row: String?, width: Int) -> Bool {
      guard let row else { return false }
      return row.hasSuffix("? help") && (width - 2...width).contains(row.count)
    }

    @Test(arguments: TerminalTests.terminalTypes)
    func bylineStartsResizesAndQuits(term: String) async throws {
      try #require(FileManager.default.isExecutableFile(atPath: SSHBylineProgram.binary))
      try await SSHServer.withServer { server in
        let remote = SSHBylineProgram.command(markerDirectory: server.directory.path)
        let session = try SSHTmuxSession(
          server: server, remote: remote, term: term, width: 80, height: 24)

        #expect(
          try await session.waitFor(Self.firstTitle),
          "byline did not start: \(session.diagnostics())\n\(server.logTail())")
        #expect(remote.remoteTERM() == term)
        #expect(try session.isAlternateScreenOn() == !Self.withoutAlternateScreen.contains(term))
        let status = try session.rows().last
        #expect(Self.isStatusBar(status, width: 80), "status bar: \(status ?? "none")")

        try session.resize(width: 120, height: 30)
        let redrawn = try await session.waitUntil { rows in
          rows.count == 30 && Self.isStatusBar(rows.last, width: 120)
        }
        #expect(redrawn, "byline did not redraw at 120x30: \(session.diagnostics())")

        #expect(try await session.waitForQuiet())
        try session.sendKeys("Q")
        #expect(try await session.waitForClientExit(), "\(session.diagnostics())")
        #expect(try remote.exitStatus() == 0)
        #expect(try !session.isAlternateScreenOn())
        #expect(try remote.runningProcesses().isEmpty)
        #expect(await session.close())
      }
    }

    @Test func bylineOpensAndPagesAnArticleInColour() async throws {
      try #require(FileManager.default.isExecutableFile(atPath: SSHBylineProgram.binary))
      try await SSHServer.withServer { server in
        let remote = SSHBylineProgram.command(markerDirectory: server.directory.path)
        let session = try SSHTmuxSession(server: server, remote: remote, width: 80, height: 24)
        #expect(try await session.waitFor(Self.firstTitle))
        #expect(try await session.waitForQuiet())

        try session.sendKeys("Enter")
        #expect(
          try await session.waitFor("The harbour authority said"),
          "article did not open: \(session.diagnostics())")
        let colour = #/\x1b\[(?:3[0-7]|9[0-7]|38;5;[0-9]+)m/#
        #expect(try session.capture(escapes: true).contains(colour), "no foreground colour")
        #expect(try await session.waitForQuiet())
        let before = try session.rows().last
        try session.sendKeys("Space")
        let paged = try await session.waitUntil { rows in rows.last != before }
        #expect(paged, "Space changed nothing: \(session.diagnostics())")

        #expect(try await session.waitForQuiet())
        try session.sendKeys("Q")
        #expect(try await session.waitForClientExit())
        #expect(try remote.exitStatus() == 0)
        #expect(await session.close())
      }
    }

    /// Over SSH the remote side often has no locale at all (nothing sent with SendEnv);
    /// Byline then falls back to C.UTF-8 for characters instead of showing byte escapes.
    @Test func bylineShowsUTF8WithoutARemoteLocale() async throws {
      try #require(FileManager.default.isExecutableFile(atPath: SSHBylineProgram.binary))
      try await SSHServer.withServer { server in
        let remote = SSHRemoteCommand(
          program: ["/usr/bin/env", "-u", "LANG", "-u", "LC_ALL", "-u", "LC_CTYPE"]
            + ["BYLINE_LIBRARY=\(server.directory.path)/library.sqlite"]
            + ["XDG_DATA_HOME=\(server.directory.path)/data"]
            + [SSHBylineProgram.binary, SSHBylineProgram.fixtures],
          markerDirectory: server.directory.path)
        let session = try SSHTmuxSession(server: server, remote: remote, width: 100, height: 24)
        #expect(
          try await session.waitFor("서울시, 공항까지"),
          "Korean title not shown: \(session.diagnostics())")
        #expect(try await session.waitFor("Réouverture du café"))
        #expect(await session.close())
        #expect(try await SSHPolling.waitUntil { try remote.runningProcesses().isEmpty })
      }
    }

    /// `ssh host byline` without `-t` gives no terminal: Byline must say so, not hang.
    @Test func bylineWithoutARemoteTerminalExplainsAndExits() async throws {
      try #require(FileManager.default.isExecutableFile(atPath: SSHBylineProgram.binary))
      try await SSHServer.withServer { server in
        let command = SSHShellQuoting.join([SSHBylineProgram.binary, SSHBylineProgram.fixtures])
        let result = try server.run(command)
        #expect(result.status == 2)
        #expect(result.errorOutput.contains("needs a terminal"), "stderr: \(result.errorOutput)")
      }
    }

    /// A terminal type the server does not know: a clear message and exit status 2.
    /// (Run without tmux: tmux 3.3a can drop the last output of a pane that dies at once.)
    @Test func bylineWithAnUnknownTERMExplainsAndExits() async throws {
      try #require(FileManager.default.isExecutableFile(atPath: SSHBylineProgram.binary))
      try await SSHServer.withServer { server in
        // Its own library, never the user's: the check of TERM comes after the library opens.
        let command = SSHShellQuoting.join([
          "env", "BYLINE_LIBRARY=\(server.directory.path)/library.sqlite",
          SSHBylineProgram.binary, SSHBylineProgram.fixtures,
        ])
        let result = try server.run(command, terminal: true, term: "no-such-term")
        #expect(result.status == 2)
        #expect(
          result.output.contains("unknown terminal type 'no-such-term'"),
          "output: \(result.output) \(result.errorOutput)")
      }
    }

    @Test func killingTheClientEndsByline() async throws {
      try #require(FileManager.default.isExecutableFile(atPath: SSHBylineProgram.binary))
      try await SSHServer.withServer { server in
        let remote = SSHBylineProgram.command(markerDirectory: server.directory.path)
        let session = try SSHTmuxSession(server: server, remote: remote)
        #expect(try await session.waitFor(Self.firstTitle))
        let sessionID = try #require(try remote.sessionID())
        #expect(
          SSHProcessTable.running(inSession: sessionID).contains { $0.name == "byline" })

        try session.killClient(signal: SIGKILL)
        let gone = try await SSHPolling.waitUntil { try remote.runningProcesses().isEmpty }
        #expect(gone, "left running: \((try? remote.runningProcesses()) ?? [])")
        #expect(await session.close())
      }
    }
  }
}
