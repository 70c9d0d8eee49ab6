import Foundation

/// The material the corpus is built from: sentences (from the sample library and from the
/// CoNLL-2003 files, reconstructed from their token column) and the entity names they mention.
struct CorpusSentences: Sendable {
  /// Usable body sentences.
  var sentences: [String] = []
  /// For each entity name, the sentences that mention it.
  var byEntity: [String: [Int]] = [:]
  /// Entity names, most frequent first.
  var entities: [String] = []

  /// Loads every `.txt` file in `samples` and every CoNLL file in `ner`; missing folders are
  /// reported on standard error and skipped.
  static func load(samples: URL, seeds: URL, ner: URL) -> CorpusSentences {
    var corpus = CorpusSentences()
    var counts: [String: Int] = [:]
    for folder in [samples, seeds] {
      let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      if files.isEmpty { note("no sample texts in \(folder.path); skipped") }
      for name in files.sorted() where name.hasSuffix(".txt") {
        guard
          let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        else { continue }
        for paragraph in text.components(separatedBy: "\n\n") {
          for sentence in split(paragraph) where isUsable(sentence) {
            corpus.sentences.append(sentence)
          }
        }
      }
    }
    let conll = ((try? FileManager.default.contentsOfDirectory(atPath: ner.path)) ?? [])
      .filter { $0.hasPrefix("conll") && $0.hasSuffix(".txt") }.sorted()
    if conll.isEmpty { note("no CoNLL files in \(ner.path); skipped (the corpus will be small)") }
    for name in conll {
      guard let text = try? String(contentsOf: ner.appendingPathComponent(name), encoding: .utf8)
      else { continue }
      var tokens: [String] = []
      var names: [String] = []
      var current: [String] = []
      func endName() {
        if !current.isEmpty { names.append(current.joined(separator: " ")) }
        current = []
      }
      func endSentence() {
        endName()
        let sentence = detokenize(tokens)
        if isUsable(sentence) {
          let index = corpus.sentences.count
          corpus.sentences.append(sentence)
          for name in Set(names) {
            corpus.byEntity[name, default: []].append(index)
            counts[name, default: 0] += 1
          }
        }
        tokens = []
        names = []
      }
      for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        if line.isEmpty {
          endSentence()
          continue
        }
        let fields = line.split(separator: " ")
        guard fields.count >= 4, fields[0] != "-DOCSTART-" else { continue }
        tokens.append(String(fields[0]))
        let tag = fields[3]
        if tag.hasPrefix("B-") || (tag.hasPrefix("I-") && current.isEmpty) {
          endName()
          current = [String(fields[0])]
        } else if tag.hasPrefix("I-") {
          current.append(String(fields[0]))
        } else {
          endName()
        }
      }
      endSentence()
    }
    corpus.entities = counts.filter { $0.value >= 3 && $0.key.count > 2 }
      .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
    return corpus
  }

  private static func note(_ message: String) {
    FileHandle.standardError.write(Data("corpus: \(message)\n".utf8))
  }

  /// Splits a paragraph into sentences at ". " followed by a capital letter.
  private static func split(_ paragraph: String) -> [String] {
    let flat = paragraph.replacingOccurrences(of: "\n", with: " ")
    var sentences: [String] = []
    var current = ""
    var previous: Character = " "
    var beforePrevious: Character = " "
    for character in flat {
      if beforePrevious == "." && previous == " " && character.isUppercase {
        sentences.append(current.trimmingCharacters(in: .whitespaces))
        current = ""
      }
      current.append(character)
      beforePrevious = previous
      previous = character
    }
    sentences.append(current.trimmingCharacters(in: .whitespaces))
    return sentences
  }

  /// Joins CoNLL tokens back into text ("U.S. officials said , ..." → "U.S. officials said, ...").
  static func detokenize(_ tokens: [String]) -> String {
    var text = ""
    var openQuote = false
    var glueNext = false
    for token in tokens {
      let attach: Bool
      switch token {
      case ".", ",", ";", ":", "!", "?", ")", "%", "'s", "n't", "'re", "'ve", "'ll", "'d", "'":
        attach = true
      case "\"":
        attach = openQuote
        openQuote.toggle()
      default:
        attach = false
      }
      if !text.isEmpty && !attach && !glueNext { text += " " }
      text += token
      glueNext = token == "(" || token == "$" || (token == "\"" && openQuote)
    }
    return text
  }

  /// A sentence worth putting in an article: long enough, ends like a sentence, not a
  /// headline in capitals or a table row.
  private static func isUsable(_ sentence: String) -> Bool {
    guard sentence.count >= 40, sentence.count <= 400, let last = sentence.last,
      ".!?\"".contains(last)
    else { return false }
    let letters = sentence.unicodeScalars.filter { $0.properties.isAlphabetic }
    let lower = letters.filter { $0.properties.isLowercase }
    return lower.count * 10 >= letters.count * 7
  }
}
