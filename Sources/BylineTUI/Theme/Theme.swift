/// A theme: a name and a style for every role, fallbacks already resolved.
public struct Theme: Hashable, Sendable {
  /// The theme's name (its file name without `.theme`).
  var name: String
  /// The style of every role.
  var styles: [StyleRole: RoleStyle]

  init(name: String, styles: [StyleRole: RoleStyle]) {
    self.name = name
    self.styles = styles
  }

  /// The style of `role` (the plain default style when the theme lacks it).
  func style(for role: StyleRole) -> RoleStyle {
    styles[role] ?? RoleStyle()
  }
}
