import BylineCore

/// K-fold cross-validation on the training documents: each fold is held out in turn, a model is
/// trained on the others, and its score on the held-out fold after every pass is added up over
/// the folds. The pass count with the best summed score is the one to train the final model
/// with, so the dev split is never used for tuning.
public struct CrossValidation {
  /// The number of folds.
  public var folds: Int
  /// The training settings (its `epochs` is the most passes tried).
  public var options: TrainingOptions
  /// The names used as features.
  public var gazetteer: Gazetteer

  /// Cross-validation with `folds` folds.
  public init(folds: Int, options: TrainingOptions, gazetteer: Gazetteer) {
    self.folds = folds
    self.options = options
    self.gazetteer = gazetteer
  }

  /// The summed held-out score after each pass (index 0 is pass 1); `log` hears one line per
  /// pass of every fold. Document `i` is in fold `i % folds`.
  public func run(on documents: [CoNLLDocument], log: (String) -> Void) -> [EntityScore] {
    var perEpoch = [EntityScore](repeating: EntityScore(), count: options.epochs)
    for fold in 0..<folds {
      let heldOut = documents.indices.filter { $0 % folds == fold }.map { documents[$0] }
      let training = documents.indices.filter { $0 % folds != fold }.map { documents[$0] }
      let trainer = TaggerTrainer(options: options, gazetteer: gazetteer)
      _ = trainer.train(on: training, dev: heldOut, metadata: "cross-validation") { line in
        log("fold \(fold + 1)/\(folds): \(line)")
      } score: { epoch, score in
        perEpoch[epoch - 1].add(score)
      }
    }
    return perEpoch
  }
}
