import Foundation
import Testing

/// The man page `docs/man/byline.1` is generated from the command definitions; these tests fail
/// when the definitions change and the page was not regenerated (issue 18 item 9).
@Suite struct ManualTests {
  private static let manual = CommandRun.packageRoot.appendingPathComponent("docs/man")

  /// The page was made from `docs/man/byline.json`, so comparing that file with what the built
  /// binary describes now tells whether the page is current, without running the plugin here.
  @Test func manPageMatchesTheCommandDefinitions() throws {
    try #require(FileManager.default.isExecutableFile(atPath: CommandRun.binary.path))
    let run = try CommandRun(CommandRun.binary, ["--experimental-dump-help"])
    #expect(run.status == 0, "\(run.errors)")
    let committed = try String(
      contentsOf: Self.manual.appendingPathComponent("byline.json"), encoding: .utf8)
    // A Bool, so that a failure prints the message rather than both documents whole.
    let isCurrent = run.output == committed
    #expect(
      isCurrent,
      "docs/man/byline.1 is out of date with the commands: run Scripts/generate-manual.sh")
  }

  /// The page describes every subcommand, so a page generated from an older JSON is caught too.
  @Test func manPageNamesEverySubcommand() throws {
    let page = try String(
      contentsOf: Self.manual.appendingPathComponent("byline.1"), encoding: .utf8)
    let help = try String(
      contentsOf: Self.manual.appendingPathComponent("byline.json"), encoding: .utf8)
    let names = try Self.subcommandNames(json: Data(help.utf8))
    #expect(!names.isEmpty)
    for name in names {
      #expect(page.contains(name), "byline.1 lacks \(name): run Scripts/generate-manual.sh")
    }
  }

  /// `byline --help` at 80 columns lists every subcommand on one line with its abstract: an
  /// abstract longer than the column left for it wraps onto a second line.
  @Test func helpListsEveryCommandOnOneLine() throws {
    try #require(FileManager.default.isExecutableFile(atPath: CommandRun.binary.path))
    let run = try CommandRun(
      CommandRun.binary, ["--help"], environment: ["COLUMNS": "80", "PATH": "/usr/bin:/bin"])
    #expect(run.status == 0)
    let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false)
    let section = try #require(lines.firstIndex(of: "SUBCOMMANDS:"), "\(run.output)")
    let listed = lines[(section + 1)...].prefix { !$0.isEmpty }
    let help = try Data(
      String(contentsOf: Self.manual.appendingPathComponent("byline.json"), encoding: .utf8).utf8)
    let names = try Self.subcommandNames(json: help).filter { $0 != "help" }
    #expect(listed.count == names.count, "one line per command:\n\(listed.joined(separator: "\n"))")
    for name in names {
      let line = listed.first { $0.trimmingCharacters(in: .whitespaces).hasPrefix(name + " ") }
      #expect(line.map { $0.count > name.count + 10 } ?? false, "\(name): no line or no abstract")
    }
  }

  private struct ToolInfo: Decodable {
    struct Command: Decodable {
      let commandName: String
      let subcommands: [Command]?
    }
    let command: Command
  }

  private static func subcommandNames(json: Data) throws -> [String] {
    try JSONDecoder().decode(ToolInfo.self, from: json).command.subcommands?.map(\.commandName)
      ?? []
  }
}
