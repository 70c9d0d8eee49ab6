import Foundation

/// Where the library database lives: `--library PATH`, else `$BYLINE_LIBRARY`, else
/// `$XDG_DATA_HOME/byline/library.sqlite` (with `~/.local/share` when `XDG_DATA_HOME` is unset).
public enum LibraryLocation {
  /// Resolves the database path from an explicit option and the environment.
  public static func resolve(
    explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> URL {
    if let explicit, !explicit.isEmpty { return URL(fileURLWithPath: explicit) }
    if let fromEnv = environment["BYLINE_LIBRARY"], !fromEnv.isEmpty {
      return URL(fileURLWithPath: fromEnv)
    }
    let dataHome: URL
    if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
      dataHome = URL(fileURLWithPath: xdg)
    } else {
      let home = environment["HOME"] ?? NSHomeDirectory()
      dataHome = URL(fileURLWithPath: home).appendingPathComponent(".local/share")
    }
    return dataHome.appendingPathComponent("byline/library.sqlite")
  }
}
