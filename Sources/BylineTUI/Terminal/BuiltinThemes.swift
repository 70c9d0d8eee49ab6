/// Themes built into the reader, used until (and alongside) the theme catalogue: each gives
/// every role colours for colour terminals and attributes for monochrome ones.
public enum BuiltinThemes {
  /// The default theme: the terminal's own colours, accents from the ANSI palette.
  public static let standard = make(
    name: "default",
    colours: [
      .border: (.indexed(8), .terminalDefault, []),
      .title: (.indexed(15), .terminalDefault, [.bold]),
      .status: (.indexed(15), .indexed(4), []),
      .statusError: (.indexed(15), .indexed(1), [.bold]),
      .listSelected: (.indexed(0), .indexed(6), []),
      .listUnread: (.terminalDefault, .terminalDefault, [.bold]),
      .listMeta: (.indexed(8), .terminalDefault, []),
      .bodyHeading: (.indexed(11), .terminalDefault, [.bold]),
      .bodyQuote: (.indexed(7), .terminalDefault, [.italic]),
      .bodyHeader: (.indexed(6), .terminalDefault, []),
      .bodyLink: (.indexed(12), .terminalDefault, [.underline]),
      .searchMatch: (.indexed(0), .indexed(11), []),
      .searchCurrent: (.indexed(0), .indexed(10), [.bold]),
      .entityPerson: (.indexed(10), .terminalDefault, []),
      .entityOrganization: (.indexed(14), .terminalDefault, []),
      .entityLocation: (.indexed(13), .terminalDefault, []),
      .entityMisc: (.indexed(11), .terminalDefault, []),
      .entityDate: (.indexed(9), .terminalDefault, []),
      .entityMoney: (.indexed(2), .terminalDefault, []),
      .entityPercent: (.indexed(3), .terminalDefault, []),
      .entityFocused: (.indexed(0), .indexed(13), []),
    ])

  /// A theme for light backgrounds, in 256 colours.
  public static let light = make(
    name: "light",
    colours: [
      .normal: (.indexed(235), .indexed(231), []),
      .border: (.indexed(250), .indexed(231), []),
      .title: (.indexed(16), .indexed(231), [.bold]),
      .status: (.indexed(231), .indexed(24), []),
      .statusError: (.indexed(231), .indexed(124), [.bold]),
      .listNormal: (.indexed(238), .indexed(231), []),
      .listSelected: (.indexed(16), .indexed(153), []),
      .listUnread: (.indexed(16), .indexed(231), [.bold]),
      .listMeta: (.indexed(244), .indexed(231), []),
      .bodyText: (.indexed(235), .indexed(231), []),
      .bodyHeading: (.indexed(88), .indexed(231), [.bold]),
      .bodyQuote: (.indexed(240), .indexed(231), [.italic]),
      .bodyHeader: (.indexed(24), .indexed(231), []),
      .bodyLink: (.indexed(25), .indexed(231), [.underline]),
      .searchMatch: (.indexed(16), .indexed(220), []),
      .searchCurrent: (.indexed(231), .indexed(166), [.bold]),
      .entityPerson: (.indexed(28), .indexed(231), []),
      .entityOrganization: (.indexed(30), .indexed(231), []),
      .entityLocation: (.indexed(90), .indexed(231), []),
      .entityMisc: (.indexed(130), .indexed(231), []),
      .entityDate: (.indexed(124), .indexed(231), []),
      .entityMoney: (.indexed(22), .indexed(231), []),
      .entityPercent: (.indexed(94), .indexed(231), []),
      .entityFocused: (.indexed(231), .indexed(90), []),
    ])

  /// A theme without colour: attributes only, on any terminal.
  public static let mono = make(name: "mono", colours: [:])

  /// Every built-in theme, in the order `t` cycles through them.
  public static let all = [standard, light, mono]

  /// The monochrome attributes of each role: what carries its meaning without colour.
  static let monochrome: [StyleRole: TextAttributes] = [
    .title: [.bold], .status: [.reverse], .statusError: [.reverse, .bold],
    .listSelected: [.reverse], .listUnread: [.bold], .listMeta: [.dim],
    .bodyHeading: [.bold], .bodyQuote: [.dim], .bodyHeader: [.dim], .bodyLink: [.underline],
    .searchMatch: [.reverse], .searchCurrent: [.reverse, .bold], .entityPerson: [.bold],
    .entityOrganization: [.bold],
    .entityLocation: [.bold], .entityMisc: [.bold], .entityDate: [.underline],
    .entityMoney: [.underline], .entityPercent: [.underline], .entityFocused: [.reverse],
    .border: [.dim],
  ]

  private static func make(
    name: String, colours: [StyleRole: (TerminalColor, TerminalColor, TextAttributes)]
  ) -> Theme {
    var styles: [StyleRole: RoleStyle] = [:]
    let base = colours[.normal]
    for role in StyleRole.allCases {
      let mono = monochrome[role] ?? []
      if let (foreground, background, attributes) = colours[role] ?? base {
        styles[role] = RoleStyle(
          foreground: foreground, background: background, attributes: attributes,
          monochrome: mono)
      } else {
        styles[role] = RoleStyle(attributes: colours.isEmpty ? mono : [], monochrome: mono)
      }
    }
    return Theme(name: name, styles: styles)
  }
}
