import BylineCore

/// What `Enter` does on a selectable row of a page.
enum PageItem: Hashable, Sendable {
  /// Opens the article with the entity focused at this mention.
  case mention(ArticleKey, paragraph: Int, range: TextRange, entityID: String)
  /// Loads more mentions on the entity page.
  case moreMentions
  /// Opens this entity's page.
  case entity(id: String)
  /// Shows this source's articles in the list: its location (as
  /// ``ArticleFilter/sourcePaths`` takes it) and its name.
  case source(location: String, name: String)
}
