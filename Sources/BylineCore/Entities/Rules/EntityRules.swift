/// Rules for the entity kinds the model does not learn: dates, money and percentages.
enum EntityRules {
  /// The rule spans found in a paragraph's tokens, sorted and non-overlapping.
  static func spans(in tokens: [Token]) -> [EntitySpan] {
    []
  }
}
