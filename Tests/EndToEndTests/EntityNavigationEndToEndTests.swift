import Foundation
import Testing

/// Issue 5 in the built binary: the sample library, Tab to a person, the entity page, another
/// article focused on that person, back twice to the same screens, highlight colours checked
/// with `capture-pane -e`.
@Suite(
  .serialized,
  .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end entity tests skipped"))
struct EntityNavigationEndToEndTests {
  /// SGR parameters of the default theme: entity.person is bold green, entity.focused bold
  /// black on white (themes/default.theme).
  static let focusedKim = "\u{1B}[30m\u{1B}[47mKim Dae-jung"
  /// Kim Dae-jung drawn as a person (bold green).
  static let personKim = "\u{1B}[32mKim Dae-jung"

  @Test func tabEnterAnotherArticleAndBackTwice() throws {
    let home = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-entnav-\(getpid())-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: home) }
    let tmux = try TmuxSession(
      width: 100, height: 30,
      environment: [
        "XDG_DATA_HOME": home.appendingPathComponent("data").path,
        "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
        "BYLINE_LIBRARY": home.appendingPathComponent("library.sqlite").path,
      ])
    defer { tmux.close() }
    tmux.startByline("")
    #expect(tmux.waitFor("Kim Dae-jung wins the No"))
    tmux.send("j", "Enter")
    #expect(tmux.waitFor("Nobel Peace Prize"))
    tmux.send("z")
    #expect(tmux.waitFor("reading mode (z)"))
    let colouredArticle = tmux.capture(escapes: true)
    #expect(colouredArticle.contains(Self.personKim), "entity.person in green")
    #expect(!colouredArticle.contains(Self.focusedKim))

    var found = false
    for _ in 0..<30 {
      tmux.send("Tab")
      if tmux.waitFor(timeout: 1, { tmux.capture().contains("· person · ") }) {
        found = true
        break
      }
    }
    #expect(found)
    #expect(tmux.waitFor("Kim Dae-jung · person · 4 articles"))
    let article = tmux.capture()
    let focused = tmux.capture(escapes: true)
    #expect(focused.contains(Self.focusedKim), "entity.focused drawn black on white")

    tmux.send("Enter")
    #expect(tmux.waitFor("Seen as: Kim Dae-jung"))
    #expect(tmux.capture().contains("Often with"))
    tmux.send("j")
    #expect(tmux.waitFor("entity: Kim Dae-jung  2/"))
    let page = tmux.capture()

    tmux.send("Enter")
    #expect(tmux.waitFor("Kim Dae-jung and Kim Jong-il meet in Pyongyang"))
    #expect(tmux.waitFor("Kim Dae-jung · person · 4 articles"))
    #expect(tmux.capture(escapes: true).contains(Self.focusedKim))

    tmux.send("BSpace")
    #expect(tmux.waitFor("Seen as: Kim Dae-jung"))
    #expect(tmux.waitFor(timeout: 5) { tmux.capture() == page })
    tmux.send("BSpace")
    #expect(tmux.waitFor(timeout: 5) { tmux.capture() == article })

    tmux.send("H")
    #expect(tmux.waitFor("Entity highlighting off (H)"))
    let plain = tmux.capture(escapes: true)
    #expect(!plain.contains(Self.personKim), "no person colour with highlighting off")
    #expect(plain.contains(Self.focusedKim), "the focus still shows")
    tmux.send("q", "q", "q")
    #expect(tmux.exitStatus() == 0)
    #expect(tmux.format("#{alternate_on}") == "0")
  }
}
