import Testing

@testable import BylineTUI

/// `status-cues on`: the status line says in words what colour shows.
@Suite struct StatusCuesTests {
  @Test func configTurnsCuesOnAndOffAndReportsABadValue() {
    var config = ReaderConfig()
    #expect(!config.statusCues)
    #expect(ConfigParser.apply("status-cues on\n", file: "cfg", to: &config).isEmpty)
    #expect(config.statusCues)
    #expect(ConfigParser.apply("status-cues off # again\n", file: "cfg", to: &config).isEmpty)
    #expect(!config.statusCues)
    let problems = ConfigParser.apply("\nstatus-cues yes\n", file: "cfg", to: &config)
    #expect(problems.map(\.description) == ["cfg:2: invalid value 'yes' for status-cues"])
    #expect(!config.statusCues)
  }

  @Test func cuesNameThePaneTheMatchesAndHighlighting() {
    #expect(
      StatusCues(focus: .list, query: "", matchCount: 0, current: nil, highlighting: nil).cues
        == ["[list]"])
    #expect(
      StatusCues(focus: .body, query: "rail", matchCount: 7, current: 1, highlighting: true).cues
        == ["[article]", "match 2/7", "highlights on"])
    #expect(
      StatusCues(focus: .body, query: "rail", matchCount: 7, current: nil, highlighting: false)
        .cues == ["[article]", "7 matches", "highlights off"])
    #expect(
      StatusCues(focus: .help, query: "zz", matchCount: 0, current: nil, highlighting: true).cues
        == ["[help]", "no match", "highlights on"])
  }

  @Test func cuesThatDoNotFitAreDroppedFromTheEnd() {
    let cues = StatusCues(focus: .body, query: "a", matchCount: 3, current: 0, highlighting: true)
    #expect(cues.text(fitting: 80) == "[article]  match 1/3  highlights on  ")
    #expect(cues.text(fitting: 24) == "[article]  match 1/3  ")
    #expect(cues.text(fitting: 5).isEmpty)
  }

  @Test func statusLineShowsCuesOnlyWhenTurnedOn() throws {
    var plain = ReaderHarness(width: 100, height: 20, config: ReaderConfig(layout: .stacked))
    plain.press(.character("G"), .character("k"), .enter)
    #expect(plain.rows.last?.contains("[article]") == false)

    var config = ReaderConfig(layout: .stacked)
    config.statusCues = true
    var reader = ReaderHarness(width: 100, height: 20, config: config)
    #expect(reader.rows.last?.contains("[list]") == true)
    reader.press(.character("G"), .character("k"), .enter)
    #expect(reader.state.focus == .body)
    reader.type("/")
    reader.type("paragraph 1")
    reader.press(.enter, .character("n"))
    let count = reader.state.search.matches.count
    let current = try #require(reader.state.search.current)
    let status = try #require(reader.rows.last)
    #expect(status.contains("[article]  match \(current + 1)/\(count)  highlights on"))
    assertSnapshot(reader.snapshot, named: "status-cues-100x20")
    reader.press(.character("H"))
    #expect(reader.state.navigation.highlightsEntities == false)
    #expect(reader.rows.last?.contains("highlights off") == true)
  }
}
