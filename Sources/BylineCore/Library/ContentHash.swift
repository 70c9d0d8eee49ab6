import Foundation

/// The content hash kept for each indexed file (FNV-1a 64, hexadecimal): cheap, stable across
/// runs, and enough to tell an edited file from a touched one and to recognise a renamed file.
enum ContentHash {
  /// The hash of `data`.
  static func of(_ data: Data) -> String {
    var hasher = FNV1a64()
    data.withUnsafeBytes { buffer in
      for byte in buffer.bindMemory(to: UInt8.self) { hasher.combine(byte) }
    }
    return hasher.hexDigest
  }

  /// The hash of `bytes` (the same as ``of(_:)`` of the same bytes as `Data`).
  static func of(_ bytes: [UInt8]) -> String {
    var hasher = FNV1a64()
    for byte in bytes { hasher.combine(byte) }
    return hasher.hexDigest
  }

  /// The hash of the file at `url`, or `nil` when it cannot be read.
  static func ofFile(at url: URL) -> String? {
    guard let data = try? Data(contentsOf: url, options: [.mappedIfSafe]) else { return nil }
    return of(data)
  }
}
