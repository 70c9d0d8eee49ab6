/// Why the SSH test machinery could not do what a test asked.
enum SSHTestError: Error, CustomStringConvertible {
  /// A helper program exited with a non-zero status.
  case commandFailed(command: String, status: Int32, message: String)
  /// sshd did not report listening in time; `log` is the end of its log file.
  case serverDidNotStart(configFile: String, log: String)
  /// The operating system refused a call (socket, bind, mkdtemp…).
  case systemCall(name: String, errno: Int32)
  /// A marker file written by the remote wrapper held something unexpected.
  case unreadableMarker(file: String, content: String)

  var description: String {
    switch self {
    case .commandFailed(let command, let status, let message):
      return "`\(command)` exited with \(status): \(message)"
    case .serverDidNotStart(let configFile, let log):
      return "sshd (config \(configFile)) did not start; log:\n\(log)"
    case .systemCall(let name, let errno):
      return "\(name) failed with errno \(errno)"
    case .unreadableMarker(let file, let content):
      return "marker file \(file) holds \(content.debugDescription)"
    }
  }
}
