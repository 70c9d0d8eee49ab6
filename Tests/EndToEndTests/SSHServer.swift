import Foundation

/// A real OpenSSH server (`/usr/sbin/sshd`) on 127.0.0.1 at a free port, for one test.
///
/// Host and client keys are made by `ssh-keygen` in a private temporary folder, next to an
/// `sshd_config` that lets in only the generated client key for the current user. The server
/// runs in the foreground (`-D -e`) with its log in that folder. Call `stop()` at the end of
/// the test and check that it reports nothing left behind; `deinit` kills whatever is still
/// running if a test ends early.
final class SSHServer {
  /// The programs in use.
  let tools: SSHPrerequisites
  /// The private folder holding keys, config, log and the tests' marker files.
  let directory: URL
  /// The port the server listens on (127.0.0.1 only).
  let port: UInt16
  /// The user that logs in: the one running the tests.
  let user: String
  private var process: SSHChildProcess?

  /// The private key the server accepts.
  var clientKey: String { path("client_key") }
  /// A valid key the server has never seen, for tests that expect a refusal.
  var strangerKey: String { path("stranger_key") }
  /// The client's known_hosts file (fresh for each server).
  var knownHosts: String { path("known_hosts") }
  /// The server's config file.
  var configFile: String { path("sshd_config") }
  /// The server's log (its standard error).
  var logFile: String { path("sshd.log") }
  /// The listening server's PID, while it runs.
  var pid: pid_t? { process.map(\.pid) }

  private init(tools: SSHPrerequisites, directory: URL, port: UInt16, user: String) {
    self.tools = tools
    self.directory = directory
    self.port = port
    self.user = user
  }

  deinit {
    if let process, process.isRunning {
      let pid = process.pid
      let children = SSHProcessTable.runningDescendants(of: pid)
      kill(pid, SIGKILL)
      for child in children { kill(child.pid, SIGKILL) }
    }
    try? FileManager.default.removeItem(at: directory)
  }

  /// The path of `name` inside the server's folder.
  func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

