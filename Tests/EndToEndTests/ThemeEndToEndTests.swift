import Foundation
import Testing

/// The theme chosen in the config file, by `--theme`, or from the user's themes folder is the
/// one the built binary draws with, fitted to the terminal (checked with `capture-pane -e`).
@Suite(
  .serialized,
  .enabled(if: TmuxSession.isAvailable, "tmux is not installed: theme end-to-end tests skipped"))
struct ThemeEndToEndTests {
  /// Writes `text` to `name` under the session's `$XDG_CONFIG_HOME/byline/`.
  static func writeConfig(_ text: String, named name: String, in tmux: TmuxSession) throws {
    let file = tmux.scratch.appendingPathComponent("byline/\(name)")
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: file, atomically: true, encoding: .utf8)
  }

  @Test func configThemeStartsAndTCyclesOn() throws {
    let tmux = try TmuxSession(width: 100, height: 20)
    defer { tmux.close() }
    try Self.writeConfig("theme light\n", named: "config", in: tmux)
    tmux.startByline(TmuxSession.fixtures)
    #expect(tmux.waitFor("article 1/5"))
    #expect(tmux.capture(escapes: true).contains("48;5;153"), "light's list.selected")
    tmux.send("t")
    #expect(tmux.waitFor("Theme: mono"))
    tmux.send("q")
    #expect(tmux.exitStatus() == 0)
  }

  @Test func themeOptionPicksAUserThemeOverTheConfig() throws {
    let tmux = try TmuxSession(width: 100, height: 20)
    defer { tmux.close() }
    try Self.writeConfig("theme light\n", named: "config", in: tmux)
    try Self.writeConfig("list.selected black color201\n", named: "themes/mine.theme", in: tmux)
    tmux.startByline("--theme mine \(TmuxSession.fixtures)")
    #expect(tmux.waitFor("article 1/5"))
    let screen = tmux.capture(escapes: true)
    #expect(screen.contains("48;5;201"), "mine's list.selected")
    #expect(!screen.contains("48;5;153"))
    tmux.send("q")
    #expect(tmux.exitStatus() == 0)
  }

  /// On an 8-colour terminal a 256-colour theme would lose its meaning: the default theme is
  /// drawn and the status line says why.
  @Test func themeTooColourfulForTheTerminalFallsBackToTheDefault() throws {
    let tmux = try TmuxSession(width: 160, height: 20)
    defer { tmux.close() }
    tmux.run(
      "TERM=xterm \(TmuxSession.binary) --theme light \(TmuxSession.fixtures); "
        + "echo EXIT=$? > \(tmux.scratch.path)/exit")
    #expect(tmux.waitFor("theme 'light' needs more than 8 colours"))
    #expect(tmux.waitFor("Harbour terminal"))
    let screen = tmux.capture(escapes: true)
    #expect(screen.contains("\u{1B}[30m\u{1B}[46m"), "the default theme's list.selected")
    tmux.send("q")
    #expect(tmux.exitStatus() == 0)
  }
}
