import BylineCore
import CNCurses
import Foundation

/// The terminal backend on ncursesw: the only code that talks to curses.
///
/// It carries out the ``FrameOperation``s that ``FrameWriter`` plans for each frame — a move
/// of scrolled rows, then the cells that changed (one `setcchar` + `mvwadd_wch` per glyph,
/// nothing into the right half of a wide glyph) — then refreshes once, and reads keys.
public final class NCursesBackend: TerminalBackend {
  private var writer: FrameWriter
  private var previousTheme: Theme?
  private var roleLooks: [StyleRole: (attributes: attr_t, pair: Int16)] = [:]
  private var pairs: [PairKey: Int16] = [:]
  private let usesColour: Bool
  private let colourCount: Int
  private var isStopped = false
  private let screen: OpaquePointer
  /// The descriptor curses reads keys from (a duplicate of the one given).
  private let inputDescriptor: Int32
  /// The modes Byline sets itself for the mouse, and how to reset them (empty: no mouse).
  private var mouseModes: (set: String, reset: String) = ("", "")

  private struct PairKey: Hashable {
    var foreground: Int
    var background: Int
  }

  /// Starts curses on the terminal: UTF-8 locale, raw keys, keypad, no newline translation,
  /// a short Escape delay, no cursor, colour unless `monochrome`. Checks first that standard
  /// input and output are a terminal of a usable type; never queries the terminal.
  /// With `mouse`, asks the terminal for mouse reports (see ``startMouse()``).
  public convenience init(
    monochrome: Bool, mouse: Bool = true, environment: [String: String]
  ) throws(TerminalError) {
    try self.init(
      input: STDIN_FILENO, output: STDOUT_FILENO, monochrome: monochrome, mouse: mouse,
      environment: environment)
  }

  /// Starts curses on the terminal open on `input` and `output` (duplicated, so the caller
  /// keeps its descriptors), for the terminal type `environment["TERM"]`.
  init(
    input: Int32, output: Int32, monochrome: Bool, mouse: Bool = false,
    environment: [String: String]
  ) throws(TerminalError) {
    guard isatty(input) == 1, isatty(output) == 1 else { throw .notATerminal }
    let term = environment["TERM"] ?? ""
    guard !term.isEmpty, term != "dumb" else { throw .dumbTerminal(term: term) }
    Self.setUTF8Locale()
    let inputCopy = dup(input)
    guard let screen = byline_newterm(term, inputCopy, dup(output)) else {
      throw .cannotStart(term: term)
    }
    self.screen = screen
    inputDescriptor = inputCopy
    raw()
    noecho()
    nonl()
    let window = byline_stdscr()
    keypad(window, true)
    intrflush(window, false)
    idlok(window, true)
    leaveok(window, true)
    set_escdelay(25)
    writer = FrameWriter(canMoveRows: byline_can_shift_rows() == 1)
    // ncurses 6.4 flushes its output after every cursor move until the screen has been
    // suspended and resumed once (its `_endwin` state stays "initial" otherwise), so a frame
    // would leave in several writes, i.e. several SSH packets. Leaving and resuming curses mode
    // once, before anything is drawn, makes every frame one write.
    endwin()
    doupdate()
    curs_set(0)
    if !monochrome && has_colors() {
      start_color()
      use_default_colors()
      usesColour = true
      colourCount = Int(byline_colors())
    } else {
      usesColour = false
      colourCount = 0
    }
    if mouse { startMouse() }
  }

