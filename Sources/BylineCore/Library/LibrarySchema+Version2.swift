extension LibrarySchema {
  /// Version 2: every file an article was read from.
  ///
  /// An article is stored once (its key is unique), but the same article is often in several
  /// files: a copied folder, two feeds carrying the same item. `file_articles` holds one row per
  /// (file, article), including the files whose copy was a duplicate, so that the source filter
  /// finds the article under every file holding it, and removing or changing one file keeps the
  /// article while another file still holds it (`articles.file_id` and `articles.source` then
  /// move to that file). `articles_by_file` is no longer needed: the articles of a file are found
  /// through `file_articles`.
  ///
  /// Upgrading fills `file_articles` from `articles.file_id`. Files that were read without error
  /// but gave no article held only duplicates (a copy of an indexed file): they are marked as
  /// changed (`mtime` and `hash` cleared) so that the next index run reads them again and records
  /// them. Sources, reading state and every article stay as they are.
  static let version2 = """
    CREATE TABLE file_articles (
      file_id INTEGER NOT NULL,
      article_id INTEGER NOT NULL,
      PRIMARY KEY (file_id, article_id)
    ) WITHOUT ROWID;
    INSERT INTO file_articles(file_id, article_id) SELECT file_id, id FROM articles
      ORDER BY file_id, id;
    CREATE INDEX file_articles_by_article ON file_articles(article_id);
    DROP INDEX IF EXISTS articles_by_file;
    UPDATE files SET mtime = -1, hash = '' WHERE article_count = 0 AND error IS NULL;
    """
}
