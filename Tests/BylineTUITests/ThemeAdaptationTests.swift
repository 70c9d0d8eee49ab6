import Testing

@testable import BylineTUI

@Suite struct ThemeAdaptationTests {
  @Test func paletteValues() {
    #expect(XtermPalette.rgb(ofIndex: 1) == (205, 0, 0))
    #expect(XtermPalette.rgb(ofIndex: 16) == (0, 0, 0))
    #expect(XtermPalette.rgb(ofIndex: 196) == (255, 0, 0))
    #expect(XtermPalette.rgb(ofIndex: 231) == (255, 255, 255))
    #expect(XtermPalette.rgb(ofIndex: 232) == (8, 8, 8))
    #expect(XtermPalette.rgb(ofIndex: 255) == (238, 238, 238))
  }

  @Test func nearestColourMapping() {
    #expect(Theme.fit(.rgb(red: 255, green: 0, blue: 0), paletteSize: 256) == .indexed(196))
    #expect(Theme.fit(.rgb(red: 0x80, green: 0x80, blue: 0x80), paletteSize: 256) == .indexed(244))
    #expect(Theme.fit(.rgb(red: 250, green: 10, blue: 5), paletteSize: 16) == .indexed(9))
    #expect(Theme.fit(.rgb(red: 200, green: 0, blue: 0), paletteSize: 8) == .indexed(1))
    #expect(Theme.fit(.indexed(196), paletteSize: 8) == .indexed(1))
    #expect(Theme.fit(.indexed(21), paletteSize: 16) == .indexed(4))
    #expect(Theme.fit(.indexed(105), paletteSize: 16) == .indexed(12))
    #expect(Theme.fit(.indexed(5), paletteSize: 8) == .indexed(5))
    #expect(Theme.fit(.terminalDefault, paletteSize: 8) == .terminalDefault)
  }

  /// The backend draws a fitted theme's palette indices as they are (it has no reduction table
  /// of its own), so fitting must leave every colour inside the terminal's palette.
  @Test func fittedColoursStayInsideThePalette() {
    #expect(Theme.fit(.indexed(11), paletteSize: 8) == .indexed(3))
    #expect(Theme.fit(.indexed(196), paletteSize: 256) == .indexed(196))
    #expect(Theme.fit(.rgb(red: 0, green: 0, blue: 0), paletteSize: 8) == .indexed(0))
    for size in [8, 16, 256] {
      for index in 0...255 {
        guard case .indexed(let fitted) = Theme.fit(.indexed(UInt8(index)), paletteSize: size)
        else {
          Issue.record("colour \(index) did not stay a palette colour")
          continue
        }
        #expect(Int(fitted) < size)
      }
    }
  }

  @Test func directColourTerminalKeepsTheTheme() throws {
    let dusk = try ThemeCatalog(userDirectory: nil).load(named: "dusk")
    let (theme, warning) = dusk.adapted(toColorCount: 1 << 24)
    #expect(theme == dusk)
    #expect(warning == nil)
  }

  @Test func twoHundredFiftySixColoursMapDirectColoursIntoTheCube() throws {
    let dusk = try ThemeCatalog(userDirectory: nil).load(named: "dusk")
    let (theme, warning) = dusk.adapted(toColorCount: 256)
    #expect(warning == nil)
    for style in theme.styles.values {
      for color in [style.foreground, style.background] {
        guard case .indexed(let index) = color else {
          Issue.record("\(color) was not mapped")
          continue
        }
        #expect(index >= 16)
      }
    }
  }

  @Test func themeThatLosesItsMeaningFallsBackToTheDefaultWithAWarning() throws {
    let amber = try ThemeCatalog(userDirectory: nil).load(named: "amber")
    let (theme, warning) = amber.adapted(toColorCount: 8)
    #expect(theme == Theme.builtInDefault)
    let message = try #require(warning)
    #expect(message.contains("amber"))
    #expect(message.contains("8 colours"))
  }

  @Test func themeThatSurvivesFewerColoursIsMappedNotReplaced() throws {
    let theme = try ThemeParser.parse(
      """
      body.text      #d0d0d0  default
      entity.person  #00ff00  default  bold
      entity.location #00e0e0 default
      """, name: "simple", file: "s.theme")
    let (fitted, warning) = theme.adapted(toColorCount: 16)
    #expect(warning == nil)
    #expect(fitted.name == "simple")
    #expect(fitted.style(for: .entityPerson).foreground == .indexed(10))
  }

  @Test func invisibleTextIsDetected() throws {
    let theme = try ThemeParser.parse(
      "body.text #101010 #000000", name: "dark", file: "d.theme")
    let (fitted, warning) = theme.adapted(toColorCount: 8)
    #expect(fitted == Theme.builtInDefault)
    #expect(warning?.contains("body.text would be invisible") == true)
  }

  @Test func fewerThanEightColoursGiveTheMonochromeForm() throws {
    let (theme, warning) = Theme.builtInDefault.adapted(toColorCount: 2)
    #expect(warning == nil)
    #expect(theme.style(for: .entityPerson) == RoleStyle(attributes: [.bold], monochrome: [.bold]))
    #expect(theme.style(for: .listSelected).attributes == [.reverse])
    #expect(theme.style(for: .bodyText).foreground == .terminalDefault)
  }

  @Test func builtInDefaultFitsEightColours() {
    let (theme, warning) = Theme.builtInDefault.adapted(toColorCount: 8)
    #expect(theme == Theme.builtInDefault)
    #expect(warning == nil)
  }
}
