import Foundation

/// An `ssh -tt` client running in a private tmux server, so the remote program has a real
/// terminal of a known size that tests can type into, read, resize and kill.
///
/// The tmux server has its own socket in the SSH server's folder and no config file
/// (`-f /dev/null`); `remain-on-exit` keeps the pane after ssh exits so its exit status can be
/// read. Call `close()` at the end of the test; `deinit` kills the tmux server if a test ends
/// early.
final class SSHTmuxSession {
  /// The tmux program.
  let tmux: String
  /// The private tmux socket.
  let socket: String
  /// The tmux server's PID.
  let serverPID: pid_t
  /// The tmux target of the single pane.
  let target = "ssh"
  private var isClosed = false

  /// Starts `ssh` to `server` running `remote` in a `width` × `height` terminal.
  /// - Parameters:
  ///   - term: the `TERM` of the ssh client; ssh hands it to the server, which gives it to the
  ///     remote program.
  ///   - clientEnvironment: more variables for the ssh client (e.g. `LANG`, with
  ///     `sendEnvironment: ["LANG"]`).
  ///   - sendEnvironment: names for ssh's `SendEnv`.
  init(
    server: SSHServer, remote: SSHRemoteCommand, term: String = "xterm-256color",
    width: Int = 80, height: Int = 24, clientEnvironment: KeyValuePairs<String, String> = [:],
    sendEnvironment: [String] = []
  ) throws {
    tmux = server.tools.tmux
    socket = server.path("tmux-\(remote.name).sock")
    let client =
      ["/usr/bin/env", "TERM=\(term)"] + clientEnvironment.map { "\($0.key)=\($0.value)" }
      + server.clientArguments(
        remoteCommand: remote.shellCommand, sendEnvironment: sendEnvironment)
    let start =
      ["-S", socket, "-f", "/dev/null", "set-option", "-g", "remain-on-exit", "on", ";"]
      + ["set-option", "-sg", "escape-time", "0", ";"]
      + ["new-session", "-d", "-s", target, "-x", String(width), "-y", String(height)] + client
    try SSHSubprocess.check(tmux, start)
    let pidText = try SSHSubprocess.check(tmux, ["-S", socket, "display-message", "-p", "#{pid}"])
    guard let pid = pid_t(pidText.trimmingCharacters(in: .whitespacesAndNewlines)) else {
      throw SSHTestError.unreadableMarker(file: socket, content: pidText)
    }
    serverPID = pid
  }

  deinit {
    guard !isClosed else { return }
    _ = try? SSHSubprocess.run(tmux, ["-S", socket, "kill-server"])
    kill(serverPID, SIGKILL)
  }

  /// Sends tmux key names (`j`, `Space`, `Enter`, `Escape`, `C-c`…), in order.
  func sendKeys(_ keys: String...) throws {
    try command(["send-keys", "-t", target] + keys)
  }

  /// Types `text` literally.
  func type(_ text: String) throws {
    try command(["send-keys", "-t", target, "-l", text])
  }

  /// The pane's text, one line per row; with `escapes` the colours and attributes too.
  func capture(escapes: Bool = false) throws -> String {
    try command(["capture-pane", "-p", "-t", target] + (escapes ? ["-e"] : []))
  }

  /// The pane's rows without trailing blanks, one string per terminal row.
  func rows() throws -> [String] {
    var lines = try capture().split(separator: "\n", omittingEmptySubsequences: false)
    if lines.last?.isEmpty == true { lines.removeLast() }
    return lines.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
  }

  /// Waits until the pane shows `text`.
  func waitFor(_ text: String, timeout: Duration = .seconds(15)) async throws -> Bool {
    try await SSHPolling.waitUntil(timeout: timeout) { try self.capture().contains(text) }
  }

  /// Waits until `condition` holds for the pane's rows.
  func waitUntil(
    timeout: Duration = .seconds(15), _ condition: ([String]) -> Bool
  ) async throws -> Bool {
    try await SSHPolling.waitUntil(timeout: timeout) { condition(try self.rows()) }
  }

  /// Resizes the terminal; tmux tells ssh, ssh tells sshd, sshd tells the remote program.
  func resize(width: Int, height: Int) throws {
    try command(["resize-window", "-t", target, "-x", String(width), "-y", String(height)])
  }

  /// The PID of the ssh client (the pane's process).
  func clientPID() throws -> pid_t {
    let text = try format("#{pane_pid}")
    guard let pid = pid_t(text) else {
      throw SSHTestError.unreadableMarker(file: socket, content: text)
    }
    return pid
  }

  /// Kills the ssh client with `signal` (SIGKILL: the connection just drops).
  func killClient(signal: Int32 = SIGKILL) throws {
    let pid = try clientPID()
    guard kill(pid, signal) == 0 else { throw SSHTestError.systemCall(name: "kill", errno: errno) }
  }

  /// Whether the ssh client has exited (the pane is dead; `remain-on-exit` keeps it).
  ///
  /// There is no `clientExitStatus`: tmux 3.3a sometimes never fills `#{pane_dead_status}`
  /// when the pane's terminal closes before its process is reaped (seen here about one time
  /// in six). Read the remote program's status from `SSHRemoteCommand.exitStatus()` instead.
  func hasClientExited() throws -> Bool { try format("#{pane_dead}") == "1" }

  /// Waits for the ssh client to exit.
  func waitForClientExit(timeout: Duration = .seconds(15)) async throws -> Bool {
    try await SSHPolling.waitUntil(timeout: timeout) { try self.hasClientExited() }
  }

  /// Waits until the pane's text stays the same for `quiet`, i.e. the remote program has
  /// finished drawing. Returns false if it is still changing after `timeout`.
  func waitForQuiet(
    _ quiet: Duration = .milliseconds(150), timeout: Duration = .seconds(15)
  ) async throws -> Bool {
    var last = try capture(escapes: true)
    var stableSince = ContinuousClock.now
    return try await SSHPolling.waitUntil(timeout: timeout) {
      let now = try self.capture(escapes: true)
      if now != last {
        last = now
        stableSince = ContinuousClock.now
      }
      return ContinuousClock.now - stableSince >= quiet
    }
  }

  /// The pane's state and text, for failure messages.
  func diagnostics() -> String {
    let state = (try? format("dead=#{pane_dead} pid=#{pane_pid}")) ?? "?"
    let client = (try? clientPID()).flatMap(SSHProcessTable.entry).map { "\($0)" } ?? "client gone"
    return "\(state); \(client)\n" + ((try? capture()) ?? "(no capture)")
  }

  /// Whether the pane is on the alternate screen.
  func isAlternateScreenOn() throws -> Bool { try format("#{alternate_on}") == "1" }

  /// Kills the tmux server (and with it the ssh client) and waits until it is gone.
  /// - Returns: whether the tmux server has exited.
  @discardableResult
  func close() async -> Bool {
    isClosed = true
    _ = try? SSHSubprocess.run(tmux, ["-S", socket, "kill-server"])
    let serverPID = serverPID
    let gone = await SSHPolling.waitUntil(timeout: .seconds(3)) {
      !SSHProcessTable.isRunning(serverPID)
    }
    if !gone { kill(serverPID, SIGKILL) }
    try? FileManager.default.removeItem(atPath: socket)
    return gone
  }

  private func format(_ format: String) throws -> String {
    try command(["display-message", "-p", "-t", target, format])
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  @discardableResult
  private func command(_ arguments: [String]) throws -> String {
    try SSHSubprocess.check(tmux, ["-S", socket] + arguments)
  }
}
