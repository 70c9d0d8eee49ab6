import Foundation

/// A value shared between threads behind a lock.
///
/// It locks an `NSLock` (a pthread mutex) rather than `Synchronization.Mutex`: the thread
/// sanitizer understands pthread mutexes, while `Mutex` on Linux locks with futexes inside the
/// uninstrumented standard library, so the sanitizer reports every access made under it as a race
/// (seen in CI's thread-sanitizer group on `BackgroundIndexer`'s mailbox).
package final class Locked<Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var value: Value

  package init(_ value: Value) {
    self.value = value
  }

  /// Runs `body` with the value while holding the lock.
  package func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
    lock.lock()
    defer { lock.unlock() }
    return try body(&value)
  }
}
