import Foundation
import Testing

@testable import BylineTUI

@Suite struct ThemeCatalogTests {
  /// The repository's top-level `themes/` folder.
  static let themesDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("themes")

  @Test func embeddedThemesAreTheFilesInThemesFolder() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.themesDirectory.path)
      .filter { $0.hasSuffix(".theme") }
    #expect(Set(files.map { String($0.dropLast(6)) }) == Set(ThemeCatalog.shippedNames))
    for file in files {
      let text = try String(
        contentsOf: Self.themesDirectory.appendingPathComponent(file), encoding: .utf8)
      #expect(
        ShippedThemes.sources[String(file.dropLast(6))] == text,
        "run python3 Scripts/embed-themes.py > Sources/BylineTUI/Theme/ShippedThemes.swift")
    }
  }

  @Test func atLeastSixThemesShip() {
    let names = ThemeCatalog.shippedNames
    #expect(names.count >= 6)
    for name in ["default", "light", "mono", "high-contrast"] { #expect(names.contains(name)) }
  }

  @Test(arguments: ThemeCatalog.shippedNames)
  func shippedThemeParsesAndSetsEveryRole(_ name: String) throws {
    let source = try #require(ShippedThemes.sources[name])
    let entries = try ThemeParser.entries(in: source, file: "\(name).theme")
    for role in StyleRole.allCases {
      #expect(entries[role] != nil, "\(name) leaves out \(role.rawValue)")
    }
  }

  @Test func defaultThemeFileIsTheBuiltInDefault() throws {
    let theme = try ThemeCatalog(userDirectory: nil).load(named: "default")
    #expect(theme == Theme.builtInDefault)
  }

  @Test func monoThemeFileMatchesTheBuiltInMonochromeAttributes() throws {
    let theme = try ThemeCatalog(userDirectory: nil).load(named: "mono")
    for role in StyleRole.allCases {
      #expect(theme.style(for: role).attributes == role.monochromeAttributes, "\(role.rawValue)")
    }
  }

  @Test func userThemeIsFoundAndOverridesShippedOne() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try "title red default\n".write(
      to: directory.appendingPathComponent("mine.theme"), atomically: true, encoding: .utf8)
    try "title green default\n".write(
      to: directory.appendingPathComponent("light.theme"), atomically: true, encoding: .utf8)
    let catalog = ThemeCatalog(userDirectory: directory.path)
    #expect(catalog.availableNames().contains("mine"))
    #expect(try catalog.load(named: "mine").style(for: .title).foreground == .indexed(1))
    #expect(try catalog.load(named: "light").style(for: .title).foreground == .indexed(2))
  }

  @Test func userDirectoryFollowsXDG() {
    #expect(
      ThemeCatalog(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]).userDirectory
        == "/x/byline/themes")
    #expect(ThemeCatalog(environment: ["HOME": "/h"]).userDirectory == "/h/.config/byline/themes")
    #expect(
      ThemeCatalog(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"]).userDirectory
        == "/h/.config/byline/themes")
    #expect(ThemeCatalog(environment: [:]).userDirectory == nil)
  }

  @Test func brokenThemeFileGivesFileAndLineAndTheDefaultTheme() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("broken.theme")
    try "normal default default\nentity.person purple default\n".write(
      to: path, atomically: true, encoding: .utf8)
    let catalog = ThemeCatalog(userDirectory: directory.path)
    let (theme, messages) = catalog.theme(named: "broken", colorCount: 256, environment: [:])
    #expect(theme == Theme.builtInDefault)
    #expect(messages.count == 1)
    #expect(messages.first?.hasPrefix("\(path.path):2: unknown colour 'purple'") == true)
  }

  @Test func missingThemeGivesAMessageAndTheDefaultTheme() {
    let catalog = ThemeCatalog(userDirectory: nil)
    let (theme, messages) = catalog.theme(named: "nope", colorCount: 8, environment: [:])
    #expect(theme == Theme.builtInDefault)
    #expect(messages.first?.contains("no theme named 'nope'") == true)
  }

  @Test func pathLikeNamesAreRejected() {
    let catalog = ThemeCatalog(userDirectory: "/tmp")
    for name in ["../etc/passwd", "/etc/passwd", ".hidden", "", "a b"] {
      #expect(throws: ThemeError.invalidName(name: name)) { try catalog.load(named: name) }
    }
  }

  @Test func noColorGivesTheMonochromeTheme() {
    let catalog = ThemeCatalog(userDirectory: nil)
    let (theme, messages) = catalog.theme(
      named: "dusk", colorCount: 1 << 24, environment: ["NO_COLOR": "1"])
    #expect(theme == Theme.monochrome)
    #expect(messages.isEmpty)
    #expect(
      theme.style(for: .entityOrganization)
        == RoleStyle(attributes: [.underline], monochrome: [.underline]))
    // An empty NO_COLOR does not count (no-color.org).
    let (colored, _) = catalog.theme(named: nil, colorCount: 8, environment: ["NO_COLOR": ""])
    #expect(colored == Theme.builtInDefault)
  }

  @Test func noColoursGiveTheMonochromeForm() {
    let (theme, _) = ThemeCatalog(userDirectory: nil).theme(
      named: "light", colorCount: 0, environment: [:])
    #expect(theme.style(for: .searchMatch).attributes == [.reverse, .bold])
    #expect(theme.styles.values.allSatisfy { $0.foreground == .terminalDefault })
  }

  /// A fresh empty directory under the system's temporary directory.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-theme-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
