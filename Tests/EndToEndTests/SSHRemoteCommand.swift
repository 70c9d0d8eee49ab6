import Foundation

/// A program run on the SSH server inside a small `sh` wrapper that leaves marker files.
///
/// The wrapper writes its PID (it is the session leader, so its PID is the remote session's
/// ID), the `TERM` the program sees, and after the program ends its exit status. The SSH tests
/// run both ends on one machine, so the markers are read directly from the folder.
///
/// The wrapper does not trap SIGHUP: when the client goes away the kernel hangs up the wrapper
/// and then sends SIGHUP to the program, exactly as without a wrapper (and then no status is
/// written). The command line is built from test constants only; each word is quoted.
struct SSHRemoteCommand {
  /// The program and its arguments.
  var program: [String]
  /// Variables set for the program with `env`, in order.
  var environment: KeyValuePairs<String, String> = [:]
  /// The folder for the marker files (the server's folder will do).
  var markerDirectory: String
  /// A prefix for the marker files, so that several commands can share a folder.
  var name = "remote"

  /// The file holding the wrapper's PID, the remote session's ID.
  var pidFile: String { markerDirectory + "/" + name + ".pid" }
  /// The file holding the `TERM` the remote program saw.
  var termFile: String { markerDirectory + "/" + name + ".term" }
  /// The file holding the program's exit status once it has ended normally.
  var statusFile: String { markerDirectory + "/" + name + ".status" }

  /// The command line for `ssh`, which the remote login shell runs.
  var shellCommand: String {
    let quote = SSHShellQuoting.quote
    var invocation = SSHShellQuoting.join(program)
    if !environment.isEmpty {
      let assignments = environment.map { quote("\($0.key)=\($0.value)") }
      invocation = "env " + assignments.joined(separator: " ") + " " + invocation
    }
    let script =
      "echo $$ > \(quote(pidFile)); printf '%s\\n' \"$TERM\" > \(quote(termFile)); "
      + "\(invocation); echo $? > \(quote(statusFile))"
    return "exec sh -c " + quote(script)
  }

  /// The remote session's ID, once the wrapper has started.
  func sessionID() throws -> pid_t? {
    guard let text = read(pidFile) else { return nil }
    guard let pid = pid_t(text) else {
      throw SSHTestError.unreadableMarker(file: pidFile, content: text)
    }
    return pid
  }

  /// The `TERM` the remote program saw, once the wrapper has started.
  func remoteTERM() -> String? { read(termFile) }

  /// The program's exit status, once it has ended without the wrapper being hung up.
  func exitStatus() throws -> Int32? {
    guard let text = read(statusFile) else { return nil }
    guard let status = Int32(text) else {
      throw SSHTestError.unreadableMarker(file: statusFile, content: text)
    }
    return status
  }

  /// The processes of the remote session that are still running (empty once all have exited).
  func runningProcesses() throws -> [SSHProcessTable.Entry] {
    guard let session = try sessionID() else { return [] }
    return SSHProcessTable.running(inSession: session)
  }

  private func read(_ file: String) -> String? {
    guard let data = FileManager.default.contents(atPath: file) else { return nil }
    let text = String(decoding: data, as: UTF8.self)
    guard text.hasSuffix("\n") else { return nil }
    return text.trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
