import Foundation

/// One finished run of a program: its exit status and what it printed. For the tests that run
/// the built binary or `make` and read their output (not through a terminal).
struct CommandRun {
  let status: Int32
  let output: String
  let errors: String

  /// The package root, found from this file's path.
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The debug binary that `swift build` leaves (CI builds before it tests).
  static let binary = packageRoot.appendingPathComponent(".build/debug/byline")

  /// Runs `executable` with `arguments` in `directory` and waits for it.
  init(
    _ executable: URL, _ arguments: [String], in directory: URL? = nil,
    environment: [String: String]? = nil
  ) throws {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    if let environment { process.environment = environment }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    // Read both pipes at once: a child that fills one while we wait on the other would block.
    let errData = ErrorsBox()
    let done = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      errData.data = err.fileHandleForReading.readDataToEndOfFile()
      done.signal()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    done.wait()
    process.waitUntilExit()
    status = process.terminationStatus
    output = String(decoding: outData, as: UTF8.self)
    errors = String(decoding: errData.data, as: UTF8.self)
  }
}

/// What the standard error reader hands back; written once before the semaphore is signalled
/// and read after it is waited for.
private final class ErrorsBox: @unchecked Sendable {
  var data = Data()
}
