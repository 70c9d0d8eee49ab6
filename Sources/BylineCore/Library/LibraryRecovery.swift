import Foundation

/// What happened when a damaged library file was found at start-up: where the damaged file was
/// moved, and what could be carried over into the new library.
public struct LibraryRecovery: Hashable, Sendable, CustomStringConvertible {
  /// The library path that held the damaged file.
  public var path: String
  /// Where the damaged file now is (`library.sqlite.corrupt-<timestamp>`).
  public var movedTo: String
  /// Why the file was judged damaged.
  public var reason: String
  /// How many reading states were read from the damaged file and kept.
  public var keptReadingStates: Int
  /// How many sources were read from the damaged file and kept.
  public var keptSources: Int

  /// A message for the user saying what happened and where the old file is.
  public var description: String {
    "the library at \(path) was damaged (\(reason)); it was moved to \(movedTo) and a new one "
      + "was created, keeping \(keptReadingStates) reading states and \(keptSources) sources; "
      + "run `byline index` to fill it again"
  }
}
