extension Screen {
  /// The band of full-width rows that moved between `previous` and this frame, when moving it
  /// saves redrawing at least two rows: the longest run of at least three rows equal to the
  /// rows `shift` below (or above) them in `previous`, scored by the rows that really changed,
  /// and grown by the rows next to it that are cheaper to update moved than in place (fewer
  /// cells differ; as ncurses grows its hunks). `nil` when the sizes differ or nothing moved.
  func scrollBand(from previous: Screen) -> ScrollBand? {
    guard previous.width == width, previous.height == height, height >= 3, width > 0 else {
      return nil
    }
    let (new, old) = rowNumbers(previous)
    var best: (band: ScrollBand, saved: Int)?
    for magnitude in 1..<height {
      for shift in [magnitude, -magnitude] {
        var row = max(0, -shift)
        let end = min(height, height - shift)
        while row < end {
          guard new[row] == old[row + shift] else {
            row += 1
            continue
          }
          let start = row
          var saved = 0
          while row < end, new[row] == old[row + shift] {
            if new[row] != old[row] { saved += 1 }
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
  func shifted(by band: ScrollBand) -> Screen {
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

  /// A number for every row of this frame and of `previous`, equal exactly when the rows are:
  /// rows are bucketed by hash and compared cell by cell once against each bucket's distinct
  /// rows. Comparing numbers then costs nothing, where comparing rows for every shift tried
  /// compared each pair of blank rows cell by cell (most of a frame's cost at 200x60).
  private func rowNumbers(_ previous: Screen) -> (new: [Int], old: [Int]) {
    var buckets: [UInt64: [(screen: Screen, row: Int, number: Int)]] = [:]
    var count = 0
    func number(_ screen: Screen, _ row: Int) -> Int {
      let hash = screen.rowHash(row)
      let known = buckets[hash, default: []]
      if let match = known.first(where: { screen.sameRow(row, $0.screen, $0.row) }) {
        return match.number
      }
      count += 1
      buckets[hash, default: []].append((screen, row, count))
      return count
    }
    let new = (0..<height).map { number(self, $0) }
    let old = (0..<height).map { number(previous, $0) }
    return (new, old)
  }

  /// A fingerprint of the row, to bucket rows before comparing them cell by cell: FNV-1a over
  /// each glyph's scalars and width, and each role's name where the role changes. (`Hasher`
  /// over the cells normalises every grapheme and hashes every role's name, which cost more
  /// than the rest of the search.) Rows with the same scalars get the same fingerprint; a
  /// grapheme spelt with other, canonically equal scalars can only hide a move, never fake one.
  private func rowHash(_ row: Int) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func mix(_ value: UInt32) { hash = (hash ^ UInt64(value)) &* 0x100_0000_01b3 }
    var role: StyleRole?
    for cell in cells[(row * width)..<((row + 1) * width)] {
      for scalar in cell.character.unicodeScalars { mix(scalar.value) }
      mix(UInt32(cell.width) | 0x8000_0000)
      if cell.role != role {
        role = cell.role
        for byte in cell.role.rawValue.utf8 { mix(UInt32(byte) | 0x4000_0000) }
      }
    }
    return hash
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
