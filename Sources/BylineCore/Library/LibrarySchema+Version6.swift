import GRDB

extension LibrarySchema {
  /// Version 6: full text (issue 12 item 7).
  ///
  /// - `feeds.full_text`: the source is full-text (`byline add --full-text URL`): each new
  ///   item that carries only a summary is stored with the main content of the page its link
  ///   points to.
  /// - `articles.full_text`: the article's text is the page's, fetched either way (or with the
  ///   reader's `F`); a later fetch of its feed does not put the summary back.
  ///
  /// Existing libraries keep every row: both columns are new, off for every row.
  static let version6 = """
    ALTER TABLE feeds ADD COLUMN full_text INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE articles ADD COLUMN full_text INTEGER NOT NULL DEFAULT 0;
    """
}
