/// The period-and-topic rule for surnames (issue 14): a surname alone ("Mr Blair") that could
/// stand for several people of the library is decided article by article, among the articles
/// near the one that uses it.
///
/// An article is near when it is of the same period (published within ``period`` of it, either
/// way; an article with no date is of every period) and the same topic (it comes from the same
/// source, or names at least one person, organisation, place or other name the article names,
/// besides the surname and its candidates). Each candidate is weighed by how many nearby
/// articles name it; the surname links to the only candidate named nearby, or to one named in at
/// least ``dominance`` times as many nearby articles as the next. When no candidate is named
/// nearby, the library-wide decision (``decisions(for:together:)``) stands; when several are and
/// none dominates, the article's surname stays apart.
extension LibraryAliasRules {
  /// One article, as the period-and-topic rule sees it.
  struct ArticleContext: Sendable, Equatable {
    /// When it was published, in seconds since 1970; `nil` when it has no date.
    var published: Double?
    /// Where it comes from (`articles.source`).
    var source: String
    /// The entities of a name kind it mentions (its own mentions, not linked copies).
    var names: Set<Int64>
  }

  /// How far apart, either way, two articles may be published and still be of the same period:
  /// 30 days, a news story's usual life.
  static let period: Double = 30 * 86_400

  /// A person's short name decided by period and topic: it has several candidates. Acronyms and
  /// surnames with one candidate are decided over the library.
  static func isDecidedByPeriod(_ entity: Entity, candidates: Int) -> Bool {
    entity.kind == .person && entity.tokens.count == 1 && candidates > 1
  }

  /// Whether `other` is of the same period and topic as `article`; the names in `ignoring` (the
  /// surname and its candidates) do not make a topic.
  static func isNear(
    _ other: ArticleContext, to article: ArticleContext, ignoring: Set<Int64>,
    period: Double = period
  ) -> Bool {
    if let a = article.published, let b = other.published, abs(a - b) > period { return false }
    if other.source == article.source { return true }
    let (small, large) =
      article.names.count <= other.names.count
      ? (article.names, other.names) : (other.names, article.names)
    return small.contains { large.contains($0) && !ignoring.contains($0) }
  }

  /// The entity a surname decided article by article stands for as a whole (its ID then opens
  /// that entity's page), given the entity chosen for each of its articles (`nil` where it
  /// stayed apart): the leading one, when its articles are at least ``dominance`` times all the
  /// others ("Clinton": Bill Clinton in 1,618 of 1,619 articles). Otherwise the surname keeps
  /// its own page.
  static func wholeTarget(of targets: [Int64?]) -> Int64? {
    var counts: [Int64: Int] = [:]
    for case let target? in targets { counts[target, default: 0] += 1 }
    guard
      let leader = counts.max(by: {
        $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key
      })
    else { return nil }
    return leader.value >= dominance * (targets.count - leader.value) ? leader.key : nil
  }

  /// The entity a surname stands for in `article`, or `nil` when it stays apart there.
  ///
  /// - Parameters:
  ///   - alias: the surname's key.
  ///   - candidates: each candidate with the articles that name it (may include articles of
  ///     other periods: they are filtered here).
  ///   - libraryWide: the decision over the whole library, which stands when no candidate is
  ///     named nearby.
  static func target(
    in article: ArticleContext, alias: Int64,
    candidates: [(key: Int64, articles: [ArticleContext])],
    libraryWide: Decision?, period: Double = period
  ) -> Int64? {
    let ignoring = Set(candidates.map(\.key) + [alias])
    let weighed = candidates.compactMap { candidate -> (key: Int64, weight: Int)? in
      let near = candidate.articles.count {
        isNear($0, to: article, ignoring: ignoring, period: period)
      }
      return near > 0 ? (candidate.key, near) : nil
    }
    switch weighed.isEmpty ? libraryWide : decide(weighed) {
    case .linked(let target, _)?: return target
    case .ambiguous?, nil: return nil
    }
  }
}
