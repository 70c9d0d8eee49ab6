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
/// A line that ends inside the chunk just read is passed from the chunk without a copy; a longer
/// one gathers in a buffer grown with `realloc`, which moves large blocks by remapping pages, so
/// growing never holds two copies of the line (an array's doubling peaked at 144 MiB for a line
/// over the 32 MiB cap). After a line over a megabyte the buffer is given back.
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
  private let line = LineBuffer()
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
    if line.capacity > (1 << 20) { line.release() }
    line.count = 0
    if chunkStart < chunkEnd, let newline = chunk[chunkStart..<chunkEnd].firstIndex(of: 0x0A),
      newline - chunkStart <= maxLineBytes
    {
      // The whole line is in the chunk: no copy.
      let start = chunkStart
      chunkStart = newline + 1
      var end = newline
      if end > start, chunk[end - 1] == 0x0D { end -= 1 }
      return chunk.withUnsafeBufferPointer {
        body(.bytes(UnsafeBufferPointer(rebasing: $0[start..<end])))
      }
    }
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
        chunk.withUnsafeBufferPointer {
          line.append(UnsafeBufferPointer(rebasing: $0[chunkStart..<end]))
        }
      } else if line.capacity > 0 {
        line.release()  // Over the cap: stop keeping this line.
      }
      length += count
      chunkStart = newline.map { $0 + 1 } ?? chunkEnd
      if newline != nil { break }
    }
    if length > maxLineBytes { return body(.tooLong(length)) }
    if let bytes = line.bytes, line.count > 0, bytes[line.count - 1] == 0x0D { line.count -= 1 }
    return body(
      .bytes(UnsafeBufferPointer(start: line.bytes.map { UnsafePointer($0) }, count: line.count)))
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

/// The bytes of one line, in memory from `malloc` grown with `realloc`.
private final class LineBuffer {
  private(set) var bytes: UnsafeMutablePointer<UInt8>?
  private(set) var capacity = 0
  var count = 0

  deinit { free(bytes) }

  func append(_ more: UnsafeBufferPointer<UInt8>) {
    guard let source = more.baseAddress, !more.isEmpty else { return }
    if count + more.count > capacity {
      let newCapacity = max(count + more.count, capacity * 2, 4096)
      guard let grown = realloc(bytes, newCapacity) else {
        fatalError("out of memory reading a line of \(newCapacity) bytes")
      }
      bytes = grown.assumingMemoryBound(to: UInt8.self)
      capacity = newCapacity
    }
    guard let bytes else { return }
    (bytes + count).update(from: source, count: more.count)
    count += more.count
  }

  func release() {
    free(bytes)
    bytes = nil
    capacity = 0
    count = 0
  }
}
