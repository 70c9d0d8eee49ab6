/// Why a tagger model could not be loaded or saved.
public enum TaggerModelError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The model file could not be read or written.
  case unreadable(path: String, reason: String)
  /// The model file is not a Byline tagger model, or is damaged at `offset`.
  case malformed(path: String, offset: Int, reason: String)
  /// The model that ships with Byline is missing from the package resources.
  case missingBundledModel(name: String)

  /// A sentence for the user.
  public var description: String {
    switch self {
    case .unreadable(let path, let reason): "\(path): cannot read tagger model: \(reason)"
    case .malformed(let path, let offset, let reason):
      "\(path): not a valid tagger model (byte \(offset)): \(reason)"
    case .missingBundledModel(let name): "the bundled tagger model \(name) is missing"
    }
  }
}
