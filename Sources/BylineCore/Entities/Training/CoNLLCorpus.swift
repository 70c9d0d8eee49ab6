import Foundation

/// One sentence of CoNLL-2003 data: tokens and their IOB2 tags.
public struct CoNLLSentence: Sendable {
  /// The tokens, as the data splits them.
  public var tokens: [String]
  /// One tag per token (see ``TagSet``).
  var tags: [Int]
}

/// One document of CoNLL-2003 data (the sentences between two `-DOCSTART-` lines).
public struct CoNLLDocument: Sendable {
  /// The sentences, in order.
  public var sentences: [CoNLLSentence]
}

/// Why a CoNLL file could not be read.
public enum CoNLLError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file could not be read.
  case unreadable(path: String, reason: String)
  /// A line does not have a token and a known tag.
  case badLine(path: String, line: Int, reason: String)

  /// A sentence for the user.
  public var description: String {
    switch self {
    case .unreadable(let path, let reason): "\(path): \(reason)"
    case .badLine(let path, let line, let reason): "\(path):\(line): \(reason)"
    }
  }
}

/// Reads CoNLL-2003 files: one `TOKEN POS CHUNK NER` line per token, blank lines between
/// sentences, `-DOCSTART-` lines between documents.
public enum CoNLLCorpus {
  /// The documents of the file at `url`.
  public static func read(contentsOf url: URL) throws(CoNLLError) -> [CoNLLDocument] {
    let text: String
    do {
      text = try String(contentsOf: url, encoding: .utf8)
    } catch {
      throw .unreadable(path: url.path, reason: error.localizedDescription)
    }
    return try parse(text, path: url.path)
  }

  /// The documents of CoNLL `text`; `path` names it in errors.
  public static func parse(_ text: String, path: String) throws(CoNLLError) -> [CoNLLDocument] {
    var documents: [CoNLLDocument] = []
    var sentences: [CoNLLSentence] = []
    var current = CoNLLSentence(tokens: [], tags: [])
    func endSentence() {
      if !current.tokens.isEmpty { sentences.append(current) }
      current = CoNLLSentence(tokens: [], tags: [])
    }
    func endDocument() {
      endSentence()
      if !sentences.isEmpty { documents.append(CoNLLDocument(sentences: sentences)) }
      sentences = []
    }
    var lineNumber = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let fields = line.split(separator: " ")
      if fields.isEmpty {
        endSentence()
        continue
      }
      if fields[0] == "-DOCSTART-" {
        endDocument()
        continue
      }
      guard fields.count >= 2, let label = fields.last, let tag = TagSet.tag(label: String(label))
      else {
        throw .badLine(path: path, line: lineNumber, reason: "expected TOKEN … TAG")
      }
      current.tokens.append(String(fields[0]))
      current.tags.append(tag)
    }
    endDocument()
    return documents
  }
}
