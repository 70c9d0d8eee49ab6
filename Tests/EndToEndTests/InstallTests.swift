import Foundation
import Testing

/// `make install` and `make uninstall` into a scratch DESTDIR, with the debug build already
/// there (NO_BUILD=1: `swift test` holds the build folder, so the Makefile must not build).
@Suite struct InstallTests {
  /// Everything `make install PREFIX=/usr/local` puts in place, relative to DESTDIR.
  static let installed = [
    "usr/local/bin/byline",
    "usr/local/share/byline/Byline_BylineCore.resources/Resources/Model/ner-tagger.bin",
    "usr/local/share/byline/themes/default.theme",
    "usr/local/share/man/man1/byline.1",
    "usr/local/share/bash-completion/completions/byline",
    "usr/local/share/zsh/site-functions/_byline",
    "usr/local/share/fish/vendor_completions.d/byline.fish",
  ]

  static var makeTool: URL? {
    ["/usr/bin/make", "/usr/local/bin/make", "/bin/make"].map(URL.init(fileURLWithPath:))
      .first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }

  @Test(.enabled(if: makeTool != nil, "make is not installed (bash Scripts/setup.sh --test)"))
  func installPutsFilesInPlaceAndUninstallRemovesThem() throws {
    let make = try #require(Self.makeTool)
    try #require(FileManager.default.isExecutableFile(atPath: CommandRun.binary.path))
    let destination = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-install-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: destination) }
    let variables = [
      "DESTDIR=\(destination.path)", "PREFIX=/usr/local", "BUILD=debug", "NO_BUILD=1",
    ]

    let install = try CommandRun(
      make, ["-s", "-C", CommandRun.packageRoot.path, "install"] + variables)
    #expect(install.status == 0, "\(install.errors)")
    for path in Self.installed {
      #expect(
        FileManager.default.fileExists(atPath: destination.appendingPathComponent(path).path),
        "make install did not install \(path)")
    }
    let bash = try String(
      contentsOf: destination.appendingPathComponent(Self.installed[4]), encoding: .utf8)
    #expect(bash.contains("-F _byline byline"))

    // The installed binary reads its model from share/byline, from any directory.
    let binary = destination.appendingPathComponent("usr/local/bin/byline")
    let entities = try CommandRun(
      binary, ["entities", "--input", "jsonl"], in: destination,
      environment: ["PATH": "/usr/bin:/bin"])
    #expect(entities.status == 0, "\(entities.errors)")

    let uninstall = try CommandRun(
      make, ["-s", "-C", CommandRun.packageRoot.path, "uninstall"] + variables)
    #expect(uninstall.status == 0, "\(uninstall.errors)")
    let left =
      FileManager.default.enumerator(atPath: destination.path)?.compactMap { $0 as? String }
      .filter { path in
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(
          atPath: destination.appendingPathComponent(path).path, isDirectory: &isDirectory)
        return exists && !isDirectory.boolValue
      } ?? []
    #expect(left.isEmpty, "make uninstall left \(left)")
  }
}
