/// What the measuring pass of ``ContentExtractor`` learns about one element: the text below it
/// (white-space runs counted as one character), how much of it is link text, and counts of the
/// elements Readability's heuristics look at.
struct NodeStats {
  var node: XMLNodePointer
  /// The index of the parent element's record, or -1 for the walk's root.
  var parent: Int
  var tag: String
  var hints: ClassHints
  /// Characters of text below the element.
  var textLength = 0
  /// Characters of that text inside links.
  var linkLength = 0
  /// Commas in that text.
  var commas = 0
  /// Characters of text whose nearest block ancestor is this element.
  var directTextLength = 0
  /// Commas in that text.
  var directCommas = 0
  /// Whether a block element (`div`, `p`, `table`, a list, …) is below.
  var hasBlockDescendant = false
  var paragraphs = 0
  var images = 0
  var listItems = 0
  var inputs = 0
  var embeds = 0
  var headerCells = 0
  /// Characters of text inside headings below.
  var headingLength = 0
  /// Characters of text inside lists below.
  var listLength = 0
  /// The content score, once the element has been scored.
  var score: Double? = nil

  /// Link text as a share of all text (0 for no text).
  var linkDensity: Double {
    textLength == 0 ? 0 : Double(linkLength) / Double(textLength)
  }

  /// Adds a finished child's figures to this element's.
  mutating func absorb(_ child: NodeStats) {
    textLength += child.textLength
    linkLength += child.linkLength
    commas += child.commas
    hasBlockDescendant =
      hasBlockDescendant || child.hasBlockDescendant
      || ContentExtractor.divToParagraphBlockers.contains(child.tag)
    paragraphs += child.paragraphs + (child.tag == "p" ? 1 : 0)
    images += child.images + (child.tag == "img" ? 1 : 0)
    listItems += child.listItems + (child.tag == "li" ? 1 : 0)
    inputs += child.inputs
    embeds += child.embeds
    headerCells += child.headerCells + (child.tag == "th" ? 1 : 0)
    let isHeading = ContentExtractor.headings.contains(child.tag)
    headingLength += isHeading ? child.textLength : child.headingLength
    let isList = child.tag == "ul" || child.tag == "ol"
    listLength += isList ? child.textLength : child.listLength
  }
}
