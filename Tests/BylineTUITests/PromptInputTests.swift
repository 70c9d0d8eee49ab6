import Testing

@testable import BylineTUI

/// The line editing both prompts share (find in the article, search the library).
@Suite struct PromptInputTests {
  @Test func typingAppendsAndBackspaceDeletesThenCloses() {
    var input = ""
    #expect(PromptInput.apply(.character("k"), to: &input) == .editing)
    #expect(PromptInput.apply(.character("ü"), to: &input) == .editing)
    #expect(input == "kü")
    #expect(PromptInput.apply(.backspace, to: &input) == .editing)
    #expect(input == "k")
    #expect(PromptInput.apply(.backspace, to: &input) == .editing)
    #expect(PromptInput.apply(.backspace, to: &input) == .cancelled, "empty prompt closes")
  }

  @Test(arguments: [Key.escape, .control("c"), .control("g")])
  func cancelKeysCloseWithoutChangingTheText(key: Key) {
    var input = "seoul"
    #expect(PromptInput.apply(key, to: &input) == .cancelled)
    #expect(input == "seoul")
  }

  @Test func enterSubmitsAndOtherKeysAreIgnored() {
    var input = "kim"
    #expect(PromptInput.apply(.down, to: &input) == .editing)
    #expect(input == "kim")
    #expect(PromptInput.apply(.enter, to: &input) == .submitted)
  }
}
