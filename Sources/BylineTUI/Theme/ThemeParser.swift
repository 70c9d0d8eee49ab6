/// Reads theme files: one line per role, `ROLE FOREGROUND BACKGROUND [ATTRIBUTE...]`.
///
/// - Blank lines are ignored; `#` at the start of a line, or in place of an attribute, starts a
///   comment (colours may themselves start with `#`, as in `#RRGGBB`).
/// - Colours: `default` (the terminal's own), `black` `red` `green` `yellow` `blue` `magenta`
///   `cyan` `white` (0–7), `bright-black` … `bright-white` (8–15), `color0` … `color255`, and
///   `#RRGGBB`.
/// - Attributes: `bold` `dim` `italic` `underline` `reverse` (`standout` is a synonym of
///   `reverse`). `mono:ATTRIBUTE` sets the attributes used without colour instead of the role's
///   built-in ones (several may be given); `mono:none` means none.
/// - Roles a file leaves out are resolved through their fallbacks (``Theme/resolved(name:entries:)``).
enum ThemeParser {
  /// Parses a theme file's text into a resolved theme; `file` names it in errors.
  static func parse(_ text: String, name: String, file: String) throws(ThemeError) -> Theme {
    Theme.resolved(name: name, entries: try entries(in: text, file: file))
  }

  /// The entries a theme file's text sets, role by role, without resolving fallbacks.
  static func entries(
    in text: String, file: String
  ) throws(ThemeError) -> [StyleRole: ThemeEntry] {
    var entries: [StyleRole: ThemeEntry] = [:]
    var lineNumber = 0
    let body = text.hasPrefix("\u{FEFF}") ? text.dropFirst() : Substring(text)
    for rawLine in body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      lineNumber += 1
      var fields = rawLine.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
        .map(String.init)
      if let comment = fields.indices.first(where: { index in
        fields[index].hasPrefix("#") && (index == 0 || index >= 3)
      }) {
        fields.removeSubrange(comment...)
      }
      if fields.isEmpty { continue }
      guard fields.count >= 3 else { throw .tooFewFields(file: file, line: lineNumber) }
      guard let role = StyleRole(rawValue: fields[0].lowercased()) else {
        throw .unknownRole(name: fields[0], file: file, line: lineNumber)
      }
      guard entries[role] == nil else {
        throw .duplicateRole(name: fields[0], file: file, line: lineNumber)
      }
      guard let foreground = color(named: fields[1]) else {
        throw .unknownColor(name: fields[1], file: file, line: lineNumber)
      }
      guard let background = color(named: fields[2]) else {
        throw .unknownColor(name: fields[2], file: file, line: lineNumber)
      }
      var entry = ThemeEntry(foreground: foreground, background: background)
      for field in fields.dropFirst(3) {
        let word = field.lowercased()
        if word.hasPrefix("mono:") {
          let name = String(word.dropFirst("mono:".count))
          var monochrome = entry.monochrome ?? []
          if name != "none" {
            guard let attribute = attribute(named: name) else {
              throw .unknownAttribute(name: field, file: file, line: lineNumber)
            }
            monochrome.insert(attribute)
          }
          entry.monochrome = monochrome
        } else {
          guard let attribute = attribute(named: word) else {
            throw .unknownAttribute(name: field, file: file, line: lineNumber)
          }
          entry.attributes.insert(attribute)
        }
      }
      entries[role] = entry
    }
    return entries
  }

  /// The eight ANSI colour names, in palette order.
  static let colorNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

  /// The colour a theme file names, or `nil`.
  static func color(named text: String) -> TerminalColor? {
    let name = text.lowercased()
    if name == "default" { return .terminalDefault }
    if let index = colorNames.firstIndex(of: name) { return .indexed(UInt8(index)) }
    if name.hasPrefix("bright-"), let index = colorNames.firstIndex(of: String(name.dropFirst(7))) {
      return .indexed(UInt8(index + 8))
    }
    if name.hasPrefix("color") {
      let digits = name.dropFirst(5)
      guard !digits.isEmpty, digits.count <= 3, digits.allSatisfy(\.isASCIIDigit),
        let number = UInt8(digits)
      else { return nil }
      return .indexed(number)
    }
    if name.hasPrefix("#") {
      let hex = name.dropFirst()
      guard hex.count == 6, hex.allSatisfy(\.isHexDigit), let value = UInt32(hex, radix: 16)
      else { return nil }
      return .rgb(
        red: UInt8(value >> 16 & 0xFF), green: UInt8(value >> 8 & 0xFF),
        blue: UInt8(value & 0xFF))
    }
    return nil
  }

  /// The attribute a theme file names, or `nil`.
  static func attribute(named name: String) -> TextAttributes? {
    switch name {
    case "bold": .bold
    case "dim": .dim
    case "italic": .italic
    case "underline": .underline
    case "reverse", "standout": .reverse
    default: nil
    }
  }
}

extension Character {
  /// Whether this is one of the ASCII digits 0–9.
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
