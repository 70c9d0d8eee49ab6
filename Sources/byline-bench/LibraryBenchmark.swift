import ArgumentParser
import BylineCore
import Foundation

/// `byline-bench library`: index a generated corpus, then measure start-up, search, entity pages
/// and memory in a fresh process.
struct LibraryBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "library",
    abstract: "Benchmark the library: first full index, start-up, search, entity page, memory.",
    subcommands: [
      LibraryIndexBenchmark.self, LibraryBrowseBenchmark.self, LibraryEntityPageBenchmark.self,
      LibraryStartupBenchmark.self, LibraryPhasesBenchmark.self,
    ],
    defaultSubcommand: LibraryIndexBenchmark.self)
}

/// Peak resident memory of this process (VmHWM), in MiB.
enum ProcessMemory {
  /// VmHWM from `/proc/self/status`, or `nil` where that file does not exist.
  static var peakMiB: Double? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return nil
    }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      let digits = line.split(separator: " ").dropFirst().first.flatMap { Double($0) }
      return digits.map { $0 / 1024 }
    }
    return nil
  }
}

/// CPU time used by this process so far (user + system), in seconds.
enum ProcessCPU {
  /// User plus system time from `getrusage`.
  static var seconds: Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
      + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
  }
}

/// Times a closure in milliseconds.
func milliseconds<T>(_ body: () throws -> T) rethrows -> (T, Double) {
  let start = DispatchTime.now().uptimeNanoseconds
  let value = try body()
  return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
}

/// Formats milliseconds.
func ms(_ value: Double) -> String { String(format: "%.1f ms", value) }
