import Foundation
import Testing

/// The built `byline` binary in tmux, as a user sees it.
@Suite(
  .serialized,
  .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end reader tests skipped"))
struct ReaderEndToEndTests {
  static let fixtures = TmuxSession.fixtures

  @Test(arguments: [(80, 24), (120, 40), (200, 60)])
  func navigateOpenScrollFindThemeAndQuit(width: Int, height: Int) throws {
    let tmux = try TmuxSession(width: width, height: height)
    defer { tmux.close() }
    tmux.startByline(Self.fixtures)
    #expect(tmux.waitFor("article 1/5"))
    let list = tmux.capture()
    #expect(list.contains("Harbour terminal"))
    #expect(list.contains("서울시"))
    #expect(list.contains("北京国际科技博览会"))
    #expect(tmux.format("#{alternate_on}") == "1")

    tmux.send("j", "j", "k", "k", "Enter")
    #expect(tmux.waitFor("The harbour authority said"))
    let before = tmux.capture()
    // Space at the end of an article opens the next unread one: only page a longer one.
    if !before.contains("100%  ? help") {
      tmux.send("Space")
      #expect(tmux.waitFor(timeout: 5) { !tmux.capture().contains("The harbour authority said") })
    }

    tmux.send("/")
    tmux.type("zeppelin")
    tmux.send("Enter")
    #expect(tmux.waitFor("/zeppelin: match 1 of 1"))
    #expect(tmux.capture().contains("zeppelin enthusiast"))

    tmux.send("t")
    #expect(tmux.waitFor("Theme: light"))
    let coloured = tmux.capture(escapes: true)
    #expect(
      coloured.contains("48;5;153"), "light theme (themes/light.theme) selection in 256 colours")

    tmux.send("q", "q")
    #expect(tmux.exitStatus() == 0)
    #expect(tmux.format("#{alternate_on}") == "0")
  }

  @Test func opensTheSampleLibraryWithoutAPath() throws {
    let tmux = try TmuxSession(width: 120, height: 40)
    defer { tmux.close() }
    tmux.startByline("")
    #expect(tmux.waitFor("article 1/"))
    tmux.send("G", "g", "Enter")
    #expect(tmux.waitFor(timeout: 10) { tmux.capture().contains("%  ? help") })
    tmux.send("z")
    #expect(tmux.waitFor("reading mode (z)"))
    tmux.send("q", "q", "q")
    #expect(tmux.exitStatus() == 0)
    #expect(tmux.format("#{alternate_on}") == "0")
  }

  @Test func resizesKeepTheReadingPositionAndSurviveATinyTerminal() throws {
    let tmux = try TmuxSession(width: 120, height: 40)
    defer { tmux.close() }
    tmux.startByline(Self.fixtures)
    #expect(tmux.waitFor("article 1/5"))
    tmux.send("Enter")
    #expect(tmux.waitFor("The harbour authority said"))
    tmux.send("/")
    tmux.type("Engineers working")
    tmux.send("Enter")
    #expect(tmux.waitFor("match 1 of 1"))
    func bodyTop() -> String? {
      tmux.capture().split(separator: "\n", omittingEmptySubsequences: false)
        .first { $0.contains("│ ") }
        .map { String($0.split(separator: "│").last ?? "") }
    }
    #expect(bodyTop()?.contains("Engineers working on the site") == true)

    tmux.resize(width: 60, height: 20)
    #expect(tmux.waitFor("────────"))
    let stacked = tmux.capture().split(separator: "\n").map(String.init)
    let separator = stacked.firstIndex { $0.hasPrefix("────") } ?? 0
    #expect(stacked[separator + 1].contains("Engineers working on the"))

    tmux.resize(width: 200, height: 50)
    #expect(tmux.waitFor("Engineers working on the site"))

    tmux.resize(width: 15, height: 5)
    #expect(tmux.waitFor("terminal too"))
    tmux.resize(width: 100, height: 30)
    #expect(tmux.waitFor("? help"))
    #expect(bodyTop()?.contains("Engineers working on the site") == true)

    tmux.send("Q")
    #expect(tmux.exitStatus() == 0)
    #expect(tmux.format("#{alternate_on}") == "0")
  }

  @Test func hangupLeavesTheTerminalCleanAndExits129() throws {
    let tmux = try TmuxSession(width: 100, height: 30)
    defer { tmux.close() }
    tmux.startByline(Self.fixtures)
    #expect(tmux.waitFor("article 1/5"))
    tmux.send("Enter")
    #expect(tmux.waitFor("The harbour authority said"))
    tmux.send("C-d")
    let pid = try #require(tmux.bylinePID())
    kill(pid, SIGHUP)
    #expect(tmux.exitStatus() == 129)
    #expect(tmux.format("#{alternate_on}") == "0")
  }

  @Test func terminateAndInterruptExitWith128PlusSignal() throws {
    for (signal, status) in [(SIGTERM, 143), (SIGINT, 130)] {
      let tmux = try TmuxSession(width: 80, height: 24)
      defer { tmux.close() }
      tmux.startByline(Self.fixtures)
      #expect(tmux.waitFor("article 1/5"))
      let pid = try #require(tmux.bylinePID())
      kill(pid, signal)
      #expect(tmux.exitStatus() == status)
      #expect(tmux.format("#{alternate_on}") == "0")
    }
  }

  @Test func hostileTitleNeitherSetsThePaneTitleNorMovesTheScreen() throws {
    let tmux = try TmuxSession(width: 100, height: 20)
    defer { tmux.close() }
    tmux.tmux(["select-pane", "-t", "0", "-T", "before"])
    tmux.startByline(Self.fixtures + "/05-hostile.txt")
    #expect(tmux.waitFor("article 1/1"))
    tmux.send("Enter")
    #expect(tmux.waitFor("This paragraph tries"))
    let rows = tmux.capture().split(separator: "\n", omittingEmptySubsequences: false)
    #expect(rows[0].contains("Hostile"))
    #expect(rows[0].contains("│"))
    #expect(rows[19].contains("article 1/1"))
    #expect(!tmux.capture().contains("PWNED"))
    #expect(tmux.format("#{pane_title}") == "before")
    tmux.send("Q")
    #expect(tmux.exitStatus() == 0)
    #expect(tmux.format("#{pane_title}") == "before")
  }

  @Test func noColorGivesMonochromeAttributes() throws {
    let tmux = try TmuxSession(width: 100, height: 20, environment: ["NO_COLOR": "1"])
    defer { tmux.close() }
    tmux.startByline(Self.fixtures)
    #expect(tmux.waitFor("article 1/5"))
    let screen = tmux.capture(escapes: true)
    #expect(screen.contains(/\x1B\[(0;)?7m/), "the selection in reverse video")
    let colour = /\x1B\[[0-9;]*(3[0-7]|4[0-7]|38;5;[0-9]+|48;5;[0-9]+)[;m]/
    #expect(screen.firstMatch(of: colour) == nil, "no colours")
    tmux.send("Q")
    #expect(tmux.exitStatus() == 0)
  }

  @Test func configProblemIsShownAndByLineStillStarts() throws {
    let tmux = try TmuxSession(width: 120, height: 20)
    defer { tmux.close() }
    let directory = tmux.scratch.appendingPathComponent("byline")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try "layout stacked\nbind x fly\n".write(
      to: directory.appendingPathComponent("config"), atomically: true, encoding: .utf8)
    tmux.startByline(Self.fixtures)
    #expect(tmux.waitFor("config:2: unknown action 'fly'"))
    // The list has the whole screen until an article opens; then the panes are stacked.
    #expect(tmux.waitFor("Harbour terminal"))
    tmux.send("Enter")
    #expect(tmux.waitFor("──────"), "layout stacked applied")
    tmux.send("Q")
    #expect(tmux.exitStatus() == 0)
  }

  @Test func refusesToRunWithoutATerminal() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: TmuxSession.binary)
    process.arguments = [Self.fixtures]
    process.standardInput = FileHandle.nullDevice
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 2)
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(message.contains("needs a terminal"))
    #expect(output.fileHandleForReading.readDataToEndOfFile().isEmpty)
  }

  @Test func refusesADumbTerminal() throws {
    let tmux = try TmuxSession(width: 80, height: 24)
    defer { tmux.close() }
    tmux.run(
      "TERM=dumb \(TmuxSession.binary) \(Self.fixtures); echo EXIT=$? > \(tmux.scratch.path)/exit")
    #expect(tmux.exitStatus() == 2)
    #expect(tmux.capture().contains("cannot run on a terminal of type 'dumb'"))
  }
}
