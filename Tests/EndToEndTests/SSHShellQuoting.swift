/// Quoting for the POSIX shell that sshd runs the remote command with.
///
/// Only test constants and temporary paths go through here; it is not a licence to pass
/// content to a shell.
enum SSHShellQuoting {
  /// `word` as one single-quoted shell word (`it's` becomes `'it'\''s'`).
  static func quote(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  /// The words quoted one by one and joined with spaces.
  static func join(_ words: [String]) -> String {
    words.map(quote).joined(separator: " ")
  }
}
