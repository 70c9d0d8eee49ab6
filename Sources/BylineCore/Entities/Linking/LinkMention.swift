/// One entity mention as the linker sees it: where it is and its normalised name.
struct LinkMention: Sendable {
  /// Index of the paragraph in the article.
  var paragraph: Int
  /// Index of the span in the paragraph.
  var span: Int
  /// The entity kind.
  var kind: EntityKind
  /// Tokens of the normalised name.
  var tokens: [String]
  /// Whether the mention is written like an acronym (`WHO`, `F.B.I.`).
  var looksLikeAcronym: Bool
  /// The mention as written.
  var text: String

  /// Words that do not count in an organisation's acronym.
  static let acronymStopWords: Set<String> = [
    "of", "the", "and", "for", "to", "in", "on", "at", "a", "an", "de", "du", "des", "la",
  ]

  /// Whether this mention may be a shorter way of writing `fuller` in the same article.
  func canBeShortFor(_ fuller: LinkMention) -> Bool {
    guard kind == fuller.kind, !tokens.isEmpty, tokens.count < fuller.tokens.count else {
      return false
    }
    switch kind {
    case .person:
      guard tokens.first == fuller.tokens.first || tokens.last == fuller.tokens.last else {
        return false
      }
      return Self.isSubsequence(tokens, of: fuller.tokens)
    case .organization:
      // "NATO" stays organization:nato even after "North Atlantic Treaty Organisation".
      if EntityAliases.canonicalNames.contains(tokens.joined(separator: " ")) { return false }
      if fuller.tokens.starts(with: tokens) { return true }
      guard tokens.count == 1, looksLikeAcronym else { return false }
      // With or without the small words: DOJ for "Department of Justice", CPJ for
      // "Committee to Protect Journalists".
      let all = fuller.tokens.compactMap(\.first).map(String.init).joined()
      let content = fuller.tokens.filter { !Self.acronymStopWords.contains($0) }
        .compactMap(\.first).map(String.init).joined()
      return tokens[0] == all || tokens[0] == content
    case .location, .misc, .date, .money, .percent:
      return false
    }
  }

  /// Whether `part` appears in `whole` in order, possibly with gaps.
  static func isSubsequence(_ part: [String], of whole: [String]) -> Bool {
    var remaining = part[...]
    for token in whole where token == remaining.first {
      remaining.removeFirst()
      if remaining.isEmpty { return true }
    }
    return remaining.isEmpty
  }
}
