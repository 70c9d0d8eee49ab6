import Foundation

/// Reading Byline's stacked layout (list above, a rule of `─`, article below, status line at
/// the bottom) from the rows of an SSH session's pane.
enum SSHReaderScreen {
  /// The rows of the lower pane: between the rule under the list and the status line.
  static func articlePane(_ rows: [String]) -> [String] {
    guard let rule = rows.firstIndex(where: { !$0.isEmpty && $0.allSatisfy { $0 == "─" } })
    else { return [] }
    return Array(rows[(rule + 1)..<max(rule + 1, rows.count - 1)])
  }

  /// The status line (the last row).
  static func statusLine(_ rows: [String]) -> String { rows.last ?? "" }

  /// The list row showing `title`, if any.
  static func listRow(_ rows: [String], title: String) -> String? {
    // Until an article is open the list has every row but the status line (no rule).
    let end =
      rows.firstIndex(where: { !$0.isEmpty && $0.allSatisfy { $0 == "─" } })
      ?? max(0, rows.count - 1)
    return rows[..<end].first { $0.contains(title) }
  }

  /// The label (`P007`) of the first paragraph at the top of the article pane, for articles
  /// whose paragraphs each start with such a label.
  static func topParagraphLabel(_ rows: [String]) -> String? {
    let label = #/^ (P[0-9]{3}) /#
    guard let first = articlePane(rows).first(where: { !$0.isEmpty }),
      let match = first.firstMatch(of: label)
    else { return nil }
    return String(match.1)
  }
}
