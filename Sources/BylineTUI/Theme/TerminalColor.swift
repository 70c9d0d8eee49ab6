/// A colour as a theme names it.
enum TerminalColor: Hashable, Sendable {
  /// The terminal's own default foreground or background.
  case terminalDefault
  /// One of the terminal's palette colours: 0–7 the ANSI names, 8–15 bright, up to 255.
  case indexed(UInt8)
  /// A direct colour, mapped to the nearest palette colour the terminal has.
  case rgb(red: UInt8, green: UInt8, blue: UInt8)
}
