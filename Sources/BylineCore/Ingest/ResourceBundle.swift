import Foundation

/// Where Byline's resources (the tagger model and the sample articles) are read from.
///
/// SwiftPM's generated `Bundle.module` looks for `Byline_BylineCore.resources` next to the
/// executable and then in the build folder it was built in, and stops the program when neither
/// exists. `make install` puts the bundle in `PREFIX/share/byline`, the usual place for a Unix
/// tool's data, so an installed `PREFIX/bin/byline` looks in `../share/byline` first and keeps
/// working after the build folder is gone.
enum ResourceBundle {
  /// The bundle's folder name, as SwiftPM names it (`<package>_<target>.resources`).
  static let bundleName = "Byline_BylineCore.resources"

  /// The installed bundle when there is one, else SwiftPM's.
  static let bundle: Bundle = installedBundle() ?? Bundle.module

  /// `PREFIX/share/byline/Byline_BylineCore.resources` for an executable in `PREFIX/bin`
  /// (symbolic links to the executable resolved), when that folder exists.
  static func installedBundle(executable: URL? = Bundle.main.executableURL) -> Bundle? {
    guard let executable else { return nil }
    let folder = executable.resolvingSymlinksInPath().deletingLastPathComponent()
      .deletingLastPathComponent()
      .appendingPathComponent("share/byline", isDirectory: true)
      .appendingPathComponent(bundleName, isDirectory: true)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { return nil }
    return Bundle(url: folder)
  }
}