  /// The end of the server's log, for failure messages.
  func logTail(lines: Int = 20) -> String {
    let text = (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").suffix(lines).joined(separator: "\n")
  }

  /// Starts a server and waits until it listens.
  ///
  /// Cancels the current test (reported as skipped, with the reason) when a program is missing
  /// or when the process is not root and cannot run sshd; as root a failure to start throws.
  static func start() async throws -> SSHServer {
    let tools = try SSHPrerequisites.require()
    let isRoot = getuid() == 0
    do {
      try makePrivilegeSeparationDirectory()
    } catch {
      try SSHSkip(reason: "cannot create /run/sshd (\(error)); run as root").cancelTest()
    }
    var lastError: Error = SSHTestError.systemCall(name: "start", errno: 0)
    for _ in 0..<5 {
      let server = SSHServer(
        tools: tools, directory: try makeTemporaryDirectory(), port: try freePort(),
        user: currentUser())
      do {
        try await server.launch()
        return server
      } catch SSHLaunchFailure.portTaken {
        continue
      } catch {
        lastError = error
        break
      }
    }
    if !isRoot {
      try SSHSkip(reason: "sshd cannot start as a non-root user: \(lastError)").cancelTest()
    }
    throw lastError
  }

  /// The `ssh` command line (program first) that logs in to this server and runs
  /// `remoteCommand` through the user's login shell.
  /// - Parameters:
  ///   - terminal: `-tt` (force a remote terminal) when true, `-T` otherwise.
  ///   - identity: the private key to offer; the accepted client key by default.
  ///   - sendEnvironment: variable names for ssh's `SendEnv` (the server accepts LANG, LC_*).
  func clientArguments(
    remoteCommand: String, terminal: Bool = true, identity: String? = nil,
    sendEnvironment: [String] = []
  ) -> [String] {
    var arguments = [tools.ssh, "-F", "/dev/null", terminal ? "-tt" : "-T", "-p", String(port)]
    arguments += [
      "-i", identity ?? clientKey, "-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none",
    ]
    arguments += ["-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=\(knownHosts)"]
    arguments += ["-o", "BatchMode=yes", "-o", "ConnectTimeout=5", "-o", "LogLevel=ERROR"]
    for name in sendEnvironment { arguments += ["-o", "SendEnv=\(name)"] }
    arguments += ["\(user)@127.0.0.1", remoteCommand]
    return arguments
  }

  /// Runs `remoteCommand` over SSH and returns what it printed, without tmux.
  /// - Parameters:
  ///   - terminal: with `-tt` the remote side gets a terminal (of type `term`) even though
  ///     the client has none; its output then all arrives on standard output.
  ///   - identity: the private key to offer; the accepted client key by default.
  func run(
    _ remoteCommand: String, terminal: Bool = false, term: String = "xterm-256color",
    identity: String? = nil
  ) throws -> SSHSubprocess.Result {
    let arguments = clientArguments(
      remoteCommand: remoteCommand, terminal: terminal, identity: identity)
    return try SSHSubprocess.run(
      arguments[0], Array(arguments.dropFirst()), environment: ["TERM": term])
  }

  /// Stops the server: SIGTERM, wait, then checks that the server and every per-connection
  /// process it had are gone. Anything still running after 3 seconds is killed and returned.
  /// Call it after the clients have disconnected.
  func stop() async -> [SSHProcessTable.Entry] {
    let leftovers = await terminate()
    try? FileManager.default.removeItem(at: directory)
    return leftovers
  }

  /// `stop()` without removing the folder.
  private func terminate() async -> [SSHProcessTable.Entry] {
    guard let process else { return [] }
    let pid = process.pid
    let children = SSHProcessTable.runningDescendants(of: pid)
    if process.isRunning { kill(pid, SIGTERM) }
    _ = await SSHPolling.waitUntil(timeout: .seconds(3)) { !process.isRunning }
    let watched = [pid] + children.map(\.pid)
    _ = await SSHPolling.waitUntil(timeout: .seconds(3)) {
      !watched.contains(where: SSHProcessTable.isRunning)
    }
    let configFile = configFile
    let leftovers =
      watched.compactMap(SSHProcessTable.entry).filter { $0.state != "Z" }
      + SSHProcessTable.running(withCommandLineContaining: configFile).filter {
        !watched.contains($0.pid)
      }
    for entry in leftovers { kill(entry.pid, SIGKILL) }
    self.process = nil
    return leftovers
  }

  private func launch() async throws {
    let fileManager = FileManager.default
    for key in ["host_key", "client_key", "stranger_key"] {
      try SSHSubprocess.check(
        tools.sshKeygen, ["-q", "-t", "ed25519", "-N", "", "-C", "byline-\(key)", "-f", path(key)])
    }
    try fileManager.copyItem(atPath: path("client_key.pub"), toPath: path("authorized_keys"))
    let configuration = SSHServerConfiguration(
      port: port, hostKey: path("host_key"), authorizedKeys: path("authorized_keys"),
      pidFile: path("sshd.pid"), user: user)
    try configuration.text.write(toFile: configFile, atomically: true, encoding: .utf8)
    let process = try SSHChildProcess(
      tools.sshd, ["-D", "-e", "-f", configFile], output: logFile, errorOutput: logFile)
    self.process = process
    let listening = "Server listening on 127.0.0.1 port \(port)."
    let logFile = logFile
    let ready = await SSHPolling.waitUntil(timeout: .seconds(10)) {
      !process.isRunning
        || ((try? String(contentsOfFile: logFile, encoding: .utf8)) ?? "").contains(listening)
    }
    if ready && process.isRunning { return }
    let tail = logTail()
    _ = await terminate()
    if tail.contains("Address already in use") || tail.contains("Bind to port") {
      throw SSHLaunchFailure.portTaken
    }
    throw SSHTestError.serverDidNotStart(configFile: configFile, log: tail)
  }

  private static func makePrivilegeSeparationDirectory() throws {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: "/run/sshd", isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      return
    }
    try FileManager.default.createDirectory(
      atPath: "/run/sshd", withIntermediateDirectories: true,
      attributes: [.posixPermissions: 0o755])
  }

  private static func makeTemporaryDirectory() throws -> URL {
    var template = Array("/tmp/byline-ssh-XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else {
      throw SSHTestError.systemCall(name: "mkdtemp", errno: errno)
    }
    return URL(fileURLWithPath: String(cString: made), isDirectory: true)
  }

  private static func currentUser() -> String {
    guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else {
      return ProcessInfo.processInfo.environment["USER"] ?? "root"
    }
    return String(cString: name)
  }

  /// A port on 127.0.0.1 that was free a moment ago (the kernel's pick for port 0).
  private static func freePort() throws -> UInt16 {
    let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard socketFD >= 0 else { throw SSHTestError.systemCall(name: "socket", errno: errno) }
    defer { close(socketFD) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
        bind(socketFD, generic, length) == 0 && getsockname(socketFD, generic, &length) == 0
      }
    }
    guard bound else { throw SSHTestError.systemCall(name: "bind", errno: errno) }
    return UInt16(bigEndian: address.sin_port)
  }
}

/// A launch attempt that can be retried on another port.
private enum SSHLaunchFailure: Error {
  case portTaken
}
