import Foundation
import GRDB

/// A file as the library last indexed it.
struct KnownFile: Hashable, Sendable {
  var id: Int64
  var path: String
  var size: Int64
  var mtime: Double
  var hash: String
  var sourceID: Int64

  init(row: Row) {
    id = row[0]
    path = row[1]
    size = row[2]
    mtime = row[3]
    hash = row[4]
    sourceID = row[5]
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
