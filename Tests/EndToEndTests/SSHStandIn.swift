import Foundation

/// Stand-in remote programs for the SSH tests until Byline itself is plugged in: `less` on a
/// generated article, and a small `sh` probe that reports its terminal.
enum SSHStandIn {
  /// A line of text that only shows correctly under a UTF-8 locale.
  static let utf8Line = "Zoë Šimůnková met 서울 officials in Αθήνα"

  /// A long article: `paragraphs` numbered paragraphs (`P0001 …`), each one line of about
  /// 400 characters with blank lines between, so `less` wraps them at any width up to 200.
  /// The third paragraph ends with `utf8Line`. Deterministic.
  static func article(paragraphs: Int = 120) -> String {
    let words = [
      "council", "minister", "said", "river", "budget", "election", "reporters", "city",
      "harbour", "train", "morning", "policy", "court", "the", "of", "and", "in", "a",
    ]
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next() -> Int {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return Int(state % UInt64(words.count))
    }
    var text = ""
    for number in 1...paragraphs {
      var line = "P" + String(number + 10000).dropFirst()
      while line.count < 400 { line += " " + words[next()] }
      if number == 3 { line += " " + utf8Line }
      text += line + ".\n\n"
    }
    return text
  }

  /// Writes `article()` to `name` in `directory` and returns its path.
  static func writeArticle(in directory: String, name: String = "article.txt") throws -> String {
    let path = directory + "/" + name
    try article().write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// A `sh` script that prints `size ROWS COLUMNS TERM` whenever its terminal's size changes,
  /// and on SIGHUP writes `hup` to the file given as its first argument and exits 129.
  static let probeScript = """
    trap 'echo hup > "$1"; exit 129' HUP
    last=
    while :; do
      size=$(stty size)
      if [ "$size" != "$last" ]; then echo "size $size $TERM"; last=$size; fi
      sleep 0.05
    done

    """

  /// Writes `probeScript` to `name` in `directory` and returns its path.
  static func writeProbe(in directory: String, name: String = "probe.sh") throws -> String {
    let path = directory + "/" + name
    try probeScript.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }
}
