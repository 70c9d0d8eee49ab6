/// The gazetteer categories found at one token.
struct GazetteerMark: Sendable {
  /// Categories of names that begin at the token.
  var begin: UInt16 = 0
  /// Categories of names that continue through the token.
  var inside: UInt16 = 0
  /// Categories of one-token names that are exactly the token.
  var single: UInt16 = 0
}
