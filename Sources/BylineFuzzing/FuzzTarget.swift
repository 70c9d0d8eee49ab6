/// One fuzz target: a part of Byline that reads untrusted text, with the invariants its output
/// must keep (docs/fuzzing.md lists them).
///
/// The raw value is the name `Scripts/fuzz.sh` and the corpus folder `Fuzz/Corpus/NAME` use.
/// ``check(_:)`` runs one input and throws ``InvariantViolation`` when an invariant breaks; the
/// libFuzzer entry point (`Fuzz/Entry`) traps on it, and the regression tests in
/// `Tests/BylineFuzzingTests` run the same check on every reproducer ever found.
public enum FuzzTarget: String, CaseIterable, Hashable, Sendable {
  /// The plain text reader.
  case plainText = "plain-text"
  /// The Markdown reader.
  case markdown
  /// The HTML reader.
  case html
  /// The RSS and Atom reader.
  case feed
  /// The JSON Feed and JSON article reader.
  case json
  /// The JSON Lines article reader.
  case jsonLines = "json-lines"
  /// Format detection and decoding, then whichever reader the content picks.
  case detect
  /// The date parser and ISO formatting.
  case date
  /// The reader's config file parser.
  case config
  /// The theme file parser.
  case theme
  /// The text sanitiser (content, titles, one-line fields).
  case sanitizer
  /// Reflow into lines plus display width.
  case reflow
  /// The entity tagger, then the linker.
  case tagger
  /// Translation of what the user types into an FTS5 query, run against SQLite.
  case ftsQuery = "fts-query"

  /// Runs `bytes` through the target and checks its invariants.
  public func check(_ bytes: [UInt8]) throws(InvariantViolation) {
    switch self {
    case .plainText, .markdown, .html, .feed, .json, .jsonLines, .detect:
      try checkReader(bytes)
    case .date: try checkDate(bytes)
    case .sanitizer: try checkSanitizer(bytes)
    case .config, .theme, .reflow:
      #if DEBUG
        switch self {
        case .config: try checkConfig(bytes)
        case .theme: try checkTheme(bytes)
        default: try checkReflow(bytes)
        }
      #else
        throw InvariantViolation(self, "this target needs a debug build (@testable BylineTUI)")
      #endif
    case .tagger: try checkTagger(bytes)
    case .ftsQuery: try checkFullTextQuery(bytes)
    }
  }

  /// Throws a violation of this target's invariants unless `condition` holds.
  func require(
    _ condition: Bool, _ message: @autoclosure () -> String
  ) throws(InvariantViolation) {
    if !condition { throw InvariantViolation(self, message()) }
  }
}
