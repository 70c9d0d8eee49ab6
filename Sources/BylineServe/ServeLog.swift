import Foundation
import NIOConcurrencyHelpers

/// The server's log: one line per event (connection, authentication, refusal, session end),
/// with the time, to standard error or a file. Never holds article content.
public final class ServeLog: Sendable {
  private let descriptor: Int32
  private let lock = NIOLock()

  /// Logs to standard error, or appends to `file` (made with mode 0600 when missing).
  public init(file: URL?) throws(ServeError) {
    guard let file else {
      descriptor = STDERR_FILENO
      return
    }
    let opened = open(file.path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
    guard opened >= 0 else {
      throw .log(path: file.path, reason: String(cString: strerror(errno)))
    }
    descriptor = opened
  }

  /// Writes one line: the UTC time, then `message` with control characters replaced.
  public func line(_ message: String) {
    let stamp = Date().formatted(.iso8601)
    let clean = String(
      String.UnicodeScalarView(
        message.unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : $0 }))
    let bytes = Array("\(stamp) \(clean)\n".utf8)
    lock.withLock {
      bytes.withUnsafeBytes { buffer in
        guard let base = buffer.baseAddress else { return }
        var offset = 0
        while offset < buffer.count {
          let written = write(descriptor, base + offset, buffer.count - offset)
          if written <= 0 { return }
          offset += written
        }
      }
    }
  }
}
