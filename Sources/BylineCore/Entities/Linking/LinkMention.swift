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
  /// An organisation whose normalised name is a canonical name (``EntityAliases``).
  let isCanonicalOrganization: Bool
  /// For an organisation of several words: the first letters of all its words, and of its
  /// words other than ``acronymStopWords`` (what an acronym of it may be).
  let initials: (all: String, content: String)?

  /// A mention; what linking compares is worked out here, once.
  init(
    paragraph: Int, span: Int, kind: EntityKind, tokens: [String], looksLikeAcronym: Bool,
    text: String
  ) {
    self.paragraph = paragraph
    self.span = span
    self.kind = kind
    self.tokens = tokens
    self.looksLikeAcronym = looksLikeAcronym
    self.text = text
    let isOrganization = kind == .organization
    isCanonicalOrganization =
      isOrganization && EntityAliases.canonicalNames.contains(tokens.joined(separator: " "))
    if isOrganization && tokens.count > 1 {
      initials = (
        tokens.compactMap(\.first).map(String.init).joined(),
        tokens.filter { !Self.acronymStopWords.contains($0) }.compactMap(\.first)
          .map(String.init).joined()
      )
    } else {
      initials = nil
    }
  }

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
      if isCanonicalOrganization { return false }
      if fuller.tokens.starts(with: tokens) { return true }
      guard tokens.count == 1, looksLikeAcronym, let initials = fuller.initials else {
        return false
      }
      // With or without the small words: DOJ for "Department of Justice", CPJ for
      // "Committee to Protect Journalists".
      return tokens[0] == initials.all || tokens[0] == initials.content
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
