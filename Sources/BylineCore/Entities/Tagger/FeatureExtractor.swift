/// Turns a sentence into hashed features: the word, its lower-case form, shape, prefixes and
/// suffixes, the words and shapes two to each side, sentence position, whether the sentence is
/// in capitals, the case of the neighbours, gazetteer marks (alone and with the sentence's
/// capitals, the position and the neighbours' shapes), and document facts; which of them is
/// set by the model's ``FeatureGroups``.
package struct FeatureExtractor: Sendable {
  /// log2 of the number of rows in the weight table.
  let bucketBits: Int

  /// The feature groups made beyond the basic ones (version 2 models were trained without any).
  let groups: FeatureGroups

  /// Whether the features added with model file version 3 are made (the shapes two words away,
  /// gazetteer marks with the sentence's capitals, position and neighbours' shapes, and the case
  /// of the neighbours).
  var extended: Bool { groups.contains(.extended) }

  /// An extractor hashing into a table of 2^`bucketBits` rows, making the features of `groups`.
  package init(bucketBits: Int, groups: FeatureGroups = .current) {
    self.bucketBits = bucketBits
    self.groups = groups
  }

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
    case capsGazetteer, positionGazetteer, caseContext, gazetteerShapes
    case historySet, documentRoles, documentLeft, documentRight, documentNeighbourMarks
    case capitalRun, runFirst, runLast
  }

  /// The features of every token of `sentence`.
  package func features(of sentence: SentenceAnalysis, in document: DocumentContext) -> FeatureRows
  {
    let words = sentence.words
    let count = words.count
    var starts: [Int32] = [0]
    starts.reserveCapacity(count + 1)
    let boundary = WordInfo.boundary
    let caps: UInt64 = sentence.isAllCaps ? 1 : 0
    let shift = UInt64(64 - bucketBits)
    let extended = self.extended
    let groups = self.groups
    // Where the current run of capitalised words started and ends (ordinary sentences only).
    var runStart = 0
    var runEnd = 0
    let rows = [Int32](unsafeUninitializedCapacity: count * Self.maximumPerToken) {
      buffer, initialized in
      initialized = 0
      for index in 0..<count {
        addFeatures(of: index)
        starts.append(Int32(initialized))
      }
      /// Writes the features of token `index` into `buffer`.
      func addFeatures(of index: Int) {
        let word = words[index]
        let left1 = index > 0 ? words[index - 1] : boundary
        let left2 = index > 1 ? words[index - 2] : boundary
        let right1 = index + 1 < count ? words[index + 1] : boundary
        let right2 = index + 2 < count ? words[index + 2] : boundary
        func add(_ template: Template, _ value: UInt64) {
          let hash = (value ^ (template.rawValue &* 0xff51_afd7_ed55_8ccd)) &* 0x9e37_79b9_7f4a_7c15
          buffer[initialized] = Int32(truncatingIfNeeded: (hash ^ (hash >> 29)) >> shift)
          initialized += 1
        }
        add(.bias, 0)
        add(.exact, word.exact)
        add(.lower, word.lower)
        add(.shape, word.shape)
        add(.shortShape, word.shortShape)
        add(.prefix2, word.prefixes.1)
        add(.prefix3, word.prefixes.2)
        add(.prefix4, word.prefixes.3)
        add(.suffix2, word.suffixes.1)
        add(.suffix3, word.suffixes.2)
        add(.suffix4, word.suffixes.3)
        add(.lowerLeft1, left1.lower)
        add(.lowerRight1, right1.lower)
        add(.lowerLeft2, left2.lower)
        add(.lowerRight2, right2.lower)
        add(.shapeLeft1, left1.shortShape)
        add(.shapeRight1, right1.shortShape)
        if extended {
          add(.shapeLeft2, left2.shortShape)
          add(.shapeRight2, right2.shortShape)
        }
        add(.bigramLeft, FeatureHash.mix(left1.lower, word.lower))
        add(.bigramRight, FeatureHash.mix(word.lower, right1.lower))
        add(
          .shapeTrigram,
          FeatureHash.mix(FeatureHash.mix(left1.shortShape, word.shortShape), right1.shortShape))
        let position: UInt64 = index == 0 ? 1 : (index == count - 1 ? 2 : 3)
        add(.position, FeatureHash.mix(position, word.shortShape))
        add(.capsShape, FeatureHash.mix(caps, word.shape))
        add(.capsLower, FeatureHash.mix(caps, word.lower))
        add(.lowerLeftShape, FeatureHash.mix(left1.lower, word.shortShape))
        add(.shapeLowerRight, FeatureHash.mix(word.shortShape, right1.lower))
        let mark = sentence.marks[index]
        for category in 0..<Gazetteer.Category.allCases.count {
          let bit = UInt16(1) << category
          if mark.single & bit != 0 { add(.gazetteerSingle, UInt64(category)) }
          if mark.begin & bit != 0 { add(.gazetteerBegin, UInt64(category)) }
          if mark.inside & bit != 0 { add(.gazetteerInside, UInt64(category)) }
        }
        let leftMark = index > 0 ? sentence.marks[index - 1] : GazetteerMark()
        let rightMark = index + 1 < count ? sentence.marks[index + 1] : GazetteerMark()
        let neighbours =
          UInt64(leftMark.begin | leftMark.inside) << (extended ? 16 : 8)
          | UInt64(rightMark.begin | rightMark.inside)
        if neighbours != 0 { add(.gazetteerNeighbours, neighbours) }
        if extended, mark.begin != 0 {
          add(.capsGazetteer, UInt64(mark.begin) << 1 | caps)
          add(.positionGazetteer, UInt64(mark.single) << 2 | position)
          // A city between numbers is a team in a results table (`Leeds 2 Arsenal 1`).
          add(
            .gazetteerShapes,
            FeatureHash.mix(
              FeatureHash.mix(UInt64(mark.begin), left1.shortShape), right1.shortShape))
        }
        if extended, word.startsUpper {
          // Case in context: a capital after a lower-case word (mid-sentence, so not just the
          // sentence's first word), after a capitalised word, or after punctuation.
          let leftCase: UInt64 = left1.startsLower ? 1 : (left1.startsUpper ? 2 : 3)
          let rightCase: UInt64 = right1.startsLower ? 1 : (right1.startsUpper ? 2 : 3)
          add(.caseContext, leftCase << 4 | rightCase << 2 | caps << 1 | (word.isAllCaps ? 1 : 0))
        }
        if word.startsUpper {
          let form = document.form(of: word)
          let context = caps << 1 | (index == 0 ? 1 : 0) | (word.isAllCaps ? 4 : 0)
          add(.documentForm, form << 8 | context)
          let last = document.lastType(of: word)
          if last != 0 { add(.history, UInt64(last) << 8 | caps) }
          if groups.contains(.historySet) {
            let seen = document.seenTypes(of: word)
            if seen != 0 { add(.historySet, UInt64(seen) << 1 | caps) }
          }
          if groups.contains(.documentRoles) {
            add(.documentRoles, UInt64(document.roles(of: word)) << 8 | context)
          }
          if groups.contains(.documentNeighbours), let found = document.firstNeighbours(of: word) {
            add(.documentLeft, found.left)
            add(.documentRight, found.right)
            if found.marks != 0 { add(.documentNeighbourMarks, found.marks) }
          }
          if caps == 0, !groups.isDisjoint(with: [.capitalRun, .runEnds]) {
            addRunFeatures(at: index)
          }
        }
        /// The features of a capitalised token's run of capitalised words.
        func addRunFeatures(at index: Int) {
          if index >= runEnd {
            runStart = index
            runEnd = index + 1
            while runEnd < count, words[runEnd].startsUpper { runEnd += 1 }
          }
          if groups.contains(.capitalRun) {
            let length = UInt64(min(runEnd - runStart, 4))
            let place: UInt64 =
              runEnd - runStart == 1 ? 0 : (index == runStart ? 1 : (index == runEnd - 1 ? 2 : 3))
            add(.capitalRun, length << 4 | place << 1 | (runStart == 0 ? 1 : 0))
          }
          if groups.contains(.runEnds) {
            if index > runStart { add(.runFirst, words[runStart].lower) }
            if index < runEnd - 1 { add(.runLast, words[runEnd - 1].lower) }
          }
        }
      }
    }
    return FeatureRows(rows: rows, starts: starts)
  }

  /// More features than any token can have (the fixed templates, three per gazetteer category,
  /// and the document features).
  private static let maximumPerToken = 80
}

extension WordInfo {
  /// The analysis of the padding beyond either end of a sentence.
  static let boundary = WordInfo("<s>")
}
