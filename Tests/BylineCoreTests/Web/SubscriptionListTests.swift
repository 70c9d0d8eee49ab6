import Foundation
import Testing

@testable import BylineCore

/// Importing and exporting subscriptions: OPML and newsboat's urls file (issue 12).
@Suite struct SubscriptionListTests {
  @Test func nestedOutlinesBecomeTheFolder() {
    let opml = """
      <?xml version="1.0"?>
      <opml version="1.0"><head><title>Mine</title></head><body>
        <outline text="News">
          <outline text="World">
            <outline text="Loopback &amp; Co" type="rss" xmlUrl="https://example.com/world.xml"/>
          </outline>
          <outline title="Local" type="rss" xmlUrl="https://example.com/local.xml"/>
        </outline>
        <outline text="Top level" xmlUrl="http://example.org/feed"/>
      </body></opml>
      """
    let reading = SubscriptionList.read(opml, path: "subs.opml")
    #expect(
      reading.subscriptions == [
        Subscription(
          url: "https://example.com/world.xml", title: "Loopback & Co", folder: "News/World"),
        Subscription(url: "https://example.com/local.xml", title: "Local", folder: "News"),
        Subscription(url: "http://example.org/feed", title: "Top level", folder: nil),
      ])
    #expect(reading.notes.isEmpty)
  }

  @Test func newsboatURLsKeepTagsAndTitlesAndSkipQueries() {
    let urls = """
      # my feeds
      https://example.com/a.xml tech "~Example A"
      http://example.org/b.xml "long tag" !hidden

      "query:Unread:unread = \\"yes\\""
      exec:~/bin/feed.sh
      """
    let reading = SubscriptionList.read(urls, path: "urls")
    #expect(
      reading.subscriptions == [
        Subscription(url: "https://example.com/a.xml", title: "Example A", folder: "tech"),
        Subscription(url: "http://example.org/b.xml", title: nil, folder: "long tag"),
      ])
    #expect(reading.notes.count == 2)
    #expect(reading.notes.first?.hasPrefix("urls:5:") == true)
  }

  @Test func anExportReadsBackWithTitlesURLsAndFolders() throws {
    let scratch = try LibraryScratch()
    let library = try Library.open(at: scratch.database)
    let subscriptions = [
      Subscription(
        url: "https://example.com/a.xml?x=1&y=2", title: "A <and> \"B\"", folder: "Tech"),
      Subscription(url: "https://example.org/b.xml", title: "Plain", folder: nil),
    ]
    for entry in subscriptions {
      _ = try library.addFeed(url: entry.url, title: entry.title, folder: entry.folder)
    }
    let exported = SubscriptionList.opml(try library.feeds())
    let reading = SubscriptionList.read(exported, path: "export.opml")
    #expect(Set(reading.subscriptions) == Set(subscriptions))
  }

  @Test func aNewsboatFileRoundTripsThroughTheLibrary() throws {
    let scratch = try LibraryScratch()
    let library = try Library.open(at: scratch.database)
    let reading = SubscriptionList.read(
      "https://example.com/a.xml news \"~Alpha\"\nhttps://example.com/b.xml\n", path: "urls")
    for entry in reading.subscriptions {
      _ = try library.addFeed(url: entry.url, title: entry.title, folder: entry.folder)
    }
    // Added twice: not recorded again.
    #expect(try library.addFeed(url: "https://example.com/a.xml") == nil)
    let back = SubscriptionList.read(SubscriptionList.opml(try library.feeds()), path: "x")
    #expect(
      back.subscriptions.map(\.url) == ["https://example.com/b.xml", "https://example.com/a.xml"])
    #expect(back.subscriptions.last?.title == "Alpha")
    #expect(back.subscriptions.last?.folder == "news")
  }
}
