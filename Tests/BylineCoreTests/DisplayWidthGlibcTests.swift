import Testing

@testable import BylineCore

#if canImport(Glibc)
  import Glibc

  /// glibc's `wcwidth` (`wchar_t` is 32 bits on Linux).
  private typealias Wcwidth = @convention(c) (Int32) -> Int32

  /// glibc's `wcwidth`, which Swift's Glibc module hides, looked up with `dlsym`.
  private func glibcWcwidthFunction() -> Wcwidth? {
    guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "wcwidth") else {
      return nil
    }
    return unsafeBitCast(symbol, to: Wcwidth.self)
  }

  /// Compares the generated width table with glibc, which is what ncursesw asks.
  @Suite struct DisplayWidthGlibcTests {
    /// Every code point, under a thread-local C.UTF-8 locale so other tests are not affected.
    @Test func everyCodePointMatchesGlibcWcwidth() throws {
      guard let locale = newlocale(1 << LC_CTYPE, "C.UTF-8", nil) else {
        Issue.record("the C.UTF-8 locale is not available")
        return
      }
      let glibcWcwidth = try #require(glibcWcwidthFunction())
      let previous = uselocale(locale)
      defer {
        uselocale(previous)
        freelocale(locale)
      }
      var differences: [String] = []
      for value in UInt32(1)..<0x11_0000 {
        guard let scalar = Unicode.Scalar(value) else { continue }  // surrogates
        let expected = Int(glibcWcwidth(Int32(value)))
        let actual = DisplayWidth.scalarWidth(scalar)
        if expected != actual, differences.count < 20 {
          differences.append(
            "U+\(String(value, radix: 16, uppercase: true)): \(actual) vs \(expected)")
        }
      }
      #expect(differences.isEmpty, "table vs glibc: \(differences)")
    }

    /// The invariant the grid relies on: whatever is written into a cell has exactly the
    /// glibc width the grid reserved for it, and is never a control.
    @Test(
      arguments: [
        "a", "é", "e\u{301}", "한", "\u{1112}\u{1161}\u{11AB}", "中", "Ａ", "😀", "❤\u{FE0F}",
        "🇰🇷", "👨\u{200D}👩\u{200D}👧", "👍🏽", "1\u{FE0F}\u{20E3}", "\u{301}", "\u{1B}", "\u{7F}",
        "\u{85}", "\u{200D}", "\u{202E}", "\u{AD}", "\u{1FA75}", "\u{E000}", "\r\n", "\t",
        "z\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}", "क\u{93F}",
      ] as [Character])
    func terminalTextHasTheReservedGlibcWidth(_ character: Character) throws {
      guard let locale = newlocale(1 << LC_CTYPE, "C.UTF-8", nil) else {
        Issue.record("the C.UTF-8 locale is not available")
        return
      }
      let glibcWcwidth = try #require(glibcWcwidthFunction())
      let previous = uselocale(locale)
      defer {
        uselocale(previous)
        freelocale(locale)
      }
      let text = DisplayWidth.terminalText(for: character)
      let scalars = Array(text.unicodeScalars)
      let widths = scalars.map { Int(glibcWcwidth(Int32(bitPattern: $0.value))) }
      #expect(!widths.contains(-1), "\(text.debugDescription) has a non-printable scalar")
      #expect(widths.dropFirst().allSatisfy { $0 == 0 }, "only the first scalar may space")
      #expect(DisplayWidth.columns(of: character) == (widths.first ?? 0))
    }
  }
#endif
