import Foundation

/// The cross-article links of an ``InMemoryArticleStore``: which short names (a surname alone,
/// an acronym) stand for which fuller entity, decided by ``LibraryAliasRules`` exactly as the
/// SQLite library does (``EntityAliasTable``), so the sample library and the flow tests see the
/// same pages as a real library.
///
/// Computed once from the articles' linked spans. Unlike the library, candidates are weighed by
/// the articles that name them, not counting the articles linked to them by a short name.
struct InMemoryEntityLinks: Sendable {
  /// A short name that stands for one entity in every article that uses it → that entity.
  private(set) var aliasOf: [String: String] = [:]
  /// Per article, the short names of it that stand for an entity → that entity.
  private(set) var linkedIn: [ArticleKey: [String: String]] = [:]
  /// A short name with candidates → all of them, and those some article was linked to.
  private(set) var candidates: [String: (all: [String], chosen: Set<String>)] = [:]

  /// No links (an empty store).
  init() {}

  /// Decides the links of `articles`.
  init(articles: [Article]) {
    var ids: [String] = []
    var keys: [String: Int64] = [:]
    var counts: [String: (articles: Set<ArticleKey>, spellings: [String: Int])] = [:]
    var contexts: [ArticleKey: LibraryAliasRules.ArticleContext] = [:]
    var together: [String: [String: Int]] = [:]
    let prefix = EntityKind.person.idPrefix + ":"
    for article in articles {
      var names = Set<Int64>()
      for paragraph in article.paragraphs {
        for span in paragraph.entities {
          guard let id = span.entityID, id.hasPrefix(prefix) else { continue }
          let key = keys[id] ?? Int64(ids.count)
          if keys[id] == nil {
            keys[id] = key
            ids.append(id)
          }
          names.insert(key)
          let surface = paragraph.text.unicodeScalarSlice(span.range)
          counts[id, default: ([], [:])].articles.insert(article.key)
          counts[id, default: ([], [:])].spellings[surface, default: 0] += 1
          let short = EntityLinker.normalizedName(surface, kind: span.kind)
          if (2...6).contains(short.count), !short.contains(" ") {
            together[id, default: [:]][short, default: 0] += 1
          }
        }
      }
      contexts[article.key] = LibraryAliasRules.ArticleContext(
        published: article.published?.timeIntervalSince1970, source: article.source,
        names: names)
    }
    let kinds = Self.kinds(articles)
    let entities = ids.enumerated().map { index, id in
      let entry = counts[id]
      let name = entry?.spellings.max {
        $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key
      }
      return LibraryAliasRules.Entity(
        key: Int64(index),
        tokens: id.dropFirst(prefix.count).split(separator: "-").map(String.init),
        kind: kinds[id] ?? .misc, articleCount: entry?.articles.count ?? 0,
        looksLikeAcronym: EntityNameNormalizer.looksLikeAcronym(name?.key ?? ""))
    }
    let pairs = together.flatMap { id, shorts in
      shorts.map {
        LibraryAliasRules.Together(full: keys[id] ?? -1, shortName: $0.key, count: $0.value)
      }
    }
    let decisions = LibraryAliasRules.decisions(for: entities, together: pairs)
    for (key, decision) in decisions {
      let alias = ids[Int(key)]
      let articlesOfAlias = (counts[alias]?.articles ?? []).sorted { $0.rawValue < $1.rawValue }
      var all: [Int64] = []
      switch decision {
      case .linked(let target, let others): all = [target] + others
      case .ambiguous(let list): all = list
      }
      var chosen = Set<String>()
      for articleKey in articlesOfAlias {
        let target: Int64?
        if LibraryAliasRules.isDecidedByPeriod(entities[Int(key)], candidates: all.count),
          let context = contexts[articleKey]
        {
          let named = all.map { candidate in
            (
              key: candidate,
              articles: (counts[ids[Int(candidate)]]?.articles ?? []).compactMap { contexts[$0] }
            )
          }
          target = LibraryAliasRules.target(
            in: context, alias: key, candidates: named, libraryWide: decision)
        } else if case .linked(let only, _) = decision {
          target = only
        } else {
          target = nil
        }
        guard let target else { continue }
        linkedIn[articleKey, default: [:]][alias] = ids[Int(target)]
        chosen.insert(ids[Int(target)])
      }
      candidates[alias] = (all.map { ids[Int($0)] }, chosen)
      let targets = articlesOfAlias.map { linkedIn[$0]?[alias].flatMap { keys[$0] } }
      if let whole = LibraryAliasRules.wholeTarget(of: targets) { aliasOf[alias] = ids[Int(whole)] }
    }
  }

  /// The entity `id` stands for: itself, or the entity a short name wholly stands for.
  func resolved(_ id: String) -> String { aliasOf[id] ?? id }

  /// The entity a span with `id` in the article `key` stands for.
  func target(of id: String, in key: ArticleKey) -> String {
    linkedIn[key]?[id] ?? id
  }

  /// The kind of each name entity: the one most of its mentions have (ties: the first in
  /// ``EntityKind`` order), as the library decides it.
  static func kinds(_ articles: [Article]) -> [String: EntityKind] {
    var counts: [String: [EntityKind: Int]] = [:]
    for article in articles {
      for paragraph in article.paragraphs {
        for span in paragraph.entities {
          guard let id = span.entityID else { continue }
          counts[id, default: [:]][span.kind, default: 0] += 1
        }
      }
    }
    return counts.compactMapValues(Self.kind(of:))
  }

  /// The most counted kind (ties: the first in ``EntityKind`` order).
  static func kind(of counts: [EntityKind: Int]) -> EntityKind? {
    EntityKind.allCases.filter { counts[$0] != nil }
      .max { (counts[$0] ?? 0) < (counts[$1] ?? 0) }
  }
}
