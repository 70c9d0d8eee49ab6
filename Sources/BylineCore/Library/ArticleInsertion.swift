/// What ``IndexWriteSession/insert(_:fileID:into:)`` did with one article read from a file.
enum ArticleInsertion: Equatable {
  /// The article was new: stored, and recorded as held by the file.
  case added
  /// An article with the same key and text was already stored (read from another file): only
  /// the file was recorded as holding it too.
  case alreadyStored
  /// An article with the same key (its identifier) but another text was stored: the stored text
  /// was replaced by this one. `newHolder` tells whether the file was not yet recorded as
  /// holding it (another file's version was stored).
  case updated(newHolder: Bool)
  /// The file holds the article twice, with the same text: nothing to record.
  case repeated
}
