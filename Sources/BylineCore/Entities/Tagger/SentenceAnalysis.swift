/// One sentence's tokens as the tagger sees them: word analyses, whether the sentence is in
/// capitals throughout (a headline), and gazetteer marks.
package struct SentenceAnalysis: Sendable {
  /// One analysis per token.
  var words: [WordInfo]
  /// No token has a lower-case letter and some token has letters: a headline or dateline.
  var isAllCaps: Bool
  /// Gazetteer marks, one per token.
  var marks: [GazetteerMark]

  /// Analyses the tokens `texts`.
  package init(texts: some Sequence<String>, gazetteer: Gazetteer) {
    var scratch: [UInt8] = []
    scratch.reserveCapacity(64)
    words = texts.map { WordInfo($0, scratch: &scratch) }
    let anyLower = words.contains { $0.hasLower }
    let anyCaps = words.contains { $0.isAllCaps && $0.hasTwoLetters }
    isAllCaps = !anyLower && anyCaps
    marks = gazetteer.marks(for: words)
  }
}
