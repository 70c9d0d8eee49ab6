/// The whole state of the reader. `update` changes it; views draw it; nothing else touches it.
public struct AppState: Sendable {
  /// The terminal width.
  var width = 80
  /// The terminal height.
  var height = 24
  /// Settings and key bindings.
  var config: ReaderConfig
  /// The themes `t` cycles through.
  var themes: [Theme]
  /// The theme in use.
  var themeIndex = 0
  /// The pane with the focus.
  var focus: Pane = .list
  /// What keys do: browse the panes, scroll the help, type into a prompt, confirm a link.
  var mode = InputMode.browsing
  /// Whether the body fills the screen.
  var readingMode = false
  /// The pane that gets the keys back when reading mode ends: the one that had them when it
  /// began (`z` on a list row returns to the list).
  var readingModeReturn = Pane.body
  /// The article list.
  public var list = ArticleListState()
  /// The open article.
  public var body = ArticleBodyState()
  /// Find in the article.
  var search = SearchState()
  /// The library search prompt of the list.
  var listSearch = ListSearchState()
  /// Background work on the library (indexing).
  public var library = LibraryActivity()
  /// The message in the status line.
  public var status: StatusMessage?
  /// Layouts by (article, width).
  var reflowCache = ReflowCache()
  /// Set when the reader should exit.
  var isQuitting = false
  /// Entity focus, pages and history.
  var navigation = NavigationState()
  /// The choices kept across restarts, as saved (the command line may override some for
  /// this run without changing them).
  var choices = ReaderChoices()
  /// The last click and a drag of the separator under way.
  var mouse = MouseState()
  /// The list's width chosen by dragging the separator (side-by-side layout), kept for the
  /// session; `nil`: the layout's own rule.
  var listWidth: Int?

  /// Creates the state for `config`, starting with the theme it names (or the first).
  public init(config: ReaderConfig, themes: [Theme]) {
    self.config = config
    self.themes = themes.isEmpty ? [Theme.builtInDefault] : themes
    if let name = config.themeName {
      if let index = self.themes.firstIndex(where: { $0.name == name }) {
        themeIndex = index
      } else {
        status = StatusMessage("unknown theme '\(name)'", isError: true)
      }
    }
  }

  /// The theme in use.
  var theme: Theme { themes[themeIndex] }

  /// Where the panes are.
  var paneLayout: PaneLayout {
    PaneLayout(
      width: width, height: height, mode: config.layout, readingMode: readingMode,
      articleOpen: body.article != nil || navigation.page != nil, listWidth: listWidth)
  }

  /// The columns of the body that hold text.
  public var textArea: Rect {
    paneLayout.textArea(readingWidth: config.readingWidth, centred: readingMode)
  }

  /// Whether the terminal is too small to draw the panes.
  var isTooSmall: Bool { PaneLayout.isTooSmall(width: width, height: height) }

  /// Whether the help screen is shown.
  var showsHelp: Bool { mode.showsHelp }

  /// The pane keys go to.
  var keyPane: Pane { showsHelp ? .help : (readingMode ? .body : focus) }

  /// Rows of the list pane.
  public var listRows: Int { max(1, paneLayout.list.height - (list.showsHeader ? 1 : 0)) }

  /// Rows of the body pane.
  var bodyRows: Int { max(1, paneLayout.body.height) }

  /// How far into the article the view is, 0–100.
  var bodyPercent: Int? {
    guard let layout = body.layout, body.article != nil, navigation.page == nil else {
      return nil
    }
    let total = layout.lines.count
    guard total > bodyRows else { return 100 }
    return min(100, (body.top + bodyRows) * 100 / total)
  }
}
