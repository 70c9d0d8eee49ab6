/// Turns the last frame and the next one into the ``FrameOperation``s that bring a terminal
/// from one to the other: the cells that changed, and, where text scrolled in full-width rows,
/// one move of those rows first, so that only the rows it uncovers are written.
///
/// This is every decision about what goes on the wire; a backend only carries the operations
/// out. Keeping it apart from curses lets the tests run the same path as the terminal
/// (``RecordingBackend``), where a hand-written test double would skip it.
struct FrameWriter: Sendable {
  /// Whether the terminal can move rows itself (insert and delete line). Without it (`vt100`)
  /// no move is planned and the frames go out as plain diffs, which curses may still scroll in
  /// its own way.
  let canMoveRows: Bool
  /// The frame the terminal shows, as the last operations left it; `nil` when unknown.
  private(set) var previous: Screen?
  /// Whether the next frame starts with ``FrameOperation/clear``.
  private var clearsFirst = false

  init(canMoveRows: Bool) {
    self.canMoveRows = canMoveRows
  }

  /// The operations that turn the last frame into `next`, in order; `next` is the last frame
  /// afterwards. With no last frame (first draw, after ``forget()`` or a size change) every
  /// row is written.
  mutating func operations(for next: Screen) -> [FrameOperation] {
    defer {
      previous = next
      clearsFirst = false
    }
    var operations: [FrameOperation] = clearsFirst ? [.clear] : []
    guard let previous, !clearsFirst, previous.width == next.width,
      previous.height == next.height
    else {
      operations += next.diff(from: nil).map(FrameOperation.put)
      return operations
    }
    if canMoveRows, let band = next.scrollBand(from: previous) {
      let moved = next.diff(from: previous.shifted(by: band))
      if Self.isWorthMoving(band, runs: moved, from: previous, to: next) {
        return [.moveRows(band)] + moved.map(FrameOperation.put)
      }
    }
    return next.diff(from: previous).map(FrameOperation.put)
  }

  /// Forgets the last frame: the next one is written in full over what the terminal shows
  /// (after a resize, which curses repaints itself, or when the colours of roles changed).
  mutating func forget() {
    previous = nil
  }

  /// Forgets the last frame and clears the terminal before the next one (Ctrl-L, or when
  /// another program used the terminal).
  mutating func invalidate() {
    previous = nil
    clearsFirst = true
  }
}

extension FrameWriter {
  /// What moving rows costs on the wire: a cursor move to the band, delete line, a row address,
  /// insert line (17 bytes on an xterm for one row; the counted forms add a digit or two).
  static func moveBytes(_ band: ScrollBand) -> Int {
    abs(band.shift) > 1 ? 19 : 17
  }

  /// About what writing `runs` costs on the wire, counted as an xterm would receive it: a
  /// cursor move per run, an attribute change wherever the role changes, then each glyph's
  /// UTF-8 bytes. Only used to compare two ways of writing the same frame, so it needs to be
  /// proportionate rather than exact.
  static func estimatedBytes(_ runs: [CellRun]) -> Int {
    var bytes = 0
    for run in runs {
      bytes += 8
      var role: StyleRole?
      for cell in run.cells where !cell.isContinuation {
        if cell.role != role {
          bytes += 12
          role = cell.role
        }
        bytes += cell.character.utf8.count
      }
    }
    return bytes
  }

  /// The byte budget: a move is made only when it and what is left to write after it cost
  /// less than writing the changed rows where they are. ``Screen/scrollBand(from:)`` already
  /// requires two rows saved; this catches the bands whose saved rows differ from their old
  /// text in a cell or two while the move would leave a long row to write in full.
  ///
  /// `moved` is the diff of `next` against `previous` moved by `band`. Rows outside the band
  /// cost the same either way, so only the band's rows are counted, and the count in place
  /// stops as soon as it exceeds the cost with the move: when text scrolls, after a row or two.
  static func isWorthMoving(
    _ band: ScrollBand, runs moved: [CellRun], from previous: Screen, to next: Screen
  ) -> Bool {
    let rows = band.top..<(band.bottom + 1)
    let budget = moveBytes(band) + estimatedBytes(moved.filter { rows.contains($0.row) })
    var inPlace = 0
    for row in rows {
      inPlace += estimatedBytes(next.diff(from: previous, rows: row..<(row + 1)))
      if inPlace > budget { return true }
    }
    return false
  }
}
