import GRDB

/// The names and kinds of entities, decided over the whole library as mentions come and go.
extension IndexWriteSession {
  /// Gives every entity marked `name_dirty` its display name and kind.
  ///
  /// The kind is the one the tagger gave most of its mentions over the whole library (ties go
  /// to the first in ``EntityKind`` order: person, organisation, place, other); the tagger
  /// gives no confidence with its spans, so every mention weighs the same.
  static func refreshDirtyEntities(_ db: Database) throws {
    try db.execute(
      sql: """
        UPDATE entities SET kind = coalesce((
          SELECT k.kind FROM entity_kinds k WHERE k.entity_rowid = entities.rowid AND k.count > 0
          ORDER BY k.count DESC, \(kindOrder) LIMIT 1), kind)
        WHERE name_dirty
        """)
    // The display name: the fullest spelling among those used in at least 5% of the mentions
    // of the most common one, so a rare long misspelling does not win.
    try db.execute(
      sql: """
        UPDATE entities SET name_dirty = 0, name = coalesce((
          SELECT v.variant FROM entity_variants v
          WHERE v.entity_rowid = entities.rowid
            AND v.count * 20 >= (SELECT max(w.count) FROM entity_variants w
                                 WHERE w.entity_rowid = entities.rowid)
          ORDER BY length(v.variant) DESC, v.count DESC, v.variant LIMIT 1), name)
        WHERE name_dirty
        """)
  }

  /// An SQL expression ordering `k.kind` as ``EntityKind`` lists its cases.
  private static let kindOrder =
    "CASE k.kind "
    + EntityKind.allCases.enumerated().map { "WHEN '\($0.element.rawValue)' THEN \($0.offset)" }
    .joined(separator: " ") + " END"
}
