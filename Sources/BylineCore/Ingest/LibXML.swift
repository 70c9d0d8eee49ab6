import CLibXML2

/// A node of a libxml2 tree (HTML or XML).
typealias XMLNodePointer = UnsafeMutablePointer<xmlNode>

/// The one place Byline calls libxml2's parsers: initialises the library once (libxml2 wants
/// `xmlInitParser` called before parsers run on several threads), never touches the network,
/// never loads external entities or DTDs, and frees every document it parses.
enum LibXML {
  /// Runs `xmlInitParser` once, thread-safely (Swift initialises globals exactly once).
  private static let initialised: Bool = {
    xmlInitParser()
    return true
  }()

  /// A problem libxml2 reported while recovering from broken XML.
  struct Problem {
    /// The 1-based line, when libxml2 knew it.
    var line: Int?
    /// libxml2's message, trimmed.
    var message: String
  }

  /// Parses `text` with libxml2's forgiving HTML parser and passes the document to `body`; the
  /// document is freed when `body` returns. `nil` when libxml2 could make nothing of it.
  static func withHTMLDocument<T>(_ text: String, _ body: (XMLNodePointer) -> T) -> T? {
    _ = initialised
    let options =
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
      | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
    var text = text
    return text.withUTF8 { buffer -> T? in
      guard let base = buffer.baseAddress, buffer.count < Int(Int32.max) else { return nil }
      let document = base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
        htmlReadMemory(pointer, Int32(buffer.count), nil, "UTF-8", Int32(options))
      }
      guard let document else { return nil }
      defer { xmlFreeDoc(document) }
      guard let root = xmlDocGetRootElement(document) else { return nil }
      return body(root)
    }
  }

  /// Parses `text` as XML, recovering from errors, without network access, without loading
  /// external DTDs or entities and without substituting entities, and passes the root element to
  /// `body` with the first problem libxml2 reported (if the XML was not well formed). Comments
  /// are emptied first (see ``XMLCommentScrubber``), so a comment cannot make libxml2 slow.
  static func withXMLDocument<T>(
    _ text: String, _ body: (XMLNodePointer, Problem?) -> T
  ) -> T? {
    _ = initialised
    let options =
      XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
      | XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_IGNORE_ENC.rawValue
    guard let context = xmlNewParserCtxt() else { return nil }
    defer { xmlFreeParserCtxt(context) }
    var text = XMLCommentScrubber.scrubbed(text)
    return text.withUTF8 { buffer -> T? in
      guard let base = buffer.baseAddress, buffer.count < Int(Int32.max) else { return nil }
      let document = base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
        xmlCtxtReadMemory(context, pointer, Int32(buffer.count), nil, "UTF-8", Int32(options))
      }
      guard let document else { return nil }
      defer { xmlFreeDoc(document) }
      var problem: Problem? = nil
      if context.pointee.wellFormed == 0 {
        let error = context.pointee.lastError
        let message = error.message.map { String(cString: $0) } ?? "malformed XML"
        problem = Problem(
          line: error.line > 0 ? Int(error.line) : nil,
          message: message.trimmingSpace())
      }
      guard let root = xmlDocGetRootElement(document) else { return nil }
      return body(root, problem)
    }
  }
}
