import Foundation
import Testing

extension SSHTests {
  /// The test server itself: who may log in, and that stopping it leaves nothing behind.
  @Suite struct ServerTests {
    @Test func acceptsOnlyTheGeneratedKeyAndOnlyPublicKeyLogin() async throws {
      try await SSHServer.withServer { server in
        let accepted = try server.run("echo logged-in")
        #expect(accepted.status == 0, "ssh failed: \(accepted.errorOutput)\n\(server.logTail())")
        #expect(accepted.output == "logged-in\n")

        let refused = try server.run("echo logged-in", identity: server.strangerKey)
        #expect(refused.status == 255)
        #expect(refused.output.isEmpty)
        // The methods in parentheses are the ones the server offers: public key only.
        #expect(refused.errorOutput.contains("Permission denied (publickey)."))
      }
    }

    @Test func stoppingLeavesNoServerProcess() async throws {
      let server = try await SSHServer.start()
      let pid = try #require(server.pid)
      #expect(SSHProcessTable.isRunning(pid))
      #expect(try server.run("true").status == 0)
      let configFile = server.configFile
      #expect(!SSHProcessTable.running(withCommandLineContaining: configFile).isEmpty)

      let leftovers = await server.stop()
      #expect(leftovers.isEmpty)
      #expect(!SSHProcessTable.isRunning(pid))
      #expect(SSHProcessTable.running(withCommandLineContaining: configFile).isEmpty)
      #expect(!FileManager.default.fileExists(atPath: server.directory.path))
    }
  }
}
