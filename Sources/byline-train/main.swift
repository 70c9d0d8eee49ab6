import ArgumentParser
import BylineCore
import BylineTraining
import Foundation

/// Trains and evaluates Byline's entity tagger.
struct Train: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "byline-train",
    abstract: "Trains and evaluates Byline's entity tagger on CoNLL-2003 data.",
    subcommands: [TrainCommand.self, EvaluateCommand.self, CrossValidateCommand.self],
    defaultSubcommand: TrainCommand.self
  )
}

/// `byline-train train`: trains a model and writes it.
struct TrainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "train", abstract: "Train a model (the best pass on --dev is kept).")

  @Option(help: "CoNLL-2003 training file.") var train: String
  @Option(help: "CoNLL-2003 dev file, to choose the best pass and report its score.")
  var dev: String?
  @Option(help: "Where to write the model.") var output: String
  @Option(help: "The most passes over the training data.") var epochs = 14
  @Option(help: "Random seed (shuffling and capitalised copies).") var seed: UInt64 = 4
  @Option(help: "log2 of the number of rows of the hashed weight table.") var bucketBits = 18
  @Option(help: "Share of sentences turned to capitals in each pass.") var capsFraction = 0.25
  @Option(help: "Directory of the iso-codes JSON files.")
  var isoCodes = GazetteerSources.isoCodesDirectory.path
  @Option(help: "A CATEGORY<TAB>NAME file of more names (Scripts/make-tagger-names.py).")
  var names: String?
  @Option(
    help: ArgumentHelp(
      "Feature groups, comma-separated (default all: \(Self.allGroups)); for comparing them.",
      valueName: "list"))
  var features = Self.allGroups

  func run() throws {
    let clock = ContinuousClock()
    let started = clock.now
    let documents = try CoNLLCorpus.read(contentsOf: URL(fileURLWithPath: train))
    let devDocuments = try dev.map { try CoNLLCorpus.read(contentsOf: URL(fileURLWithPath: $0)) }
    let gazetteer = try GazetteerSources.gazetteer(
      isoCodes: URL(fileURLWithPath: isoCodes), names: names.map { URL(fileURLWithPath: $0) })
    print("gazetteer: \(gazetteer.count) names; training on \(documents.count) documents")
    guard let groups = FeatureGroups(names: features) else {
      throw ValidationError("--features: unknown group in \(features); known: \(Self.allGroups)")
    }
    let options = TrainingOptions(
      epochs: epochs, seed: seed, bucketBits: bucketBits, capsFraction: capsFraction,
      featureGroups: groups.rawValue)
    let metadata =
      "byline-train --seed \(seed) --bucket-bits \(bucketBits) --caps-fraction \(capsFraction)"
      + (names == nil ? "" : " --names") + " --features \(features)"
    let trainer = TaggerTrainer(options: options, gazetteer: gazetteer)
    let (model, score) = trainer.train(
      on: documents, dev: devDocuments ?? [], metadata: metadata
    ) { print($0) }
    try model.write(to: URL(fileURLWithPath: output))
    if let score { print(score.table) }
    let size = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
    print("wrote \(output) (\(size) bytes, \(model.usedRows) rows) in \(clock.now - started)")
  }
}

/// `byline-train evaluate`: scores a model on CoNLL data.
struct EvaluateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "evaluate",
    abstract: "Score a model on CoNLL data (entity level, exact span and type, micro P/R/F1).")

  @Option(help: "The model file (default: the bundled model).") var model: String?
  @Option(help: "CoNLL-2003 file to score on.") var data: String
  @Flag(help: "Score on an ALL-CAPS copy of the data (how well headlines are tagged).")
  var uppercase = false
  @Flag(help: "Score on the data turned back into running text, through the tokenizer and rules.")
  var raw = false

  @Flag(help: "Tag each sentence as a document of its own (no document-level features).")
  var sentences = false
  @Flag(help: "Leave out the agreement of repeated names within a document.")
  var noConsistency = false
  @Flag(help: "With --raw, leave out the span rules (brackets, quotes, numbers, idioms).")
  var noSpanRules = false

  func run() throws {
    let loaded =
      try model.map { try TaggerModel(contentsOf: URL(fileURLWithPath: $0)) }
      ?? EntityTagger.bundled().model
    var documents = try CoNLLCorpus.read(contentsOf: URL(fileURLWithPath: data))
    if uppercase { documents = documents.map { $0.uppercased() } }
    if raw {
      var tagger = EntityTagger(model: loaded)
      tagger.consistent = !noConsistency
      tagger.spanRules = !noSpanRules
      print(TaggerEvaluation.scoreOnRawText(tagger, on: documents).table)
    } else {
      print(
        TaggerEvaluation.score(
          loaded, on: documents, sentencesAlone: sentences, consistent: !noConsistency
        ).table)
    }
  }
}

/// `byline-train cross-validate`: k-fold cross-validation on the training data, to choose the
/// number of passes (and compare settings) without looking at the dev split.
struct CrossValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cross-validate",
    abstract: "K-fold cross-validation on the training data: held-out F1 per pass.")

  @Option(help: "CoNLL-2003 training file.") var train: String
  @Option(help: "The number of folds.") var folds = 5
  @Option(help: "The most passes over the training data.") var epochs = 14
  @Option(help: "Random seed (shuffling and capitalised copies).") var seed: UInt64 = 4
  @Option(help: "log2 of the number of rows of the hashed weight table.") var bucketBits = 18
  @Option(help: "Share of sentences turned to capitals in each pass.") var capsFraction = 0.25
  @Option(help: "Directory of the iso-codes JSON files.")
  var isoCodes = GazetteerSources.isoCodesDirectory.path
  @Option(help: "A CATEGORY<TAB>NAME file of more names (Scripts/make-tagger-names.py).")
  var names: String?
  @Option(
    help: ArgumentHelp(
      "Feature groups, comma-separated (default all: \(Self.allGroups)); for comparing them.",
      valueName: "list"))
  var features = Self.allGroups

  func run() throws {
    let documents = try CoNLLCorpus.read(contentsOf: URL(fileURLWithPath: train))
    let gazetteer = try GazetteerSources.gazetteer(
      isoCodes: URL(fileURLWithPath: isoCodes), names: names.map { URL(fileURLWithPath: $0) })
    guard let groups = FeatureGroups(names: features) else {
      throw ValidationError("--features: unknown group in \(features); known: \(Self.allGroups)")
    }
    let options = TrainingOptions(
      epochs: epochs, seed: seed, bucketBits: bucketBits, capsFraction: capsFraction,
      featureGroups: groups.rawValue)
    let validation = CrossValidation(folds: folds, options: options, gazetteer: gazetteer)
    let scores = validation.run(on: documents) { print($0) }
    print("pass     F1     PER    ORG    LOC   MISC")
    for (index, score) in scores.enumerated() {
      let cells = [score.overall.f1] + TagSet.types.map { score.f1(of: $0.code) }
      print(
        "\(index + 1)".padding(toLength: 5, withPad: " ", startingAt: 0)
          + cells.map { String(format: "%7.2f", $0) }.joined())
    }
    if let best = scores.indices.max(by: { scores[$0].overall.f1 < scores[$1].overall.f1 }) {
      print("best: \(best + 1) passes")
      print(scores[best].table)
    }
  }
}

extension ParsableCommand {
  /// The names of every feature group, comma-separated.
  static var allGroups: String {
    FeatureGroups.named.sorted { $0.value.rawValue < $1.value.rawValue }.map(\.key)
      .joined(separator: ",")
  }
}

Train.main()
