import Foundation

/// The built `byline` binary and the end-to-end fixture articles, as a remote SSH command.
///
/// Client and server share this machine, so the remote side runs the binary straight from
/// the package's `.build/debug`.
enum SSHBylineProgram {
  /// The package root, from this file's path.
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The library `command` gives Byline in `markerDirectory`.
  static func library(in markerDirectory: String) -> URL {
    URL(fileURLWithPath: markerDirectory).appendingPathComponent("library.sqlite")
  }

  /// `.build/debug/byline` (built by `swift build`, which CI runs before `swift test`).
  static var binary: String { packageRoot.appendingPathComponent(".build/debug/byline").path }

  /// The fixture articles (`Tests/EndToEndTests/Fixtures`).
  static var fixtures: String {
    packageRoot.appendingPathComponent("Tests/EndToEndTests/Fixtures").path
  }

  /// Byline on `paths` (the fixture articles unless given; none opens the bundled samples)
  /// under `LANG=C.UTF-8`, with markers in `markerDirectory` and its library and data home
  /// there too (never the user's own).
  static func command(
    markerDirectory: String, arguments: [String] = [], paths: [String]? = nil,
    name: String = "byline"
  ) -> SSHRemoteCommand {
    SSHRemoteCommand(
      program: [binary] + arguments + (paths ?? [fixtures]),
      environment: [
        "LANG": "C.UTF-8", "BYLINE_LIBRARY": library(in: markerDirectory).path,
        "XDG_DATA_HOME": markerDirectory + "/data",
        "XDG_STATE_HOME": markerDirectory + "/state",
      ],
      markerDirectory: markerDirectory, name: name)
  }
}
