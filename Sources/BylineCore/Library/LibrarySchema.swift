import GRDB

/// The library's tables, created and upgraded by versioned migrations.
///
/// `PRAGMA user_version` records the schema version; a database with a higher version than
/// ``currentVersion`` was written by a newer Byline and is refused before anything is written.
///
/// `paragraphs.entities` holds each paragraph's entity spans as `start,end,KIND,entity;…`
/// (offsets in Unicode scalars, `entity` the `entities.rowid` or empty when unlinked);
/// `mentions` holds one row per (entity, article): the article's first mention of the entity,
/// with the article's date copied in so that "every article mentioning X, newest first" is one
/// index range scan.
///
/// The full-text index reads the `article_text` view, which calls `byline_segmented` (see
/// ``FullTextSegmenter``), an SQL function every Byline connection registers.
///
/// `file_articles` records every file each article was read from (an article is stored once,
/// keyed by content, but the same article may be in several files); `articles.file_id` is the
/// file its stored copy came from (see ``version2``). An article's key is its identifier or the
/// hash of its whole text; `articles.content_hash` is that hash for every article (see
/// ``migrateToVersion3(_:)``).
///
/// Entities are one per name (see ``migrateToVersion5(_:)``): `entity_kinds` counts the kinds
/// the tagger gave their mentions, `entity_aliases`, `entities.alias_of` and `mentions.via`
/// link short names (a surname alone, an acronym) to fuller entities (``EntityAliasTable``).
///
/// Reading state (`reading_state`) and the list of sources (`sources`) are the user's data;
/// everything else is derived from the source files and may be dropped and rebuilt.
enum LibrarySchema {
  /// The schema version this build writes and understands.
  static let currentVersion = 6

  /// The derived tables, emptied by a rebuild (in this order).
  static let derivedTables = [
    "mentions", "entity_aliases", "entity_kinds", "entity_variants", "entities", "paragraphs",
    "file_articles", "articles", "files",
  ]

  /// Indexes a first full index builds at the end instead of row by row (see ``Indexer``):
  /// name and definition, exactly as in the migrations.
  static let deferredIndexes = [
    (
      "mentions_by_date",
      "CREATE INDEX IF NOT EXISTS mentions_by_date ON mentions(entity_rowid, published DESC, article_id)"
    ),
    (
      "mentions_by_article",
      "CREATE INDEX IF NOT EXISTS mentions_by_article ON mentions(article_id)"
    ),
  ]

  /// Creates the deferred indexes that are missing (after a first full index, or one that was
  /// killed).
  static func createDeferredIndexes(_ db: Database) throws {
    for (_, sql) in deferredIndexes { try db.execute(sql: sql) }
  }

  /// Drops the deferred indexes, before a first full index.
  static func dropDeferredIndexes(_ db: Database) throws {
    for (name, _) in deferredIndexes { try db.execute(sql: "DROP INDEX IF EXISTS \(name)") }
  }

