/// What the rest of the document says about a word: whether it also appears in lower case, or
/// capitalised in the middle of an ordinary sentence, and what the tagger called it last time.
package struct DocumentContext: Sendable {
  /// Lower-case form → where else it appears (see ``form(of:)``).
  private var forms = HashedByteMap(capacity: 256)
  /// Lower-case form → the last tag type given to it (1…4 an entity type, 5 outside).
  private var history = HashedByteMap(capacity: 64)

  /// Collects the document-wide facts of `sentences`.
  package init(sentences: [SentenceAnalysis]) {
    for sentence in sentences where !sentence.isAllCaps {
      for (index, word) in sentence.words.enumerated() {
        if word.startsLower {
          forms.formUnion(1, for: word.lower)
        } else if index > 0, word.startsUpper {
          if word.isAllCaps && word.hasTwoLetters {
            forms.formUnion(4, for: word.lower)
          } else if !word.isAllCaps {
            forms.formUnion(2, for: word.lower)
          }
        }
      }
    }
  }

  /// A small code of where else the word appears: bit 0 lower case, bit 1 capitalised
  /// mid-sentence, bit 2 in capitals mid-sentence.
  func form(of word: WordInfo) -> UInt64 {
    UInt64(forms[word.lower] ?? 0)
  }

  /// The last tag type the tagger gave to this word in the document, or 0.
  func lastType(of word: WordInfo) -> UInt8 {
    history[word.lower] ?? 0
  }

  /// Remembers the tags just given to a sentence's capitalised words.
  package mutating func record(_ sentence: SentenceAnalysis, tags: [Int]) {
    for (word, tag) in zip(sentence.words, tags) where word.startsUpper {
      history.set(tag == TagSet.outside ? 5 : UInt8(TagSet.type(of: tag) + 1), for: word.lower)
    }
  }
}
