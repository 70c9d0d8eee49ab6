import Foundation

/// What an index run has to do, worked out by comparing the file listing with the files table:
/// which files are unchanged, which need reading, which disappeared, and which were renamed.
struct IndexPlan {
  /// A file to read (new, or with a new size or modification time).
  struct WorkItem: Sendable {
    var file: FileInfo
    var sourceID: Int64
    var existing: KnownFile?
  }

  /// A file that moved: same content, new path.
  struct Rename {
    var from: KnownFile
    var to: FileInfo
    var sourceID: Int64
  }

  private(set) var work: [WorkItem] = []
  private(set) var removed: [KnownFile] = []
  private(set) var renamed: [Rename] = []
  private(set) var unchanged = 0

  /// Compares `listing` with `known` (the files table, keyed by path, which the plan consumes
  /// so that no second copy of it is held). Removed files come in the order of their IDs.
  init(listing: [FileInfo], known: consuming [String: KnownFile], sources: [LibrarySource]) {
    var seen = Set<String>(minimumCapacity: listing.count)
    let sourcePaths = sources.map { (id: $0.id, path: $0.url.path) }
    for file in listing {
      let path = file.path
      guard seen.insert(path).inserted else { continue }
      if let old = known.removeValue(forKey: path) {
        if old.size == file.size && old.mtime == file.modified.timeIntervalSince1970 {
          unchanged += 1
        } else {
          let sourceID = Self.sourceID(of: path, in: sourcePaths)
          work.append(WorkItem(file: file, sourceID: sourceID, existing: old))
        }
      } else {
        let sourceID = Self.sourceID(of: path, in: sourcePaths)
        work.append(WorkItem(file: file, sourceID: sourceID, existing: nil))
      }
    }
    let present = Set(sources.map(\.id))
    removed = known.values.filter { present.contains($0.sourceID) }.sorted { $0.id < $1.id }
  }

  /// Fills in the content hash of every file the run compares by content: changed files (is
  /// the content new?) and removed ones (was it renamed?). `fetch` gives a file's stored hash.
  mutating func loadHashes(_ fetch: (Int64) throws -> String?) rethrows {
    for index in work.indices {
      guard let id = work[index].existing?.id else { continue }
      work[index].existing?.hash = try fetch(id)
    }
    for index in removed.indices { removed[index].hash = try fetch(removed[index].id) }
  }

  /// Matches new files against removed ones of the same size by content hash; matches become
  /// renames and leave both lists.
  mutating func detectRenames() {
    guard !removed.isEmpty else { return }
    var removedBySize: [Int64: [Int]] = [:]
    for (index, file) in removed.enumerated() {
      removedBySize[file.size, default: []].append(index)
    }
    var taken = Set<Int>()
    var kept: [WorkItem] = []
    for item in work {
      guard item.existing == nil, let candidates = removedBySize[item.file.size],
        candidates.contains(where: { !taken.contains($0) }),
        let hash = ContentHash.ofFile(at: item.file.url),
        let match = candidates.first(where: { !taken.contains($0) && removed[$0].hash == hash })
      else {
        kept.append(item)
        continue
      }
      taken.insert(match)
      renamed.append(Rename(from: removed[match], to: item.file, sourceID: item.sourceID))
    }
    work = kept
    removed = removed.enumerated().filter { !taken.contains($0.offset) }.map(\.element)
  }

  /// The source a path belongs to: the longest source path that contains it.
  private static func sourceID(of path: String, in sources: [(id: Int64, path: String)]) -> Int64 {
    var best: (id: Int64, length: Int)?
    for source in sources where path == source.path || path.hasPrefix(source.path + "/") {
      if best == nil || source.path.count > best?.length ?? 0 {
        best = (source.id, source.path.count)
      }
    }
    return best?.id ?? sources.first?.id ?? 0
  }
}
