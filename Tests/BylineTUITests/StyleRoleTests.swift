import Testing

@testable import BylineTUI

@Suite struct StyleRoleTests {
  @Test func everyEntityKindHasARole() {
    let names = Set(StyleRole.allCases.map(\.rawValue))
    for name in [
      "entity.person", "entity.organization", "entity.location", "entity.misc",
      "entity.date", "entity.money", "entity.percent", "entity.focused",
    ] {
      #expect(names.contains(name))
    }
  }
}
