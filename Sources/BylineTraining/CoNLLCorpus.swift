import BylineCore
import Foundation

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
