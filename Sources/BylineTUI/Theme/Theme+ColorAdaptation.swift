extension Theme {
  /// Pairs of roles whose difference carries meaning: if a theme told them apart and fitting it
  /// to the terminal's colours makes them look alike, the theme has lost its meaning.
  static let distinguishedRoles: [StyleRole] = [
    .bodyText, .searchMatch, .searchCurrent, .entityPerson, .entityOrganization, .entityLocation,
    .entityMisc,
    .entityDate, .entityMoney, .entityPercent, .entityFocused,
  ]

  /// The theme fitted to a terminal with `colorCount` colours, and a message when it had to be
  /// replaced.
  ///
  /// - Fewer than 8 colours: the monochrome form, every role its monochrome attributes only.
  /// - 256 colours or more: `#RRGGBB` goes to the nearest entry 16–255 of the xterm palette
  ///   (those do not depend on the user's 16-colour scheme); at 2^24 colours nothing changes.
  /// - 8 or 16 colours: every colour the terminal lacks goes to the nearest of the 8 or 16.
  ///
  /// If the fitted theme loses meaning — text in some role gets the same foreground as its
  /// background, a selected row looks like a normal one, or two roles among body text, search
  /// matches and the entity kinds that the theme told apart now look alike — the built-in
  /// 8-colour default theme is used instead and the warning says why.
  func adapted(toColorCount colorCount: Int) -> (theme: Theme, warning: String?) {
    if colorCount < 8 { return (monochromeForm(), nil) }
    if colorCount >= 1 << 24 { return (self, nil) }
    let palette = colorCount >= 256 ? 256 : (colorCount >= 16 ? 16 : 8)
    let fitted = Theme(
      name: name,
      styles: styles.mapValues { style in
        var style = style
        style.foreground = Self.fit(style.foreground, paletteSize: palette)
        style.background = Self.fit(style.background, paletteSize: palette)
        return style
      })
    guard let problem = lostMeaning(in: fitted) else { return (fitted, nil) }
    let fallback = Theme.builtInDefault
    return (
      fallback,
      "theme '\(name)' needs more than \(colorCount) colours (\(problem)); "
        + "using the '\(fallback.name)' theme"
    )
  }

  /// Every role with terminal-default colours and its monochrome attributes.
  func monochromeForm() -> Theme {
    Theme(
      name: name,
      styles: styles.mapValues { style in
        RoleStyle(attributes: style.monochrome, monochrome: style.monochrome)
      })
  }

  /// `color` as the nearest colour among the first `paletteSize` palette entries.
  static func fit(_ color: TerminalColor, paletteSize: Int) -> TerminalColor {
    switch color {
    case .terminalDefault:
      return color
    case .indexed(let index):
      guard Int(index) >= paletteSize else { return color }
      let rgb = XtermPalette.rgb(ofIndex: Int(index))
      return .indexed(UInt8(XtermPalette.nearestIndex(to: rgb, among: 0..<paletteSize)))
    case .rgb(let red, let green, let blue):
      let candidates = paletteSize == 256 ? 16..<256 : 0..<paletteSize
      let rgb = (Int(red), Int(green), Int(blue))
      return .indexed(UInt8(XtermPalette.nearestIndex(to: rgb, among: candidates)))
    }
  }

  /// What `fitted` no longer shows that this theme did, or `nil` when nothing was lost.
  private func lostMeaning(in fitted: Theme) -> String? {
    for role in StyleRole.allCases {
      let before = style(for: role)
      let after = fitted.style(for: role)
      if before.foreground != before.background, after.foreground == after.background,
        after.foreground != .terminalDefault
      {
        return "\(role.rawValue) would be invisible"
      }
    }
    var pairs: [(StyleRole, StyleRole)] = [(.listSelected, .listNormal), (.statusError, .status)]
    let roles = Self.distinguishedRoles
    for (offset, first) in roles.enumerated() {
      for second in roles.dropFirst(offset + 1) { pairs.append((first, second)) }
    }
    for (first, second) in pairs
    where style(for: first).looksDifferent(from: style(for: second))
      && !fitted.style(for: first).looksDifferent(from: fitted.style(for: second))
    {
      return "\(first.rawValue) and \(second.rawValue) would look alike"
    }
    return nil
  }
}

extension RoleStyle {
  /// Whether the two styles look different in colour.
  fileprivate func looksDifferent(from other: RoleStyle) -> Bool {
    foreground != other.foreground || background != other.background
      || attributes != other.attributes
  }
}
