import Foundation
import Testing

extension SSHTests {
  /// A dropped connection must hang up the remote program and leave nothing running.
  @Suite struct HangupTests {
    @Test func killingTheClientSendsSIGHUPToTheRemoteProgram() async throws {
      try await SSHServer.withServer { server in
        let probe = try SSHStandIn.writeProbe(in: server.directory.path)
        let hupMarker = server.path("hup")
        let remote = SSHRemoteCommand(
          program: ["sh", probe, hupMarker], markerDirectory: server.directory.path)
        let session = try SSHTmuxSession(server: server, remote: remote)
        #expect(try await session.waitFor("size 24 80"))
        let sessionID = try #require(try remote.sessionID())
        #expect(!SSHProcessTable.running(inSession: sessionID).isEmpty)

        try session.killClient(signal: SIGKILL)
        let hungUp = await SSHPolling.waitUntil {
          FileManager.default.fileExists(atPath: hupMarker)
        }
        #expect(hungUp, "the remote program got no SIGHUP; sshd log:\n\(server.logTail())")
        let gone = try await SSHPolling.waitUntil { try remote.runningProcesses().isEmpty }
        #expect(gone, "left running: \((try? remote.runningProcesses()) ?? [])")
        #expect(await session.close())
      }
    }

    @Test func closingTheTerminalEndsTheRemoteReader() async throws {
      try await SSHServer.withServer { server in
        let article = try SSHStandIn.writeArticle(in: server.directory.path)
        let remote = SSHRemoteCommand(
          program: ["less", article], environment: ["LANG": "C.UTF-8"],
          markerDirectory: server.directory.path)
        let session = try SSHTmuxSession(server: server, remote: remote)
        #expect(try await session.waitFor("P0001"))
        let sessionID = try #require(try remote.sessionID())
        #expect(!SSHProcessTable.running(inSession: sessionID).isEmpty)

        #expect(await session.close())
        let gone = try await SSHPolling.waitUntil { try remote.runningProcesses().isEmpty }
        #expect(gone, "left running: \((try? remote.runningProcesses()) ?? [])")
      }
    }
  }
}
