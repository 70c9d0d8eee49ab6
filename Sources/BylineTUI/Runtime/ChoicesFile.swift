import Foundation

/// The state file that keeps the reader's choices (``ReaderChoices``) across restarts:
/// `$XDG_STATE_HOME/byline/choices`, else `~/.local/state/byline/choices`.
///
/// A file of its own rather than a table in the library: the choices belong to the user, not
/// to one library (the reader switches between the user's library and the samples library, and
/// `--library` may name another), they need no schema migration, and they can be saved when the
/// library cannot be written.
public struct ChoicesFile: Hashable, Sendable {
  /// Where the file is.
  var url: URL

  /// The file at `url`.
  init(url: URL) {
    self.url = url
  }

  /// The file the XDG base directory rules give for `environment`.
  public init(environment: [String: String]) {
    let stateHome: URL
    if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
      stateHome = URL(fileURLWithPath: xdg)
    } else {
      let home = environment["HOME"] ?? NSHomeDirectory()
      stateHome = URL(fileURLWithPath: home).appendingPathComponent(".local/state")
    }
    url = stateHome.appendingPathComponent("byline/choices")
  }

  /// The saved choices; none when the file does not exist.
  ///
  /// - Throws: a message naming the file when it exists but cannot be read.
  func load() throws(ChoicesFileError) -> ReaderChoices {
    guard FileManager.default.fileExists(atPath: url.path) else { return ReaderChoices() }
    do {
      let data = try Data(contentsOf: url)
      return ReaderChoices(parsing: String(decoding: data, as: UTF8.self))
    } catch {
      throw ChoicesFileError(path: url.path, reason: "\(error.localizedDescription)")
    }
  }

  /// Saves `choices`, creating the folder; written to a temporary file and renamed, so a crash
  /// never leaves half a file.
  func save(_ choices: ReaderChoices) throws(ChoicesFileError) {
    do {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(choices.text.utf8).write(to: url, options: .atomic)
    } catch {
      throw ChoicesFileError(path: url.path, reason: "\(error.localizedDescription)")
    }
  }
}
