/// Settings for training the tagger.
public struct TrainingOptions: Sendable {
  /// The most passes over the training data; the pass that scores best on the dev data wins.
  public var epochs: Int
  /// Seeds the shuffling and the choice of sentences turned to capitals.
  public var seed: UInt64
  /// log2 of the number of rows in the hashed weight table.
  public var bucketBits: Int
  /// The share of ordinary sentences turned to capitals in each pass, so the tagger learns
  /// headlines.
  public var capsFraction: Double
  /// The feature groups beyond the basic ones, as `FeatureGroups` raw bits (by default all six,
  /// `FeatureGroups.current`).
  public var featureGroups: UInt32

  /// Creates settings.
  public init(
    epochs: Int = 14, seed: UInt64 = 4, bucketBits: Int = 18, capsFraction: Double = 0.25,
    featureGroups: UInt32 = 0x3F
  ) {
    self.featureGroups = featureGroups
    self.epochs = epochs
    self.seed = seed
    self.bucketBits = bucketBits
    self.capsFraction = capsFraction
  }
}
