#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Bytes gathered in one buffer and written to a file descriptor in large writes, or kept in
/// memory.
///
/// `print` builds a `String` per line and writes it through `stdout`'s small buffer; a 29 MB
/// answer of `byline entities --input jsonl` was built whole as a `String` first (issue 17). This
/// writes as it goes, so memory stays one buffer whatever the size of the output.
public struct BufferedOutput {
  private var buffer: [UInt8] = []
  private let capacity: Int
  private let fileDescriptor: Int32?
  /// Whether a write to the file descriptor failed (the rest of the output is dropped).
  public private(set) var failed = false

  /// Output to `fileDescriptor`, written whenever `capacity` bytes have gathered.
  public init(fileDescriptor: Int32, capacity: Int = 1 << 20) {
    self.fileDescriptor = fileDescriptor
    self.capacity = max(1, capacity)
    buffer.reserveCapacity(self.capacity)
  }

  /// Output kept in memory (``bytes``), never written anywhere.
  public init() {
    fileDescriptor = nil
    capacity = Int.max
  }

  /// The bytes not yet written (all of them, for output kept in memory).
  public var bytes: [UInt8] { buffer }

  /// Appends one byte.
  @inline(__always)
  public mutating func append(_ byte: UInt8) {
    buffer.append(byte)
    if buffer.count >= capacity { flush() }
  }

  /// Appends `bytes`.
  public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= capacity { flush() }
  }

  /// Appends the UTF-8 of `text`.
  public mutating func append(_ text: String) {
    var text = text
    text.withUTF8 { append($0) }
  }

  /// Appends the UTF-8 of `text`.
  public mutating func append(_ text: StaticString) {
    append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  /// Appends `value` in decimal.
  public mutating func append(decimal value: Int) {
    if value < 0 { buffer.append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: enough for 20 digits.
    var count = 0
    withUnsafeMutableBytes(of: &digits) { raw in
      repeat {
        raw[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
        count += 1
      } while magnitude > 0
      for index in stride(from: count - 1, through: 0, by: -1) { buffer.append(raw[index]) }
    }
    if buffer.count >= capacity { flush() }
  }

  /// Writes what has gathered to the file descriptor (nothing for output kept in memory).
  public mutating func flush() {
    guard let fileDescriptor, !buffer.isEmpty else { return }
    if !failed {
      failed = !buffer.withUnsafeBytes { Self.writeAll($0, to: fileDescriptor) }
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Writes all of `bytes`, again after a short write or an interrupt; `false` on an error.
  private static func writeAll(_ bytes: UnsafeRawBufferPointer, to fileDescriptor: Int32) -> Bool {
    var offset = 0
    while offset < bytes.count {
      let written = write(
        fileDescriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
      if written < 0, errno == EINTR { continue }
      guard written > 0 else { return false }
      offset += written
    }
    return true
  }
}
