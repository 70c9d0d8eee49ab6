/// Groups of features a model was trained with, beyond the basic ones every model has. A model
/// file records its groups, so a model tags with exactly the features it learnt.
package struct FeatureGroups: OptionSet, Sendable, Hashable {
  package let rawValue: UInt32

  package init(rawValue: UInt32) {
    self.rawValue = rawValue
  }

  /// The features added with model file version 3: the shapes two words away, gazetteer marks
  /// with the sentence's capitals, position and neighbours' shapes, and the case of the
  /// neighbours.
  package static let extended = FeatureGroups(rawValue: 1 << 0)
  /// Every type the tagger gave the word earlier in the document, not only the last one.
  package static let historySet = FeatureGroups(rawValue: 1 << 1)
  /// Where the word stands in runs of capitalised words elsewhere in the document (last word of
  /// `Tony Blair`, first of `Leeds United`, alone mid-sentence).
  package static let documentRoles = FeatureGroups(rawValue: 1 << 2)
  /// The lower-case words before and after the word's first mid-sentence appearance in the
  /// document (`Mr` of `Mr Blair` for a later `Blair`): context aggregation.
  package static let documentNeighbours = FeatureGroups(rawValue: 1 << 3)
  /// The token's place in its run of capitalised words in this sentence, with the run's length.
  package static let capitalRun = FeatureGroups(rawValue: 1 << 4)
  /// The first and last words of the token's run of capitalised words in this sentence, when
  /// they are not the token (`United` for `Leeds` in `Leeds United`, `Corp` three words away).
  package static let runEnds = FeatureGroups(rawValue: 1 << 5)

  /// The groups of a version 2 model file.
  package static let version2: FeatureGroups = []
  /// The groups of a version 3 model file.
  package static let version3: FeatureGroups = [.extended]
  /// The groups new models are trained with.
  package static let current: FeatureGroups = [
    .extended, .historySet, .documentRoles, .documentNeighbours, .capitalRun, .runEnds,
  ]

  /// Whether any group needs the document-wide facts gathered before tagging.
  var needsDocumentScan: Bool { !intersection([.documentRoles, .documentNeighbours]).isEmpty }

  /// The groups named in a comma-separated list (`extended,history-set,...`), or `nil` when a
  /// name is unknown.
  package init?(names: String) {
    var groups: FeatureGroups = []
    for name in names.split(separator: ",") {
      guard let group = Self.named[String(name)] else { return nil }
      groups.insert(group)
    }
    self = groups
  }

  /// Each group by the name ``init(names:)`` reads.
  package static let named: [String: FeatureGroups] = [
    "extended": .extended, "history-set": .historySet, "document-roles": .documentRoles,
    "document-neighbours": .documentNeighbours, "capital-run": .capitalRun,
    "run-ends": .runEnds,
  ]
}
