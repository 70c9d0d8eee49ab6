/// What the rest of the document says about a word: whether it also appears in lower case, or
/// capitalised in the middle of an ordinary sentence, where it stands in runs of capitalised
/// words, the words around its first mid-sentence appearance, and what the tagger called it
/// earlier.
package struct DocumentContext: Sendable {
  /// Lower-case form → where else it appears (see ``form(of:)``).
  private var forms = HashedByteMap(capacity: 256)
  /// Lower-case form → bits 0–2 the last tag type given to it (1…4 an entity type, 5 outside),
  /// bits 3–7 every type given to it so far (bit 2 + type).
  private var history = HashedByteMap(capacity: 64)
  /// Lower-case form → its roles in runs of capitalised words (see ``roles(of:)``).
  private var roleBits = HashedByteMap(capacity: 1)
  /// Lower-case form (mixed with 0, 1, 2) → the lower-case words before and after its first
  /// mid-sentence appearance and their gazetteer marks.
  private var neighbours = HashedMap<UInt64>(capacity: 1)

  /// Collects the document-wide facts of `sentences` that `groups` use.
  package init(sentences: [SentenceAnalysis], groups: FeatureGroups = .current) {
    let scan = groups.needsDocumentScan
    if scan {
      roleBits = HashedByteMap(capacity: 128)
      neighbours = HashedMap<UInt64>(capacity: 256)
    }
    for sentence in sentences where !sentence.isAllCaps {
      let words = sentence.words
      for (index, word) in words.enumerated() {
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
      if scan { collectRuns(of: sentence) }
    }
  }

  /// Records the roles of the capitalised words of one ordinary sentence and the neighbours of
  /// their first mid-sentence appearance.
  private mutating func collectRuns(of sentence: SentenceAnalysis) {
    let words = sentence.words
    var index = 0
    while index < words.count {
      guard words[index].startsUpper else {
        index += 1
        continue
      }
      var end = index + 1
      while end < words.count, words[end].startsUpper { end += 1 }
      for position in index..<end {
        let word = words[position]
        let role = Self.role(at: position, inRun: index..<end)
        if role != 0 { roleBits.formUnion(role, for: word.lower) }
        guard position > 0, neighbours[FeatureHash.mix(word.lower, 0)] == nil else { continue }
        let right = position + 1 < words.count ? words[position + 1].lower : 0
        let leftMark = sentence.marks[position - 1]
        let rightMark =
          position + 1 < words.count ? sentence.marks[position + 1] : GazetteerMark()
        neighbours.set(words[position - 1].lower, for: FeatureHash.mix(word.lower, 0))
        neighbours.set(right, for: FeatureHash.mix(word.lower, 1))
        neighbours.set(
          UInt64(leftMark.begin | leftMark.inside) | UInt64(rightMark.begin | rightMark.inside)
            << 16,
          for: FeatureHash.mix(word.lower, 2))
      }
      index = end
    }
  }

  /// The role bit of the word at `position` in the run of capitalised words `run`: 1 alone
  /// mid-sentence, 2 first of a longer run, 4 last, 8 inside; 0 alone at the sentence's start.
  static func role(at position: Int, inRun run: Range<Int>) -> UInt8 {
    if run.count == 1 { return position == 0 ? 0 : 1 }
    if position == run.lowerBound { return 2 }
    return position == run.upperBound - 1 ? 4 : 8
  }

  /// A small code of where else the word appears: bit 0 lower case, bit 1 capitalised
  /// mid-sentence, bit 2 in capitals mid-sentence.
  func form(of word: WordInfo) -> UInt64 {
    UInt64(forms[word.lower] ?? 0)
  }

  /// The roles the word has in runs of capitalised words of the document (see
  /// ``role(at:inRun:)``), ORed together.
  func roles(of word: WordInfo) -> UInt8 {
    roleBits[word.lower] ?? 0
  }

  /// The lower-case words (hashes) before and after the word's first mid-sentence appearance,
  /// and their gazetteer categories (left in the low 16 bits, right in the next 16); `nil` when
  /// it never appears mid-sentence.
  func firstNeighbours(of word: WordInfo) -> (left: UInt64, right: UInt64, marks: UInt64)? {
    guard let left = neighbours[FeatureHash.mix(word.lower, 0)] else { return nil }
    return (
      left, neighbours[FeatureHash.mix(word.lower, 1)] ?? 0,
      neighbours[FeatureHash.mix(word.lower, 2)] ?? 0
    )
  }

  /// The last tag type the tagger gave to this word in the document, or 0.
  func lastType(of word: WordInfo) -> UInt8 {
    (history[word.lower] ?? 0) & 7
  }

  /// Every tag type the tagger gave to this word earlier in the document, one bit each (bit
  /// `type - 1`, type 5 outside).
  func seenTypes(of word: WordInfo) -> UInt8 {
    (history[word.lower] ?? 0) >> 3
  }

  /// Remembers the tags just given to a sentence's capitalised words.
  package mutating func record(_ sentence: SentenceAnalysis, tags: [Int]) {
    for (word, tag) in zip(sentence.words, tags) where word.startsUpper {
      let type: UInt8 = tag == TagSet.outside ? 5 : UInt8(TagSet.type(of: tag) + 1)
      let seen = (history[word.lower] ?? 0) & 0xF8
      history.set(seen | 1 << (2 + type) | type, for: word.lower)
    }
  }
}
