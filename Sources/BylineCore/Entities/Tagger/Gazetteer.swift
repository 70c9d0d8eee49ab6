/// Lists of names (countries, regions, cities, nationalities, first names, surnames,
/// organisations) and of common English words that the tagger uses as features: a token inside a
/// listed name gets a feature saying which list and where in the name.
///
/// The lists are baked into the model file at training time (`GazetteerSources` in
/// BylineTraining), so nothing outside the model is needed at run time.
public struct Gazetteer: Sendable {
  /// Which list a name comes from.
  package enum Category: UInt8, Sendable, CaseIterable {
    /// Countries (ISO 3166-1 names and common aliases).
    case country
    /// Country subdivisions (ISO 3166-2).
    case subdivision
    /// Cities.
    case city
    /// Nationality and demonym adjectives.
    case nationality
    /// Given names.
    case firstName
    /// Companies, clubs, leagues and other organisations.
    case organisation
    /// Family names.
    case surname
    /// Frequent English words (when capitalised, often not a name by themselves).
    case commonWord
  }

  /// One listed name.
  package struct Entry: Hashable, Sendable {
    /// The list it belongs to.
    package var category: Category
    /// The name as written.
    package var name: String

    package init(category: Category, name: String) {
      self.category = category
      self.name = name
    }
  }

  /// Every name, in the order given.
  package private(set) var entries: [Entry]
  /// Key (hash of the name's lower-case token forms) → bit set of categories, plus
  /// ``prefixBit`` on keys of names' first tokens that longer names continue.
  private var table = HashedMap<UInt16>()
  /// Marks a key that begins a longer name.
  private static let prefixBit: UInt16 = 0x8000
  /// The most tokens in any name.
  private(set) var maxTokens = 0

  /// Creates a gazetteer of `entries`.
  package init(entries: [Entry]) {
    self.entries = entries
    table = HashedMap<UInt16>(capacity: entries.count + entries.count / 2)
    for entry in entries {
      let words = Tokenizer.tokens(in: entry.name).map { WordInfo($0.text).lower }
      guard !words.isEmpty, words.count <= 8 else { continue }
      table.formUnion(UInt16(1) << entry.category.rawValue, for: Self.key(words[...]))
      for length in 1..<words.count {
        table.formUnion(Self.prefixBit, for: Self.key(words[..<length]))
      }
      maxTokens = max(maxTokens, words.count)
    }
  }

  /// A gazetteer of `entries` whose lookup table was built before (read from a model file, so
  /// that loading does not analyse every name again).
  init(entries: [Entry], table: HashedMap<UInt16>, maxTokens: Int) {
    self.entries = entries
    self.table = table
    self.maxTokens = maxTokens
  }

  /// The lookup table and the most tokens in a name, to store in a model file.
  var storedTable: (table: HashedMap<UInt16>, maxTokens: Int) { (table, maxTokens) }

  /// The number of names.
  package var count: Int { entries.count }

  private static func key(_ words: ArraySlice<UInt64>) -> UInt64 {
    words.reduce(0x6761_7a65) { FeatureHash.mix($0, $1) }
  }

  /// Marks, for each token of a sentence, the categories of names beginning there (`begin`) and
  /// continuing through it (`inside`). Only names starting with a capitalised token count.
  func marks(for words: [WordInfo]) -> [GazetteerMark] {
    var marks = [GazetteerMark](repeating: GazetteerMark(), count: words.count)
    guard maxTokens > 0 else { return marks }
    for start in words.indices where words[start].startsUpper {
      var key: UInt64 = 0x6761_7a65
      for length in 1...min(maxTokens, words.count - start) {
        key = FeatureHash.mix(key, words[start + length - 1].lower)
        guard let found = table[key] else { break }
        let bits = found & ~Self.prefixBit
        if bits == 0 {
          continue
        }
        marks[start].begin |= bits
        for inside in (start + 1)..<(start + length) { marks[inside].inside |= bits }
        if length == 1 { marks[start].single |= bits }
        if found & Self.prefixBit == 0 { break }
      }
    }
    return marks
  }
}
