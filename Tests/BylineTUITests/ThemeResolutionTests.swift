import Testing

@testable import BylineTUI

@Suite struct ThemeResolutionTests {
  @Test func everyRoleFallsBackWithoutCyclesToNormal() {
    for role in StyleRole.allCases {
      var seen: Set<StyleRole> = [role]
      var current = role
      while let next = current.fallback {
        #expect(!seen.contains(next), "cycle at \(role.rawValue)")
        seen.insert(next)
        current = next
      }
      #expect(current == .normal)
    }
  }

  @Test func documentedFallbacks() {
    #expect(StyleRole.entityPerson.fallback == .bodyText)
    #expect(StyleRole.entityFocused.fallback == .bodyText)
    #expect(StyleRole.bodyText.fallback == .normal)
    #expect(StyleRole.listSelected.fallback == .listNormal)
    #expect(StyleRole.listNormal.fallback == .normal)
    #expect(StyleRole.statusError.fallback == .status)
    #expect(StyleRole.normal.fallback == nil)
  }

  /// Without colour every role that means something must still look different from its parent.
  @Test func monochromeAttributesTellMeaningfulRolesApart() {
    let meaningful: [StyleRole] = [
      .entityPerson, .entityOrganization, .entityLocation, .entityMisc, .entityDate, .entityMoney,
      .entityPercent, .entityFocused, .searchMatch, .searchCurrent, .bodyLink,
    ]
    let attributes = meaningful.map(\.monochromeAttributes)
    #expect(Set(attributes.map(\.rawValue)).count == meaningful.count)
    #expect(!attributes.contains([]))
    #expect(StyleRole.listSelected.monochromeAttributes.contains(.reverse))
    #expect(StyleRole.entityFocused.monochromeAttributes.contains(.reverse))
    #expect(StyleRole.searchMatch.monochromeAttributes == [.reverse, .bold])
  }

  @Test func partialThemeTakesFallbackColoursPlusOwnAttributes() throws {
    let theme = try ThemeParser.parse(
      """
      normal      white   black
      body.text   yellow  blue
      list.normal green   default underline
      """, name: "partial", file: "p.theme")
    #expect(theme.styles.count == StyleRole.allCases.count)
    let person = theme.style(for: .entityPerson)
    #expect(person.foreground == .indexed(3))
    #expect(person.background == .indexed(4))
    #expect(person.attributes == [.bold])
    #expect(person.monochrome == [.bold])
    let selected = theme.style(for: .listSelected)
    #expect(selected.foreground == .indexed(2))
    #expect(selected.attributes == [.underline, .reverse])
    let error = theme.style(for: .statusError)  // status → normal
    #expect(error.foreground == .indexed(7))
    #expect(error.attributes == [.reverse, .bold])
  }

  @Test func emptyThemeIsTerminalDefaultsWithMonochromeAttributes() throws {
    let theme = try ThemeParser.parse("# nothing\n", name: "empty", file: "e.theme")
    #expect(theme.style(for: .normal) == RoleStyle())
    #expect(theme.style(for: .entityLocation).attributes == [.italic])
  }
}