  /// Asks the terminal for mouse reports: button-event tracking (mode 1002: presses, releases,
  /// the wheel, and motion only while a button is held, so a drag works but an idle pointer
  /// sends nothing) in the SGR form (mode 1006: any column, and releases name their button).
  /// Never any-event tracking (1003). Terminals leave Shift-drag to their own text selection.
  ///
  /// The reports are read here, not by curses' mouse driver: that driver merges a press and a
  /// release that arrive in one read (common over SSH) into a click, and decodes SGR only
  /// where the terminal's `kmous` is `\E[<` (xterm-256color, not tmux-256color). `\E[<` is
  /// made a key of Byline's own, whatever `kmous` says, and the rest of the report is read
  /// and decoded by ``MouseEvent/init(sgr:)``; a terminal without SGR reports sends the X10
  /// form, which curses returns as `KEY_MOUSE` (``MouseEvent/init(x10:)``).
  private func startMouse() {
    define_key("\u{1B}[<", byline_key_sgr_mouse())
    mouseModes = ("\u{1B}[?1002h\u{1B}[?1006h", "\u{1B}[?1006l\u{1B}[?1002l")
    emit(mouseModes.set)
  }

  /// Puts `text` (a private mode setting) into curses' output buffer, to leave with the next
  /// refresh, or with `endwin`.
  private func emit(_ text: String) {
    guard !text.isEmpty else { return }
    byline_emit(screen, text, 1)
  }

  /// Leaves curses mode, resetting Byline's own mouse modes first (curses resets its own).
  private func leaveCursesMode() {
    emit(mouseModes.reset)
    endwin()
  }

  /// Sets the locale from the environment, falling back to C.UTF-8 when its codeset is not
  /// UTF-8 (common over SSH and in CI).
  static func setUTF8Locale() {
    setlocale(LC_ALL, "")
    let codeset = byline_codeset().map { String(cString: $0) } ?? ""
    if codeset.uppercased().replacingOccurrences(of: "-", with: "") != "UTF8" {
      setlocale(LC_CTYPE, "C.UTF-8")
    }
  }

  /// The number of colours to fit themes to (``Theme/adapted(toColorCount:)``): 0 without
  /// colour, else the terminal's palette up to 256. Colours are set with `init_pair`, whose
  /// numbers are palette indices, so a direct-colour terminal is drawn in 256 colours.
  public var colorCount: Int { usesColour ? min(colourCount, 256) : 0 }

  /// The terminal's width.
  public var width: Int { Int(getmaxx(byline_stdscr())) }
  /// The terminal's height.
  public var height: Int { Int(getmaxy(byline_stdscr())) }

  /// Writes what the frame writer plans for `screen` and refreshes once.
  public func draw(_ screen: Screen, theme: Theme) {
    if previousTheme != theme {
      previousTheme = theme
      roleLooks = [:]
      writer.forget()
    }
    for operation in writer.operations(for: screen) {
      guard apply(operation, theme: theme) else {
        // The move could not be made, so the plan's other operations assumed a screen the
        // terminal does not show: write the frame in full instead (nothing was written yet).
        writer.forget()
        for operation in writer.operations(for: screen) { _ = apply(operation, theme: theme) }
        break
      }
    }
    wnoutrefresh(byline_stdscr())
    doupdate()
  }

  /// Carries out one operation in curses; `false` when a move of rows could not be made.
  private func apply(_ operation: FrameOperation, theme: Theme) -> Bool {
    switch operation {
    case .clear:
      clearok(byline_curscr(), true)
    case .moveRows(let band):
      return moveRows(band)
    case .put(let run):
      var column = run.column
      for cell in run.cells {
        if !cell.isContinuation { write(cell, row: run.row, column: column, theme: theme) }
        column += 1
      }
    }
    return true
  }

  /// Moves the band's rows on the terminal itself, by deleting and inserting lines, and tells
  /// curses so (its screen images are moved the same way, unmarked). curses would find the move
  /// too, but spends about 30 bytes on it (set the scroll region, scroll, reset it, then an
  /// absolute cursor move); this costs about 17 and curses still knows where the cursor is.
  /// The bytes wait in curses' output buffer and leave with the rest of the frame.
  private func moveRows(_ band: ScrollBand) -> Bool {
    guard
      byline_shift_rows(screen, Int32(band.top), Int32(band.bottom), Int32(band.shift)) == 1
    else { return false }
    for window in [byline_curscr(), byline_newscr(), byline_stdscr()] {
      byline_shift_window(window, Int32(band.top), Int32(band.bottom), Int32(band.shift))
    }
    return true
  }

