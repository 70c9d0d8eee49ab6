import Foundation
import Testing

@testable import BylineCore

/// The reproducers of issue 17's findings, generated here and run through the readers and the
/// dump: each must finish with a bounded result. (Times are measured by
/// `Benchmarks/hostile-inputs.py`, not asserted here.)
@Suite struct HostileReproducerTests {
  /// Issue 17, finding 1: 60,000 nested `ESC ]` (120 KB) overflowed the stack of the sanitiser,
  /// crashing `byline dump` and every index of a folder holding such a file.
  @Test func sixtyThousandNestedOSCSequencesAreDroppedWithoutRecursion() {
    let nested = String(repeating: "\u{1B}]", count: 60_000)
    #expect(TextSanitizer.sanitize("a" + nested + "\u{07}b") == "ab")
    #expect(TextSanitizer.sanitize("a" + nested) == "a")
    let eightBit = String(repeating: "\u{9D}x\u{1B}]", count: 60_000)
    #expect(TextSanitizer.sanitize(eightBit + "\u{1B}\\z") == "z")
    let ingest = ArticleReader.read(text: "Title\n\n" + nested + "\nend\n", path: "nested.txt")
    #expect(ingest.articles.first?.title == "Title")
  }

  /// Issue 17, finding 3: one `<a>` whose 1 MB `href` spans 3,000 paragraphs was copied into
  /// every paragraph's link in the dump (3 GB) and in the library.
  @Test func aLinkTargetOverManyParagraphsIsWrittenOncePerLink() throws {
    let href = "http://example.com/" + String(repeating: "a", count: 1 << 20)
    let html =
      "<html><body><h1>Title</h1><a href=\"\(href)\">"
      + String(repeating: "<p>Paragraph text.</p>", count: 3000) + "</a></body></html>"
    let article = try #require(ArticleReader.read(text: html, path: "a.html").articles.first)
    #expect(article.paragraphs.count == 3000)
    let dump = ArticleDump.text(of: article)
    #expect(dump.utf8.count < 2 * html.utf8.count)
    #expect(dump.contains("[1] Paragraph text. Paragraph text."))
    #expect(!dump.contains("[2] "))
    let stored = LinkCoding.encode(article.paragraphs)
    #expect(stored.reduce(0) { $0 + ($1?.utf8.count ?? 0) } < 2 * html.utf8.count)
    #expect(LinkCoding.decode(stored) == article.paragraphs.map(\.links))
  }

  /// Links stored before the target was written once per link still read back.
  @Test func linksStoredWithEveryTargetStillRead() {
    let old = [
      #"[{"range":{"end":3,"start":0},"url":"u"}]"#, nil,
      #"[{"range":{"end":1,"start":0},"url":"v"}]"#,
    ]
    #expect(
      LinkCoding.decode(old) == [
        [Link(range: TextRange(start: 0, end: 3), url: "u")], [],
        [Link(range: TextRange(start: 0, end: 1), url: "v")],
      ])
  }

  /// Issue 17, finding 4: the dump sliced each link's text from the paragraph's start, so
  /// 60,000 Markdown links (420 KB) took 17 s.
  @Test func sixtyThousandMarkdownLinksDumpEveryLink() throws {
    let text = "# Links\n\n" + String(repeating: "[a](b) ", count: 59_999) + "[last](z)\n"
    let article = try #require(ArticleReader.read(text: text, path: "links.md").articles.first)
    let dump = ArticleDump.text(of: article)
    #expect(dump.contains("\n[60000] last → z\n"))
    #expect(dump.contains("\n[59999] a → b\n"))
  }

  @Test func forwardSlicerCutsInOrderAndOutOfOrder() {
    var slicer = ForwardScalarSlicer("é😀 abc déf")
    #expect(slicer.text(TextRange(start: 0, end: 2)) == "é😀")
    #expect(slicer.text(TextRange(start: 3, end: 6)) == "abc")
    #expect(slicer.text(TextRange(start: 7, end: 99)) == "déf")
    #expect(slicer.text(TextRange(start: 1, end: 2)) == "😀")
    #expect(slicer.text(TextRange(start: 50, end: 60)) == "")
  }

  /// Issue 17, finding 4: libxml2 2.9 copied an XML comment full of `--` once per `--`
  /// (330 KB took 14 s). Comments are emptied, keeping their newlines.
  @Test func anXMLCommentFullOfDoubleHyphensIsEmptiedBeforeParsing() {
    let comment = "<!--" + String(repeating: "--", count: 165_000) + "\n-->"
    let feed =
      "<?xml version=\"1.0\"?>\n<rss><channel>" + comment
      + "<item><title>T</title><description><![CDATA[a <!-- b -- c]]></description></item>"
      + "</channel></rss>\n"
    let scrubbed = XMLCommentScrubber.scrubbed(feed)
    #expect(scrubbed.utf8.count < 300)
    #expect(scrubbed.contains("<!--\n-->") && scrubbed.contains("<![CDATA[a <!-- b -- c]]>"))
    let ingest = ArticleReader.read(text: feed, path: "comment.xml")
    #expect(ingest.articles.map(\.title) == ["T"])
  }

  /// Issue 17 (no recursion on input-controlled depth): image inside image inside image, as
  /// deep as the bracket search allows, reads without exhausting the stack.
  @Test func deeplyNestedMarkdownImagesRead() {
    let depth = 20_000
    let text =
      "Title\n\n" + String(repeating: "![", count: depth) + "x"
      + String(repeating: "](y)", count: depth) + "\n"
    let ingest = ArticleReader.parse(text: text, format: .markdown, path: "deep.md")
    #expect(ingest.articles.count == 1)
  }
}
