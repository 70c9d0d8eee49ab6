import BylineCore
import Foundation
import GRDB
import Testing

/// The disk fills up while the library is being indexed (issue 17, item 7): the run fails with
/// an error that names the library, the library stays sound, and once there is room again the
/// next run completes. Needs root to mount a small tmpfs; skipped with the reason otherwise.
@Suite struct LibraryDiskFullTests {
  @Test func fullDiskFailsTheIndexClearlyAndTheNextRunCompletes() throws {
    let scratch = try LibraryScratch()
    let mount: ScratchMount
    do {
      mount = try ScratchMount(at: scratch.database.deletingLastPathComponent(), megabytes: 1)
    } catch let unavailable as ScratchMount.Unavailable {
      try Test.cancel("disk-full test skipped: \(unavailable)")
    }
    defer { withExtendedLifetime(scratch) { mount.unmount() } }
    let total = 240
    for index in 0..<total {
      try scratch.write("\(index).txt", Self.story(index))
    }
    do {
      let library = try scratch.openLibrary()
      #expect {
        try scratch.indexer(library, batchSize: 20).run()
      } throws: { error in
        let message = "\(error)"
        return message.contains(scratch.database.path) && message.contains("disk is full")
      }
      try Self.expectSound(library)
      #expect(try library.articleCount(matching: .all) < total)
    }
    try mount.remount("size=64m")
    let library = try Library.open(at: scratch.database)
    #expect(library.recovery == nil)
    try scratch.indexer(library, batchSize: 20).run()
    #expect(try library.articleCount(matching: .all) == total)
    try Self.expectSound(library)
  }

  /// SQLite's check, the full-text index's check, and every article searchable.
  private static func expectSound(_ library: Library) throws {
    let check = try DatabaseQueue(path: library.url.path).read {
      try String.fetchAll($0, sql: "PRAGMA integrity_check")
    }
    #expect(check == ["ok"])
    let count = try library.articleCount(matching: .all)
    #expect(try library.search(query: "Moscow").total == count)
  }

  /// A story of about 6 KB with words that vary from story to story, so the full-text index
  /// grows with every one.
  private static func story(_ index: Int) -> String {
    var random = UInt64(index + 1) &* 0x9E37_79B9_7F4A_7C15
    var words: [String] = []
    for _ in 0..<900 {
      random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      words.append("w\(String(random >> 40, radix: 36))")
    }
    return "Story \(index)\n\nPutin in Moscow. " + words.joined(separator: " ") + "\n"
  }
}
