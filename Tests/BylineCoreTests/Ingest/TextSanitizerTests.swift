import Testing

@testable import BylineCore

@Suite struct TextSanitizerTests {
  @Test func keepsOrdinaryTextUnchanged() {
    let text = "Kim Dae-jung met Kim Jong-il in Pyongyang.\n\tSecond line: 김대중 🎉"
    #expect(TextSanitizer.sanitize(text) == text)
  }

  @Test func dropsOSCTitleSequenceWithItsPayload() {
    #expect(TextSanitizer.sanitize("a\u{1B}]0;pwned\u{07}b") == "ab")
    #expect(
      TextSanitizer.sanitize("a\u{1B}]8;;http://evil\u{1B}\\link\u{1B}]8;;\u{1B}\\b") == "alinkb")
  }

  @Test func dropsCSISequences() {
    #expect(TextSanitizer.sanitize("\u{1B}[2Jclear\u{1B}[1;31mred\u{1B}[0m") == "clearred")
    #expect(TextSanitizer.sanitize("x\u{9B}2Jy") == "xy")
  }

  @Test func dropsDCSAPCPMSOSUpToStringTerminator() {
    #expect(TextSanitizer.sanitize("a\u{1B}Pq#0\u{1B}\\b") == "ab")
    #expect(TextSanitizer.sanitize("a\u{1B}_payload\u{9C}b") == "ab")
    #expect(TextSanitizer.sanitize("a\u{1B}^pm\u{07}b\u{1B}Xsos\u{1B}\\c") == "abc")
  }

  @Test func unterminatedStringSequenceSwallowsTheRest() {
    #expect(TextSanitizer.sanitize("safe\u{1B}]0;never ends") == "safe")
  }

  @Test func dropsOtherEscapesAndControls() {
    #expect(TextSanitizer.sanitize("a\u{1B}7b\u{1B}(Bc") == "abc")
    #expect(TextSanitizer.sanitize("a\u{00}b\u{07}c\u{08}d\u{7F}e\u{85}f\rg") == "abcdefg")
    #expect(TextSanitizer.sanitize("tab\tnew\nline") == "tab\tnew\nline")
  }

  @Test func dropsBidiOverridesIsolatesAndMarks() {
    let text = "a\u{202E}b\u{202A}c\u{2066}d\u{2069}e\u{200E}f\u{200F}g\u{FEFF}h"
    #expect(TextSanitizer.sanitize(text) == "abcdefgh")
  }

  @Test func titleVariantRemovesSoftHyphensAndCollapsesWhitespace() {
    let title = "  Sum\u{AD}mit \n in\u{A0}\u{A0}Seoul\t\u{1B}[2J "
    #expect(TextSanitizer.sanitizeTitle(title) == "Summit in Seoul")
  }

  @Test func lineSeparatorsBecomeNewlines() {
    #expect(TextSanitizer.sanitize("a\u{2028}b\u{2029}c") == "a\nb\nc")
  }
}
