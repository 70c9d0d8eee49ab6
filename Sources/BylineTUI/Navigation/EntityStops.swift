import BylineCore

/// Which entity mentions `Tab` and `Shift-Tab` stop on (config `entity-stops`).
enum EntityStops: String, Hashable, Sendable {
  /// People, organisations, places and other names (and links): dates, amounts and
  /// percentages are highlighted but skipped. The default.
  case names
  /// Every entity mention, dates, amounts and percentages included.
  case all

  /// Whether `Tab` stops on a mention of `kind`.
  func stops(at kind: EntityKind) -> Bool {
    self == .all || kind.isName
  }
}
