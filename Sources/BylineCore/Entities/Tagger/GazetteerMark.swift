/// The gazetteer categories found at one token.
struct GazetteerMark: Sendable {
  /// Categories of names that begin at the token.
  var begin: UInt8 = 0
  /// Categories of names that continue through the token.
  var inside: UInt8 = 0
  /// Categories of one-token names that are exactly the token.
  var single: UInt8 = 0
}
