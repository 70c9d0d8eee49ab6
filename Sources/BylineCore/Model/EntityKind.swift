/// The kinds of entity the tagger finds. Every kind has a theme role in the reader.
public enum EntityKind: String, Hashable, Sendable, Codable, CaseIterable {
  /// A person's name.
  case person
  /// A company, agency, party, team or other organisation.
  case organization
  /// A country, city, region, or other place.
  case location
  /// Other names: nationalities, events, works, products.
  case misc
  /// A date or time expression.
  case date
  /// An amount of money.
  case money
  /// A percentage.
  case percent

  /// The short code used in CoNLL data and in `byline entities` output (`PER`, `ORG`, …).
  public var code: String {
    switch self {
    case .person: "PER"
    case .organization: "ORG"
    case .location: "LOC"
    case .misc: "MISC"
    case .date: "DATE"
    case .money: "MONEY"
    case .percent: "PERCENT"
    }
  }

  /// The kind for a short code such as `PER` (case-insensitive), or `nil`.
  public init?(code: String) {
    guard let kind = Self.allCases.first(where: { $0.code == code.uppercased() }) else {
      return nil
    }
    self = kind
  }
}
