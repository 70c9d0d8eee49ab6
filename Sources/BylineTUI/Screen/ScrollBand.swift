/// A band of full-width rows whose text moved up or down between two frames: what a terminal
/// can move by itself (deleting and inserting lines) instead of having every row redrawn.
struct ScrollBand: Hashable, Sendable {
  /// The first row of the band.
  var top: Int
  /// The last row of the band (inclusive).
  var bottom: Int
  /// How far the text moved: up by `shift` rows when positive, down when negative. The rows
  /// uncovered at the bottom (or top) of the band are blank after the move.
  var shift: Int

  init(top: Int, bottom: Int, shift: Int) {
    self.top = top
    self.bottom = bottom
    self.shift = shift
  }
}
