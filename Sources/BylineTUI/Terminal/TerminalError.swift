/// Why the reader cannot start on this terminal.
public enum TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Standard input or output is not a terminal.
  case notATerminal
  /// `TERM` is unset or `dumb`.
  case dumbTerminal(term: String)
  /// curses does not know the terminal type.
  case cannotStart(term: String)

  /// A message for standard error.
  public var description: String {
    switch self {
    case .notATerminal:
      "byline: the reader needs a terminal (standard input and output must be a TTY)"
    case .dumbTerminal(let term):
      "byline: the reader cannot run on a terminal of type '\(term.isEmpty ? "unset" : term)'"
        + " (set TERM, e.g. TERM=xterm-256color)"
    case .cannotStart(let term):
      "byline: cannot start the terminal (unknown terminal type '\(term)')"
    }
  }
}
