import BylineCore

extension FuzzTarget {
  /// How many bytes of article text a reader may produce per input byte (plus a constant): a
  /// reader that copies one part of its input into many articles or paragraphs breaks this.
  static let outputBytesPerInputByte = 16
  /// The constant part of the output allowance, in bytes (a file name in every article, for
  /// instance).
  static let outputAllowance = 4096

  /// The path a reader target reads its input as; the extension does not choose the reader.
  var readerPath: String { "fuzz-input" }

  /// The format this target forces, or `nil` for format detection.
  var readerFormat: ArticleFormat? {
    switch self {
    case .plainText: .plainText
    case .markdown: .markdown
    case .html: .html
    case .feed: .feed
    case .json: .json
    case .jsonLines: .jsonLines
    default: nil
    }
  }

  /// Reads `bytes` with this target's reader and checks every article it gives.
  func checkReader(_ bytes: [UInt8]) throws(InvariantViolation) {
    let ingest: FileIngest
    do throws(IngestError) {
      ingest = try ArticleReader.read(bytes: bytes, path: readerPath, format: readerFormat)
    } catch {
      // Refusing a file (empty, binary) is fine; the message must still be safe to print.
      try TerminalCheck.requireSafe(
        error.diagnostic.description, "refusal message", singleLine: true, in: self)
      return
    }
    if let format = readerFormat {
      try require(ingest.format == format, "read as \(ingest.format), not \(format)")
    }
    for diagnostic in ingest.diagnostics {
      try TerminalCheck.requireSafe(
        diagnostic.description, "diagnostic", singleLine: true, in: self)
    }
    var outputBytes = 0
    for (index, article) in ingest.articles.enumerated() {
      outputBytes += try checkArticle(article, name: "article \(index)")
    }
    let allowance = Self.outputBytesPerInputByte * bytes.count + Self.outputAllowance
    try require(
      outputBytes <= allowance,
      "\(bytes.count) input bytes gave \(outputBytes) bytes of articles (more than \(allowance))")
  }

  /// Checks one article's fields and spans; returns the bytes of text it holds.
  func checkArticle(_ article: Article, name: String) throws(InvariantViolation) -> Int {
    try TerminalCheck.requireSafe(article.title, "\(name) title", singleLine: true, in: self)
    try TerminalCheck.requireSafe(article.source, "\(name) source", singleLine: true, in: self)
    var bytes = article.title.utf8.count
    if let author = article.author {
      try TerminalCheck.requireSafe(author, "\(name) author", singleLine: true, in: self)
      bytes += author.utf8.count
    }
    if let url = article.url {
      try TerminalCheck.requireSafe(url, "\(name) URL", singleLine: true, in: self)
      bytes += url.utf8.count
    }
    if let published = article.published {
      try require(published.timeIntervalSince1970.isFinite, "\(name) date is not finite")
    }
    // A link that runs over several paragraphs is carried by each with the same target (one
    // shared string, stored once per link), so each distinct target counts once.
    var targets: Set<String> = []
    for (index, paragraph) in article.paragraphs.enumerated() {
      let field = "\(name) paragraph \(index)"
      try TerminalCheck.requireSafe(paragraph.text, field, in: self)
      let length = paragraph.text.unicodeScalars.count
      try TerminalCheck.requireSpans(
        paragraph.links.map { ($0.range.start, $0.range.end) }, length: length, "\(field) link",
        in: self)
      try TerminalCheck.requireSpans(
        paragraph.entities.map { ($0.range.start, $0.range.end) }, length: length,
        "\(field) entity", in: self)
      bytes += paragraph.text.utf8.count
      for link in paragraph.links {
        try TerminalCheck.requireSafe(link.url, "\(field) link target", singleLine: true, in: self)
        if targets.insert(link.url).inserted { bytes += link.url.utf8.count }
      }
    }
    return bytes
  }
}
