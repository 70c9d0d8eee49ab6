import BylineCore

/// Everything that can happen to the reader: keys, resizes and the results of effects.
public enum Message: Hashable, Sendable {
  /// A key was pressed.
  case key(Key)
  /// A mouse report, with when it arrived in milliseconds on a clock that only goes forward
  /// (the runtime's; update compares two of them to tell a double click, and reads no clock).
  case mouse(MouseEvent, milliseconds: Int)
  /// The terminal is now `width` x `height`.
  case resized(width: Int, height: Int)
  /// The reader is starting: load the list.
  case started
  /// The store counted the list.
  case listCountLoaded(Int)
  /// The store returned a page of the list.
  case listPageLoaded(page: Int, summaries: [ArticleSummary])
  /// The store returned an article and its reading state, with the arrival its load carried.
  case articleLoaded(Article, ReadingState, listRow: Int?, arrival: Arrival? = nil)
  /// An article's reading state was saved (after a read or star toggle).
  case readingStateSaved(ArticleKey, ReadingState)
  /// Every article of a list was marked read; `count` of them were unread.
  case markedAllRead(count: Int)
  /// The saved choices were read (none when there is no state file).
  case choicesLoaded(ReaderChoices)
  /// What the reader did with the library before showing it (`added news`), for the status
  /// line while indexing and in the summary.
  case libraryNote(String)
  /// Show only the articles read from these files or folders (`byline PATH...`).
  case showSources([String])
  /// A background index run started.
  case indexingStarted
  /// A background index run committed a batch.
  case indexingProgress(IndexProgress)
  /// A background index run ended.
  case indexingFinished(IndexReport)
  /// A background index run failed.
  case indexingFailed(String)
  /// A store call failed.
  case storeFailed(String)
  /// Something to tell the user (for example a config problem or a skipped file).
  case notice(StatusMessage)
  /// Byline is about to exit: save what needs saving.
  case shutdown
  /// The store returned an entity page (`nil`: no such entity).
  case entityPageLoaded(id: String, EntityDetails?, mentionLimit: Int)
  /// The store returned an entity's record (name and article count).
  case entityRecordLoaded(EntityRecord)
  /// A link was looked up: the library article it points to, or `nil`.
  case linkResolved(url: String, ArticleKey?)
  /// The store found the next unread article of the list `filter` shows in `order` (`nil`:
  /// there is none); dropped when the list has changed since.
  case unreadFound(ListedArticle?, filter: ArticleFilter, order: ArticleOrder)
  /// The store found the row of the article with `key` in the list `filter` shows in `order`
  /// (`nil`: the list does not show it).
  case articleLocated(ArticleKey, row: Int?, filter: ArticleFilter, order: ArticleOrder)
  /// The store listed the files it could not read when last indexed, one line each.
  case unreadableFilesLoaded([String])
  /// The store listed the sources, with their counts and last outcomes.
  case sourcesLoaded([SourceSummary])
  /// The full text of an article was fetched and stored, or why not.
  case fullTextLoaded(ArticleKey, FullTextOutcome)
  /// A web page's unextracted text was read for the raw view (or why there is none).
  case unextractedLoaded(ArticleKey, UnextractedArticle.Outcome)
  /// The time of a passing status message is up: clear it if it is still shown.
  case statusExpired(StatusMessage)
}
