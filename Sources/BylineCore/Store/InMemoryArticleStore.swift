import Foundation

/// An ``ArticleStore`` that keeps everything in memory: the test double for flow tests and a
/// reference for what the SQLite library must return.
///
/// Articles are expected to carry linked entity spans (`entityID` set) already; names are
/// linked across articles (a surname alone, an acronym) by the library's rules
/// (``InMemoryEntityLinks``), and an entity's kind is decided over all its mentions.
public final class InMemoryArticleStore: ArticleStore {
  private let articles: [ArticleKey: Article]
  private let ordered: [Article]
  private let states: Locked<[ArticleKey: ReadingState]>
  private let links: InMemoryEntityLinks

  /// Creates a store over `articles`.
  public init(articles: [Article]) {
    var byKey: [ArticleKey: Article] = [:]
    for article in articles where byKey[article.key] == nil { byKey[article.key] = article }
    self.articles = byKey
    self.ordered = Array(byKey.values)
    self.states = Locked([:])
    self.links = InMemoryEntityLinks(articles: ordered)
  }

  /// The number of articles the filter shows.
  public func articleCount(matching filter: ArticleFilter) throws -> Int {
    matching(filter).count
  }

  /// One page of the list, sorted in `order`.
  public func summaries(
    matching filter: ArticleFilter, order: ArticleOrder, offset: Int, limit: Int
  ) throws -> [ArticleSummary] {
    let rows = sorted(matching(filter), order: order)
    guard offset < rows.count, limit > 0 else { return [] }
    let states = self.states.withLock { $0 }
    return rows[offset..<min(rows.count, offset + limit)].map { article in
      let state = states[article.key] ?? ReadingState()
      return ArticleSummary(
        key: article.key, title: article.title, source: article.source,
        published: article.published, isRead: state.isRead, isStarred: state.isStarred)
    }
  }

  /// One source per distinct ``Article/source`` (a file), in the order first met, newest
  /// article first, with its article and unread counts.
  public func sourceList() throws -> [SourceSummary] {
    let states = self.states.withLock { $0 }
    var sources: [SourceSummary] = []
    var index: [String: Int] = [:]
    for article in sorted(ordered, order: .date) {
      if index[article.source] == nil {
        index[article.source] = sources.count
        sources.append(
          SourceSummary(kind: "file", location: article.source, articles: 0, unread: 0))
      }
      guard let at = index[article.source] else { continue }
      sources[at].articles += 1
      if !(states[article.key]?.isRead ?? false) { sources[at].unread += 1 }
      if let published = article.published, sources[at].lastUpdate.map({ $0 < published }) ?? true {
        sources[at].lastUpdate = published
      }
    }
    return sources
  }

  /// The article with this key, or `nil`.
  public func article(for key: ArticleKey) throws -> Article? { articles[key] }

  /// The saved reading state, or the default one.
  public func readingState(for key: ArticleKey) throws -> ReadingState {
    states.withLock { $0[key] ?? ReadingState() }
  }

  /// Saves the reading state of an article.
  public func setReadingState(_ state: ReadingState, for key: ArticleKey) throws {
    states.withLock { $0[key] = state }
  }

  /// Marks read every unread article `filter` shows (published before `publishedBefore`, when
  /// given), under one lock, as the library does in one transaction.
  public func markAllRead(matching filter: ArticleFilter, publishedBefore: Date? = nil) throws
    -> Int
  {
    let shown = matching(filter).filter { article in
      guard let publishedBefore else { return true }
      return article.published.map { $0 < publishedBefore } ?? false
    }
    return states.withLock { states in
      var changed = 0
      for article in shown where !(states[article.key]?.isRead ?? false) {
        states[article.key, default: ReadingState()].isRead = true
        changed += 1
      }
      return changed
    }
  }

  /// The entity page data for `id`, computed from the linked spans: the ID of a short name
  /// that wholly stands for a fuller entity gives that entity's page, which lists the articles
  /// linked to it by the short name too.
  public func entityDetails(
    id: String, mentionLimit: Int, relatedLimit: Int
  ) throws -> EntityDetails? {
    details(id: id, mentionLimit: mentionLimit, relatedLimit: relatedLimit, notes: true)
  }

