import Testing

@testable import BylineTUI

@Suite struct ConfigParserTests {
  @Test func appliesEverySetting() {
    var config = ReaderConfig()
    let text = """
      # my settings
      theme light
      layout stacked   # narrow laptop
      reading-width 66
      bind J page-down
      bind C-f page-down
      """
    let problems = ConfigParser.apply(text, file: "/home/a/.config/byline/config", to: &config)
    #expect(problems.isEmpty)
    #expect(config.themeName == "light")
    #expect(config.layout == .stacked)
    #expect(config.readingWidth == 66)
    #expect(config.keymap.action(for: .character("J"), in: .body) == .pageDown)
    #expect(config.keymap.action(for: .control("f"), in: .list) == .pageDown)
  }

  @Test func reportsUnknownKeyActionAndSettingWithFileAndLine() {
    var config = ReaderConfig()
    let text = "bind Hyper-X quit\nbind j fly\ncolour red\nlayout diagonal\nbind j\n"
    let problems = ConfigParser.apply(text, file: "cfg", to: &config)
    #expect(
      problems.map(\.description) == [
        "cfg:1: unknown key 'Hyper-X'", "cfg:2: unknown action 'fly'",
        "cfg:3: unknown setting 'colour'", "cfg:4: invalid value 'diagonal' for layout",
        "cfg:5: cannot read 'bind j'",
      ])
    #expect(config.keymap.action(for: .character("j"), in: .list) == .moveDown)
    #expect(config.layout == .auto)
  }

  @Test func configPathFollowsXDG() {
    #expect(
      ConfigParser.defaultPath(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"])
        == "/x/byline/config")
    #expect(ConfigParser.defaultPath(environment: ["HOME": "/h"]) == "/h/.config/byline/config")
  }

  @Test func unknownThemeIsReportedAndTheDefaultUsed() {
    let state = AppState(config: ReaderConfig(themeName: "nope"), themes: TestThemes.all)
    #expect(state.theme.name == "default")
    #expect(state.status?.isError == true)
    #expect(state.status?.text.contains("nope") == true)
  }

  @Test func mouseIsOnByDefaultAndMouseNoTurnsItOff() {
    var config = ReaderConfig()
    #expect(config.mouse)
    #expect(ConfigParser.apply("mouse no\n", file: "cfg", to: &config).isEmpty)
    #expect(!config.mouse)
    #expect(ConfigParser.apply("mouse yes", file: "cfg", to: &config).isEmpty)
    #expect(config.mouse)
    let problems = ConfigParser.apply("mouse maybe", file: "cfg", to: &config)
    #expect(problems.count == 1)
    #expect(config.mouse)
  }
}
