import ArgumentParser
import BylineCore
import BylineTraining
import Foundation

/// Trains and evaluates Byline's entity tagger.
struct Train: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "byline-train",
    abstract: "Trains and evaluates Byline's entity tagger on CoNLL-2003 data.",
    subcommands: [TrainCommand.self, EvaluateCommand.self],
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

  func run() throws {
    let clock = ContinuousClock()
    let started = clock.now
    let documents = try CoNLLCorpus.read(contentsOf: URL(fileURLWithPath: train))
    let devDocuments = try dev.map { try CoNLLCorpus.read(contentsOf: URL(fileURLWithPath: $0)) }
    let gazetteer = try GazetteerSources.gazetteer(isoCodes: URL(fileURLWithPath: isoCodes))
    print("gazetteer: \(gazetteer.count) names; training on \(documents.count) documents")
    let options = TrainingOptions(
      epochs: epochs, seed: seed, bucketBits: bucketBits, capsFraction: capsFraction)
    let metadata =
      "byline-train --seed \(seed) --bucket-bits \(bucketBits) --caps-fraction \(capsFraction)"
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

  func run() throws {
    let loaded =
      try model.map { try TaggerModel(contentsOf: URL(fileURLWithPath: $0)) }
      ?? EntityTagger.bundled().model
    var documents = try CoNLLCorpus.read(contentsOf: URL(fileURLWithPath: data))
    if uppercase { documents = documents.map { $0.uppercased() } }
    if raw {
      print(TaggerEvaluation.scoreOnRawText(EntityTagger(model: loaded), on: documents).table)
    } else {
      print(TaggerEvaluation.score(loaded, on: documents).table)
    }
  }
}

Train.main()
