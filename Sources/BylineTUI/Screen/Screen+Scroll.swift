extension Screen {
  /// The band of full-width rows that moved between `previous` and this frame, when moving it
  /// saves redrawing at least two rows: the longest run of at least three rows equal to the
  /// rows `shift` below (or above) them in `previous`, scored by the rows that really changed,
  /// and grown by the rows next to it that are cheaper to update moved than in place (fewer
  /// cells differ; as ncurses grows its hunks). `nil` when the sizes differ or nothing moved.
  public func scrollBand(from previous: Screen) -> ScrollBand? {
    guard previous.width == width, previous.height == height, height >= 3, width > 0 else {
      return nil
    }
    let new = (0..<height).map { rowHash($0) }
    let old = (0..<height).map { previous.rowHash($0) }
    var best: (band: ScrollBand, saved: Int)?
    for magnitude in 1..<height {
      for shift in [magnitude, -magnitude] {
        var row = max(0, -shift)
        let end = min(height, height - shift)
        while row < end {
          guard new[row] == old[row + shift], sameRow(row, previous, row + shift) else {
            row += 1
            continue
          }
          let start = row
          var saved = 0
          while row < end, new[row] == old[row + shift], sameRow(row, previous, row + shift) {
            if new[row] != old[row] || !sameRow(row, previous, row) { saved += 1 }
            row += 1
          }
          let size = row - start
          // ncurses' rule for a move worth making: at least three rows, not moved too far.
          guard size >= 3, size + min(size / 8, 2) >= magnitude, saved >= 2 else { continue }
          if saved > best?.saved ?? 0 {
            var first = start
            while first - 1 >= max(0, -shift),
              changedCells(first - 1, previous, first - 1 + shift)
                < changedCells(first - 1, previous, first - 1)
            {
              first -= 1
            }
            var last = row
            while last < end,
              changedCells(last, previous, last + shift) < changedCells(last, previous, last)
            {
              last += 1
            }
            let band =
              shift > 0
              ? ScrollBand(top: first, bottom: last - 1 + shift, shift: shift)
              : ScrollBand(top: first + shift, bottom: last - 1, shift: shift)
            best = (band, saved)
          }
        }
      }
    }
    return best?.band
  }

  /// This frame as a terminal shows it after moving `band`: the band's rows shifted, the
  /// uncovered rows blank (`normal`, as a terminal fills inserted lines).
  public func shifted(by band: ScrollBand) -> Screen {
    var result = self
    let count = abs(band.shift)
    guard band.top >= 0, band.bottom < height, count > 0, count <= band.bottom - band.top else {
      return result
    }
    for row in band.top...band.bottom {
      let source = row + band.shift
      let range = (row * width)..<((row + 1) * width)
      if source >= band.top, source <= band.bottom {
        result.cells[range] = cells[(source * width)..<((source + 1) * width)]
      } else {
        for index in range { result.cells[index] = .blank(.normal) }
      }
    }
    return result
  }

  private func rowHash(_ row: Int) -> Int {
    var hasher = Hasher()
    for cell in cells[(row * width)..<((row + 1) * width)] { hasher.combine(cell) }
    return hasher.finalize()
  }

  private func changedCells(_ row: Int, _ other: Screen, _ otherRow: Int) -> Int {
    var count = 0
    for column in 0..<width
    where cells[row * width + column] != other.cells[otherRow * width + column] {
      count += 1
    }
    return count
  }

  private func sameRow(_ row: Int, _ other: Screen, _ otherRow: Int) -> Bool {
    cells[(row * width)..<((row + 1) * width)]
      == other.cells[(otherRow * width)..<((otherRow + 1) * width)]
  }
}
