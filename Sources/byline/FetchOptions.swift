import ArgumentParser
import BylineCore
import BylineTUI
import Foundation

/// The options of the commands that fetch web sources: `--offline` and `--ca-file`, which
/// `offline` and `ca-file` in the config file set too (the command line wins).
struct FetchOptions: ParsableArguments {
  @Flag(help: "Stay off the network: web sources are not fetched (config: offline yes).")
  var offline = false

  @Option(
    name: .customLong("ca-file"),
    help: ArgumentHelp(
      "Also trust the certificates in this PEM file for https (config: ca-file FILE).",
      valueName: "file"))
  var caFile: String?

  /// The fetch settings: defaults, then the config file (`loaded`, or read here with its
  /// problems printed as warnings), then these options.
  func settings(force: Bool = false, loaded: ReaderConfig? = nil) -> FetchSettings {
    var config = ReaderConfig()
    if let loaded {
      config = loaded
    } else {
      let environment = ProcessInfo.processInfo.environment
      for problem in ConfigParser.load(
        path: ConfigParser.defaultPath(environment: environment), into: &config)
      {
        LibraryPipeline.printError("byline: warning: \(problem)")
      }
    }
    var settings = FetchSettings()
    settings.offline = offline || config.offline
    settings.caFile = caFile ?? config.caFile
    settings.force = force
    return settings
  }
}
