import GRDB

extension LibrarySchema {
  /// Version 4: web feeds (issue 12).
  ///
  /// A web source is a row of `sources` whose `path` is its URL (so the same URL is never added
  /// twice) plus a row of `feeds` with what fetching it needs and tells: the URL fetched (moved
  /// by a permanent redirect), its kind (`feed`, or `page` for a web page without a feed, stored
  /// as one article), the title, the folder an import gave it, the validators of the last
  /// response (`ETag`, `Last-Modified`), when it was last checked, when it may be fetched
  /// again, and the outcome of the last fetch (`ok`, `not-modified`, `http 404`, `timeout`, …).
  ///
  /// Its items are held by one row of `files` whose path is the feed's URL (with any
  /// credentials left out), so they are written, deduplicated, updated and filtered by source
  /// exactly as a file's articles are. Existing libraries keep every row: the table is new.
  static let version4 = """
    CREATE TABLE feeds (
      source_id INTEGER PRIMARY KEY,
      url TEXT NOT NULL,
      kind TEXT NOT NULL DEFAULT 'feed',
      title TEXT,
      folder TEXT,
      etag TEXT,
      last_modified TEXT,
      checked REAL,
      next_check REAL,
      outcome TEXT,
      note TEXT
    );
    """
}
