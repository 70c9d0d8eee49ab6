import Foundation

/// The sample articles bundled with Byline (`Resources/Samples`), so that `byline` has something
/// to open before the user adds their own.
public enum SampleLibrary {
  /// The folder holding the bundled samples. SwiftPM copies `Resources` whole into the module's
  /// resource bundle, so the samples are at `<bundle>/Resources/Samples`; on Linux the bundle's
  /// `resourceURL` is the bundle folder itself.
  public static var directory: URL {
    let bundle = ResourceBundle.bundle
    let candidates = [bundle.resourceURL, bundle.bundleURL].compactMap { $0 }
      .map { $0.appendingPathComponent("Resources/Samples", isDirectory: true) }
    for candidate in candidates
    where FileManager.default.fileExists(atPath: candidate.path) {
      return candidate
    }
    return candidates.first
      ?? bundle.bundleURL.appendingPathComponent("Resources/Samples", isDirectory: true)
  }

  /// Every sample article (the folder's `README.md` is not an article).
  public static func articles() -> IngestResult {
    let folder = directory
    let walk = ArticleFileWalker.files(under: [folder])
    let files = walk.files.filter { $0.url.lastPathComponent != "README.md" }
    return ArticleReader.read(files: files, diagnostics: walk.diagnostics, options: .init())
  }
}
