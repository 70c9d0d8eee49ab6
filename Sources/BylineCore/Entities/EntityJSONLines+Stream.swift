import Foundation

extension EntityJSONLines {
  /// Lines up to this size are gathered into batches tagged on every core at once.
  static let batchLineBytes = 1 << 16
  /// A batch is tagged once it holds this many bytes or ``batchLines`` lines.
  static let batchBytes = 1 << 20
  /// See ``batchBytes``.
  static let batchLines = 512

  /// Reads JSON Lines from `input` to its end, each line at most ``maxLineBytes``, and writes
  /// the answers to `output` in input order; `report` gets each bad line's error message.
  /// Returns whether every line was good.
  ///
  /// Short lines are gathered into batches (about a megabyte) whose lines are tagged on every
  /// core at once and written in order; a longer line is answered on its own, its pieces tagged
  /// on every core (see ``forEachPiece(of:_:_:)``). Memory stays one batch, or one line and a
  /// few pieces, whatever the size of the input.
  public static func run(
    input: Int32, output: inout BufferedOutput, extractor: some EntityExtractor,
    report: (String) -> Void
  ) -> Bool {
    var allGood = true
    var lineNumber = 0
    var batch: [(lineNumber: Int, bytes: [UInt8])] = []
    var batchSize = 0
    func flushBatch(_ output: inout BufferedOutput) {
      guard !batch.isEmpty else { return }
      for error in answer(batch, extractor: extractor, to: &output) {
        allGood = false
        report(error)
      }
      batch.removeAll(keepingCapacity: true)
      batchSize = 0
    }
    var reader = CappedLineReader(fileDescriptor: input, maxLineBytes: maxLineBytes)
    while let error = reader.next({ line -> String? in
      lineNumber += 1
      switch line {
      case .bytes(let bytes) where bytes.count <= batchLineBytes:
        batch.append((lineNumber, Array(bytes)))
        batchSize += bytes.count
        if batchSize >= batchBytes || batch.count >= batchLines { flushBatch(&output) }
        return nil
      case .bytes(let bytes):
        flushBatch(&output)
        return write(bytes: bytes, lineNumber: lineNumber, extractor: extractor, to: &output)
      case .tooLong(let count):
        flushBatch(&output)
        return writeTooLong(lineNumber: lineNumber, bytes: count, to: &output)
      }
    }) {
      if let error {
        allGood = false
        report(error)
      }
    }
    flushBatch(&output)
    output.flush()
    return allGood
  }

  /// Answers the lines of `batch` on every core and writes the answers in order; returns the
  /// error messages of the bad lines, in order.
  private static func answer(
    _ batch: [(lineNumber: Int, bytes: [UInt8])], extractor: some EntityExtractor,
    to output: inout BufferedOutput
  ) -> [String] {
    let answers = Locked([(bytes: [UInt8], error: String?)?](repeating: nil, count: batch.count))
    DispatchQueue.concurrentPerform(iterations: batch.count) { index in
      var answer = BufferedOutput()
      let error = batch[index].bytes.withUnsafeBufferPointer {
        write(bytes: $0, lineNumber: batch[index].lineNumber, extractor: extractor, to: &answer)
      }
      let bytes = answer.bytes
      answers.withLock { $0[index] = (bytes, error) }
    }
    var errors: [String] = []
    for case let answer? in answers.withLock({ $0 }) {
      answer.bytes.withUnsafeBufferPointer { output.append($0) }
      if let error = answer.error { errors.append(error) }
    }
    return errors
  }
}
