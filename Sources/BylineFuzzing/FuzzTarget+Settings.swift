// BylineTUI's parsers and layout are internal; tests and these checks reach them through
// `@testable import`, which only debug builds allow (the fuzz build and `swift test` are debug).
#if DEBUG
  import BylineCore
  @testable import BylineTUI

  extension FuzzTarget {
    /// The config parser: settings stay in range, problems name a real line and print safely, and
    /// applying the same file twice gives the same config.
    func checkConfig(_ bytes: [UInt8]) throws(InvariantViolation) {
      let text = String(decoding: bytes, as: UTF8.self)
      var config = ReaderConfig()
      let problems = ConfigParser.apply(text, file: "fuzz-config", to: &config)
      let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
      try require(
        config.readingWidth == ReaderConfig.defaultReadingWidth
          || (20...1000).contains(config.readingWidth),
        "reading width \(config.readingWidth) is out of range")
      for problem in problems {
        try TerminalCheck.requireSafe(
          problem.description, "config problem", singleLine: true, in: self)
        if let line = Self.line(of: problem) {
          try require(
            (1...lineCount).contains(line), "a problem names line \(line) of \(lineCount)")
        }
      }
      var again = config
      let secondProblems = ConfigParser.apply(text, file: "fuzz-config", to: &again)
      try require(again == config, "applying the config twice changed the result")
      try require(secondProblems == problems, "applying the config twice reported other problems")
    }

    /// The theme parser: a theme styles every role; an error names a real line and prints safely.
    func checkTheme(_ bytes: [UInt8]) throws(InvariantViolation) {
      let text = String(decoding: bytes, as: UTF8.self)
      let theme: Theme
      do throws(ThemeError) {
        theme = try ThemeParser.parse(text, name: "fuzz", file: "fuzz.theme")
      } catch {
        try TerminalCheck.requireSafe(error.description, "theme error", singleLine: true, in: self)
        try require(
          error.description.unicodeScalars.count <= 400,
          "a theme error message is \(error.description.unicodeScalars.count) scalars long")
        return
      }
      for role in StyleRole.allCases {
        try require(theme.styles[role] != nil, "the parsed theme has no style for \(role)")
      }
    }

    private static func line(of problem: ConfigProblem) -> Int? {
      switch problem {
      case .unknownKey(_, _, let line), .unknownAction(_, _, let line),
        .unknownSetting(_, _, let line), .invalidValue(_, _, _, let line),
        .malformedLine(_, _, let line):
        line
      case .unreadable: nil
      }
    }
  }
#endif
