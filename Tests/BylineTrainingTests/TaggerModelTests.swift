import Foundation
import Testing

@testable import BylineCore
@testable import BylineTraining

@Suite struct TaggerModelTests {
  private static let tinyCoNLL = """
    -DOCSTART- -X- -X- O

    Anna NNP B-NP B-PER
    visited VBD B-VP O
    Oslo NNP B-NP B-LOC
    with IN B-PP O
    Acme NNP B-NP B-ORG
    Corp NNP I-NP I-ORG
    . . O O

    """

  private func tinyModel() throws -> TaggerModel {
    let documents = try CoNLLCorpus.parse(Self.tinyCoNLL, path: "tiny")
    let gazetteer = Gazetteer(entries: [Gazetteer.Entry(category: .city, name: "Oslo")])
    let trainer = TaggerTrainer(
      options: TrainingOptions(epochs: 3, seed: 1, bucketBits: 12, capsFraction: 0),
      gazetteer: gazetteer)
    return trainer.train(on: documents, dev: [], metadata: "test") { _ in }.model
  }

  @Test func learnsATinyCorpusAndScoresItConllevalStyle() throws {
    let documents = try CoNLLCorpus.parse(Self.tinyCoNLL, path: "tiny")
    let score = TaggerEvaluation.score(try tinyModel(), on: documents)
    #expect(score.overall.gold == 3)
    #expect(score.overall.f1 == 100)
    #expect(score.table.contains("ORG"))
  }

  @Test func writesAndReadsBackTheSameModel() throws {
    let model = try tinyModel()
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-tagger-\(UUID().uuidString).bin")
    defer { try? FileManager.default.removeItem(at: url) }
    try model.write(to: url)
    let read = try TaggerModel(contentsOf: url)
    #expect(read.metadata == model.metadata)
    #expect(read.usedRows == model.usedRows)
    #expect(read.gazetteer.entries == model.gazetteer.entries)
    let sentence = [["Anna", "visited", "Oslo", "."]]
    #expect(read.tags(ofDocument: sentence) == model.tags(ofDocument: sentence))
  }

  @Test func aModelFileRecordsTheFeatureGroupsItWasTrainedWith() throws {
    let documents = try CoNLLCorpus.parse(Self.tinyCoNLL, path: "tiny")
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-tagger-\(UUID().uuidString).bin")
    defer { try? FileManager.default.removeItem(at: url) }
    for groups in [FeatureGroups.version3, [.extended, .capitalRun], .current] {
      let trainer = TaggerTrainer(
        options: TrainingOptions(
          epochs: 2, seed: 1, bucketBits: 12, capsFraction: 0, featureGroups: groups.rawValue),
        gazetteer: Gazetteer(entries: []))
      let model = trainer.train(on: documents, dev: [], metadata: "test") { _ in }.model
      try model.write(to: url)
      let bytes = [UInt8](try Data(contentsOf: url))
      // The version follows the 8-byte magic number: 3 for the version 3 groups, else 4.
      #expect(bytes[8] == (groups == .version3 ? 3 : 4))
      let read = try TaggerModel(contentsOf: url)
      #expect(read.extractor.groups == groups)
      let sentence = [["Anna", "visited", "Oslo", "."], ["Anna", "left", "."]]
      #expect(read.tags(ofDocument: sentence) == model.tags(ofDocument: sentence))
    }
  }

  @Test func rejectsDamagedFilesNamingWhereTheProblemIs() throws {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-tagger-\(UUID().uuidString).bin")
    defer { try? FileManager.default.removeItem(at: url) }
    try Data("not a model".utf8).write(to: url)
    #expect(
      throws: TaggerModelError.malformed(path: url.path, offset: 0, reason: "wrong magic number")
    ) {
      try TaggerModel(contentsOf: url)
    }
    try tinyModel().write(to: url)
    let truncated = try Data(contentsOf: url).dropLast(5)
    try truncated.write(to: url)
    #expect(throws: TaggerModelError.self) { try TaggerModel(contentsOf: url) }
  }

  @Test func rebuildsRunningTextWithGoldSpansInScalarOffsets() throws {
    let documents = try CoNLLCorpus.parse(Self.tinyCoNLL, path: "tiny")
    let paragraphs = try #require(documents.first).rawText()
    #expect(paragraphs.map(\.text) == ["Anna visited Oslo with Acme Corp."])
    let spans = paragraphs[0].entities.map { paragraphs[0].text.unicodeScalarSlice($0.range) }
    #expect(spans == ["Anna", "Oslo", "Acme Corp"])
    var score = EntityScore()
    score.add(gold: paragraphs[0].entities, predicted: Array(paragraphs[0].entities.prefix(2)))
    #expect(score.overall.correct == 2 && score.overall.gold == 3 && score.overall.predicted == 2)
  }

  @Test func scoresExactSpanAndTypeOnly() {
    var score = EntityScore()
    // gold: B-PER I-PER O B-LOC ; predicted: B-PER O O B-ORG
    score.add(gold: [1, 2, 0, 5], predicted: [1, 0, 0, 3])
    #expect(score.overall.correct == 0)
    #expect(score.overall.gold == 2)
    #expect(score.overall.predicted == 2)
    score.add(gold: [5, 6], predicted: [5, 6])
    #expect(score.overall.correct == 1)
    #expect(score.byType["LOC"]?.recall == 50)
  }

  @Test func conllReaderNamesTheBadLine() {
    #expect(throws: CoNLLError.badLine(path: "x", line: 2, reason: "expected TOKEN … TAG")) {
      try CoNLLCorpus.parse("A NNP B-NP B-PER\nB NNP B-NP B-WHAT\n", path: "x")
    }
  }

  @Test func gazetteerSourcesReadIsoCodesWhenInstalled() throws {
    let directory = GazetteerSources.isoCodesDirectory
    guard
      FileManager.default.fileExists(
        atPath: directory.appendingPathComponent("iso_3166-2.json").path)
    else {
      print("skipping: iso-codes not installed")
      return
    }
    let gazetteer = try GazetteerSources.gazetteer(isoCodes: directory)
    let names = Set(gazetteer.entries.filter { $0.category == .country }.map(\.name))
    #expect(names.contains("France") && names.contains("Korea"))
    #expect(
      GazetteerSources.variants(of: "Korea, Republic of")
        == ["Korea, Republic of", "Korea"].filter { !$0.contains(",") })
  }
}
