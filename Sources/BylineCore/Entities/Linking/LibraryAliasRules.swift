/// The rules that link a short name to a fuller one across the library's articles (issue 14):
/// a surname alone to a person's full name, an acronym to the organisation it abbreviates.
///
/// Within an article the linker already links "Mr Blair" to "Tony Blair" when both are there;
/// these rules decide for the articles that only say "Mr Blair". They see the whole library
/// (every entity's normalised name, kind and article count, and which spellings the library
/// shows under which entity), so they run over the library, not over one article; the library
/// applies their decisions (``EntityAliasTable``).
enum LibraryAliasRules {
  /// One entity of the library, as the rules see it.
  struct Entity: Sendable, Equatable {
    /// Its row in the library (any stable key).
    var key: Int64
    /// Its normalised name, word by word.
    var tokens: [String]
    /// Its kind, decided over the library.
    var kind: EntityKind
    /// How many articles mention it.
    var articleCount: Int
    /// Whether its display name is written like an acronym (`IAEA`).
    var looksLikeAcronym: Bool
  }

  /// A short name the library shows as a spelling of a fuller entity: an article linked
  /// "IAEA" to "International Atomic Energy Agency" because both were there.
  struct Together: Sendable, Equatable {
    /// The fuller entity's key.
    var full: Int64
    /// The short spelling's normalised name (one word).
    var shortName: String
    /// How many times the library shows the short spelling under the fuller entity.
    var count: Int
  }

  /// What becomes of a short name.
  enum Decision: Sendable, Equatable {
    /// It stands for `target`; `others` are the other, much rarer, full names it could be.
    case linked(target: Int64, others: [Int64])
    /// It could be any of `candidates` (most mentioned first) and stays an entity of its own.
    case ambiguous(candidates: [Int64])
  }

  /// How many times more often the leading full name must be weighed than the next one for a
  /// surname or acronym to be linked to it ("dominant by a wide margin").
  static let dominance = 4

  /// The decision for every short name of `entities` that has at least one candidate: a
  /// person's one-word name whose word is the last word of other people's names (weighed by
  /// their article counts), and a one-word name written like an acronym that the library shows
  /// as a spelling of fuller organisations, places or other names whose initials it is
  /// (weighed by how often it is shown with each).
  static func decisions(for entities: [Entity], together: [Together]) -> [Int64: Decision] {
    var bySurname: [String: [Entity]] = [:]
    var byKey: [Int64: Entity] = [:]
    for entity in entities {
      byKey[entity.key] = entity
      if entity.kind == .person, entity.tokens.count > 1, let last = entity.tokens.last {
        bySurname[last, default: []].append(entity)
      }
    }
    var shownWith: [String: [(Int64, Int)]] = [:]
    for pair in together {
      guard let full = byKey[pair.full], full.tokens.count > 1, full.kind != .person,
        Self.initials(of: full.tokens).contains(pair.shortName)
      else { continue }
      shownWith[pair.shortName, default: []].append((pair.full, pair.count))
    }
    var result: [Int64: Decision] = [:]
    for entity in entities where entity.tokens.count == 1 {
      let word = entity.tokens[0]
      var weighed: [(key: Int64, weight: Int)] = []
      if entity.kind == .person {
        weighed = (bySurname[word] ?? []).map { ($0.key, $0.articleCount) }
      } else if entity.looksLikeAcronym {
        var sums: [Int64: Int] = [:]
        for (full, count) in shownWith[word] ?? [] { sums[full, default: 0] += count }
        weighed = sums.map { ($0.key, $0.value) }
      }
      if let decision = decide(weighed) { result[entity.key] = decision }
    }
    return result
  }

  /// Links to the only candidate, or to the leading one when it weighs at least
  /// ``dominance`` times the next; otherwise the name is ambiguous. `nil` for no candidates.
  static func decide(_ weighed: [(key: Int64, weight: Int)]) -> Decision? {
    let sorted = weighed.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.key < $1.key }
    guard let first = sorted.first else { return nil }
    guard sorted.count > 1 else { return .linked(target: first.key, others: []) }
    if first.weight >= dominance * max(1, sorted[1].weight) {
      return .linked(target: first.key, others: sorted.dropFirst().map(\.key))
    }
    return .ambiguous(candidates: sorted.map(\.key))
  }

  /// The acronyms a name of several words may have: the first letters of all its words, and of
  /// its words other than the small ones (`of`, `the`, …), as the in-article linker reads them.
  static func initials(of tokens: [String]) -> Set<String> {
    let all = tokens.compactMap(\.first).map(String.init).joined()
    let content = tokens.filter { !LinkMention.acronymStopWords.contains($0) }
      .compactMap(\.first).map(String.init).joined()
    return [all, content]
  }
}
