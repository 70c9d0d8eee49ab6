/// Line editing shared by the one-line prompts (find in the article, search the library):
/// typing appends, Backspace deletes (and closes an empty prompt), Esc, Ctrl-C and Ctrl-G
/// cancel, Enter submits.
enum PromptInput {
  /// What a key did to the prompt.
  enum Outcome: Equatable {
    /// The prompt stays open (the text may have changed).
    case editing
    /// The prompt was closed without running anything.
    case cancelled
    /// Enter: run what was typed.
    case submitted
  }

  /// Applies `key` to `input`.
  static func apply(_ key: Key, to input: inout String) -> Outcome {
    switch key {
    case .escape, .control("c"), .control("g"):
      return .cancelled
    case .backspace:
      guard !input.isEmpty else { return .cancelled }
      input.removeLast()
      return .editing
    case .enter:
      return .submitted
    case .character(let character):
      input.append(character)
      return .editing
    default:
      return .editing
    }
  }
}
