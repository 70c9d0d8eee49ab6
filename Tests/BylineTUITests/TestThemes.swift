@testable import BylineTUI

/// The themes the reader cycles through on a 256-colour terminal when the user has none.
enum TestThemes {
  static let all = ThemeCatalog(userDirectory: nil).lineup(
    requested: nil, colorCount: 256, environment: [:]
  ).themes
}
