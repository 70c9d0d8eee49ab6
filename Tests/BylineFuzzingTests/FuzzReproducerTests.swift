import BylineFuzzing
import Foundation
import Testing

/// Every input the fuzzers ever failed on, and every committed seed, run through the same checks
/// the fuzz targets run (docs/fuzzing.md says how a finding becomes a file here).
///
/// Reproducers live in `Reproducers/TARGET/`, seeds in `Fuzz/Corpus/TARGET/`. The time budget is
/// looser than the fuzzer's: tests share the machine and run without the address sanitizer.
@Suite struct FuzzReproducerTests {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The budget for one input in tests: 5 s plus 1 ms per byte of CPU time.
  static let budget = WorkBudget(baseSeconds: 5, secondsPerByte: 1e-3)

  static func inputs(under folder: String, for target: FuzzTarget) -> [URL] {
    let directory = packageRoot.appendingPathComponent(folder)
      .appendingPathComponent(target.rawValue)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.sorted().map { directory.appendingPathComponent($0) }
  }

  @Test func everyTargetHasSeeds() {
    for target in FuzzTarget.allCases {
      #expect(!Self.inputs(under: "Fuzz/Corpus", for: target).isEmpty, "\(target.rawValue)")
    }
  }

  @Test(arguments: FuzzTarget.allCases)
  func reproducersKeepTheInvariants(_ target: FuzzTarget) throws {
    for url in Self.inputs(under: "Tests/BylineFuzzingTests/Reproducers", for: target) {
      let bytes = try [UInt8](Data(contentsOf: url))
      #expect(throws: Never.self, "\(url.lastPathComponent)") {
        try Self.budget.check(target, bytes)
      }
    }
  }

  @Test(arguments: FuzzTarget.allCases)
  func seedsKeepTheInvariants(_ target: FuzzTarget) throws {
    for url in Self.inputs(under: "Fuzz/Corpus", for: target) {
      let bytes = try [UInt8](Data(contentsOf: url))
      #expect(throws: Never.self, "\(url.lastPathComponent)") {
        try Self.budget.check(target, bytes)
      }
    }
  }
}
