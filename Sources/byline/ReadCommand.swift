import ArgumentParser
import BylineCore
import BylineTUI
import Foundation

/// `byline [PATH...]`: the reader (the default command).
struct ReadCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "read",
    abstract: "Read articles in the terminal (the default command).")

  @Argument(
    help: """
      Article files or folders, or http(s) feed URLs: added to the library and indexed or \
      fetched in the background (default: the library; the bundled samples while nothing was \
      added).
      """)
  var paths: [String] = []

  @OptionGroup var libraryOptions: LibraryOptions

  @Option(help: "The colour theme (default: from the config file, else 'default').")
  var theme: String?

  @Option(help: "Pane layout: auto (side by side from 100 columns), side or stacked.")
  var layout: String?

  @Option(help: "The widest the article text gets, in columns (default 80).")
  var readingWidth: Int?

  @Option(help: "Write every reading problem of the last index run to this file.")
  var log: String?

  @Option(
    help: ArgumentHelp(
      "Keep reading state in this file and leave the library unchanged (as byline serve does).",
      valueName: "path"))
  var readingState: String?

  @OptionGroup var fetchOptions: FetchOptions

  func validate() throws {
    if let layout, LayoutMode(rawValue: layout) == nil {
      throw ValidationError("--layout must be auto, side or stacked")
    }
    if let readingWidth, !(20...1000).contains(readingWidth) {
      throw ValidationError("--reading-width must be between 20 and 1000")
    }
    if readingState != nil, !paths.isEmpty {
      throw ValidationError("--reading-state reads the library as it is: give no paths")
    }
  }

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    var config = ReaderConfig()
    var notices = ConfigParser.load(
      path: ConfigParser.defaultPath(environment: environment), into: &config
    ).map { StatusMessage($0.description, isError: true) }
    if let theme {
      config.themeName = theme
      config.fixedChoices.insert(.theme)
    }
    if let layout, let mode = LayoutMode(rawValue: layout) {
      config.layout = mode
      config.fixedChoices.insert(.layout)
    }
    if let readingWidth { config.readingWidth = readingWidth }

    // No terminal: say so before the library is touched (no source is recorded).
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      FileHandle.standardError.write(Data((TerminalError.notATerminal.description + "\n").utf8))
      throw ExitCode(2)
    }
    let opened: ReaderLibrary
    do {
      if let readingState {
        opened = try ReaderLibrary.shared(
          databaseURL: libraryOptions.databaseURL,
          stateURL: URL(fileURLWithPath: readingState))
      } else {
        opened = try ReaderLibrary.open(
          databaseURL: libraryOptions.databaseURL, paths: paths, logPath: log,
          fetchSettings: fetchOptions.settings(loaded: config))
      }
    } catch {
      FileHandle.standardError.write(Data("byline: \(error)\n".utf8))
      throw ExitCode.failure
    }
    notices += opened.notices
    let backend: NCursesBackend
    do {
      let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
      backend = try NCursesBackend(
        monochrome: noColor, mouse: config.mouse, environment: environment)
    } catch {
      FileHandle.standardError.write(Data((error.description + "\n").utf8))
      throw ExitCode(2)
    }
    let themes = ThemeCatalog(environment: environment).lineup(
      requested: config.themeName, colorCount: backend.colorCount, environment: environment)
    config.themeName = themes.startName
    notices += themes.messages.map { StatusMessage($0, isError: true) }
    SignalTrap.install()
    var session = ReaderSession(
      store: opened.library, config: config, themes: themes.themes, indexer: opened.indexer,
      choicesFile: ChoicesFile(environment: environment), whyNotIndexed: opened.whyNotIndexed,
      fullText: opened.fullText)
    if let note = opened.note { session.send(.libraryNote(note)) }
    if !opened.shownSources.isEmpty { session.send(.showSources(opened.shownSources)) }
    var runtime = ReaderRuntime(session: session, backend: backend)
    let status = runtime.run(notices: notices)
    if status != 0 { throw ExitCode(status) }
  }
}
