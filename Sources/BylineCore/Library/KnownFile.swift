import Foundation
import GRDB

/// A file as the library last indexed it.
///
/// Its content hash is fetched only for the few files a run needs it for (changed or removed
/// ones, see ``IndexPlan/loadHashes(_:)``): a check of 100,000 unchanged files then holds no
/// hash strings at all.
struct KnownFile: Hashable, Sendable {
  var id: Int64
  var path: String
  var size: Int64
  var mtime: Double
  /// The content hash, `nil` until loaded.
  var hash: String?
  var sourceID: Int64

  /// The SQL whose rows ``init(row:)`` reads (every column but the hash).
  static let selection = "SELECT id, path, size, mtime, source_id FROM files"

  /// A file from a row of ``selection``.
  init(row: Row) {
    id = row[0]
    path = row[1]
    size = row[2]
    mtime = row[3]
    hash = nil
    sourceID = row[4]
  }
}

/// What reading one file produced.
enum FileOutcome: Sendable {
  /// The content hash is the one already indexed: only size and time are updated.
  case sameContent(hash: String)
  /// The file was read into these articles.
  case parsed(hash: String, articles: [PreparedArticle])
  /// The file could not be read or parsed.
  case failed(hash: String, message: String)
}
