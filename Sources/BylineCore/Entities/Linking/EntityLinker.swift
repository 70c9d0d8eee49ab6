/// Gives every entity span an ID shared by all mentions of the same entity, within an article
/// and across the library. All linking rules live here (docs/linking.md).
///
/// **IDs.** An entity's ID is its normalised name, after `name:` for every kind of name
/// (people, organisations, places, other names: one entity per name, whatever the tagger called
/// it in one article) and after the kind for dates, amounts and percentages:
/// `name:vladimir-putin`, `name:united-states`, `date:1989`. IDs are deterministic, readable,
/// stable across re-indexing, and need no global state; the library decides an entity's kind
/// over all its mentions, and links surnames and acronyms across articles
/// (``LibraryAliasRules``). Normalising lower-cases, folds diacritics, drops a possessive `'s`,
/// full stops and other punctuation, person titles (`President`, `Mr.`), a leading `the`, and
/// maps well-known variants of places and organisations to one name (`U.S.`, `USA`, `United States of America` →
/// `united-states`). Names too long to read are shortened and finished with an FNV-1a hash.
///
/// **Within an article** a shorter mention takes the ID of a fuller one it is part of:
/// - a person mentioned by one name ("Putin", "Kim") or by part of a name ("John Kennedy" after
///   "John F. Kennedy") gets the ID of the nearest compatible fuller mention *before* it, or, if
///   there is none before, of the nearest one *after* it; compatible means the words are in the
///   fuller name in order and share its first or last word;
/// - an organisation mentioned by the start of its name ("Goldman" after "Goldman Sachs") or by
///   its acronym ("WHO" after "World Health Organization") likewise;
/// - places and the other kinds are not shortened ("Korea" is not "North Korea").
///
/// **Across articles** only the normalised name counts, so a lone surname never merges two
/// people: "Kennedy" in an article without a fuller mention is `name:kennedy`, and "John F.
/// Kennedy" and "Robert F. Kennedy" are two IDs (the library may link a surname to one full
/// name, see ``LibraryAliasRules``). Middle initials are kept, so "George W. Bush" and
/// "George H. W. Bush" stay apart (and "John Kennedy" in another article is a third ID).
public enum EntityLinker {
  /// Sets `entityID` on every entity span of every paragraph of `article`, except relative
  /// dates ("Monday", "this year": ``RelativeDate``), which are left unlinked.
  public static func link(_ article: inout Article) {
    var mentions: [LinkMention] = []
    for (paragraphIndex, paragraph) in article.paragraphs.enumerated() {
      guard !paragraph.entities.isEmpty else { continue }
      let slicer = ScalarSlicer(paragraph.text)
      for (spanIndex, span) in paragraph.entities.enumerated() {
        let text = slicer.text(span.range)
        mentions.append(
          LinkMention(
            paragraph: paragraphIndex, span: spanIndex, kind: span.kind,
            tokens: EntityNameNormalizer.tokens(of: text, kind: span.kind),
            looksLikeAcronym: EntityNameNormalizer.looksLikeAcronym(text), text: text))
      }
    }
    let ids = resolve(mentions)
    for (mention, id) in zip(mentions, ids) {
      let relative = mention.kind == .date && RelativeDate.isRelative(mention.text)
      article.paragraphs[mention.paragraph].entities[mention.span].entityID = relative ? nil : id
    }
  }

  /// `article` with every entity span linked (see ``link(_:)``).
  public static func linked(_ article: Article) -> Article {
    var copy = article
    link(&copy)
    return copy
  }

  /// The normalised name of `text` as an entity of `kind`: words in lower case without
  /// diacritics, punctuation, possessive or person titles, separated by single spaces, with
  /// well-known variants mapped to one name (`"U.S."` → `"united states"`).
  public static func normalizedName(_ text: String, kind: EntityKind) -> String {
    EntityNameNormalizer.tokens(of: text, kind: kind).joined(separator: " ")
  }

  /// The ID every mention spelled `name` gets when nothing in its article makes it longer:
  /// `name:normalised-name` for names, `kind:normalised-text` otherwise, e.g.
  /// `name:vladimir-putin`, `date:1989`.
  public static func entityID(forName name: String, kind: EntityKind) -> String {
    entityID(tokens: EntityNameNormalizer.tokens(of: name, kind: kind), kind: kind, text: name)
  }

  /// Longest readable part of an ID, in UTF-8 bytes, before it is shortened and hashed.
  static let maximumReadableLength = 64

  /// The ID for normalised `tokens`; `text` is hashed when there are no tokens at all.
  static func entityID(tokens: [String], kind: EntityKind, text: String) -> String {
    let prefix = kind.idPrefix + ":"
    guard !tokens.isEmpty else {
      var hash = FNV1a64()
      hash.combine(text)
      return prefix + "~" + hash.hexDigest
    }
    let name = tokens.joined(separator: "-")
    guard name.utf8.count > maximumReadableLength else { return prefix + name }
    var hash = FNV1a64()
    hash.combine(name)
    var short = ""
    for token in tokens {
      let next = short.isEmpty ? token : short + "-" + token
      if next.utf8.count > maximumReadableLength - 17 { break }
      short = next
    }
    if short.isEmpty { short = String(tokens[0].unicodeScalars.prefix(16)) }
    return prefix + short + "-" + hash.hexDigest
  }

  /// The ID of each mention, in order.
  static func resolve(_ mentions: [LinkMention]) -> [String] {
    var target: [Int?] = Array(repeating: nil, count: mentions.count)
    // Only people and organisations of two words or more can be the fuller form of a mention.
    let fuller = mentions.indices.filter { index in
      let kind = mentions[index].kind
      return (kind == .person || kind == .organization) && mentions[index].tokens.count > 1
    }
    mentions.withUnsafeBufferPointer { mentions in
      for index in mentions.indices
      where mentions[index].kind == .person || mentions[index].kind == .organization {
        var before: Int?
        var after: Int?
        for other in fuller where other != index {
          guard mentions[index].canBeShortFor(mentions[other]) else { continue }
          if other < index {
            before = other
          } else if after == nil {
            after = other
          }
        }
        target[index] = before ?? after
      }
    }
    var ids: [String?] = Array(repeating: nil, count: mentions.count)
    func id(of index: Int) -> String {
      if let known = ids[index] { return known }
      let mention = mentions[index]
      // A target always has more tokens than its mention, so this recursion ends.
      let result =
        target[index].map(id(of:))
        ?? entityID(tokens: mention.tokens, kind: mention.kind, text: mention.text)
      ids[index] = result
      return result
    }
    return mentions.indices.map(id(of:))
  }
}