  /// Forgets the last frame and has curses repaint the whole terminal on the next draw.
  public func invalidate() {
    writer.invalidate()
  }

  /// Reads one key (or a resize) from the terminal.
  public func nextEvent(timeoutMilliseconds: Int32) -> TerminalEvent {
    let window = byline_stdscr()
    // First what curses holds already (the rest of a key sequence) or the terminal has sent,
    // without waiting. Then the wait, in which alone the caught signals and SIGWINCH are let
    // through (SignalTrap), so a signal always ends it; then the key, or a resize that
    // curses' SIGWINCH handler noted.
    wtimeout(window, 0)
    var input: wint_t = 0
    var status = wget_wch(window, &input)
    if status == ERR {
      let descriptor = inputDescriptor
      let ready = SignalTrap.waitForInput { during in
        byline_wait_input(descriptor, timeoutMilliseconds, &during)
      }
      wtimeout(window, ready ? Self.restOfKeyMilliseconds : 0)
      status = wget_wch(window, &input)
    }
    if status == KEY_CODE_YES {
      if Int32(input) == KEY_RESIZE {
        writer.forget()
        return .resized(width: width, height: height)
      }
      if Int32(input) == byline_key_mouse() {
        return x10MouseEvent().map(TerminalEvent.mouse) ?? .interrupted
      }
      if Int32(input) == byline_key_sgr_mouse() {
        return sgrMouseEvent().map(TerminalEvent.mouse) ?? .interrupted
      }
      return Self.key(forCode: Int32(input)).map(TerminalEvent.key) ?? .interrupted
    }
    guard status == OK else { return .interrupted }
    return Self.key(forCharacter: UInt32(input)).map(TerminalEvent.key) ?? .interrupted
  }

  /// How long to wait for the rest of a character once its first byte is there.
  static let restOfKeyMilliseconds: Int32 = 50

  /// Reads the three bytes of an X10 mouse report after its `\E[M` (curses' `KEY_MOUSE`) and
  /// decodes it.
  private func x10MouseEvent() -> MouseEvent? {
    let window = byline_stdscr()
    wtimeout(window, 50)
    var bytes: [UInt32] = []
    while bytes.count < 3 {
      var input: wint_t = 0
      guard wget_wch(window, &input) == OK else { return nil }
      bytes.append(UInt32(input))
    }
    return MouseEvent(x10: bytes)
  }

  /// Reads the rest of an SGR mouse report after its `\E[<` (already in the input buffer, as
  /// the terminal sends a report in one piece) and decodes it.
  private func sgrMouseEvent() -> MouseEvent? {
    let window = byline_stdscr()
    wtimeout(window, 50)
    var body = ""
    while body.count < 32 {
      var input: wint_t = 0
      guard wget_wch(window, &input) == OK, let scalar = Unicode.Scalar(UInt32(input)) else {
        return nil
      }
      body.unicodeScalars.append(scalar)
      if scalar == "M" || scalar == "m" { return MouseEvent(sgr: body) }
    }
    return nil
  }

  /// Leaves curses mode, stops the process, and repaints fully once resumed.
  public func suspend() {
    // Resumed (fg): curses mode comes back, and the next draw repaints everything.
    withTerminalReleased {
      signal(SIGTSTP, SIG_DFL)
      raise(SIGTSTP)
    }
  }

  /// Leaves curses mode, runs `body` with the terminal as the shell left it, then comes back.
  public func withTerminalReleased<Result>(_ body: () -> Result) -> Result {
    leaveCursesMode()
    let result = body()
    doupdate()
    emit(mouseModes.set)
    invalidate()
    return result
  }

  /// Leaves curses mode.
  public func stop() {
    guard !isStopped else { return }
    isStopped = true
    leaveCursesMode()
    delscreen(screen)
  }

  deinit { stop() }

