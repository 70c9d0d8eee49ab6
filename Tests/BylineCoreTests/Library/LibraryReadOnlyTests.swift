import BylineCore
import Foundation
import Testing

/// A library the user cannot write (issue 17, item 7) opens read-only and says why: every
/// query answers, every write fails with an error naming the library.
///
/// Root ignores file modes, so as root the library lives on a tmpfs remounted read-only (what
/// a library on a read-only disk or share looks like); otherwise the file and its folder lose
/// their write permission. Skipped, with the reason, when neither can be set up.
@Suite struct LibraryReadOnlyTests {
  @Test func readOnlyLibraryAnswersQueriesAndRefusesWrites() throws {
    let scratch = try LibraryScratch()
    let folder = scratch.database.deletingLastPathComponent()
    var mount: ScratchMount?
    if getuid() == 0 {
      do {
        mount = try ScratchMount(at: folder, megabytes: 16)
      } catch let unavailable as ScratchMount.Unavailable {
        try Test.cancel("read-only library test skipped: \(unavailable)")
      }
    }
    for index in 0..<30 {
      try scratch.write("\(index).txt", "Story \(index)\n\nPutin spoke in Moscow, part \(index).")
    }
    do {
      let library = try scratch.openLibrary()
      try scratch.indexer(library).run()
      try library.setReadingState(ReadingState(isStarred: true), for: ArticleKey(rawValue: "k"))
    }
    if let mount {
      try mount.remount("ro")
    } else {
      try FileManager.default.setAttributes(
        [.posixPermissions: 0o444], ofItemAtPath: scratch.database.path)
      try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
    }
    defer {
      withExtendedLifetime(scratch) {
        mount?.unmount()
        try? FileManager.default.setAttributes(
          [.posixPermissions: 0o755], ofItemAtPath: folder.path)
      }
    }

    let library = try Library.open(at: scratch.database)
    #expect(library.isReadOnly)
    #expect(library.readOnlyReason?.contains(folder.path) == true)
    #expect(try library.articleCount(matching: .all) == 30)
    #expect(try library.search(query: "Moscow").total == 30)
    #expect(try library.readingState(for: ArticleKey(rawValue: "k")).isStarred)
    let putin = try #require(try library.entities(named: "Putin", limit: 1).first)
    #expect(putin.articleCount == 30)

    let refusal = LibraryError.notWritable(
      path: scratch.database.path, reason: library.readOnlyReason ?? "")
    #expect(throws: refusal) {
      try library.setReadingState(ReadingState(isRead: true), for: ArticleKey(rawValue: "k"))
    }
    #expect(throws: refusal) { try scratch.indexer(library).run() }
    #expect(refusal.description.contains(scratch.database.path))
  }

  /// A missing library in a read-only place cannot be created: an error naming it.
  @Test func missingLibraryInReadOnlyFolderIsAnError() throws {
    let scratch = try LibraryScratch()
    let folder = scratch.database.deletingLastPathComponent()
    let mount: ScratchMount
    do {
      mount = try ScratchMount(at: folder, megabytes: 1)
      try mount.remount("ro")
    } catch let unavailable as ScratchMount.Unavailable {
      try Test.cancel("read-only folder test skipped: \(unavailable)")
    }
    defer { withExtendedLifetime(scratch) { mount.unmount() } }
    #expect {
      _ = try Library.open(at: scratch.database)
    } throws: { error in
      guard case LibraryError.notWritable(let path, _) = error else { return false }
      return path == scratch.database.path
    }
  }
}
