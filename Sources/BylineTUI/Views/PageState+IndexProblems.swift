import BylineCore

extension PageState {
  /// The page of the last index run's problems: each file it could not read, with its path and
  /// why, and each source it did not find, one per line.
  static func indexProblems(_ problems: [String]) -> PageState {
    var lines: [PageLine] = [
      PageLine([.init("Files the last index could not read", .bodyHeading)]), .blank,
    ]
    if problems.isEmpty {
      lines.append(PageLine([.init("None: the last index read every file.", .listMeta)]))
    }
    for problem in problems {
      lines.append(PageLine([.init(problem, .bodyText)]))
    }
    return PageState(kind: .indexProblems, lines: lines, items: [])
  }
}