  static func key(forCharacter value: UInt32) -> Key? {
    switch value {
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .escape
    case 8, 127: return .backspace
    case 0: return .control("@")
    case 1...26:
      guard let scalar = Unicode.Scalar(value + 96) else { return nil }
      return .control(Character(scalar))
    case 0..<32: return nil
    default:
      guard let scalar = Unicode.Scalar(value), !TerminalSafety.isForbidden(scalar) else {
        return nil
      }
      return .character(Character(scalar))
    }
  }

  static func key(forCode code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_HOME: return .home
    case KEY_END: return .end
    case KEY_ENTER: return .enter
    case KEY_BTAB: return .backTab
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    default:
      let number = Int(code) - Int(byline_key_f0())
      return (1...12).contains(number) ? .function(number) : nil
    }
  }

  /// Writes one glyph with `setcchar` + `mvwadd_wch`, reserving the cell's width: when
  /// ncurses would give the text fewer columns the rest is padded with spaces; when it would
  /// give more, or the text is unsafe, a replacement character is written instead.
  private func write(_ cell: Cell, row: Int, column: Int, theme: Theme) {
    let look = self.look(for: cell.role, theme: theme)
    let reserved = Int(max(1, cell.width))
    var scalars = Array(DisplayWidth.terminalText(for: cell.character).unicodeScalars.prefix(4))
    if scalars.isEmpty || scalars.contains(where: TerminalSafety.isForbidden) {
      scalars = ["\u{FFFD}"]
    }
    var shown = Int(byline_wcwidth(wchar_t(scalars[0].value)))
    if shown <= 0 || shown > reserved {
      scalars = reserved == 2 ? ["\u{FFFD}"] : ["?"]
      shown = 1
    }
    put(scalars, row: row, column: column, look: look)
    if shown < reserved {
      for pad in shown..<reserved { put([" "], row: row, column: column + pad, look: look) }
    }
  }

  private func put(
    _ scalars: [Unicode.Scalar], row: Int, column: Int, look: (attributes: attr_t, pair: Int16)
  ) {
    var wide: [wchar_t] = scalars.map { wchar_t($0.value) } + [0]
    var cell = cchar_t()
    setcchar(&cell, &wide, look.attributes, look.pair, nil)
    mvwadd_wch(byline_stdscr(), Int32(row), Int32(column), &cell)
  }

  private func look(for role: StyleRole, theme: Theme) -> (attributes: attr_t, pair: Int16) {
    if let known = roleLooks[role] { return known }
    let style = theme.style(for: role)
    let result: (attributes: attr_t, pair: Int16)
    if usesColour {
      result = (
        Self.attributes(style.attributes),
        pair(cursesColor(style.foreground), cursesColor(style.background))
      )
    } else {
      result = (Self.attributes(style.monochrome), 0)
    }
    roleLooks[role] = result
    return result
  }

  /// The curses colour number of a colour of a theme fitted to ``colorCount``: its palette
  /// index, or -1 (the terminal's default). A colour the theme was not fitted to (past the
  /// palette, or direct) is drawn in the default colour, never reduced here.
  private func cursesColor(_ color: TerminalColor) -> Int {
    if case .indexed(let index) = color, Int(index) < colorCount { return Int(index) }
    return -1
  }

  private func pair(_ foreground: Int, _ background: Int) -> Int16 {
    if foreground < 0 && background < 0 { return 0 }
    let key = PairKey(foreground: foreground, background: background)
    if let known = pairs[key] { return known }
    let number = pairs.count + 1
    guard number < Int(byline_color_pairs()), number <= Int(Int16.max) else { return 0 }
    init_pair(Int16(number), Int16(foreground), Int16(background))
    pairs[key] = Int16(number)
    return Int16(number)
  }

  private static func attributes(_ attributes: TextAttributes) -> attr_t {
    var result = byline_a_normal()
    if attributes.contains(.bold) { result |= byline_a_bold() }
    if attributes.contains(.dim) { result |= byline_a_dim() }
    if attributes.contains(.italic) { result |= byline_a_italic() }
    if attributes.contains(.underline) { result |= byline_a_underline() }
    if attributes.contains(.reverse) { result |= byline_a_reverse() }
    return result
  }
}
