import Foundation

/// Runs a helper program (ssh, ssh-keygen, tmux) to completion and captures what it printed.
///
/// Output goes through temporary files read after the program exits (see `SSHSpawn` for why
/// not pipes).
enum SSHSubprocess {
  /// What a finished program left behind.
  struct Result {
    /// The exit status, or 128 + signal when a signal ended the program.
    var status: Int32
    /// Standard output, decoded as UTF-8 (invalid bytes replaced).
    var output: String
    /// Standard error, decoded as UTF-8 (invalid bytes replaced).
    var errorOutput: String
  }

  /// Runs `executable` with `arguments` and waits for it to exit.
  /// - Parameter environment: variables added to (or replacing) the test process's environment.
  static func run(
    _ executable: String, _ arguments: [String], environment: [String: String] = [:]
  ) throws -> Result {
    let base = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-ssh-run-\(getpid())-\(UUID().uuidString)").path
    let outputFile = base + ".out"
    let errorFile = base + ".err"
    defer {
      try? FileManager.default.removeItem(atPath: outputFile)
      try? FileManager.default.removeItem(atPath: errorFile)
    }
    let child = try SSHChildProcess(
      executable, arguments, environment: environment, output: outputFile,
      errorOutput: errorFile)
    let status = child.waitForExit()
    let output = FileManager.default.contents(atPath: outputFile) ?? Data()
    let errorOutput = FileManager.default.contents(atPath: errorFile) ?? Data()
    return Result(
      status: status, output: String(decoding: output, as: UTF8.self),
      errorOutput: String(decoding: errorOutput, as: UTF8.self))
  }

  /// Runs a program that must succeed; a non-zero status throws with what it printed.
  @discardableResult
  static func check(_ executable: String, _ arguments: [String]) throws -> String {
    let result = try run(executable, arguments)
    guard result.status == 0 else {
      throw SSHTestError.commandFailed(
        command: ([executable] + arguments).joined(separator: " "),
        status: result.status, message: result.errorOutput)
    }
    return result.output
  }
}
