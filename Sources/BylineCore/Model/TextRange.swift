/// A half-open range of text offsets inside one paragraph or title.
///
/// **Unit:** every offset in Byline's model counts *Unicode scalars* (code points) from the start
/// of the string, and `end` is exclusive. This is the unit of the `entities --input jsonl`
/// contract too, so offsets can be handed to other tools unchanged.
public struct TextRange: Hashable, Sendable, Codable, Comparable {
  /// Offset of the first scalar, in Unicode scalars from the start of the text.
  public var start: Int
  /// Offset one past the last scalar, in Unicode scalars from the start of the text.
  public var end: Int

  /// Creates a range; `end` is clamped so that it is never before `start`.
  public init(start: Int, end: Int) {
    self.start = start
    self.end = max(start, end)
  }

  /// The number of Unicode scalars covered.
  public var length: Int { end - start }

  /// Whether the range covers nothing.
  public var isEmpty: Bool { end <= start }

  /// Whether the two ranges share at least one scalar.
  public func overlaps(_ other: TextRange) -> Bool {
    start < other.end && other.start < end
  }

  /// Whether `offset` (in Unicode scalars) falls inside the range.
  public func contains(_ offset: Int) -> Bool {
    offset >= start && offset < end
  }

  /// Orders by start, then by end.
  public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
    lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
  }
}
