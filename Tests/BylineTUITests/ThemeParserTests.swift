import Testing

@testable import BylineTUI

@Suite struct ThemeParserTests {
  @Test func parsesRolesColoursAttributesAndComments() throws {
    let text = """
      # a comment
      normal          default    default

      body.text       white      #102030   # trailing comment
      entity.person   color196   black     bold underline mono:italic
      list.selected   bright-red blue      reverse
      """
    let entries = try ThemeParser.entries(in: text, file: "t.theme")
    #expect(entries.count == 4)
    #expect(
      entries[.normal] == ThemeEntry(foreground: .terminalDefault, background: .terminalDefault))
    #expect(entries[.bodyText]?.foreground == .indexed(7))
    #expect(entries[.bodyText]?.background == .rgb(red: 0x10, green: 0x20, blue: 0x30))
    #expect(entries[.entityPerson]?.foreground == .indexed(196))
    #expect(entries[.entityPerson]?.attributes == [.bold, .underline])
    #expect(entries[.entityPerson]?.monochrome == [.italic])
    #expect(entries[.listSelected]?.foreground == .indexed(9))
    #expect(entries[.listSelected]?.monochrome == nil)
  }

  @Test func monoNoneClearsTheBuiltInMonochromeAttributes() throws {
    let theme = try ThemeParser.parse(
      "entity.person green default mono:none", name: "t", file: "t.theme")
    #expect(theme.style(for: .entityPerson).monochrome == [])
    #expect(theme.style(for: .entityOrganization).monochrome == [.underline])
  }

  @Test func colourNames() {
    #expect(ThemeParser.color(named: "DEFAULT") == .terminalDefault)
    #expect(ThemeParser.color(named: "magenta") == .indexed(5))
    #expect(ThemeParser.color(named: "bright-white") == .indexed(15))
    #expect(ThemeParser.color(named: "color0") == .indexed(0))
    #expect(ThemeParser.color(named: "color255") == .indexed(255))
    #expect(ThemeParser.color(named: "#FFaa00") == .rgb(red: 255, green: 170, blue: 0))
    for bad in ["color256", "color", "color-1", "#fff", "#gggggg", "orange", "bright-", "#ffaa001"]
    {
      #expect(ThemeParser.color(named: bad) == nil, "\(bad)")
    }
  }

  @Test func unknownRoleNamesFileAndLine() {
    #expect(throws: ThemeError.unknownRole(name: "entity.animal", file: "x.theme", line: 3)) {
      try ThemeParser.parse(
        "# c\nnormal default default\nentity.animal red default", name: "x", file: "x.theme")
    }
  }

  @Test func unknownColourNamesFileAndLine() {
    #expect(throws: ThemeError.unknownColor(name: "orange", file: "x.theme", line: 2)) {
      try ThemeParser.parse("\nbody.text default orange", name: "x", file: "x.theme")
    }
  }

  @Test func unknownAttributeNamesFileAndLine() {
    #expect(throws: ThemeError.unknownAttribute(name: "blink", file: "x.theme", line: 1)) {
      try ThemeParser.parse("title red default bold blink", name: "x", file: "x.theme")
    }
    #expect(throws: ThemeError.unknownAttribute(name: "mono:wobbly", file: "x.theme", line: 1)) {
      try ThemeParser.parse("title red default mono:wobbly", name: "x", file: "x.theme")
    }
  }

  @Test func tooFewFieldsNamesFileAndLine() {
    #expect(throws: ThemeError.tooFewFields(file: "x.theme", line: 4)) {
      try ThemeParser.parse("\n\n# c\nstatus red", name: "x", file: "x.theme")
    }
    // A colour cannot be mistaken for a comment: "#ff0000" is the foreground here.
    #expect(throws: ThemeError.tooFewFields(file: "x.theme", line: 1)) {
      try ThemeParser.parse("status #ff0000", name: "x", file: "x.theme")
    }
  }

  @Test func duplicateRoleIsAnError() {
    #expect(throws: ThemeError.duplicateRole(name: "title", file: "x.theme", line: 2)) {
      try ThemeParser.parse("title red default\ntitle blue default", name: "x", file: "x.theme")
    }
  }

  @Test func byteOrderMarkAndCRLFLineEndingsAreAccepted() throws {
    let theme = try ThemeParser.parse(
      "\u{FEFF}title red default bold\r\nnormal default default\r\n", name: "t", file: "t.theme")
    #expect(theme.style(for: .title).foreground == .indexed(1))
    #expect(theme.style(for: .title).attributes == [.bold])
  }

  /// reader-conventions.md: content must never reach the terminal as an escape sequence.
  @Test func errorMessagesNeverCarryControlCharacters() {
    do {
      _ = try ThemeParser.parse("\u{1B}[2Jtitle red default", name: "x", file: "x.theme")
      Issue.record("expected an error")
    } catch {
      #expect(!error.description.unicodeScalars.contains { $0.value == 0x1B })
      #expect(error.description.contains("\u{FFFD}[2Jtitle"))
    }
  }

  @Test func errorDescriptionReadsLikeACompilerMessage() {
    let error = ThemeError.unknownColor(name: "orange", file: "/a/b.theme", line: 7)
    #expect(error.description == "/a/b.theme:7: unknown colour 'orange'")
  }
}
