import BylineCore

/// The open article, its layout for the current width and the reading position.
public struct ArticleBodyState: Hashable, Sendable {
  /// The open article.
  var article: Article?
  /// Its row in the list.
  var listRow: Int?
  /// The layout for the current text width.
  public var layout: ArticleLayout?
  /// The open article's reading state as loaded (read and starred flags kept on save).
  var readingState = ReadingState()
  /// How far the layout is scrolled.
  var scroll = Scroll()
  /// The text at the top of the view, kept across resizes.
  var anchor = TextPosition(paragraph: LaidOutLine.header, offset: 0)
  /// While the raw view shows the page's whole text: the extracted article, to return to
  /// (`nil`: the extracted article is shown).
  var extracted: Article?
  /// Where the extracted article was read when the raw view opened.
  var extractedAnchor = TextPosition(paragraph: LaidOutLine.header, offset: 0)

  init() {}

  /// The first visible line of the layout.
  var top: Int {
    get { scroll.top }
    set { scroll.top = newValue }
  }

  /// The paragraph at the top of the view, as reading state stores it.
  var topParagraph: Int { max(0, anchor.paragraph) }
}
