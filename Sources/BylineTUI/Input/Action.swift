/// Everything the user can ask the reader to do. The raw value is the action's name in the
/// config file (`bind KEY ACTION`); ``ActionDescriptor/all`` gives each its keys and help.
enum Action: String, Hashable, Sendable, CaseIterable {
  /// One line or row down.
  case moveDown = "move-down"
  /// One line or row up.
  case moveUp = "move-up"
  /// One page down.
  case pageDown = "page-down"
  /// One page up.
  case pageUp = "page-up"
  /// Half a page down.
  case halfPageDown = "half-page-down"
  /// Half a page up.
  case halfPageUp = "half-page-up"
  /// To the top.
  case top
  /// To the bottom.
  case bottom
  /// Open the selected article.
  case open
  /// Move the focus to the other pane.
  case switchPane = "switch-pane"
  /// Back to the list, out of reading mode, or quit from the list.
  case back
  /// Quit at once.
  case quit
  /// Quit as an interrupt signal does (exit status 130), saving the reading position.
  case interrupt
  /// Find text in the article.
  case find
  /// The next match.
  case findNext = "find-next"
  /// The previous match.
  case findPrevious = "find-previous"
  /// Show or hide the help screen.
  case help
  /// Redraw the whole screen.
  case redraw
  /// Full-width reading mode on or off.
  case readingMode = "reading-mode"
  /// Switch to the next theme.
  case nextTheme = "next-theme"
  /// Suspend Byline (resume with `fg`).
  case suspend
  /// The next entity or link in the article (reading order).
  case nextEntity = "next-entity"
  /// The previous entity or link in the article.
  case previousEntity = "previous-entity"
  /// Follow the focused entity or link, or choose the selected row of a page.
  case follow
  /// Entity highlighting off or on.
  case toggleHighlights = "toggle-highlights"
  /// List the entities of the open article.
  case articleEntities = "article-entities"
  /// Filter the article list to the entity of the page shown.
  case filterByEntity = "filter-by-entity"
  /// Back through the pages and articles visited (else like `back`).
  case historyBack = "history-back"
  /// Forward again through the history.
  case historyForward = "history-forward"
  /// Full-text search over the whole library (from the list).
  case searchLibrary = "search-library"
  /// Clear the search and every filter: back to the full list.
  case clearFilters = "clear-filters"
  /// Mark the selected article read or unread.
  case toggleRead = "toggle-read"
  /// Star or unstar the selected (or open) article.
  case toggleStar = "toggle-star"
  /// Show only unread articles, or all again.
  case unreadOnly = "unread-only"
  /// Show only starred articles, or all again.
  case starredOnly = "starred-only"
  /// Bring the library up to date with its sources (in the background).
  case reindex
  /// Sort the list by date or by source.
  case cycleOrder = "sort-order"
  /// Mark every article of the list read (after a confirmation).
  case markAllRead = "mark-all-read"
  /// The next pane layout: auto, side by side, stacked.
  case nextLayout = "next-layout"
  /// Open the next article of the list (its order, filter and search) from inside one.
  case nextArticle = "next-article"
  /// Open the previous article of the list from inside one.
  case previousArticle = "previous-article"
  /// Open the next unread article of the list, from the list or from inside an article.
  case nextUnread = "next-unread"
  /// One page down in the article; at its end, the next unread article (mutt, slrn).
  case pageOrNextUnread = "page-or-next-unread"
  /// Open the article's own link in the browser.
  case openArticleLink = "open-article-link"
  /// List the files the last index run could not read, and the sources it did not find.
  case indexProblems = "index-problems"
  /// Show the web page's whole unextracted text, or the extracted article again.
  case toggleRaw = "toggle-raw"
  /// List the sources (folders, files, feeds) with their counts; `Enter` shows one's articles.
  case sources
  /// Fetch the open article's page and show (and store) its main content instead of the
  /// feed's summary.
  case fetchFullText = "fetch-full-text"
}
