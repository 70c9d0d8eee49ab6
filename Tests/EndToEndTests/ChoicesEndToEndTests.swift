import Foundation
import Testing

/// The theme chosen with `t` is the one the next run of the built binary draws with, kept in
/// the state file and never written to the config file (issue 18 item 4).
@Suite(
  .serialized,
  .enabled(if: TmuxSession.isAvailable, "tmux is not installed: choices end-to-end tests skipped"))
struct ChoicesEndToEndTests {
  @Test func restartKeepsTheThemeChosenWithT() throws {
    let tmux = try TmuxSession(width: 100, height: 20)
    defer { tmux.close() }
    let exitFile = tmux.scratch.appendingPathComponent("exit")
    tmux.startByline(TmuxSession.fixtures)
    #expect(tmux.waitFor("article 1/5"))
    #expect(!tmux.capture(escapes: true).contains("48;5;153"))
    tmux.send("t")
    #expect(tmux.waitFor("Theme: light"))
    #expect(tmux.waitFor { tmux.capture(escapes: true).contains("48;5;153") }, "light's selection")
    tmux.send("q")
    #expect(tmux.exitStatus() == 0)

    let state = tmux.scratch.appendingPathComponent("state/byline/choices")
    #expect(try String(contentsOf: state, encoding: .utf8).contains("theme light\n"))
    let config = tmux.scratch.appendingPathComponent("byline/config")
    #expect(!FileManager.default.fileExists(atPath: config.path), "the config file is not written")

    try FileManager.default.removeItem(at: exitFile)
    tmux.run("clear")
    tmux.startByline(TmuxSession.fixtures)
    #expect(tmux.waitFor("article 1/5"))
    #expect(
      tmux.waitFor { tmux.capture(escapes: true).contains("48;5;153") },
      "the restarted reader draws with light")
    tmux.send("q")
    #expect(tmux.exitStatus() == 0)
  }
}
