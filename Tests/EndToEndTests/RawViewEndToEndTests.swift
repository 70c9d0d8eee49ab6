import Foundation
import Testing

/// `R` in the built reader: a web page's menus and share buttons are hidden in the extracted
/// article and shown in the whole page's text (issue 13 item 1).
@Suite(
  .serialized,
  .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end reader tests skipped"))
struct RawViewEndToEndTests {
  static let paragraph =
    "The council voted on Tuesday to reopen the old harbour baths, which closed in 2009, "
    + "after a long campaign by swimmers, residents and two local schools."

  static let page = """
    <html><head><title>Harbour baths to reopen | The Gazette</title></head><body>
    <div class="site-menu"><a href="/">Home</a> <a href="/news">News</a></div>
    <div id="story" class="article-body"><h1>Harbour baths to reopen</h1>
    <div class="share-tools"><a href="/t">Share on Twitter</a> <a href="/f">Share on Facebook</a></div>
    <p>\(paragraph)</p><p>\(paragraph) The works cost two million pounds.</p>
    <p>\(paragraph) Work starts in June.</p></div></body></html>
    """

  @Test func rShowsTheWholePageAndTheArticleAgain() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-raw-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Self.page.write(
      to: folder.appendingPathComponent("baths.html"), atomically: true, encoding: .utf8)
    let tmux = try TmuxSession(width: 120, height: 30)
    defer { tmux.close() }
    tmux.startByline(folder.path + "/baths.html")
    #expect(tmux.waitFor("article 1/1"))
    tmux.send("Enter")
    #expect(tmux.waitFor("The council voted"))
    #expect(!tmux.capture().contains("Share on Twitter"))
    tmux.send("R")
    #expect(tmux.waitFor("Whole page shown"))
    #expect(tmux.capture().contains("Share on Twitter"))
    tmux.send("R")
    #expect(tmux.waitFor("Extracted article shown"))
    #expect(!tmux.capture().contains("Share on Twitter"))
    tmux.send("Q")
    #expect(tmux.exitStatus() == 0)
  }
}
