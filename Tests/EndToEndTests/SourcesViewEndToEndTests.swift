import Foundation
import Testing

/// The reader's sources view end to end (issue 12 item 5): two feeds from a loopback server,
/// one of them failing; `c` lists both with their counts and why the failing one failed,
/// `Enter` on the other shows only its items, and `Esc` shows every article again.
@Suite(
  .serialized,
  .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end feed tests skipped"))
struct SourcesViewEndToEndTests {
  private static func rss(_ title: String, _ items: [String]) -> String {
    let entries = items.enumerated().map { index, item in
      """
      <item><title>\(item)</title><link>https://example.com/\(title.count)/\(index)</link>
      <pubDate>Mon, 0\(index + 1) Jun 2026 10:00:00 GMT</pubDate>
      <description>About \(item.lowercased()).</description></item>
      """
    }
    return """
      <?xml version="1.0"?><rss version="2.0"><channel><title>\(title)</title>
      \(entries.joined(separator: "\n"))</channel></rss>
      """
  }

  @Test func sourcesViewListsFeedsNamesAFailureAndFiltersTheList() throws {
    // tmux first (see FeedEndToEndTests: tmux would inherit the server's socket).
    let tmux = try TmuxSession(width: 120, height: 30)
    defer { tmux.close() }
    let server = try TestHTTPServer()
    defer { server.stop() }
    server.serve("/harbour.xml", Self.rss("Harbour News", ["Harbour reopens", "Ferry returns"]))
    server.serve("/city.xml", Self.rss("City Desk", ["Mayor elected"]))
    tmux.run(
      "\(TmuxSession.binary) add \(server.url("/harbour.xml")) \(server.url("/city.xml"))"
        + " 2>/dev/null; echo added-$?")
    #expect(tmux.waitFor("added-0", timeout: 60), "add: \(tmux.capture())")
    server.route("/city.xml", TestHTTPServer.Route(status: .notFound, body: "gone"))
    tmux.run("\(TmuxSession.binary) index --force 2>/dev/null; echo indexed-$?")
    #expect(tmux.waitFor("indexed-1", timeout: 60), "index: \(tmux.capture())")

    tmux.run("clear")
    tmux.startByline("--offline")
    #expect(tmux.waitFor("Mayor elected", timeout: 20), "\(tmux.capture())")
    tmux.send("c")
    #expect(tmux.waitFor("Sources: 2 · 3 unread · 1 failed", timeout: 10), "\(tmux.capture())")
    let view = tmux.capture()
    #expect(view.contains("Harbour News  2 unread / 2 articles"), "\(view)")
    #expect(view.contains("City Desk  1 unread / 1 article"), "\(view)")
    #expect(view.contains("last fetch failed: HTTP 404"), "\(view)")
    tmux.send("Enter")
    #expect(tmux.waitFor("in Harbour News (2)", timeout: 10), "after Enter: \(tmux.capture())")
    #expect(!tmux.capture().contains("Mayor elected"))
    tmux.send("Escape")
    #expect(tmux.waitFor("Mayor elected", timeout: 10), "after Esc: \(tmux.capture())")
    tmux.send("Q")
    #expect(tmux.exitStatus(timeout: 5) == 0)
  }
}
