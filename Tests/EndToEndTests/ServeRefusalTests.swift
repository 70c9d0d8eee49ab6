import Foundation
import Testing

/// What `byline serve` refuses (issue 16): unknown keys, commands, sftp, port forwarding and a
/// session without a terminal. Nothing runs, and each refusal is in the log.
@Suite(.serialized) struct ServeRefusalTests {
  @Test func unknownKeyGetsExit255() async throws {
    let serve = try ServeFixture(keys: ["alice"])
    try serve.makeKey("mallory")
    try await serve.start()
    defer { serve.stop() }
    let result = try SSHSubprocess.run(serve.tools.ssh, serve.sshArguments(key: "mallory"))
    #expect(result.status == 255, "\(result.errorOutput)")
    // Without a key, a known reader is refused too: no password or keyboard-interactive.
    let noKey = try SSHSubprocess.run(
      serve.tools.ssh,
      [
        "-o", "PubkeyAuthentication=no", "-o",
        "PreferredAuthentications=password,keyboard-interactive",
      ]
        + serve.sshArguments(key: "alice"))
    #expect(noKey.status == 255, "\(noKey.errorOutput)")
    #expect(try String(contentsOf: serve.log, encoding: .utf8).contains("auth refused unknown key"))
  }

  @Test func commandsAndSessionsWithoutATerminalRunNothing() async throws {
    let serve = try ServeFixture(keys: ["alice"])
    try await serve.start()
    defer { serve.stop() }
    let marker = serve.root.appendingPathComponent("ran").path
    let exec = try SSHSubprocess.run(
      serve.tools.ssh, serve.sshArguments(key: "alice") + ["touch", marker, ";", "ls", "/"])
    #expect(exec.status != 0)
    #expect(!exec.output.contains("usr"))
    #expect(!FileManager.default.fileExists(atPath: marker))

    let noTerminal = try SSHSubprocess.run(
      serve.tools.ssh, ["-T", "-o", "SetEnv=BYLINE_PROBE=1"] + serve.sshArguments(key: "alice"))
    #expect(noTerminal.status == 1)
    #expect(noTerminal.errorOutput.contains("connect from a terminal"), "\(noTerminal.errorOutput)")
    #expect(serve.readers().isEmpty)
    let log = try String(contentsOf: serve.log, encoding: .utf8)
    #expect(log.contains("refused exec for alice"), "\(log)")
    #expect(log.contains("refused environment variable for alice"), "\(log)")
  }

  @Test func aFullServerSaysSoAndStartsNoReader() async throws {
    let serve = try ServeFixture(keys: ["alice"])
    try await serve.start(extra: ["--max-sessions", "1"])
    defer { serve.stop() }
    let output = serve.root.appendingPathComponent("first.out").path
    let first = try SSHChildProcess(
      serve.tools.ssh, ["-tt"] + serve.sshArguments(key: "alice"),
      environment: ["TERM": "xterm-256color"], output: output, errorOutput: output)
    defer {
      kill(first.pid, SIGKILL)
      first.waitForExit()
    }
    let shown = await SSHPolling.waitUntil(timeout: .seconds(20)) {
      (try? String(contentsOfFile: output, encoding: .utf8))?.contains("Harbour terminal") == true
    }
    #expect(shown, "\(serve.diagnostics())")
    let second = try SSHSubprocess.run(serve.tools.ssh, ["-tt"] + serve.sshArguments(key: "alice"))
    #expect(second.status == 1)
    #expect((second.output + second.errorOutput).contains("The server is full"))
    #expect(serve.readers().count == 1)
  }

  @Test func sftpAndPortForwardingFail() async throws {
    let serve = try ServeFixture(keys: ["alice"])
    try await serve.start()
    defer { serve.stop() }
    let sftp = try SSHSubprocess.run(
      "/usr/bin/sftp",
      ["-b", "/dev/null", "-P", String(serve.port)]
        + serve.sshArguments(key: "alice").filter { $0 != "-p" && $0 != String(serve.port) })
    #expect(sftp.status != 0)

    // -L: the forwarded port accepts, but the server opens no channel, so no byte comes back
    // (forwarded to the server itself, a working tunnel would show its SSH banner).
    let localPort = serve.port + 1
    let tunnel = try SSHChildProcess(
      serve.tools.ssh,
      ["-N", "-L", "127.0.0.1:\(localPort):127.0.0.1:\(serve.port)"]
        + serve.sshArguments(key: "alice"),
      output: serve.root.appendingPathComponent("tunnel.out").path,
      errorOutput: serve.root.appendingPathComponent("tunnel.err").path)
    defer {
      kill(tunnel.pid, SIGKILL)
      tunnel.waitForExit()
    }
    // The tunnel is up once its connection has authenticated (the sftp one was the first).
    let up = await SSHPolling.waitUntil(timeout: .seconds(15)) {
      ((try? String(contentsOf: serve.log, encoding: .utf8)) ?? "")
        .components(separatedBy: "auth ok alice").count > 2
    }
    #expect(up, "\(serve.diagnostics())")
    let probe = try SSHSubprocess.run(
      "/bin/bash",
      ["-c", "exec 3<>/dev/tcp/127.0.0.1/\(localPort) && timeout 3 head -c 8 <&3"])
    #expect(probe.status == 0, "the tunnel's port did not accept: \(probe.errorOutput)")
    #expect(!probe.output.contains("SSH-2.0"))
    _ = await SSHPolling.waitUntil(timeout: .seconds(5)) {
      ((try? String(contentsOf: serve.log, encoding: .utf8)) ?? "").contains("forwarding")
    }
    let log = try String(contentsOf: serve.log, encoding: .utf8)
    #expect(log.contains("refused subsystem for alice"), "\(log)")
    #expect(log.contains("refused local port forwarding for alice"), "\(log)")
  }
}
