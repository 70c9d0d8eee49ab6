/// What a session asked of its terminal: the type (`TERM`) and size, and the environment
/// variables the server passes on.
struct TerminalRequest {
  var term: String
  var columns: Int
  var rows: Int

  /// Variables a client may send (`SendEnv`): the locale, `NO_COLOR` and `COLORTERM`.
  static func isPassed(_ name: String) -> Bool {
    name == "LANG" || name.hasPrefix("LC_") || name == "NO_COLOR" || name == "COLORTERM"
  }

  /// Whether a value may go into a reader's environment: printable ASCII, not too long.
  static func isCleanValue(_ value: String) -> Bool {
    value.utf8.count <= 256 && value.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7f }
  }

  /// `term` if it looks like a terminal type name, else `xterm`.
  static func cleanTerm(_ term: String) -> String {
    let allowed = term.utf8.allSatisfy {
      ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5a) || ($0 >= 0x61 && $0 <= 0x7a)
        || $0 == 0x2d || $0 == 0x2e || $0 == 0x5f || $0 == 0x2b
    }
    return allowed && !term.isEmpty && term.count <= 64 ? term : "xterm"
  }
}
