import Foundation

/// The default file walker: every regular, non-hidden file inside the given folders (and the
/// given files themselves), sorted by path. The ingest code may supply a stricter walker that
/// keeps only the formats it reads.
public enum SourceFileLister {
  /// The files under `sources`, sorted by path; missing sources contribute nothing.
  public static func files(in sources: [URL]) -> [FileInfo] {
    var found: [String: FileInfo] = [:]
    let keys: [URLResourceKey] = [.isRegularFileKey, .fileSizeKey, .contentModificationDateKey]
    for source in sources {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: source.path, isDirectory: &isDirectory) else {
        continue
      }
      guard isDirectory.boolValue else {
        if let info = FileInfo(contentsOf: source) { found[source.path] = info }
        continue
      }
      guard
        let walker = FileManager.default.enumerator(
          at: source, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
      else { continue }
      for case let url as URL in walker {
        guard let values = try? url.resourceValues(forKeys: Set(keys)),
          values.isRegularFile == true
        else { continue }
        let path = url.standardizedFileURL.path
        found[path] = FileInfo(
          url: URL(fileURLWithPath: path), size: Int64(values.fileSize ?? 0),
          modified: values.contentModificationDate ?? Date(timeIntervalSince1970: 0))
      }
    }
    return found.keys.sorted().compactMap { found[$0] }
  }
}
