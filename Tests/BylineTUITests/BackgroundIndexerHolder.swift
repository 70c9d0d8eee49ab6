@testable import BylineTUI

/// Lets a test's run closure reach the background indexer that runs it.
final class BackgroundIndexerHolder: @unchecked Sendable {
  /// Set once, before the run starts.
  var indexer: BackgroundIndexer?
}
