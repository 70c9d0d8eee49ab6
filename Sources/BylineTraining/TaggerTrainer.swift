import BylineCore
import Foundation

/// Trains a ``TaggerModel``: an averaged structured perceptron over IOB2 tags with Viterbi
/// decoding, on hashed features (see ``FeatureExtractor``).
///
/// Documents are visited in a seeded random order, sentences in document order so that each one
/// sees the tags predicted for words earlier in its document (as at run time). In every pass a
/// share of ordinary sentences is turned to capitals so the model learns headlines. After each
/// pass the averaged weights are scored on the dev data and the best pass is kept.
public struct TaggerTrainer {
  /// The settings.
  public var options: TrainingOptions
  /// The names used as features.
  public var gazetteer: Gazetteer

  /// A trainer with these settings and names.
  public init(options: TrainingOptions, gazetteer: Gazetteer) {
    self.options = options
    self.gazetteer = gazetteer
  }

  /// Trains on `documents`, choosing the best pass by its score on `dev` (the last pass when
  /// `dev` is empty); `log` hears one line per pass and `score` each pass's score on `dev`.
  public func train(
    on documents: [CoNLLDocument], dev: [CoNLLDocument], metadata: String,
    log: (String) -> Void, score report: (Int, EntityScore) -> Void = { _, _ in }
  ) -> (model: TaggerModel, score: EntityScore?) {
    var state = PerceptronState(bucketBits: options.bucketBits)
    let groups = FeatureGroups(rawValue: options.featureGroups)
    let extractor = FeatureExtractor(bucketBits: options.bucketBits, groups: groups)
    var random = SplitMix64(seed: options.seed)
    /// One pass over the training data; the averaged model after it and its dev score.
    func pass(_ epoch: Int) -> (model: TaggerModel, score: EntityScore?, epoch: Int) {
      var mistakes = 0
      var order = Array(documents.indices)
      order.shuffle(using: &random)
      for documentIndex in order {
        let sentences = documents[documentIndex].sentences
        let analyses = sentences.map { sentence in
          let upper = Double(random.next() % 1_000_000) / 1_000_000 < options.capsFraction
          let texts = upper ? sentence.tokens.map { $0.uppercased() } : sentence.tokens
          return SentenceAnalysis(texts: texts, gazetteer: gazetteer)
        }
        var context = DocumentContext(sentences: analyses, groups: groups)
        for (sentence, analysis) in zip(sentences, analyses) {
          let features = extractor.features(of: analysis, in: context)
          let predicted = state.decode(features)
          if predicted != sentence.tags {
            mistakes += 1
            state.update(features, gold: sentence.tags, predicted: predicted)
          }
          state.tick()
          context.record(analysis, tags: predicted)
        }
      }
      let averaged = state.averaged()
      let model = TaggerModel(
        bucketBits: options.bucketBits, weights: averaged.weights, start: averaged.start,
        transitions: averaged.transitions, gazetteer: gazetteer,
        metadata: metadata + " epochs=\(epoch)", groups: groups)
      var line = "epoch \(epoch): \(mistakes) sentences wrong"
      let score = dev.isEmpty ? nil : TaggerEvaluation.score(model, on: dev)
      if let score {
        report(epoch, score)
        line += String(
          format: "; dev P %.2f R %.2f F1 %.2f", score.overall.precision, score.overall.recall,
          score.overall.f1)
      }
      log(line)
      return (model, score, epoch)
    }
    var best = pass(1)
    for epoch in stride(from: 2, through: options.epochs, by: 1) {
      let candidate = pass(epoch)
      // Without dev data the last pass wins.
      var better = true
      if let new = candidate.score, let old = best.score {
        better = new.overall.f1 > old.overall.f1
      }
      if better { best = candidate }
    }
    log("kept epoch \(best.epoch)")
    return (best.model, best.score)
  }
}
