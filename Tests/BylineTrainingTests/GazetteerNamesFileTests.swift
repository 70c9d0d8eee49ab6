import Foundation
import Testing

@testable import BylineCore
@testable import BylineTraining

/// The names file that `Scripts/make-tagger-names.py` writes and `byline-train --names` reads,
/// and cross-validation on a tiny corpus.
@Suite struct GazetteerNamesFileTests {
  private func temporaryFile(_ text: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-names-\(UUID().uuidString).tsv")
    try Data(text.utf8).write(to: url)
    return url
  }

  @Test func readsCategoriesAndNamesSkippingCommentsAndBlankLines() throws {
    let url = try temporaryFile(
      "# made by a test\norganisation\tAcme Corp\n\nsurname\tKowalski\ncommonWord\tNumber\n")
    defer { try? FileManager.default.removeItem(at: url) }
    let names = try GazetteerSources.namesFile(url)
    #expect(names.map(\.0) == [.organisation, .surname, .commonWord])
    #expect(names.map(\.1) == ["Acme Corp", "Kowalski", "Number"])
    let gazetteer = Gazetteer(entries: names.map { Gazetteer.Entry(category: $0.0, name: $0.1) })
    let marks = gazetteer.marks(
      for: ["Acme", "Corp", "hired", "Kowalski", "Number"].map { WordInfo($0) })
    let organisation = UInt16(1) << Gazetteer.Category.organisation.rawValue
    let surname = UInt16(1) << Gazetteer.Category.surname.rawValue
    let common = UInt16(1) << Gazetteer.Category.commonWord.rawValue
    #expect(marks[0].begin == organisation && marks[1].inside == organisation)
    #expect(marks[3].single == surname && marks[4].single == common)
  }

  @Test func aBadLineIsReportedWithFileAndLine() throws {
    let url = try temporaryFile("city\tOslo\nplanet\tMars\n")
    defer { try? FileManager.default.removeItem(at: url) }
    #expect {
      try GazetteerSources.namesFile(url)
    } throws: { error in
      guard case .badLine(let path, let line, _) = error as? GazetteerSources.Failure else {
        return false
      }
      return path == url.path && line == 2
    }
  }

  @Test func crossValidationScoresEveryPassOnHeldOutDocuments() throws {
    let document = """
      -DOCSTART- -X- -X- O

      Anna NNP B-NP B-PER
      visited VBD B-VP O
      Oslo NNP B-NP B-LOC
      . . O O

      """
    let documents = try CoNLLCorpus.parse(
      String(repeating: document, count: 4), path: "tiny")
    #expect(documents.count == 4)
    let validation = CrossValidation(
      folds: 2, options: TrainingOptions(epochs: 2, seed: 1, bucketBits: 10, capsFraction: 0),
      gazetteer: Gazetteer(entries: []))
    var lines: [String] = []
    let scores = validation.run(on: documents) { lines.append($0) }
    #expect(scores.count == 2)
    // Each pass adds up both held-out folds: four documents of two names.
    #expect(scores.allSatisfy { $0.overall.gold == 8 })
    #expect(lines.count == 2 * 2 + 2)
  }
}
