/// One sentence's tokens as the tagger sees them: word analyses, whether the sentence is in
/// capitals throughout (a headline), and gazetteer marks.
struct SentenceAnalysis: Sendable {
  /// One analysis per token.
  var words: [WordInfo]
  /// No token has a lower-case letter and some token has letters: a headline or dateline.
  var isAllCaps: Bool
  /// Gazetteer marks, one per token.
  var marks: [GazetteerMark]

  /// Analyses the tokens `texts`.
  init(texts: some Sequence<String>, gazetteer: Gazetteer) {
    words = texts.map { WordInfo($0) }
    let anyLower = words.contains { $0.hasLower }
    let anyCaps = words.contains { $0.isAllCaps && $0.hasTwoLetters }
    isAllCaps = !anyLower && anyCaps
    marks = gazetteer.marks(for: words)
  }
}

/// What the rest of the document says about a word: whether it also appears in lower case, or
/// capitalised in the middle of an ordinary sentence, and what the tagger called it last time.
struct DocumentContext: Sendable {
  private var seenLower: Set<UInt64> = []
  private var seenTitle: Set<UInt64> = []
  private var seenCaps: Set<UInt64> = []
  /// Lower-case form → the last tag type given to it (1…4 an entity type, 5 outside).
  private var history: [UInt64: UInt8] = [:]

  /// Collects the document-wide facts of `sentences`.
  init(sentences: [SentenceAnalysis]) {
    for sentence in sentences where !sentence.isAllCaps {
      for (index, word) in sentence.words.enumerated() {
        if word.startsLower {
          seenLower.insert(word.lower)
        } else if index > 0, word.startsUpper {
          if word.isAllCaps && word.hasTwoLetters {
            seenCaps.insert(word.lower)
          } else if !word.isAllCaps {
            seenTitle.insert(word.lower)
          }
        }
      }
    }
  }

  /// A small code of where else the word appears: bit 0 lower case, bit 1 capitalised
  /// mid-sentence, bit 2 in capitals mid-sentence.
  func form(of word: WordInfo) -> UInt64 {
    (seenLower.contains(word.lower) ? 1 : 0) | (seenTitle.contains(word.lower) ? 2 : 0)
      | (seenCaps.contains(word.lower) ? 4 : 0)
  }

  /// The last tag type the tagger gave to this word in the document, or 0.
  func lastType(of word: WordInfo) -> UInt8 {
    history[word.lower] ?? 0
  }

  /// Remembers the tags just given to a sentence's capitalised words.
  mutating func record(_ sentence: SentenceAnalysis, tags: [Int]) {
    for (word, tag) in zip(sentence.words, tags) where word.startsUpper {
      history[word.lower] = tag == TagSet.outside ? 5 : UInt8(TagSet.type(of: tag) + 1)
    }
  }
}