  /// Whether the library holds no article yet (a first index, or a rebuild).
  static func hasNoArticles(_ db: Database) throws -> Bool {
    try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM articles)") ?? true
  }

  /// The migrator that brings any older library up to ``currentVersion``.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.execute(sql: version1)
      try db.execute(sql: "PRAGMA user_version = 1")
    }
    migrator.registerMigration("v2") { db in
      try db.execute(sql: version2)
      try db.execute(sql: "PRAGMA user_version = 2")
    }
    migrator.registerMigration("v3") { db in
      try migrateToVersion3(db)
      try db.execute(sql: "PRAGMA user_version = 3")
    }
    migrator.registerMigration("v4") { db in
      try db.execute(sql: version4)
      try db.execute(sql: "PRAGMA user_version = 4")
    }
    migrator.registerMigration("v5") { db in
      try migrateToVersion5(db)
      try db.execute(sql: "PRAGMA user_version = 5")
    }
    migrator.registerMigration("v6") { db in
      try db.execute(sql: version6)
      try db.execute(sql: "PRAGMA user_version = 6")
    }
    return migrator
  }

  private static let version1 = """
    CREATE TABLE sources (
      id INTEGER PRIMARY KEY,
      path TEXT NOT NULL UNIQUE,
      added REAL NOT NULL
    );
    CREATE TABLE reading_state (
      key TEXT PRIMARY KEY,
      is_read INTEGER NOT NULL DEFAULT 0,
      is_starred INTEGER NOT NULL DEFAULT 0,
      last_paragraph INTEGER NOT NULL DEFAULT 0,
      updated REAL NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX reading_state_starred ON reading_state(key) WHERE is_starred;
    CREATE INDEX reading_state_read ON reading_state(key) WHERE is_read;

    CREATE TABLE files (
      id INTEGER PRIMARY KEY,
      path TEXT NOT NULL UNIQUE,
      source_id INTEGER NOT NULL,
      size INTEGER NOT NULL,
      mtime REAL NOT NULL,
      hash TEXT NOT NULL,
      article_count INTEGER NOT NULL DEFAULT 0,
      error TEXT
    );
    CREATE INDEX files_by_hash ON files(hash);
    CREATE INDEX files_by_source ON files(source_id);

    CREATE TABLE articles (
      id INTEGER PRIMARY KEY,
      key TEXT NOT NULL UNIQUE,
      title TEXT NOT NULL,
      source TEXT NOT NULL,
      url TEXT,
      author TEXT,
      published REAL,
      file_id INTEGER NOT NULL
    );
    CREATE INDEX articles_by_date ON articles(published DESC, title, key);
    CREATE INDEX articles_by_source ON articles(source, published DESC, title, key);
    CREATE INDEX articles_by_file ON articles(file_id);
    CREATE INDEX articles_by_url ON articles(url) WHERE url IS NOT NULL;

    CREATE TABLE paragraphs (
      article_id INTEGER NOT NULL,
      idx INTEGER NOT NULL,
      kind TEXT NOT NULL,
      text TEXT NOT NULL,
      links TEXT,
      entities TEXT,
      PRIMARY KEY (article_id, idx)
    );

    CREATE TABLE entities (
      rowid INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      kind TEXT NOT NULL,
      article_count INTEGER NOT NULL DEFAULT 0,
      name_dirty INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX entities_dirty ON entities(name_dirty) WHERE name_dirty;
    CREATE INDEX entities_by_count ON entities(article_count DESC);

    CREATE TABLE entity_variants (
      entity_rowid INTEGER NOT NULL,
      variant TEXT NOT NULL,
      normalized TEXT NOT NULL,
      count INTEGER NOT NULL,
      PRIMARY KEY (entity_rowid, variant)
    ) WITHOUT ROWID;
    CREATE INDEX entity_variants_by_name ON entity_variants(normalized);

    CREATE TABLE mentions (
      entity_rowid INTEGER NOT NULL,
      article_id INTEGER NOT NULL,
      published REAL,
      paragraph INTEGER NOT NULL,
      start INTEGER NOT NULL,
      "end" INTEGER NOT NULL,
      PRIMARY KEY (entity_rowid, article_id)
    ) WITHOUT ROWID;
    CREATE INDEX mentions_by_date ON mentions(entity_rowid, published DESC, article_id);
    CREATE INDEX mentions_by_article ON mentions(article_id);

    CREATE VIEW article_text(id, title, body) AS
      SELECT a.id, byline_segmented(a.title),
        byline_segmented((SELECT group_concat(text, char(10))
           FROM (SELECT text FROM paragraphs p WHERE p.article_id = a.id ORDER BY p.idx)))
      FROM articles a;
    CREATE VIRTUAL TABLE article_fts USING fts5(
      title, body, content = 'article_text', content_rowid = 'id',
      tokenize = "unicode61 remove_diacritics 2"
    );
    INSERT INTO article_fts(article_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0)');
    """
}
