extension Theme {
  /// A theme with every role resolved from the entries a file gave.
  ///
  /// A role with an entry takes its colours and attributes; its monochrome attributes are the
  /// entry's `mono:` ones or else the role's built-in ones. A role without an entry takes its
  /// fallback's colours and attributes plus its own monochrome attributes, so that it stays
  /// distinguishable from its fallback (an unmentioned `list.selected` is `list.normal` reversed).
  static func resolved(name: String, entries: [StyleRole: ThemeEntry]) -> Theme {
    var styles: [StyleRole: RoleStyle] = [:]
    func resolve(_ role: StyleRole) -> RoleStyle {
      if let done = styles[role] { return done }
      let style: RoleStyle
      if let entry = entries[role] {
        style = RoleStyle(
          foreground: entry.foreground, background: entry.background,
          attributes: entry.attributes, monochrome: entry.monochrome ?? role.monochromeAttributes)
      } else if let fallback = role.fallback {
        let parent = resolve(fallback)
        style = RoleStyle(
          foreground: parent.foreground, background: parent.background,
          attributes: parent.attributes.union(role.monochromeAttributes),
          monochrome: role.monochromeAttributes)
      } else {
        style = RoleStyle(monochrome: role.monochromeAttributes)
      }
      styles[role] = style
      return style
    }
    for role in StyleRole.allCases { _ = resolve(role) }
    return Theme(name: name, styles: styles)
  }
}
