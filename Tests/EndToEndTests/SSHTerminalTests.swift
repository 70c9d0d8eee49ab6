import Foundation
import Testing

extension SSHTests {
  /// A full-screen program over `ssh -tt`: terminal types, resizing, quitting, locale.
  @Suite struct TerminalTests {
    /// The terminal types checked; all come with Debian's `ncurses-base`.
    static let terminalTypes = [
      "xterm-256color", "xterm", "screen-256color", "tmux-256color", "vt100", "linux",
    ]

    /// Every tested type must be in the terminfo database (Debian's `ncurses-base`), or the
    /// tests below would only show that the remote program refuses to start.
    @Test(arguments: terminalTypes)
    func terminfoKnowsTerminalType(term: String) throws {
      let result = try SSHSubprocess.run("/usr/bin/infocmp", [term])
      #expect(result.status == 0, "infocmp \(term): \(result.errorOutput) (install ncurses-base)")
    }

    @Test(arguments: terminalTypes)
    func lessStartsResizesAndQuits(term: String) async throws {
      try await SSHServer.withServer { server in
        let article = try SSHStandIn.writeArticle(in: server.directory.path)
        let remote = SSHRemoteCommand(
          program: ["less", article], environment: ["LANG": "C.UTF-8"],
          markerDirectory: server.directory.path)
        let session = try SSHTmuxSession(
          server: server, remote: remote, term: term, width: 80, height: 24)

        #expect(try await session.waitFor("P0001"), "less did not start: \(server.logTail())")
        #expect(remote.remoteTERM() == term)
        let first = try session.rows()
        #expect(first.count == 24)
        #expect(first.map(\.count).max() == 80)

        try session.resize(width: 120, height: 30)
        let redrawn = try await session.waitUntil { rows in
          rows.count == 30 && rows.map(\.count).max() == 120 && rows[0].hasPrefix("P0001")
        }
        #expect(redrawn, "less did not redraw at 120x30:\n\((try? session.capture()) ?? "")")

        #expect(try await session.waitForQuiet())
        try session.sendKeys("q")
        #expect(
          try await session.waitForClientExit(),
          "\(session.diagnostics())\nsshd log:\n\(server.logTail())")
        #expect(try remote.exitStatus() == 0)
        #expect(try !session.isAlternateScreenOn())
        #expect(try remote.runningProcesses().isEmpty)
        #expect(await session.close())
      }
    }

    @Test func resizeReachesTheRemoteProgram() async throws {
      try await SSHServer.withServer { server in
        let probe = try SSHStandIn.writeProbe(in: server.directory.path)
        let remote = SSHRemoteCommand(
          program: ["sh", probe, server.path("hup")], markerDirectory: server.directory.path)
        let session = try SSHTmuxSession(server: server, remote: remote, width: 80, height: 24)

        #expect(try await session.waitFor("size 24 80 xterm-256color"))
        try session.resize(width: 100, height: 30)
        #expect(try await session.waitFor("size 30 100 xterm-256color"))
        try session.resize(width: 60, height: 20)
        #expect(try await session.waitFor("size 20 60 xterm-256color"))
        #expect(await session.close())
        #expect(try await SSHPolling.waitUntil { try remote.runningProcesses().isEmpty })
      }
    }

    @Test func utf8TextNeedsTheClientLocaleSentAlong() async throws {
      try await SSHServer.withServer { server in
        let article = try SSHStandIn.writeArticle(in: server.directory.path)
        // LANG travels with SendEnv/AcceptEnv; the remote program is given no locale itself.
        let sent = SSHRemoteCommand(
          program: ["less", article], markerDirectory: server.directory.path, name: "sent")
        let withLocale = try SSHTmuxSession(
          server: server, remote: sent, width: 100, height: 24,
          clientEnvironment: ["LANG": "C.UTF-8"], sendEnvironment: ["LANG"])
        #expect(
          try await withLocale.waitFor(SSHStandIn.utf8Line),
          "UTF-8 text garbled:\n\((try? withLocale.capture()) ?? "")")
        #expect(await withLocale.close())

        // Without a locale the same text comes out as byte escapes: the check above can fail.
        let unsent = SSHRemoteCommand(
          program: ["less", article], markerDirectory: server.directory.path, name: "unsent")
        let withoutLocale = try SSHTmuxSession(
          server: server, remote: unsent, width: 100, height: 24)
        #expect(try await withoutLocale.waitFor("Zo<C3><AB>"))
        #expect(try !withoutLocale.capture().contains(SSHStandIn.utf8Line))
        #expect(await withoutLocale.close())
        #expect(try await SSHPolling.waitUntil { try sent.runningProcesses().isEmpty })
        #expect(try await SSHPolling.waitUntil { try unsent.runningProcesses().isEmpty })
      }
    }
  }
}
