/// What ``IndexWriteSession/insert(_:fileID:into:)`` did with one article read from a file.
enum ArticleInsertion: Equatable {
  /// The article was new: stored, and recorded as held by the file.
  case added
  /// An article with the same key was already stored (read from another file): only the file
  /// was recorded as holding it too.
  case alreadyStored
  /// The file holds the article twice: nothing to record.
  case repeated
}
