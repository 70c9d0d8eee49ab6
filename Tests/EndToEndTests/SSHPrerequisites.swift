import Foundation

/// The programs the SSH tests need, found once; `missing` says why the suite must skip.
struct SSHPrerequisites: Sendable {
  /// OpenSSH's server, from Debian's `openssh-server`.
  var sshd: String
  /// OpenSSH's client.
  var ssh: String
  /// Key generation, from `openssh-client`.
  var sshKeygen: String
  /// The terminal the client runs in.
  var tmux: String

  /// The programs found on this machine, or a message naming the first one missing.
  static let found: Result<SSHPrerequisites, SSHSkip> = locate()

  /// The programs, or a cancellation of the current test (shown as skipped) saying which one is
  /// missing.
  static func require() throws -> SSHPrerequisites {
    switch found {
    case .success(let tools): return tools
    case .failure(let skip): try skip.cancelTest()
    }
  }

  private static func locate() -> Result<SSHPrerequisites, SSHSkip> {
    let path =
      (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
      .split(separator: ":").map(String.init) + ["/usr/sbin", "/usr/bin", "/sbin", "/bin"]
    func find(_ name: String, package: String) -> Result<String, SSHSkip> {
      for directory in path {
        let candidate = directory + "/" + name
        if FileManager.default.isExecutableFile(atPath: candidate) { return .success(candidate) }
      }
      return .failure(SSHSkip(reason: "\(name) not found (Debian package \(package))"))
    }
    do {
      return .success(
        SSHPrerequisites(
          sshd: try find("sshd", package: "openssh-server").get(),
          ssh: try find("ssh", package: "openssh-client").get(),
          sshKeygen: try find("ssh-keygen", package: "openssh-client").get(),
          tmux: try find("tmux", package: "tmux").get()))
    } catch {
      return .failure(error)
    }
  }
}
