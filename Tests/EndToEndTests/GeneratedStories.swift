import Foundation

/// Small dated articles that all mention Angela Merkel, Vladimir Putin, Berlin and Moscow, for
/// tests that need thousands of files to index.
enum GeneratedStories {
  /// Writes the stories numbered `range` into `folder`, one plain-text file each
  /// (`story-00042.txt`), every one with the word "Officials" in its last paragraph.
  static func write(_ range: Range<Int>, into folder: URL) throws {
    for index in range {
      let text = """
        March \(1 + index % 28), 2020

        Story number \(index) about Berlin

        Angela Merkel met Vladimir Putin in Berlin on day \(index). The talks in Moscow were \
        about trade and energy.

        Officials said meeting number \(index) went well.

        """
      try Data(text.utf8).write(
        to: folder.appendingPathComponent(String(format: "story-%05d.txt", index)))
    }
  }
}
