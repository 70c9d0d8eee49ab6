import ArgumentParser
import BylineCore
import BylineServe
import Foundation

/// `byline serve`: the library read over SSH by many readers, without shell accounts.
struct ServeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Serve the reader over SSH to many readers.",
    discussion: """
      Each reader connects with `ssh -p PORT HOST` and lands in the reader, never in a shell. \
      Readers authenticate with public keys (Ed25519 or ECDSA) listed in --authorized-keys; \
      each key has its own reading state. The library is shared read-only; the server brings \
      it up to date every --refresh. See docs/serve.md.
      """)

  @Option(help: ArgumentHelp("The address to listen on.", valueName: "host:port"))
  var listen = "127.0.0.1:2222"

  @Option(
    help: ArgumentHelp(
      "The OpenSSH authorized_keys file naming the readers (Ed25519 and ECDSA keys).",
      valueName: "file"))
  var authorizedKeys: String?

  @Flag(help: "Admit any public key (a public reading room); each key keeps its own state.")
  var open = false

  @OptionGroup var libraryOptions: LibraryOptions

  @Option(
    help: ArgumentHelp(
      "The host key (default: $XDG_DATA_HOME/byline/serve-host-key, made on first start).",
      valueName: "file"))
  var hostKey: String?

  @Option(help: "The most reader sessions at once.")
  var maxSessions = 50

  @Option(help: "The most connections at once from one address.")
  var maxPerAddress = 10

  @Option(
    help: ArgumentHelp(
      "How often to bring the library up to date: 30s, 15m, 1h, or 0 for never.",
      valueName: "interval"))
  var refresh = "15m"

  @Option(help: ArgumentHelp("Log to this file instead of standard error.", valueName: "file"))
  var log: String?

  /// Hidden: the end-to-end tests shorten the idle close to seconds (docs/serve.md).
  @Option(
    help: ArgumentHelp(
      "Close a session after this long without input (default 2h; for tests).",
      valueName: "interval", visibility: .hidden))
  var idleTimeout = "2h"

  func validate() throws {
    guard ServeAddress(listen) != nil else {
      throw ValidationError("--listen must be HOST:PORT, such as 127.0.0.1:2222")
    }
    guard ServeInterval.seconds(refresh) != nil else {
      throw ValidationError("--refresh must be a number of seconds, minutes or hours: 30s, 15m, 1h")
    }
    guard let idle = ServeInterval.seconds(idleTimeout), idle >= 1 else {
      throw ValidationError("--idle-timeout must be at least 1s: 30s, 15m, 2h")
    }
    guard maxSessions > 0, maxPerAddress > 0 else {
      throw ValidationError("--max-sessions and --max-per-address must be at least 1")
    }
    guard authorizedKeys != nil || open else {
      throw ValidationError("give --authorized-keys FILE, or --open to admit any key")
    }
  }

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let dataHome =
      environment["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? URL(fileURLWithPath: $0) : nil }
      ?? URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory())
      .appendingPathComponent(".local/share")
    let dataFolder = dataHome.appendingPathComponent("byline")
    let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    func resolved(_ path: String) -> URL {
      URL(fileURLWithPath: path, relativeTo: cwd).standardizedFileURL
    }
    let address = ServeAddress(listen) ?? ServeAddress(host: "127.0.0.1", port: 2222)
    let interval = ServeInterval.seconds(refresh) ?? 0
    let executable =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments[0]
    var configuration = ServeConfiguration(
      host: address.host, port: address.port, authorizedKeys: authorizedKeys.map(resolved),
      isOpen: open, library: libraryOptions.databaseURL.standardizedFileURL,
      hostKey: hostKey.map(resolved) ?? dataFolder.appendingPathComponent("serve-host-key"),
      readers: dataFolder.appendingPathComponent("readers"), maxSessions: maxSessions,
      maxPerAddress: maxPerAddress, refreshInterval: interval > 0 ? interval : nil,
      log: log.map(resolved), readerExecutable: executable)
    configuration.idleTimeout = ServeInterval.seconds(idleTimeout) ?? configuration.idleTimeout
    do {
      try ServeServer.run(configuration) { line in
        FileHandle.standardOutput.write(Data("byline serve: \(line)\n".utf8))
      }
    } catch {
      FileHandle.standardError.write(Data("byline serve: \(error)\n".utf8))
      throw ExitCode.failure
    }
  }
}
