import ArgumentParser

/// Byline's benchmarks and test-corpus generator. Each figure in the README names the
/// subcommand that produces it.
struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "byline-bench",
    abstract: "Benchmarks for Byline, and a generator of realistic test corpora.",
    subcommands: [
      ReadersBenchmark.self, TaggerBenchmark.self, RenderBenchmark.self, CorpusCommand.self,
      LibraryBenchmark.self, ExtractionBenchmark.self,
    ]
  )
}

Bench.main()
