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
    let lineup = catalog.lineup(requested: "broken", colorCount: 256, environment: [:])
    #expect(lineup.startName == "default")
    #expect(lineup.themes.first == Theme.builtInDefault)
    #expect(!lineup.themes.contains { $0.name == "broken" })
    #expect(lineup.messages.count == 1)
    #expect(lineup.messages.first?.hasPrefix("\(path.path):2: unknown colour 'purple'") == true)
    // Not asked for, it is still reported (and left out).
    let unasked = catalog.lineup(requested: nil, colorCount: 256, environment: [:])
    #expect(unasked.messages == ["\(path.path):2: unknown colour 'purple'"])
  }

  @Test func missingThemeGivesAMessageAndTheDefaultTheme() {
    let catalog = ThemeCatalog(userDirectory: nil)
    let lineup = catalog.lineup(requested: "nope", colorCount: 8, environment: [:])
    #expect(lineup.startName == "default")
    #expect(lineup.messages.first?.contains("no theme named 'nope'") == true)
    let invalid = catalog.lineup(requested: "../x", colorCount: 8, environment: [:])
    #expect(invalid.messages.first?.contains("is not a theme name") == true)
  }

  @Test func pathLikeNamesAreRejected() {
    let catalog = ThemeCatalog(userDirectory: "/tmp")
    for name in ["../etc/passwd", "/etc/passwd", ".hidden", "", "a b"] {
      #expect(throws: ThemeError.invalidName(name: name)) { try catalog.load(named: name) }
    }
  }

  @Test func noColorGivesEveryThemeItsMonochromeForm() {
    let catalog = ThemeCatalog(userDirectory: nil)
    let lineup = catalog.lineup(
      requested: "dusk", colorCount: 1 << 24, environment: ["NO_COLOR": "1"])
    #expect(lineup.startName == "dusk")
    #expect(lineup.messages.isEmpty)
    #expect(lineup.themes.map(\.name).sorted() == ThemeCatalog.shippedNames)
    for theme in lineup.themes {
      for role in StyleRole.allCases {
        let style = theme.style(for: role)
        #expect(style.foreground == .terminalDefault && style.background == .terminalDefault)
        #expect(style.attributes == style.monochrome)
      }
      #expect(
        theme.style(for: .entityOrganization)
          == RoleStyle(attributes: [.underline], monochrome: [.underline]))
    }
    // An empty NO_COLOR does not count (no-color.org).
    let colored = catalog.lineup(requested: nil, colorCount: 8, environment: ["NO_COLOR": ""])
    #expect(colored.themes.first == Theme.builtInDefault)
  }

  @Test func noColoursGiveTheMonochromeForm() {
    let lineup = ThemeCatalog(userDirectory: nil).lineup(
      requested: "light", colorCount: 0, environment: [:])
    let theme = lineup.themes.first { $0.name == lineup.startName }
    #expect(lineup.startName == "light")
    #expect(theme?.style(for: .searchMatch).attributes == [.reverse, .bold])
    #expect(theme?.styles.values.allSatisfy { $0.foreground == .terminalDefault } == true)
  }

  /// `t` goes from the default to light, then mono (the three every terminal needs), then the
  /// other themes, shipped and the user's, by name.
  @Test func lineupOrderIsDefaultLightMonoThenByName() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    for name in ["aaa", "zzz"] {
      try "title red default\n".write(
        to: directory.appendingPathComponent("\(name).theme"), atomically: true, encoding: .utf8)
    }
    let lineup = ThemeCatalog(userDirectory: directory.path).lineup(
      requested: nil, colorCount: 256, environment: [:])
    #expect(
      lineup.themes.map(\.name)
        == ["default", "light", "mono", "aaa", "amber", "dusk", "high-contrast", "zzz"])
    #expect(lineup.startName == "default")
    #expect(lineup.messages.isEmpty)
  }

  /// Each theme is fitted once, here, to the terminal's colours: the backend draws the result.
  @Test func lineupFitsEveryThemeToTheTerminal() throws {
    let catalog = ThemeCatalog(userDirectory: nil)
    let lineup = catalog.lineup(requested: "dusk", colorCount: 256, environment: [:])
    let dusk = try #require(lineup.themes.first { $0.name == "dusk" })
    #expect(dusk == (try catalog.load(named: "dusk")).adapted(toColorCount: 256).theme)
    #expect(lineup.startName == "dusk")
    let light = try #require(lineup.themes.first { $0.name == "light" })
    #expect(light.style(for: .listSelected).background == .indexed(153))
  }

  /// On 8 or 16 colours the 256-colour themes would lose their meaning: left out of the cycle
  /// without a word, unless one was asked for, which says why the default is used instead.
  @Test func themesThatDoNotFitAreLeftOut() {
    let catalog = ThemeCatalog(userDirectory: nil)
    for colors in [8, 16] {
      let lineup = catalog.lineup(requested: nil, colorCount: colors, environment: [:])
      #expect(lineup.themes.map(\.name) == ["default", "mono", "high-contrast"], "\(colors)")
      #expect(lineup.messages.isEmpty)
    }
    let asked = catalog.lineup(requested: "amber", colorCount: 16, environment: [:])
    #expect(asked.startName == "default")
    #expect(asked.messages.count == 1)
    #expect(asked.messages.first?.contains("theme 'amber' needs more than 16 colours") == true)
  }

  /// A user's broken `default.theme` cannot leave the reader without its default theme.
  @Test func brokenUserDefaultFallsBackToTheShippedOne() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try "title nocolour default\n".write(
      to: directory.appendingPathComponent("default.theme"), atomically: true, encoding: .utf8)
    let lineup = ThemeCatalog(userDirectory: directory.path).lineup(
      requested: nil, colorCount: 256, environment: [:])
    #expect(lineup.themes.first == Theme.builtInDefault)
    #expect(lineup.messages.count == 1)
  }

  /// A fresh empty directory under the system's temporary directory.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-theme-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
