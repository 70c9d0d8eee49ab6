import Testing

@testable import BylineTUI

@Suite struct KeymapTests {
  @Test func everyActionIsDeclaredExactlyOnce() {
    let declared = ActionDescriptor.all.map(\.action)
    #expect(declared.count == Set(declared).count)
    #expect(Set(declared) == Set(Action.allCases))
    for descriptor in ActionDescriptor.all {
      #expect(!descriptor.keys.isEmpty && !descriptor.help.isEmpty && !descriptor.panes.isEmpty)
    }
  }

  @Test func defaultKeysFollowReaderConventions() {
    let keymap = Keymap()
    #expect(keymap.action(for: .character("j"), in: .list) == .moveDown)
    #expect(keymap.action(for: .down, in: .body) == .moveDown)
    #expect(keymap.action(for: .character(" "), in: .list) == .pageDown)
    #expect(keymap.action(for: .pageDown, in: .body) == .pageDown)
    #expect(keymap.action(for: .character(" "), in: .body) == .pageOrNextUnread)
    #expect(keymap.action(for: .character("b"), in: .body) == .pageUp)
    #expect(keymap.action(for: .control("d"), in: .body) == .halfPageDown)
    #expect(keymap.action(for: .control("u"), in: .body) == .halfPageUp)
    #expect(keymap.action(for: .character("g"), in: .list) == .top)
    #expect(keymap.action(for: .end, in: .list) == .bottom)
    #expect(keymap.action(for: .enter, in: .list) == .open)
    #expect(keymap.action(for: .tab, in: .list) == .switchPane)
    #expect(keymap.action(for: .character("w"), in: .body) == .switchPane)
    #expect(keymap.action(for: .character("/"), in: .body) == .find)
    #expect(keymap.action(for: .character("/"), in: .list) == .searchLibrary)
    #expect(keymap.action(for: .character("N"), in: .list) == .toggleRead)
    #expect(keymap.action(for: .escape, in: .list) == .clearFilters)
    #expect(keymap.action(for: .escape, in: .body) == .back)
    #expect(keymap.action(for: .escape, in: .help) == .back)
    #expect(keymap.action(for: .character("s"), in: .body) == .toggleStar)
    #expect(keymap.action(for: .character("n"), in: .body) == .findNext)
    #expect(keymap.action(for: .character("N"), in: .body) == .findPrevious)
    #expect(keymap.action(for: .control("l"), in: .help) == .redraw)
    #expect(keymap.action(for: .character("Q"), in: .help) == .quit)
  }

  @Test func bindReplacesTheKeyOnlyWhereTheActionIsValid() {
    var keymap = Keymap()
    keymap.bind(.character("x"), to: .find)
    #expect(keymap.action(for: .character("x"), in: .body) == .find)
    #expect(keymap.action(for: .character("x"), in: .list) == nil)
    keymap.bind(.character("j"), to: .pageDown)
    #expect(keymap.action(for: .character("j"), in: .list) == .pageDown)
    #expect(keymap.keys(for: .pageDown).map(\.name) == ["Space", "PgDn", "j"])
  }

  @Test func keyNamesRoundTrip() {
    let keys: [Key] = [
      .character("j"), .character(" "), .character("?"), .control("d"), .up, .pageDown, .home,
      .enter, .tab, .backTab, .escape, .backspace, .function(5),
    ]
    for key in keys { #expect(Key(name: key.name) == key) }
    #expect(Key(name: "Ctrl-D") == .control("d"))
    #expect(Key(name: "pagedown") == .pageDown)
    #expect(Key(name: "Hyper-X") == nil)
  }
}
