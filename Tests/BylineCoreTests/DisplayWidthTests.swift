import Testing

@testable import BylineCore

/// Display widths and the cell text of the cases a reader meets.
@Suite struct DisplayWidthTests {
  @Test func asciiIsOneColumnEach() {
    #expect(DisplayWidth.columns(of: "Hello, world!") == 13)
    #expect(DisplayWidth.columns(of: "") == 0)
    #expect(DisplayWidth.terminalText(for: "A") == "A")
  }

  @Test func precomposedAndCombiningAccentsAreOneColumn() {
    #expect(DisplayWidth.columns(of: "café") == 4)
    let decomposed = "cafe\u{301}"
    #expect(decomposed.count == 4)
    #expect(DisplayWidth.columns(of: decomposed) == 4)
    #expect(DisplayWidth.terminalText(for: "e\u{301}") == "e\u{301}")
  }

  @Test func hangulSyllablesAndJamoSequencesAreTwoColumns() {
    #expect(DisplayWidth.columns(of: "한국어") == 6)
    let jamo: Character = "\u{1112}\u{1161}\u{11AB}"
    #expect(DisplayWidth.columns(of: jamo) == 2)
    #expect(DisplayWidth.terminalText(for: jamo).unicodeScalars.count == 3)
  }

  @Test func cjkAndFullwidthFormsAreTwoColumns() {
    #expect(DisplayWidth.columns(of: "中文字") == 6)
    #expect(DisplayWidth.columns(of: "東京") == 4)
    #expect(DisplayWidth.columns(of: "ＡＢ") == 4)
    #expect(DisplayWidth.columns(of: "ｶﾀｶﾅ") == 4)  // halfwidth katakana
    #expect(DisplayWidth.columns(of: "\u{20000}") == 2)  // CJK extension B
  }

  @Test func emojiWithWidePresentationAreTwoColumns() {
    #expect(DisplayWidth.columns(of: "😀") == 2)
    #expect(DisplayWidth.columns(of: "🎉") == 2)
  }

  /// terminal-notes.md: U+2764 U+FE0F is 1 column to ncurses; only the heart is written.
  @Test func variationSelectorIsDroppedAndKeepsTextWidth() {
    let heart: Character = "❤\u{FE0F}"
    #expect(DisplayWidth.columns(of: heart) == 1)
    #expect(DisplayWidth.terminalText(for: heart) == "❤")
  }

  @Test func flagsZWJSequencesSkinTonesAndKeycapsShowTheirFirstScalar() {
    let cases: [(Character, String, Int)] = [
      ("🇰🇷", "🇰", 1),
      ("👨\u{200D}👩\u{200D}👧", "👨", 2),
      ("👍🏽", "👍", 2),
      ("1\u{FE0F}\u{20E3}", "1", 1),
      ("🏳\u{FE0F}\u{200D}🌈", "🏳", 1),
    ]
    for (character, text, width) in cases {
      #expect(DisplayWidth.terminalText(for: character) == text)
      #expect(DisplayWidth.columns(of: character) == width)
    }
  }

  @Test func stringWidthIsTheSumOfCellWidths() {
    let text = "Kim 김정은 🇰🇷 ❤️ e\u{301}"
    let sum = text.reduce(0) { $0 + DisplayWidth.columns(of: $1) }
    #expect(DisplayWidth.columns(of: text) == sum)
    #expect(sum == 4 + 6 + 1 + 1 + 1 + 1 + 1 + 1)
  }

  @Test func controlsBecomeVisibleHarmlessPictures() {
    #expect(DisplayWidth.terminalText(for: "\u{1B}") == "\u{241B}")
    #expect(DisplayWidth.terminalText(for: "\u{7F}") == "\u{2421}")
    #expect(DisplayWidth.terminalText(for: "\u{9B}") == "\u{FFFD}")  // C1 CSI
    #expect(DisplayWidth.terminalText(for: "\r\n") == "\u{240D}")
    #expect(DisplayWidth.columns(of: "\u{1B}") == 1)
    for value in UInt32(0)..<0xA0 where value < 0x20 || value >= 0x7F {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let text = DisplayWidth.terminalText(for: Character(scalar))
      #expect(!text.unicodeScalars.contains { $0.properties.generalCategory == .control })
    }
  }

  @Test func formatCharactersAreNotWritten() {
    for character: Character in ["\u{200D}", "\u{200B}", "\u{202E}", "\u{2066}", "\u{FEFF}"] {
      #expect(DisplayWidth.terminalText(for: character) == "")
      #expect(DisplayWidth.columns(of: character) == 0)
    }
  }

  @Test func leadingCombiningMarkSitsOnADottedCircle() {
    #expect(DisplayWidth.terminalText(for: "\u{301}") == "\u{25CC}\u{301}")
    #expect(DisplayWidth.columns(of: "\u{301}") == 1)
  }

  /// Code points newer than glibc's Unicode version cannot be placed by ncurses.
  @Test func charactersUnknownToTheLocaleBecomeReplacementCharacter() {
    #expect(DisplayWidth.terminalText(for: "\u{1FA75}") == "\u{FFFD}")  // Unicode 15
    #expect(DisplayWidth.columns(of: "\u{1FA75}") == 1)
  }

  @Test func cellKeepsAtMostFourCombiningMarks() {
    let heavy: Character = "z\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}"
    #expect(DisplayWidth.terminalText(for: heavy).unicodeScalars.count == 5)
    #expect(DisplayWidth.columns(of: heavy) == 1)
  }

  @Test func scalarClassesMatchTheUnicodeData() {
    #expect(DisplayWidth.scalarWidth("a") == 1)
    #expect(DisplayWidth.scalarWidth("\u{300}") == 0)
    #expect(DisplayWidth.scalarWidth("\u{AD}") == 1)
    #expect(DisplayWidth.scalarWidth("\u{1160}") == 0)
    #expect(DisplayWidth.scalarWidth("\u{AC00}") == 2)
    #expect(DisplayWidth.scalarWidth("\u{10FFFF}") == -1)
  }
}
