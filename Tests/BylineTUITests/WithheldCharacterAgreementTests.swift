import BylineCore
import Testing

@testable import BylineTUI

/// The sanitiser, the screen, the display width and the command line's printing agree on which
/// characters never reach a terminal: all four follow ``WithheldCharacter`` (issue 11, part 5;
/// before, the command line printed U+200E, U+200F and U+061C as they were).
@Suite struct WithheldCharacterAgreementTests {
  /// Every scalar of the Basic Multilingual Plane and the first supplementary planes' samples.
  private var scalars: [Unicode.Scalar] {
    (0...0xFFFF).compactMap(Unicode.Scalar.init)
      + [0x1F600, 0xE0001, 0x10FFFD].compactMap(
        Unicode.Scalar.init)
  }

  @Test func theTableHoldsTheControlsBidiControlsByteOrderMarkAndSeparators() {
    let expected: Set<UInt32> = Set(0x00...0x1F).union(0x7F...0x9F).union(0x202A...0x202E)
      .union(0x2066...0x2069).union([0x200E, 0x200F, 0x061C, 0xFEFF, 0x2028, 0x2029])
    let found = Set(scalars.filter(WithheldCharacter.contains).map(\.value))
    #expect(found == expected)
  }

  @Test func theSanitiserDropsExactlyTheTableButTabAndNewline() {
    for scalar in scalars {
      let kept = TextSanitizer.sanitize("a\(scalar)b").unicodeScalars.contains(scalar)
      let structural = scalar == "\t" || scalar == "\n"
      #expect(
        kept == (!WithheldCharacter.contains(scalar) || structural),
        "U+\(String(scalar.value, radix: 16))")
    }
  }

  @Test func theScreenNeverPutsAWithheldCharacterInACell() {
    for scalar in scalars {
      let withheld = WithheldCharacter.contains(scalar)
      #expect(TerminalSafety.isForbidden(scalar) == withheld)
      guard withheld else { continue }
      let shown = TerminalSafety.displayable(Character(scalar))
      #expect(
        shown?.unicodeScalars.contains(scalar) != true, "U+\(String(scalar.value, radix: 16))")
    }
  }

  @Test func displayWidthNeverWritesAWithheldCharacter() {
    for scalar in scalars where WithheldCharacter.contains(scalar) {
      let written = DisplayWidth.terminalText(for: Character(scalar))
      #expect(!written.unicodeScalars.contains(scalar), "U+\(String(scalar.value, radix: 16))")
      #expect(!written.unicodeScalars.contains(where: WithheldCharacter.contains))
    }
  }

  /// The command line's `TerminalText.safe` is `WithheldCharacter.printableLine`.
  @Test func theCommandLineLeavesOutExactlyTheTable() {
    for scalar in scalars {
      let printed = WithheldCharacter.printableLine("a\(scalar)b")
      #expect(
        printed.unicodeScalars.contains(scalar) == !WithheldCharacter.contains(scalar),
        "U+\(String(scalar.value, radix: 16))")
    }
    #expect(WithheldCharacter.printableLine("a\u{200E}b\u{200F}c\u{061C}d\te") == "abcd e")
  }
}
