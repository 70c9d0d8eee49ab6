/// Empties XML comments before libxml2 sees them, keeping their newlines so line numbers hold.
///
/// libxml2 2.9 reports every `--` inside a comment as an error and copies the comment so far
/// into each report, before any error callback or option can stop it: a 330 KB comment full of
/// `--` took 14 s (issue 17). Byline never reads comments, so their text can go; CDATA sections
/// are copied untouched (a `<!--` inside one is text). Linear in the input.
enum XMLCommentScrubber {
  /// `text` with the body of every comment replaced by its newlines.
  static func scrubbed(_ text: String) -> String {
    guard text.utf8.count >= 4, text.contains("<!--") else { return text }
    let bytes = Array(text.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "<") {
        if has(cdataOpen, in: bytes, at: index) {
          let end = find(cdataClose, in: bytes, from: index + cdataOpen.count) ?? bytes.count
          let stop = min(bytes.count, end + cdataClose.count)
          out.append(contentsOf: bytes[index..<stop])
          index = stop
          continue
        }
        if has(commentOpen, in: bytes, at: index) {
          out.append(contentsOf: commentOpen)
          let bodyStart = index + commentOpen.count
          let end = find(commentClose, in: bytes, from: bodyStart)
          for byte in bytes[bodyStart..<(end ?? bytes.count)] where byte == 0x0A {
            out.append(byte)
          }
          guard let end else { break }  // Unterminated: libxml2 still reports it.
          out.append(contentsOf: commentClose)
          index = end + commentClose.count
          continue
        }
      }
      out.append(bytes[index])
      index += 1
    }
    return String(decoding: out, as: UTF8.self)
  }

  private static let commentOpen = Array("<!--".utf8)
  private static let commentClose = Array("-->".utf8)
  private static let cdataOpen = Array("<![CDATA[".utf8)
  private static let cdataClose = Array("]]>".utf8)

  private static func has(_ pattern: [UInt8], in bytes: [UInt8], at index: Int) -> Bool {
    guard index + pattern.count <= bytes.count else { return false }
    for offset in pattern.indices where bytes[index + offset] != pattern[offset] { return false }
    return true
  }

  /// The first index at or after `start` where `pattern` begins (patterns here are 3 bytes and
  /// start with a byte that does not recur in them, so the scan is linear).
  private static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
    var index = start
    while index + pattern.count <= bytes.count {
      if has(pattern, in: bytes, at: index) { return index }
      index += 1
    }
    return nil
  }
}
