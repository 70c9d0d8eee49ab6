import BylineCore

extension PageState {
  /// The page of the index's problems: each file it could not read, with its path and why, and
  /// each source the last run did not find, one per line.
  static func indexProblems(_ problems: [String]) -> PageState {
    var lines: [PageLine] = [
      PageLine([.init("Files the index could not read", .bodyHeading)]), .blank,
    ]
    if problems.isEmpty {
      lines.append(PageLine([.init("None: every file of the sources was read.", .listMeta)]))
    }
    for problem in problems {
      lines.append(PageLine([.init(problem, .bodyText)]))
    }
    return PageState(kind: .indexProblems, lines: lines, items: [])
  }
}
