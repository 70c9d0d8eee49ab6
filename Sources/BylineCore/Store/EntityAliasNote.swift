/// A short name the library could not, or did not wholly, link to one entity: "Blair: also
/// Cherie Blair" on Tony Blair's page, "Blair: also Tony Blair, Cherie Blair" on the page of a
/// "Blair" the library left apart.
public struct EntityAliasNote: Hashable, Sendable {
  /// The short name as the library shows it ("Blair").
  public var name: String
  /// The other entities it may stand for, most mentioned first.
  public var others: [EntityRecord]

  /// Creates a note.
  public init(name: String, others: [EntityRecord]) {
    self.name = name
    self.others = others
  }

  /// The note as one line: `Blair: also Cherie Blair, Tony Blair`.
  public var text: String {
    name + ": also " + others.map(\.name).joined(separator: ", ")
  }
}
