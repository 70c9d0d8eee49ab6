/// One step in turning what the terminal shows into the next frame, in terms no terminal
/// library knows: ``FrameWriter`` decides the steps, a backend only carries them out (curses
/// in ``NCursesBackend``, a cell grid in ``RecordingBackend``), so the decisions are tested
/// without a terminal.
enum FrameOperation: Hashable, Sendable {
  /// The terminal's contents are unknown (Ctrl-L, another program used the terminal): clear it
  /// before the frame is written in full.
  case clear
  /// Move the rows of the band by its shift with the terminal's own line insertion and
  /// deletion; the rows it uncovers are blank (`normal`) afterwards. Every row outside the band
  /// stays where it is.
  case moveRows(ScrollBand)
  /// Write the run's cells from its row and column, each with its own role; a continuation
  /// cell is the right half of the wide glyph before it and is not written.
  case put(CellRun)
}
