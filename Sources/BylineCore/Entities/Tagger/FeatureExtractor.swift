/// The hashed feature indices of every token of a sentence (row indices into the weight table).
struct FeatureRows: Sendable {
  /// Row indices of all tokens, token after token.
  var rows: [Int32] = []
  /// Where each token's rows start in ``rows``; one extra entry for the end.
  var starts: [Int32] = [0]

  /// The number of tokens.
  var count: Int { starts.count - 1 }

  /// The row indices of token `index`.
  func rows(of index: Int) -> ArraySlice<Int32> {
    rows[Int(starts[index])..<Int(starts[index + 1])]
  }
}

/// Turns a sentence into hashed features: the word, its lower-case form, shape, prefixes and
/// suffixes, the words and shapes two to each side, sentence position, whether the sentence is
/// in capitals, gazetteer marks, and document facts.
struct FeatureExtractor: Sendable {
  /// log2 of the number of rows in the weight table.
  let bucketBits: Int

  private enum Template: UInt64 {
    case bias = 1
    case exact, lower, shape, shortShape, prefix1, prefix2, prefix3, prefix4
    case suffix1, suffix2, suffix3, suffix4
    case lowerLeft1, lowerRight1, lowerLeft2, lowerRight2
    case shapeLeft1, shapeRight1, shapeLeft2, shapeRight2
    case bigramLeft, bigramRight, shapeTrigram, position
    case capsShape, capsLower, capsLowerLeft, capsLowerRight
    case gazetteerSingle, gazetteerBegin, gazetteerInside, gazetteerNeighbours
    case documentForm, history, lowerLeftShape, shapeLowerRight
  }

  /// The features of every token of `sentence`.
  func features(of sentence: SentenceAnalysis, in document: DocumentContext) -> FeatureRows {
    let words = sentence.words
    let count = words.count
    var result = FeatureRows()
    result.rows.reserveCapacity(count * 40)
    result.starts.reserveCapacity(count + 1)
    let boundary = WordInfo.boundary
    let caps: UInt64 = sentence.isAllCaps ? 1 : 0
    for index in 0..<count {
      let word = words[index]
      let left1 = index > 0 ? words[index - 1] : boundary
      let left2 = index > 1 ? words[index - 2] : boundary
      let right1 = index + 1 < count ? words[index + 1] : boundary
      let right2 = index + 2 < count ? words[index + 2] : boundary
      func add(_ template: Template, _ value: UInt64) {
        let hash = FeatureHash.mix(template.rawValue &* 0x1000_0000_01b3, value)
        result.rows.append(Int32(truncatingIfNeeded: (hash &* 0x9e37_79b9_7f4a_7c15) >> (64 - bucketBits)))
      }
      add(.bias, 0)
      add(.exact, word.exact)
      add(.lower, word.lower)
      add(.shape, word.shape)
      add(.shortShape, word.shortShape)
      add(.prefix1, word.prefixes.0)
      add(.prefix2, word.prefixes.1)
      add(.prefix3, word.prefixes.2)
      add(.prefix4, word.prefixes.3)
      add(.suffix1, word.suffixes.0)
      add(.suffix2, word.suffixes.1)
      add(.suffix3, word.suffixes.2)
      add(.suffix4, word.suffixes.3)
      add(.lowerLeft1, left1.lower)
      add(.lowerRight1, right1.lower)
      add(.lowerLeft2, left2.lower)
      add(.lowerRight2, right2.lower)
      add(.shapeLeft1, left1.shortShape)
      add(.shapeRight1, right1.shortShape)
      add(.shapeLeft2, left2.shortShape)
      add(.shapeRight2, right2.shortShape)
      add(.bigramLeft, FeatureHash.mix(left1.lower, word.lower))
      add(.bigramRight, FeatureHash.mix(word.lower, right1.lower))
      add(
        .shapeTrigram,
        FeatureHash.mix(FeatureHash.mix(left1.shortShape, word.shortShape), right1.shortShape))
      let position: UInt64 = index == 0 ? 1 : (index == count - 1 ? 2 : 3)
      add(.position, FeatureHash.mix(position, word.shortShape))
      add(.capsShape, FeatureHash.mix(caps, word.shape))
      add(.capsLower, FeatureHash.mix(caps, word.lower))
      add(.capsLowerLeft, FeatureHash.mix(caps, left1.lower))
      add(.capsLowerRight, FeatureHash.mix(caps, right1.lower))
      add(.lowerLeftShape, FeatureHash.mix(left1.lower, word.shortShape))
      add(.shapeLowerRight, FeatureHash.mix(word.shortShape, right1.lower))
      let mark = sentence.marks[index]
      for category in 0..<8 {
        let bit = UInt8(1) << category
        if mark.single & bit != 0 { add(.gazetteerSingle, UInt64(category)) }
        if mark.begin & bit != 0 { add(.gazetteerBegin, UInt64(category)) }
        if mark.inside & bit != 0 { add(.gazetteerInside, UInt64(category)) }
      }
      let leftMark = index > 0 ? sentence.marks[index - 1] : GazetteerMark()
      let rightMark = index + 1 < count ? sentence.marks[index + 1] : GazetteerMark()
      let neighbours =
        UInt64(leftMark.begin | leftMark.inside) << 8 | UInt64(rightMark.begin | rightMark.inside)
      if neighbours != 0 { add(.gazetteerNeighbours, neighbours) }
      if word.startsUpper {
        let form = document.form(of: word)
        let context = caps << 1 | (index == 0 ? 1 : 0) | (word.isAllCaps ? 4 : 0)
        add(.documentForm, form << 8 | context)
        let last = document.lastType(of: word)
        if last != 0 { add(.history, UInt64(last) << 8 | caps) }
      }
      result.starts.append(Int32(result.rows.count))
    }
    return result
  }
}

extension WordInfo {
  /// The analysis of the padding beyond either end of a sentence.
  static let boundary = WordInfo("<s>")
}
