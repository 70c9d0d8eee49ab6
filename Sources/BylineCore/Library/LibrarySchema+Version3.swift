import Foundation
import GRDB

extension LibrarySchema {
  /// Version 3: an article's identity is its identifier or its whole text (issue 17).
  ///
  /// Version 2 keyed an article without a URL or feed ID by its title, date and first 500
  /// characters, so two different texts sharing those were stored as one and the second was
  /// lost. Keys are now the identifier or the hash of the title, date and whole normalised text
  /// (see ``ArticleKey``), and `articles.content_hash` keeps that hash for every article, so an
  /// identifier met again with another text is recognised as an edit.
  ///
  /// The upgrade, in place:
  /// - adds `content_hash` and fills it from the stored title, date and paragraphs;
  /// - gives every article whose key was derived from its text (no URL, and the stored key is
  ///   the version 2 hash of its stored title, date and first paragraph) its whole-text key, and
  ///   moves its reading state (read, starred, position) to that key; articles keyed by an
  ///   identifier keep their key;
  /// - marks as changed (`mtime` and `hash` cleared, as ``version2`` does) every file holding
  ///   an article whose stored copy came from another file, so the next index run reads them
  ///   again and stores the texts version 2 took for duplicates.
  static func migrateToVersion3(_ db: Database) throws {
    try db.execute(sql: "ALTER TABLE articles ADD COLUMN content_hash TEXT")
    let rekeyed = try articleIdentities(db)
    let withState = try Set(String.fetchAll(db, sql: "SELECT key FROM reading_state"))
    let articleUpdate = try db.makeStatement(
      sql: "UPDATE OR IGNORE articles SET key = ?, content_hash = ? WHERE id = ?")
    let stateUpdate = try db.makeStatement(
      sql: "UPDATE OR REPLACE reading_state SET key = ? WHERE key = ?")
    for identity in rekeyed {
      try articleUpdate.execute(arguments: [identity.newKey, identity.contentHash, identity.id])
      if identity.newKey != identity.oldKey, withState.contains(identity.oldKey) {
        try stateUpdate.execute(arguments: [identity.newKey, identity.oldKey])
      }
    }
    try db.execute(
      sql: """
        UPDATE files SET mtime = -1, hash = '' WHERE id IN (
          SELECT fa.file_id FROM file_articles fa JOIN articles a ON a.id = fa.article_id
          WHERE a.file_id <> fa.file_id)
        """)
  }

  /// One stored article's old key, new key and content hash.
  private struct StoredIdentity {
    var id: Int64
    var oldKey: String
    var newKey: String
    var contentHash: String
  }

  /// Every stored article's identity under version 3, computed from its stored title, date and
  /// paragraphs (one pass over `articles` and one over `paragraphs`, both in article order).
  private static func articleIdentities(_ db: Database) throws -> [StoredIdentity] {
    var identities: [StoredIdentity] = []
    let articles = try Row.fetchCursor(
      db, sql: "SELECT id, key, title, url, published FROM articles ORDER BY id")
    let paragraphs = try Row.fetchCursor(
      db, sql: "SELECT article_id, text FROM paragraphs ORDER BY article_id, idx")
    var pending: (id: Int64, text: String)? = try paragraphs.next().map { ($0[0], $0[1]) }
    while let row = try articles.next() {
      let id: Int64 = row[0]
      var texts: [String] = []
      while let paragraph = pending, paragraph.id <= id {
        if paragraph.id == id { texts.append(paragraph.text) }
        pending = try paragraphs.next().map { ($0[0], $0[1]) }
      }
      let oldKey: String = row[1]
      let title: String = row[2]
      let url: String? = row[3]
      let published = (row[4] as Double?).map {
        DateParser.isoString(Date(timeIntervalSince1970: $0))
      }
      let contentHash = ArticleKey.textHash(title: title, published: published, body: texts)
      let textKeyed =
        url == nil
        && ArticleKey(
          identifier: nil, title: title, published: published, firstText: texts.first ?? ""
        ).rawValue == oldKey
      identities.append(
        StoredIdentity(
          id: id, oldKey: oldKey, newKey: textKeyed ? contentHash : oldKey,
          contentHash: contentHash))
    }
    return identities
  }
}
