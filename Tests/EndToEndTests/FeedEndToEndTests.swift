import BylineCore
import Foundation
import Testing

/// Web feeds end to end (issue 12): `byline add URL` from a loopback server, the reader lists
/// the items, the server gains an item and `r` shows it, the server stops and `r` names the
/// failure, and nothing is lost.
@Suite(
  .serialized,
  .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end feed tests skipped"))
struct FeedEndToEndTests {
  private static func rss(_ titles: [String]) -> String {
    let items = titles.enumerated().map { index, title in
      """
      <item><title>\(title)</title><link>https://example.com/\(index)</link>
      <pubDate>Mon, 0\(index + 1) Jun 2026 10:00:00 GMT</pubDate>
      <description>Story number \(index) about \(title.lowercased()).</description></item>
      """
    }
    return """
      <?xml version="1.0"?><rss version="2.0"><channel><title>Loopback Daily</title>
      \(items.joined(separator: "\n"))</channel></rss>
      """
  }

  @Test func addReadRefreshAndNameTheFailure() throws {
    // tmux first: a tmux server started after the HTTP server would inherit its listening
    // socket and keep accepting connections after `stop()`.
    let tmux = try TmuxSession(width: 120, height: 30)
    defer { tmux.close() }
    let server = try TestHTTPServer()
    defer { server.stop() }
    server.serve("/feed.xml", Self.rss(["Harbour reopens", "Mayor elected"]))
    let log = tmux.scratch.appendingPathComponent("add.log")
    tmux.run("\(TmuxSession.binary) add \(server.url("/feed.xml")) 2>\(log.path); echo done-$?")
    #expect(tmux.waitFor("done-0", timeout: 60), "add: \(tmux.capture())")
    #expect((try? String(contentsOf: log, encoding: .utf8))?.contains("2 new items") == true)

    tmux.run("clear")
    tmux.startByline("")
    #expect(tmux.waitFor("Harbour reopens", timeout: 20), "\(tmux.capture())")
    #expect(tmux.capture().contains("Mayor elected"))
    // The start-up run keeps to the feed's interval (it was fetched just now).
    #expect(tmux.waitFor("library up to date", timeout: 30), "start-up run: \(tmux.capture())")

    server.serve("/feed.xml", Self.rss(["Harbour reopens", "Mayor elected", "Bridge closes"]))
    tmux.send("r")
    #expect(tmux.waitFor("Bridge closes", timeout: 30), "after r: \(tmux.capture())")
    #expect(tmux.waitFor("1 feed fetched: 1 new item", timeout: 30), "\(tmux.capture())")

    server.stop()
    tmux.send("r")
    #expect(
      tmux.waitFor("1 feed failed", timeout: 30), "after the server stopped: \(tmux.capture())")
    #expect(tmux.capture().contains("127.0.0.1"))
    tmux.send("Q")
    #expect(tmux.exitStatus(timeout: 5) == 0)
    let library = try Library.open(at: tmux.scratch.appendingPathComponent("library.sqlite"))
    #expect(try library.integrityCheck() == ["ok"])
    #expect(try library.articleCount(matching: .all) == 3)
  }

  @Test func addNamesEachFailedAddressAndExitsOne() throws {
    let server = try TestHTTPServer()
    defer { server.stop() }
    server.serve("/good.xml", Self.rss(["Harbour reopens"]))
    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-feed-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let environment = [
      "HOME": scratch.path, "XDG_CONFIG_HOME": scratch.path,
      "BYLINE_LIBRARY": scratch.appendingPathComponent("library.sqlite").path,
    ]
    let add = try CommandRun(
      CommandRun.binary,
      ["add", server.url("/good.xml"), server.url("/missing.xml")],
      environment: environment)
    #expect(add.status == 1)
    #expect(add.errors.contains("\(server.url("/missing.xml")): HTTP 404"))
    #expect(add.errors.contains("added \(server.url("/good.xml"))"))

    let sources = try CommandRun(
      CommandRun.binary, ["sources", "--format", "json"], environment: environment)
    #expect(sources.status == 0)
    #expect(sources.output.contains("\"title\" : \"Loopback Daily\""))

    let export = try CommandRun(CommandRun.binary, ["export"], environment: environment)
    #expect(export.output.contains("xmlUrl=\"\(server.url("/good.xml"))\""))

    let remove = try CommandRun(
      CommandRun.binary, ["remove", server.url("/good.xml")], environment: environment)
    #expect(remove.status == 0)
    #expect(remove.errors.contains("1 article"))
  }
}
