/// Lists of names (countries, regions, cities, nationalities, first names) the tagger uses as
/// features: a token inside a listed name gets a feature saying which list and where in the name.
///
/// The lists are baked into the model file at training time (see ``GazetteerSources``), so
/// nothing outside the model is needed at run time.
public struct Gazetteer: Sendable {
  /// Which list a name comes from.
  public enum Category: UInt8, Sendable, CaseIterable {
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
  }

  /// One listed name.
  public struct Entry: Hashable, Sendable {
    /// The list it belongs to.
    public var category: Category
    /// The name as written.
    public var name: String

    /// Creates an entry.
    public init(category: Category, name: String) {
      self.category = category
      self.name = name
    }
  }

  /// Every name, in the order given.
  public private(set) var entries: [Entry]
  /// Key (hash of the name's lower-case token forms) → bit set of categories.
  private var table: [UInt64: UInt8] = [:]
  /// The most tokens in any name.
  private(set) var maxTokens = 0

  /// Creates a gazetteer of `entries`.
  public init(entries: [Entry]) {
    self.entries = entries
    for entry in entries {
      let words = Tokenizer.tokens(in: entry.name).map { WordInfo($0.text).lower }
      guard !words.isEmpty, words.count <= 8 else { continue }
      table[Self.key(words[...]), default: 0] |= 1 << entry.category.rawValue
      maxTokens = max(maxTokens, words.count)
    }
  }

  /// The number of distinct names.
  public var count: Int { table.count }

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
        guard let bits = table[key] else { continue }
        marks[start].begin |= bits
        for inside in (start + 1)..<(start + length) { marks[inside].inside |= bits }
        if length == 1 { marks[start].single |= bits }
      }
    }
    return marks
  }
}

/// The gazetteer categories found at one token.
struct GazetteerMark: Sendable {
  /// Categories of names that begin at the token.
  var begin: UInt8 = 0
  /// Categories of names that continue through the token.
  var inside: UInt8 = 0
  /// Categories of one-token names that are exactly the token.
  var single: UInt8 = 0
}
