/// Rules for the entity kinds the model does not learn: dates, money and percentages.
///
/// - DATE: `September 27, 2020`, `Sept. 27`, `April 24`, `April 26 and 27`, `25 March 2020`,
///   `between 19 and 25 March`, `March 2020`, `in March` (May only with a day, year or
///   preposition), `Thursday`, `last Thursday`, `last week`, `the next few days`,
///   `two weeks ago`, `today`, `2020-09-27`, `27/09/2020`, `the 1990s`, and years after a
///   preposition (`in 1969`). Adjacent dates joined by a comma become one (`Thursday,
///   September 27`).
/// - MONEY: `$4.5 billion`, `US$5`, `€300`, `£12m`, `300 million won`, `5 million dollars`,
///   `5 million US dollars`, `USD 5`, `5 bln yen`.
/// - PERCENT: `12%`, `12 percent`, `12.5 per cent`, `12 pct`, `3 percentage points`.
enum EntityRules {
  /// The rule spans found in a paragraph's tokens, sorted and non-overlapping.
  static func spans(in tokens: [Token]) -> [EntitySpan] {
    var matcher = RuleMatcher(tokens: tokens)
    return matcher.run()
  }
}
