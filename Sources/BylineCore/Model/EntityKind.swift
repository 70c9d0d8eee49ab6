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

  /// Whether the kind is a name (person, organisation, place or other name): names are one
  /// entity per normalised name across kinds, so "Arsenal" tagged as a person in one article
  /// and as an organisation in another is one entity. Dates, amounts and percentages are not.
  public var isName: Bool {
    switch self {
    case .person, .organization, .location, .misc: true
    case .date, .money, .percent: false
    }
  }

  /// Whether entities of the kind are listed among an entity's related ones ("Often with"):
  /// amounts and percentages are not (every business story has some, and they say little about
  /// what the stories share); names and absolute dates are (relative dates have no entity).
  var isListedAsRelated: Bool { self != .money && self != .percent }

  /// The first part of the entity IDs of this kind: `name` for every kind of name, the kind's
  /// raw value (`date`, `money`, `percent`) otherwise.
  public var idPrefix: String { isName ? "name" : rawValue }

  /// The kind for a short code such as `PER` (case-insensitive), or `nil`.
  public init?(code: String) {
    guard let kind = Self.allCases.first(where: { $0.code == code.uppercased() }) else {
      return nil
    }
    self = kind
  }
}
