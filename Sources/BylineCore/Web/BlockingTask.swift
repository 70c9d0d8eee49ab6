import Dispatch

/// Runs async work from synchronous code (the command line, the reader's background thread)
/// and waits for it. Never call it from a task of the cooperative pool.
public enum BlockingTask {
  /// Runs `body` in a task and waits for its result.
  public static func run<T: Sendable>(_ body: @escaping @Sendable () async -> T) -> T {
    let done = DispatchSemaphore(value: 0)
    let result = Locked<T?>(nil)
    Task {
      let value = await body()
      result.withLock { $0 = value }
      done.signal()
    }
    done.wait()
    guard let value = result.withLock({ $0 }) else {
      preconditionFailure("the task signalled before storing its result")
    }
    return value
  }
}
