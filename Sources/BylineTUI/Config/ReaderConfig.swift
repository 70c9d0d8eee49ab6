/// The reader's settings, from defaults, the config file and the command line.
public struct ReaderConfig: Hashable, Sendable {
  /// The theme to start with (`nil`: the first built-in theme).
  public var themeName: String?
  /// How panes share the screen.
  public var layout: LayoutMode
  /// The widest the body text gets, in columns.
  public var readingWidth: Int
  /// The key bindings.
  var keymap: Keymap
  /// Whether the status line says in words what colour shows (`status-cues on`): the focused
  /// pane, the find matches, entity highlighting. Off by default.
  var statusCues = false
  /// The choices the command line made for this run (`--theme`, `--layout`): the saved
  /// choices (``ReaderChoices``) do not replace them.
  public var fixedChoices: Set<ReaderChoices.Field> = []
  /// Whether Byline asks the terminal for mouse reports (`mouse yes`, the default; `mouse no`
  /// leaves the mouse to the terminal, for selecting text without Shift).
  public var mouse = true
  /// Which entity mentions `Tab` stops on (`entity-stops names`, the default, or `all`).
  var entityStops = EntityStops.names
  /// Whether web sources stay unfetched (`offline yes`; `--offline` on the command line).
  public var offline = false
  /// A PEM file of certificates trusted besides the system's for https sources (`ca-file
  /// PATH`; `--ca-file` on the command line).
  public var caFile: String?

  /// The default reading width.
  public static let defaultReadingWidth = 80

  /// Creates settings; the defaults are the first theme, `auto` layout, 80 columns.
  public init(
    themeName: String? = nil, layout: LayoutMode = .auto,
    readingWidth: Int = ReaderConfig.defaultReadingWidth, keymap: Keymap = Keymap()
  ) {
    self.themeName = themeName
    self.layout = layout
    self.readingWidth = readingWidth
    self.keymap = keymap
  }
}
