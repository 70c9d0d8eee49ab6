extension ActionDescriptor {
  private static let everywhere: Set<Pane> = [.list, .body, .help]
  private static let panes: Set<Pane> = [.list, .body]

  /// Every action, once, in the order the help screen lists them (the rows for moving between
  /// articles and the entity navigation rows last, so they take `Space`, `Tab` and `Backspace`
  /// in the body; see `betweenArticles` and `entityNavigation`).
  static let all: [ActionDescriptor] = general + betweenArticles + entityNavigation

  /// The general rows of the table.
  static let general: [ActionDescriptor] = [
    ActionDescriptor(
      .moveDown, keys: [.character("j"), .down], help: "Next row; scroll down one line",
      panes: everywhere),
    ActionDescriptor(
      .moveUp, keys: [.character("k"), .up], help: "Previous row; scroll up one line",
      panes: everywhere),
    ActionDescriptor(
      .pageDown, keys: [.character(" "), .pageDown], help: "One page down", panes: everywhere),
    ActionDescriptor(
      .pageUp, keys: [.character("b"), .pageUp], help: "One page up", panes: everywhere),
    ActionDescriptor(
      .halfPageDown, keys: [.control("d")], help: "Half a page down", panes: everywhere),
    ActionDescriptor(
      .halfPageUp, keys: [.control("u")], help: "Half a page up", panes: everywhere),
    ActionDescriptor(.top, keys: [.character("g"), .home], help: "To the top", panes: everywhere),
    ActionDescriptor(
      .bottom, keys: [.character("G"), .end], help: "To the bottom", panes: everywhere),
    ActionDescriptor(
      .open, keys: [.enter, .right, .character("l")], help: "Open the selected article",
      panes: [.list]),
    ActionDescriptor(
      .switchPane, keys: [.tab, .character("w")], help: "Switch between list and article",
      panes: panes),
    ActionDescriptor(
      .back, keys: [.character("q"), .left, .character("h"), .backspace, .escape],
      help: "Back: close help, leave reading mode, return to the list; quit from the list",
      panes: everywhere),
    ActionDescriptor(.quit, keys: [.character("Q")], help: "Quit at once", panes: everywhere),
    ActionDescriptor(
      .interrupt, keys: [.control("c")], help: "Quit as an interrupt does (exit status 130)",
      panes: everywhere),
    ActionDescriptor(
      .find, keys: [.character("/")], help: "Find text in the article", panes: [.body]),
    ActionDescriptor(
      .findNext, keys: [.character("n")], help: "Next match", panes: [.body]),
    ActionDescriptor(
      .findPrevious, keys: [.character("N")], help: "Previous match", panes: [.body]),
    ActionDescriptor(
      .help, keys: [.character("?"), .function(1)], help: "Show or hide this help",
      panes: everywhere),
    ActionDescriptor(
      .redraw, keys: [.control("l")], help: "Redraw the screen", panes: everywhere),
    ActionDescriptor(
      .readingMode, keys: [.character("z")], help: "Full-width reading mode on or off",
      panes: panes),
    ActionDescriptor(
      .nextTheme, keys: [.character("t")], help: "Next colour theme", panes: everywhere),
    ActionDescriptor(
      .suspend, keys: [.control("z")], help: "Suspend (resume with fg)", panes: everywhere),
    ActionDescriptor(
      .searchLibrary, keys: [.character("/")], help: "Search the whole library (ranked)",
      panes: [.list]),
    ActionDescriptor(
      .clearFilters, keys: [.escape], help: "Clear the search and filters: the full list",
      panes: [.list]),
    ActionDescriptor(
      .toggleRead, keys: [.character("N")], help: "Mark the article read or unread",
      panes: [.list]),
    ActionDescriptor(
      .toggleStar, keys: [.character("s")], help: "Star or unstar the article", panes: panes),
    ActionDescriptor(
      .unreadOnly, keys: [.character("u")], help: "Unread articles only, or all", panes: panes),
    ActionDescriptor(
      .starredOnly, keys: [.character("S")], help: "Starred articles only, or all",
      panes: panes),
    ActionDescriptor(
      .cycleOrder, keys: [.character("O")], help: "Sort the list by date or by source",
      panes: panes),
    ActionDescriptor(
      .reindex, keys: [.character("r")], help: "Index new and changed files (background)",
      panes: panes),
    ActionDescriptor(
      .markAllRead, keys: [.character("A")],
      help: "Mark every article of the list read (asks first; N undoes one)", panes: [.list]),
    ActionDescriptor(
      .nextLayout, keys: [.character("v")], help: "Next layout: auto, side by side, stacked",
      panes: panes),
    ActionDescriptor(
      .indexProblems, keys: [.character("!")],
      help: "List the files the index could not read", panes: panes),
    ActionDescriptor(
      .sources, keys: [.character("c")],
      help: "Sources with unread counts; Enter shows one's articles", panes: panes),
  ]

  /// The rows that move between articles and open the article's link. They come after the
  /// general rows, so in the body `Space` pages on into the next unread article.
  static let betweenArticles: [ActionDescriptor] = [
    ActionDescriptor(
      .nextArticle, keys: [.character("J")], help: "Open the next article of the list",
      panes: [.body]),
    ActionDescriptor(
      .previousArticle, keys: [.character("K")], help: "Open the previous article of the list",
      panes: [.body]),
    ActionDescriptor(
      .nextUnread, keys: [.character("U")], help: "Open the next unread article", panes: panes),
    ActionDescriptor(
      .pageOrNextUnread, keys: [.character(" ")],
      help: "One page down; at the end, the next unread article", panes: [.body]),
    ActionDescriptor(
      .openArticleLink, keys: [.character("o")], help: "Open the article's link in the browser",
      panes: [.body]),
    ActionDescriptor(
      .toggleRaw, keys: [.character("R")],
      help: "Web page: its whole unextracted text, or the article again", panes: [.body]),
    ActionDescriptor(
      .fetchFullText, keys: [.character("F")],
      help: "Fetch the full text of the article's page (the summary stays if it fails)",
      panes: [.body]),
  ]

  /// The descriptor of `action`.
  static func of(_ action: Action) -> ActionDescriptor? {
    all.first { $0.action == action }
  }
}
