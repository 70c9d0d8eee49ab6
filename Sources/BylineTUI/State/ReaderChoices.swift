import BylineCore
import Foundation

/// The choices the user makes while reading that are kept across restarts: the theme chosen
/// with `t`, the layout chosen with `v`, the sort order and the unread filter. `nil` is a
/// choice never made (the config file or the default then decides).
///
/// Kept as lines of `NAME VALUE` (``text``) in a state file of their own (see
/// ``ChoicesFile``), never in the user's config file.
public struct ReaderChoices: Hashable, Sendable {
  /// A choice, by its name in the state file.
  public enum Field: String, Hashable, Sendable, CaseIterable {
    case theme
    case layout
    case sort
    case unreadOnly = "unread-only"
  }

  /// The theme chosen with `t`.
  var themeName: String?
  /// The layout chosen with `v`.
  var layout: LayoutMode?
  /// The sort order of the list.
  var order: ArticleOrder?
  /// Whether the list shows unread articles only.
  var unreadOnly: Bool?

  /// Creates choices; by default none is made.
  init(
    themeName: String? = nil, layout: LayoutMode? = nil, order: ArticleOrder? = nil,
    unreadOnly: Bool? = nil
  ) {
    self.themeName = themeName
    self.layout = layout
    self.order = order
    self.unreadOnly = unreadOnly
  }

  /// Reads the lines of a state file. Lines it does not know (a newer Byline's, or damaged
  /// ones) are skipped: losing a remembered choice is better than refusing to start.
  init(parsing text: String) {
    self.init()
    for line in text.split(whereSeparator: \.isNewline) {
      let parts = line.split(separator: " ", maxSplits: 1).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      guard parts.count == 2, let field = Field(rawValue: parts[0]) else { continue }
      let value = parts[1]
      switch field {
      case .theme: themeName = value.isEmpty ? nil : value
      case .layout: layout = LayoutMode(rawValue: value)
      case .sort: order = ArticleOrder(rawValue: value)
      case .unreadOnly: unreadOnly = value == "yes" ? true : (value == "no" ? false : nil)
      }
    }
  }

  /// The choices made, one `NAME VALUE` line each, after a comment saying what the file is.
  var text: String {
    var lines = ["# Choices Byline remembers (theme, layout, sort, unread filter). Safe to delete."]
    if let themeName { lines.append("theme \(themeName)") }
    if let layout { lines.append("layout \(layout.rawValue)") }
    if let order { lines.append("sort \(order.rawValue)") }
    if let unreadOnly { lines.append("unread-only \(unreadOnly ? "yes" : "no")") }
    return lines.joined(separator: "\n") + "\n"
  }
}
