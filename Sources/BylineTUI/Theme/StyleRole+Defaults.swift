extension StyleRole {
  /// The role whose style this role takes when a theme does not mention it; `nil` for `normal`.
  var fallback: StyleRole? { Self.defaults(for: self).fallback }

  /// The attributes that carry this role's meaning without colour: used by monochrome terminals,
  /// `NO_COLOR`, and added to the fallback's style when a theme leaves the role out.
  var monochromeAttributes: TextAttributes { Self.defaults(for: self).monochrome }

  /// The one table of fallbacks and built-in monochrome attributes (docs/themes.md shows it).
  private static func defaults(
    for role: StyleRole
  ) -> (fallback: StyleRole?, monochrome: TextAttributes) {
    switch role {
    case .normal: (nil, [])
    case .border: (.normal, [.dim])
    case .title: (.normal, [.bold])
    case .status: (.normal, [.reverse])
    case .statusError: (.status, [.reverse, .bold])
    case .listNormal: (.normal, [])
    case .listSelected: (.listNormal, [.reverse])
    case .listUnread: (.listNormal, [.bold])
    case .listMeta: (.listNormal, [.dim])
    case .bodyText: (.normal, [])
    case .bodyHeading: (.bodyText, [.bold, .underline])
    case .bodyQuote: (.bodyText, [.italic])
    case .bodyHeader: (.bodyText, [.bold])
    case .bodyLink: (.bodyText, [.underline, .italic])
    case .searchMatch: (.bodyText, [.reverse, .bold])
    case .searchCurrent: (.searchMatch, [.reverse, .bold, .underline])
    case .entityPerson: (.bodyText, [.bold])
    case .entityOrganization: (.bodyText, [.underline])
    case .entityLocation: (.bodyText, [.italic])
    case .entityMisc: (.bodyText, [.bold, .italic])
    case .entityDate: (.bodyText, [.dim])
    case .entityMoney: (.bodyText, [.bold, .underline])
    case .entityPercent: (.bodyText, [.dim, .underline])
    case .entityFocused: (.bodyText, [.reverse])
    }
  }
}
