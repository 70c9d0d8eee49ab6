import Foundation

/// A child process started by `SSHSpawn`, reaped with `waitpid`.
final class SSHChildProcess {
  /// The child's PID.
  let pid: pid_t
  /// The exit status once reaped: the status, or 128 + signal.
  private(set) var status: Int32?

  /// Starts `executable`; see `SSHSpawn.start` for the parameters.
  init(
    _ executable: String, _ arguments: [String], environment: [String: String] = [:],
    output: String, errorOutput: String
  ) throws {
    pid = try SSHSpawn.start(
      executable, arguments, environment: environment, output: output, errorOutput: errorOutput)
  }

  deinit {
    if isRunning {
      kill(pid, SIGKILL)
      _ = waitForExit()
    }
  }

  /// Whether the child has not exited yet (reaps it if it has).
  var isRunning: Bool {
    guard status == nil else { return false }
    var raw: Int32 = 0
    let result = waitpid(pid, &raw, WNOHANG)
    if result == pid {
      status = Self.decode(raw)
      return false
    }
    return result == 0
  }

  /// Blocks until the child exits and returns its status.
  @discardableResult
  func waitForExit() -> Int32 {
    if let status { return status }
    var raw: Int32 = 0
    while waitpid(pid, &raw, 0) == -1 && errno == EINTR {}
    let decoded = Self.decode(raw)
    status = decoded
    return decoded
  }

  /// Exit status from a `waitpid` status word: WEXITSTATUS, or 128 + WTERMSIG.
  private static func decode(_ raw: Int32) -> Int32 {
    let signal = raw & 0x7f
    return signal == 0 ? (raw >> 8) & 0xff : 128 + signal
  }
}
