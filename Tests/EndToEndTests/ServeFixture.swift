import BylineCore
import Foundation

/// A running `byline serve` on a free loopback port, with a small library of the plain-text
/// fixtures, reader keys made by `ssh-keygen`, and its own data folder; for the tests that
/// connect to it with the real OpenSSH client. `stop()` ends it; `deinit` kills it if a test
/// ends early.
final class ServeFixture {
  let tools: SSHPrerequisites
  /// The scratch folder: keys, library, the server's data folder, its output and log.
  let root: URL
  /// The shared library.
  let library: URL
  /// `$XDG_DATA_HOME` of the server.
  let dataHome: URL
  /// The authorized keys file.
  let authorizedKeys: URL
  /// The server's log file.
  let log: URL
  private(set) var server: SSHChildProcess?
  private(set) var port = 0

  /// Makes the folder and the library (the fixtures, indexed) and keys named `keys`, each
  /// listed in the authorized keys file with its name as the comment.
  init(keys: [String]) throws {
    tools = try SSHPrerequisites.require()
    root = URL(fileURLWithPath: "/tmp/byline-serve-\(getpid())-\(UUID().uuidString.prefix(8))")
    library = root.appendingPathComponent("library.sqlite")
    dataHome = root.appendingPathComponent("data")
    authorizedKeys = root.appendingPathComponent("authorized_keys")
    log = root.appendingPathComponent("serve.log")
    try FileManager.default.createDirectory(at: dataHome, withIntermediateDirectories: true)
    let articles = root.appendingPathComponent("articles")
    try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
    for name in ["01-harbour.txt", "03-beijing.txt", "04-montreal.txt"] {
      try FileManager.default.copyItem(
        atPath: TmuxSession.fixtures + "/" + name,
        toPath: articles.appendingPathComponent(name).path)
    }
    let add = try CommandRun(
      CommandRun.binary, ["add", articles.path, "--library", library.path],
      environment: environment)
    guard add.status == 0 else {
      throw SSHTestError.commandFailed(
        command: "byline add", status: add.status, message: add.errors)
    }
    var lines: [String] = []
    for name in keys {
      lines.append(try makeKey(name))
    }
    try lines.joined(separator: "\n").write(to: authorizedKeys, atomically: true, encoding: .utf8)
  }

  deinit {
    if let server, server.isRunning { kill(server.pid, SIGKILL) }
    try? FileManager.default.removeItem(at: root)
  }

  /// The environment for the binary: only this folder's data and state.
  var environment: [String: String] {
    [
      "HOME": root.path, "XDG_DATA_HOME": dataHome.path, "PATH": "/usr/bin:/bin",
      "LANG": "C.UTF-8",
    ]
  }

  /// The private key file of `name`.
  func key(_ name: String) -> String { root.appendingPathComponent("keys/\(name)").path }

  /// Makes an Ed25519 key pair for `name` and returns its public line.
  @discardableResult
  func makeKey(_ name: String) throws -> String {
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("keys"), withIntermediateDirectories: true)
    try SSHSubprocess.check(
      tools.sshKeygen, ["-q", "-t", "ed25519", "-N", "", "-C", name, "-f", key(name)])
    return try String(contentsOfFile: key(name) + ".pub", encoding: .utf8)
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Starts the server (again, after `stop()`) and waits until it listens.
  func start(extra: [String] = []) async throws {
    let output = root.appendingPathComponent("serve.out").path
    let child = try SSHChildProcess(
      CommandRun.binary.path,
      [
        "serve", "--listen", "127.0.0.1:\(port)", "--authorized-keys", authorizedKeys.path,
        "--library", library.path, "--refresh", "0", "--max-per-address", "40", "--log", log.path,
      ] + extra, environment: environment, output: output,
      errorOutput: root.appendingPathComponent("serve.err").path)
    server = child
    var found = 0
    _ = await SSHPolling.waitUntil(timeout: .seconds(20)) {
      let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
      guard let line = text.split(separator: "\n").first(where: { $0.contains("listening on") }),
        let port = Int(line.split(separator: ":").last ?? "")
      else { return !child.isRunning }
      found = port
      return true
    }
    guard found > 0 else {
      throw SSHTestError.commandFailed(
        command: "byline serve", status: child.isRunning ? -1 : child.waitForExit(),
        message: diagnostics())
    }
    port = found
  }

  /// Sends SIGTERM and waits for the server; returns its exit status.
  @discardableResult
  func stop() -> Int32 {
    guard let server else { return -1 }
    kill(server.pid, SIGTERM)
    return server.waitForExit()
  }

  /// The ssh client's arguments, up to and including the destination; `command` follows.
  func sshArguments(key name: String, options: [String] = []) -> [String] {
    [
      "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o",
      "IdentitiesOnly=yes", "-o", "BatchMode=yes", "-o", "LogLevel=ERROR", "-i", key(name), "-p",
      String(port),
    ] + options + ["reader@127.0.0.1"]
  }

  /// The line to type into a tmux shell to connect as `name` with a terminal; the shell then
  /// prints `ssh-exit=STATUS`.
  func sshCommandLine(key name: String, options: [String] = []) -> String {
    ([tools.ssh, "-tt"] + sshArguments(key: name, options: options)).joined(separator: " ")
      + "; echo ssh-exit=$?"
  }

  /// The readers the server runs now: `byline read` processes whose parent is the server.
  func readers() -> [SSHProcessTable.Entry] {
    guard let server else { return [] }
    return SSHProcessTable.all().filter {
      $0.parent == server.pid && $0.state != "Z" && $0.state != "X"
    }
  }

  /// The PID of the last reader started for `name`'s key, from the log's `session start` line.
  func readerPID(of name: String) -> pid_t? {
    let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
    let line = text.split(separator: "\n").last { $0.contains("session start \(name) (") }
    return line.flatMap { pid_t($0.split(separator: " ").last ?? "") }
  }

  /// Opens the reading state the server keeps for `name`'s key over the shared library.
  func readingState(of name: String) throws -> Library {
    let fingerprint = try SSHSubprocess.check(tools.sshKeygen, ["-lf", key(name) + ".pub"])
    let hash = fingerprint.split(separator: " ")[1].dropFirst("SHA256:".count)
    let folder = hash.replacingOccurrences(of: "/", with: "_")
      .replacingOccurrences(of: "+", with: "-")
    let state = dataHome.appendingPathComponent("byline/readers/\(folder)/reading-state.sqlite")
    return try Library.open(sharedAt: library, readingStateAt: state)
  }

  /// The server's output, error output and log, for failure messages.
  func diagnostics() -> String {
    ["serve.out", "serve.err", "serve.log"].map {
      "--- \($0)\n"
        + ((try? String(contentsOf: root.appendingPathComponent($0), encoding: .utf8)) ?? "")
    }.joined(separator: "\n")
  }
}
