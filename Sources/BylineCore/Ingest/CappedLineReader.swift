#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads lines from a file descriptor in chunks, keeping at most `maxLineBytes` of one line in
/// memory: a longer line is skipped to its end and reported by its length.
///
/// `readLine()` has no cap and returns a `String` (a 50 MB line on standard input was read
/// whole, with copies); this holds one line's bytes once, reused from line to line (issue 17).
public struct CappedLineReader {
  /// One line, without its newline (a carriage return before it is dropped too).
  public enum Line {
    /// The bytes of a line within the cap; valid until the next call to ``next()``.
    case bytes(UnsafeBufferPointer<UInt8>)
    /// A line longer than the cap, not kept; its length in bytes.
    case tooLong(Int)
  }

  private let fileDescriptor: Int32
  private let maxLineBytes: Int
  private var chunk: [UInt8]
  private var chunkStart = 0
  private var chunkEnd = 0
  private var line: [UInt8] = []
  private var atEnd = false

  /// A reader of `fileDescriptor` whose lines may be at most `maxLineBytes` long.
  public init(fileDescriptor: Int32, maxLineBytes: Int, chunkSize: Int = 1 << 16) {
    self.fileDescriptor = fileDescriptor
    self.maxLineBytes = maxLineBytes
    chunk = [UInt8](repeating: 0, count: max(1, chunkSize))
  }

  /// Passes the next line to `body`, or returns `nil` at the end of the input. A last line
  /// without a newline still counts; an empty input has no lines.
  public mutating func next<T>(_ body: (Line) -> T) -> T? {
    line.removeAll(keepingCapacity: line.count <= (1 << 20))
    var length = 0
    var sawAny = false
    while true {
      if chunkStart == chunkEnd {
        if atEnd || !refill() {
          atEnd = true
          guard sawAny else { return nil }
          break
        }
      }
      sawAny = true
      let newline = chunk[chunkStart..<chunkEnd].firstIndex(of: 0x0A)
      let end = newline ?? chunkEnd
      let count = end - chunkStart
      if length + count <= maxLineBytes {
        line.append(contentsOf: chunk[chunkStart..<end])
      } else if length <= maxLineBytes {
        line.removeAll()  // Over the cap: stop keeping this line.
      }
      length += count
      chunkStart = newline.map { $0 + 1 } ?? chunkEnd
      if newline != nil { break }
    }
    if length > maxLineBytes { return body(.tooLong(length)) }
    if line.last == 0x0D { line.removeLast() }
    return line.withUnsafeBufferPointer { body(.bytes($0)) }
  }

  /// Reads the next chunk; `false` at the end of the input or on an error.
  private mutating func refill() -> Bool {
    while true {
      let count = chunk.withUnsafeMutableBytes { read(fileDescriptor, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { return false }
      chunkStart = 0
      chunkEnd = count
      return true
    }
  }
}
