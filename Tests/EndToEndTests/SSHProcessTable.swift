import Foundation

/// A read-only view of Linux's `/proc`, used to prove that nothing is left running.
///
/// The SSH tests run client and server on one machine, so the remote program's processes are
/// visible here. Zombies (state `Z`) have already exited and count as gone.
enum SSHProcessTable {
  /// One line of `/proc/PID/stat`, the fields the tests need.
  struct Entry: Equatable {
    /// The process ID.
    var pid: pid_t
    /// The parent's process ID.
    var parent: pid_t
    /// The session ID (the PID of the session leader).
    var session: pid_t
    /// The state letter: R, S, D, T, Z…
    var state: Character
    /// The command name (at most 15 bytes, as the kernel keeps it).
    var name: String
  }

  /// The entry for `pid`, or nil when no such process exists.
  static func entry(_ pid: pid_t) -> Entry? {
    guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else {
      return nil
    }
    return parse(text)
  }

  /// Every process the kernel lists.
  static func all() -> [Entry] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return names.compactMap { pid_t($0) }.compactMap(entry)
  }

  /// Whether `pid` exists and has not exited.
  static func isRunning(_ pid: pid_t) -> Bool {
    guard let found = entry(pid) else { return false }
    return found.state != "Z" && found.state != "X"
  }

  /// The processes of session `session` that have not exited.
  static func running(inSession session: pid_t) -> [Entry] {
    all().filter { $0.session == session && $0.state != "Z" && $0.state != "X" }
  }

  /// The children, grandchildren… of `pid` that have not exited.
  static func runningDescendants(of pid: pid_t) -> [Entry] {
    let table = all()
    var found: [Entry] = []
    var frontier: Set<pid_t> = [pid]
    while !frontier.isEmpty {
      let children = table.filter { frontier.contains($0.parent) }
      found += children
      frontier = Set(children.map(\.pid))
    }
    return found.filter { $0.state != "Z" && $0.state != "X" }
  }

  /// Parses `/proc/PID/stat`: `pid (name) state ppid pgrp session …`. The name may hold spaces
  /// and parentheses, so the fields after it are found from the last `)`.
  static func parse(_ text: String) -> Entry? {
    guard let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"),
      let pid = pid_t(text[..<open].trimmingCharacters(in: .whitespaces))
    else { return nil }
    let name = String(text[text.index(after: open)..<close])
    let fields = text[text.index(after: close)...].split(separator: " ")
    guard fields.count > 3, let state = fields[0].first, let parent = pid_t(fields[1]),
      let session = pid_t(fields[3])
    else { return nil }
    return Entry(pid: pid, parent: parent, session: session, state: state, name: name)
  }

  /// The running processes whose command line contains `text` (sshd rewrites its command line
  /// to `sshd: /usr/sbin/sshd -D -e -f CONFIG [listener] …`, so words are not kept).
  static func running(withCommandLineContaining text: String) -> [Entry] {
    all().filter { entry in
      guard entry.state != "Z",
        let data = FileManager.default.contents(atPath: "/proc/\(entry.pid)/cmdline")
      else { return false }
      let words = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
      return words.joined(separator: " ").contains(text)
    }
  }
}
