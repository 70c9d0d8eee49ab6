import Testing

extension SSHServer {
  /// Starts a server, runs `body`, stops the server and records an issue for anything the
  /// server leaves running. The server is stopped even when `body` throws.
  static func withServer(_ body: (SSHServer) async throws -> Void) async throws {
    let server = try await start()
    do {
      try await body(server)
    } catch {
      _ = await server.stop()
      throw error
    }
    let leftovers = await server.stop()
    #expect(leftovers.isEmpty, "still running after sshd stopped: \(leftovers)")
  }
}
