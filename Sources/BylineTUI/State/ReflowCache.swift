import BylineCore

/// Layouts kept per (article, width), so switching widths back and forth (resizes, reading
/// mode) and reopening an article does not reflow again.
struct ReflowCache: Hashable, Sendable {
  /// Layouts kept at most.
  static let capacity = 6

  private struct Entry: Hashable, Sendable {
    var key: ArticleKey
    var width: Int
  }

  private var layouts: [Entry: ArticleLayout] = [:]
  private var recent: [Entry] = []

  init() {}

  /// The layout of `article` at `width`, from the cache or reflowed now.
  mutating func layout(of article: Article, width: Int) -> ArticleLayout {
    let entry = Entry(key: article.key, width: width)
    if let layout = layouts[entry] {
      recent.removeAll { $0 == entry }
      recent.append(entry)
      return layout
    }
    let layout = Reflow.layout(article, width: width)
    layouts[entry] = layout
    recent.append(entry)
    while recent.count > Self.capacity { layouts[recent.removeFirst()] = nil }
    return layout
  }

  /// Drops the layouts of `key` (its text changed: the full text arrived).
  mutating func forget(_ key: ArticleKey) {
    recent.removeAll { $0.key == key }
    layouts = layouts.filter { $0.key.key != key }
  }

  /// Whether a layout for `key` at `width` is cached.
  func contains(_ key: ArticleKey, width: Int) -> Bool {
    layouts[Entry(key: key, width: width)] != nil
  }
}
