/// A message in the status line.
public struct StatusMessage: Hashable, Sendable {
  /// The text.
  public var text: String
  /// Whether it reports an error.
  var isError: Bool

  /// Creates a message.
  public init(_ text: String, isError: Bool = false) {
    self.text = text
    self.isError = isError
  }
}