  /// The page of `id` (of the entity it wholly stands for when `resolving`), with the alias
  /// notes when `notes`.
  private func details(
    id: String, mentionLimit: Int, relatedLimit: Int, notes: Bool, resolving: Bool = true
  ) -> EntityDetails? {
    let wanted = resolving ? links.resolved(id) : id
    let ownAliases = Set(links.candidates.filter { $0.value.chosen.contains(wanted) }.keys)
    var variantCounts: [String: Int] = [:]
    var mentions: [EntityMention] = []
    var kinds: [EntityKind: Int] = [:]
    var related: [String: Int] = [:]
    for article in sorted(ordered, order: .date) {
      var first: EntityMention?
      var others = Set<String>()
      for (index, paragraph) in article.paragraphs.enumerated() {
        for span in paragraph.entities {
          guard let spanID = span.entityID else { continue }
          let target = links.target(of: spanID, in: article.key)
          if spanID != wanted && target != wanted {
            // As the library lists them: the entity named, unless it is a short name wholly
            // linked or one of this entity's, and the entity a short name stands for here.
            guard span.kind.isListedAsRelated else { continue }
            if links.aliasOf[spanID] == nil && !ownAliases.contains(spanID) {
              others.insert(spanID)
            }
            if target != spanID { others.insert(target) }
            continue
          }
          kinds[span.kind, default: 0] += 1
          let text = paragraph.text.unicodeScalarSlice(span.range)
          variantCounts[text, default: 0] += 1
          if first == nil {
            first = EntityMention(
              articleKey: article.key, title: article.title, published: article.published,
              paragraphIndex: index, range: span.range,
              snippet: paragraph.text.snippet(around: span.range, width: 60))
          }
        }
      }
      if let first {
        mentions.append(first)
        for other in others { related[other, default: 0] += 1 }
      }
    }
    // The kind most mentions have (ties: the first in EntityKind order), as the library does.
    guard let kind = InMemoryEntityLinks.kind(of: kinds) else { return nil }
    let variants = variantCounts.sorted {
      $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key
    }
    .map(\.key)
    let name = variants.max { $0.count < $1.count } ?? wanted
    let record = EntityRecord(id: wanted, name: name, kind: kind, articleCount: mentions.count)
    let relatedRecords = related.sorted {
      $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key
    }.prefix(relatedLimit).compactMap { entry -> RelatedEntity? in
      guard let other = entityRecord(id: entry.key) else { return nil }
      return RelatedEntity(entity: other, sharedArticles: entry.value)
    }
    return EntityDetails(
      entity: record, variants: variants, mentions: Array(mentions.prefix(mentionLimit)),
      related: relatedRecords, aliasNotes: notes ? aliasNotes(of: wanted) : [],
      kindCounts: kinds)
  }

  /// "Blair: also Cherie Blair": for each short name linked to `id` somewhere, its other
  /// candidates; for `id` when it is a short name left apart somewhere, every candidate.
  private func aliasNotes(of id: String) -> [EntityAliasNote] {
    var notes: [EntityAliasNote] = []
    func add(_ alias: String, _ others: [String]) {
      guard
        let short = details(
          id: alias, mentionLimit: 0, relatedLimit: 0, notes: false, resolving: false)?.entity
      else { return }
      let name =
        short.kind == .person
        ? short.name.split(separator: " ").last.map(String.init) ?? short.name : short.name
      let records = others.compactMap { entityRecord(id: $0) }.sorted {
        $0.articleCount != $1.articleCount ? $0.articleCount > $1.articleCount : $0.id < $1.id
      }
      guard !records.isEmpty else { return }
      if let index = notes.firstIndex(where: { $0.name == name }) {
        notes[index].others.append(contentsOf: records)
      } else {
        notes.append(EntityAliasNote(name: name, others: records))
      }
    }
    for (alias, entry) in links.candidates.sorted(by: { $0.key < $1.key })
    where entry.chosen.contains(id) {
      add(alias, entry.all.filter { $0 != id })
    }
    if let entry = links.candidates[id], links.aliasOf[id] == nil { add(id, entry.all) }
    return notes
  }

  /// Entities with a mention spelled `name` (case-insensitive), most mentioned first.
  public func entities(named name: String, limit: Int) throws -> [EntityRecord] {
    let wanted = name.lowercased()
    var ids = Set<String>()
    for article in ordered {
      for paragraph in article.paragraphs {
        for span in paragraph.entities {
          guard let id = span.entityID, !ids.contains(id) else { continue }
          if paragraph.text.unicodeScalarSlice(span.range).lowercased() == wanted {
            ids.insert(id)
          }
        }
      }
    }
    return Set(ids.map(links.resolved)).compactMap { entityRecord(id: $0) }
      .sorted {
        $0.articleCount != $1.articleCount ? $0.articleCount > $1.articleCount : $0.id < $1.id
      }
      .prefix(limit).map { $0 }
  }

  /// The article whose URL is exactly `url`.
  public func articleKey(forURL url: String) throws -> ArticleKey? {
    ordered.first { $0.url == url }?.key
  }

  private func entityRecord(id: String) -> EntityRecord? {
    details(id: id, mentionLimit: 0, relatedLimit: 0, notes: false)?.entity
  }

  private func matching(_ filter: ArticleFilter) -> [Article] {
    let states = self.states.withLock { $0 }
    let words = (filter.query ?? "").lowercased().split(whereSeparator: {
      !$0.isLetter && !$0.isNumber
    })
    .map(String.init)
    return ordered.filter { article in
      let state = states[article.key] ?? ReadingState()
      if !filter.shows(article.key, state) { return false }
      if !filter.sourcePaths.isEmpty
        && !filter.sourcePaths.contains(where: {
          article.source == $0 || article.source.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/")
        })
      {
        return false
      }
      if let id = filter.entityID.map(links.resolved),
        !article.paragraphs.contains(where: {
          $0.entities.contains { span in
            span.entityID.map { $0 == id || links.target(of: $0, in: article.key) == id } ?? false
          }
        })
      {
        return false
      }
      if !words.isEmpty {
        let text = ([article.title] + article.paragraphs.map(\.text)).joined(separator: "\n")
          .lowercased()
        return words.allSatisfy { text.contains($0) }
      }
      return true
    }
  }

  private func sorted(_ articles: [Article], order: ArticleOrder) -> [Article] {
    articles.sorted { lhs, rhs in
      if order == .source, lhs.source != rhs.source { return lhs.source < rhs.source }
      switch (lhs.published, rhs.published) {
      case (let l?, let r?) where l != r: return l > r
      case (.some, .none): return true
      case (.none, .some): return false
      default: return lhs.title != rhs.title ? lhs.title < rhs.title : lhs.key < rhs.key
      }
    }
  }
}
