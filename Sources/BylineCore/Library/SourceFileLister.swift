import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The default file walker: every regular, non-hidden file inside the given folders (and the
/// given files themselves), sorted by path, with size and modification time from one `stat`
/// each (the walk of 100,000 files takes a fraction of a second). Symbolic links to files are
/// followed; links to folders are not, so there are no loops. The ingest code may supply a
/// stricter walker that keeps only the formats it reads.
public enum SourceFileLister {
  /// The files under `sources`, sorted by path; missing sources contribute nothing.
  public static func files(in sources: [URL]) -> [FileInfo] {
    var found: [String: FileInfo] = [:]
    for source in sources {
      let path = source.standardizedFileURL.path
      guard let info = status(of: path) else { continue }
      if info.isDirectory {
        walk(path, into: &found)
      } else if info.isRegular {
        found[path] = FileInfo(
          path: path, size: info.size,
          modified: info.modified)
      }
    }
    return found.keys.sorted().compactMap { found[$0] }
  }

  private struct Status {
    var isDirectory: Bool
    var isRegular: Bool
    var size: Int64
    var modified: Date
  }

  private static func status(of path: String, followLinks: Bool = true) -> Status? {
    var buffer = stat()
    let result = followLinks ? stat(path, &buffer) : lstat(path, &buffer)
    guard result == 0 else { return nil }
    let type = buffer.st_mode & S_IFMT
    #if canImport(Darwin)
      let time = buffer.st_mtimespec
    #else
      let time = buffer.st_mtim
    #endif
    return Status(
      isDirectory: type == S_IFDIR, isRegular: type == S_IFREG, size: Int64(buffer.st_size),
      modified: Date(
        timeIntervalSince1970: Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000))
  }

  private static func walk(_ folder: String, into found: inout [String: FileInfo]) {
    guard let directory = opendir(folder) else { return }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name.hasPrefix(".") { continue }
      names.append(name)
    }
    closedir(directory)
    for name in names {
      let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
      guard let link = status(of: path, followLinks: false) else { continue }
      if link.isDirectory {
        walk(path, into: &found)
      } else if link.isRegular {
        found[path] = FileInfo(
          path: path, size: link.size,
          modified: link.modified)
      } else if let target = status(of: path), target.isRegular {
        found[path] = FileInfo(
          path: path, size: target.size,
          modified: target.modified)
      }
    }
  }
}
