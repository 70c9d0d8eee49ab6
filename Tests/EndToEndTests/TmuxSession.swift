import Foundation

/// A private tmux server running one session of a given size, for driving the built `byline`
/// binary like a user would. Every instance uses its own socket and kills its server when
/// closed.
final class TmuxSession {
  /// Whether tmux is installed.
  static let isAvailable: Bool = {
    ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].contains {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }()

  /// The package root, found from this file's path.
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The built binary.
  static let binary = packageRoot.appendingPathComponent(".build/debug/byline").path

  /// The plain-text fixtures.
  static let fixtures = packageRoot.appendingPathComponent("Tests/EndToEndTests/Fixtures").path

  let socket: String
  /// A scratch directory for this session (config and data homes, the library, the
  /// exit-status file): Byline never touches the user's own files in a test.
  let scratch: URL

  init(width: Int, height: Int, environment: [String: String] = [:]) throws {
    socket = "byline-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
    scratch = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    var variables = [
      "TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
      "XDG_CONFIG_HOME": scratch.path, "PS1": "$ ",
      "XDG_DATA_HOME": scratch.appendingPathComponent("data").path,
      "XDG_STATE_HOME": scratch.appendingPathComponent("state").path,
      "BYLINE_LIBRARY": scratch.appendingPathComponent("library.sqlite").path,
    ]
    variables.merge(environment) { $1 }
    var arguments = ["new-session", "-d", "-x", "\(width)", "-y", "\(height)"]
    for (name, value) in variables.sorted(by: { $0.key < $1.key }) {
      arguments += ["-e", "\(name)=\(value)"]
    }
    arguments.append("env -u NO_COLOR -u TMUX bash --norc --noprofile")
    if environment["NO_COLOR"] != nil {
      arguments[arguments.count - 1] = "env -u TMUX bash --norc --noprofile"
    }
    _ = tmux(arguments)
    // Wait for the shell's prompt.
    _ = waitFor(timeout: 5) {
      !self.capture().trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }
  }

  /// Runs tmux with this session's private socket and no config file.
  @discardableResult
  func tmux(_ arguments: [String]) -> String {
    Self.spawn(["tmux", "-L", socket, "-f", "/dev/null"] + arguments, scratch: scratch)
  }

  /// Runs a program found on PATH with stdin and stderr on /dev/null and stdout in a file, and
  /// waits for it. (Foundation's `Process` is not used: the tmux server that the first command
  /// forks inherits what `Process` sets up and the wait never ends; see `SSHSpawn`.)
  static func spawn(_ arguments: [String], scratch: URL) -> String {
    let outputPath = scratch.appendingPathComponent("out-\(UUID().uuidString)").path
    defer { unlink(outputPath) }
    guard
      let pid = try? SSHSpawn.start(
        arguments[0], Array(arguments.dropFirst()), output: outputPath,
        errorOutput: "/dev/null")
    else { return "" }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
  }

  /// Types a shell command line and presses Enter.
  func run(_ command: String) {
    tmux(["send-keys", "-t", "0", "-l", command])
    tmux(["send-keys", "-t", "0", "Enter"])
  }

  /// Starts byline with `arguments`; its exit status is written to the scratch directory.
  func startByline(_ arguments: String) {
    run("\(Self.binary) \(arguments); echo EXIT=$? > \(scratch.path)/exit")
  }

  /// Sends tmux key names (`Enter`, `Space`, `j`, `C-d`, …).
  func send(_ keys: String...) {
    for key in keys {
      tmux(["send-keys", "-t", "0", key])
      Thread.sleep(forTimeInterval: 0.03)
    }
  }

  /// Sends literal text.
  func type(_ text: String) {
    tmux(["send-keys", "-t", "0", "-l", text])
  }

  /// The visible pane, as text (with SGR colour escapes when `escapes`).
  func capture(escapes: Bool = false) -> String {
    tmux(["capture-pane", "-p", "-t", "0"] + (escapes ? ["-e"] : []))
  }

  /// A tmux format evaluated for the pane (`#{alternate_on}`, `#{pane_title}`, …).
  func format(_ format: String) -> String {
    tmux(["display-message", "-p", "-t", "0", format])
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Resizes the window.
  func resize(width: Int, height: Int) {
    tmux(["resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"])
  }

  /// Polls until `condition` holds, or `timeout` seconds pass.
  func waitFor(timeout: Double = 10, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if condition() { return true }
      Thread.sleep(forTimeInterval: 0.05)
    }
    return condition()
  }

  /// Waits until the pane shows `text`.
  @discardableResult
  func waitFor(_ text: String, timeout: Double = 10) -> Bool {
    waitFor(timeout: timeout) { self.capture().contains(text) }
  }

  /// Waits for byline to exit and returns its exit status.
  func exitStatus(timeout: Double = 10) -> Int? {
    let file = scratch.appendingPathComponent("exit")
    var status: Int?
    _ = waitFor(timeout: timeout) {
      guard let text = try? String(contentsOf: file, encoding: .utf8),
        text.hasSuffix("\n"), text.hasPrefix("EXIT=")
      else { return false }
      status = Int(text.dropFirst(5).trimmingCharacters(in: .whitespacesAndNewlines))
      return true
    }
    return status
  }

  /// The pid of the byline process running in the pane's shell.
  func bylinePID() -> Int32? {
    let shell = format("#{pane_pid}")
    let output = Self.spawn(["pgrep", "-P", shell, "-x", "byline"], scratch: scratch)
    return Int32(output.split(separator: "\n").first.map(String.init) ?? "")
  }

  /// Kills the tmux server and removes the scratch directory.
  func close() {
    tmux(["kill-server"])
    try? FileManager.default.removeItem(at: scratch)
  }

  deinit { close() }
}
