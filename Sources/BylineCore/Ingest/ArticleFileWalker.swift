import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds the article files under files and folders the user named.
///
/// Folders are walked recursively, depth first, entries in sorted (code point) order; hidden
/// entries (names starting with `.`) are skipped; symlinks are followed, and a symlink that leads
/// back into a folder being walked is reported as a loop and not followed. A folder reached twice
/// by different links is read once. Nothing is ever written.
public enum ArticleFileWalker {
  /// The regular files under `roots`, in order, and a diagnostic for every root or entry that
  /// could not be used (missing, unreadable, or a symlink loop).
  public static func files(under roots: [URL]) -> (
    files: [ArticleFile], diagnostics: [IngestDiagnostic]
  ) {
    var walk = Walk()
    for root in roots {
      walk.visit(path: root.isFileURL ? root.relativePath : root.absoluteString, isRoot: true)
    }
    return (walk.files, walk.diagnostics)
  }

  /// The same as ``files(under:)`` for paths given as strings (kept exactly as given in paths
  /// and diagnostics).
  public static func files(underPaths roots: [String]) -> (
    files: [ArticleFile], diagnostics: [IngestDiagnostic]
  ) {
    var walk = Walk()
    for root in roots { walk.visit(path: root, isRoot: true) }
    return (walk.files, walk.diagnostics)
  }
}

/// A device and inode pair: what makes a directory the same directory under different paths.
private struct FileIdentity: Hashable {
  var device: UInt64
  var inode: UInt64
}

/// The state of one walk.
private struct Walk {
  var files: [ArticleFile] = []
  var diagnostics: [IngestDiagnostic] = []
  /// Directories on the path from the root to the current folder.
  var ancestors: Set<FileIdentity> = []
  /// Every directory read so far.
  var seen: Set<FileIdentity> = []

  mutating func visit(path: String, isRoot: Bool) {
    var info = stat()
    guard stat(path, &info) == 0 else {
      let reason = errno
      var linkInfo = stat()
      if lstat(path, &linkInfo) == 0, (linkInfo.st_mode & S_IFMT) == S_IFLNK {
        let message = reason == ELOOP ? "symlink loop, not followed" : "broken symlink"
        diagnostics.append(IngestDiagnostic(severity: .skipped, path: path, message: message))
      } else if reason == ENOENT {
        diagnostics.append(IngestError.notFound(path: path).diagnostic)
      } else {
        diagnostics.append(
          IngestError.unreadable(path: path, reason: String(cString: strerror(reason))).diagnostic)
      }
      return
    }
    let kind = info.st_mode & S_IFMT
    if kind == S_IFDIR {
      visitDirectory(path: path, identity: identity(of: info))
    } else if kind == S_IFREG {
      let seconds = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
      files.append(
        ArticleFile(
          path: path, size: Int(info.st_size),
          modificationDate: Date(timeIntervalSince1970: seconds)))
    } else if isRoot {
      diagnostics.append(
        IngestDiagnostic(severity: .skipped, path: path, message: "not a regular file"))
    }
  }

  private mutating func visitDirectory(path: String, identity: FileIdentity) {
    if ancestors.contains(identity) {
      diagnostics.append(
        IngestDiagnostic(
          severity: .skipped, path: path,
          message: "symlink loop: leads back to a folder being read, not followed"))
      return
    }
    guard seen.insert(identity).inserted else { return }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: path)
    } catch {
      diagnostics.append(
        IngestError.unreadable(path: path, reason: "cannot list folder").diagnostic)
      return
    }
    ancestors.insert(identity)
    let base = path.hasSuffix("/") ? path : path + "/"
    for name in names.sorted(by: { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) })
    where !name.hasPrefix(".") {
      visit(path: base + name, isRoot: false)
    }
    ancestors.remove(identity)
  }

  private func identity(of info: stat) -> FileIdentity {
    FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
  }
}
