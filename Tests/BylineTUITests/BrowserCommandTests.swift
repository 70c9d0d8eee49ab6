import Testing

@testable import BylineTUI

/// Issue 5: links open through an argument vector, never a shell, and only for http, https
/// and mailto.
@Suite struct BrowserCommandTests {
  @Test func withoutBrowserUsesXdgOpenWithTheURLAsOneArgument() throws {
    let url = "https://example.org/a?b=1&c=$(touch${IFS}x);d'`id`"
    #expect(try BrowserCommand.arguments(for: url, browser: nil) == ["xdg-open", url])
    #expect(try BrowserCommand.arguments(for: url, browser: "") == ["xdg-open", url])
  }

  @Test func browserIsSplitIntoProgramAndArgumentsAndPercentSIsReplaced() throws {
    let url = "https://example.org/"
    #expect(try BrowserCommand.arguments(for: url, browser: "firefox") == ["firefox", url])
    #expect(
      try BrowserCommand.arguments(for: url, browser: "/usr/bin/lynx -accept_all_cookies")
        == ["/usr/bin/lynx", "-accept_all_cookies", url])
    #expect(
      try BrowserCommand.arguments(for: url, browser: "w3m %s -no-mouse")
        == ["w3m", url, "-no-mouse"])
    // Shell syntax is not interpreted: it stays literal words.
    #expect(
      try BrowserCommand.arguments(for: url, browser: "open;rm -rf x")
        == ["open;rm", "-rf", "x", url])
    #expect(throws: BrowserCommandError.emptyBrowser(value: "   ")) {
      try BrowserCommand.arguments(for: url, browser: "   ")
    }
  }

  @Test(arguments: [
    "javascript:alert(1)", "file:///etc/passwd", "data:text/html,<b>x</b>", "ftp://example.org/",
    "JavaScript:alert(1)", "/relative/page.html", "example.org", "-https://x",
  ])
  func refusesOtherSchemes(url: String) {
    #expect(throws: BrowserCommandError.self) {
      try BrowserCommand.arguments(for: url, browser: nil)
    }
  }

  @Test func acceptsHttpHttpsAndMailtoInAnyCase() throws {
    for url in ["http://a.example/", "HTTPS://a.example/", "mailto:someone@example.org"] {
      #expect(try BrowserCommand.arguments(for: url, browser: "b") == ["b", url])
    }
  }

  @Test func refusesURLsWithSpacesOrControlCharacters() {
    for url in ["https://a.example/ x", "https://a.example/\u{1B}[2J", "https://a\n.example"] {
      #expect(throws: BrowserCommandError.malformed(url: url)) {
        try BrowserCommand.arguments(for: url, browser: nil)
      }
    }
  }

  /// The launcher runs the argument vector and reports a missing program clearly.
  @Test func launcherReportsSuccessFailureAndMissingProgram() {
    #expect(BrowserLauncher.run(["true"]) == StatusMessage("Opened with true"))
    #expect(BrowserLauncher.run(["false"]).isError)
    let missing = BrowserLauncher.run(["/nonexistent/byline-browser", "https://a.example/"])
    #expect(missing.isError)
    #expect(missing.text.contains("'/nonexistent/byline-browser' not found"))
    let refused = BrowserLauncher.open("javascript:alert(1)", environment: ["BROWSER": "true"])
    #expect(refused.isError)
    #expect(refused.text.hasPrefix("Will not open javascript: links"))
  }
}
