/// Well-known variants of place and organisation names, mapped to one normalised form so that
/// all of them get the same entity ID. Keys and values are normalised token strings (lower case,
/// full stops and apostrophes removed: `U.S.` is `us`, `People's` is `peoples`).
enum EntityAliases {
  /// Variant → canonical name.
  static let canonical: [String: String] = {
    var table: [String: String] = [:]
    for (name, variants) in groups {
      for variant in variants { table[variant] = name }
    }
    return table
  }()

  /// The canonical names: a mention that normalises to one of them already has its library-wide
  /// ID and is not linked to a longer mention in its article.
  static let canonicalNames = Set(groups.keys)

  /// Canonical name → the variants that mean it (the canonical name need not be listed).
  private static let groups: [String: [String]] = [
    "united states": ["us", "usa", "united states of america", "america"],
    "united kingdom": [
      "uk", "britain", "great britain", "united kingdom of great britain and northern ireland",
    ],
    "united nations": ["un", "united nations organization", "united nations organisation"],
    "european union": ["eu"],
    "united arab emirates": ["uae"],
    "north korea": ["dprk", "democratic peoples republic of korea"],
    "south korea": ["republic of korea", "rok"],
    "china": ["prc", "peoples republic of china"],
    "russia": ["russian federation"],
    "nato": ["north atlantic treaty organization", "north atlantic treaty organisation"],
    "international monetary fund": ["imf"],
    "world health organization": ["who", "world health organisation"],
    "federal reserve": ["fed", "us federal reserve", "federal reserve board"],
    "federal bureau of investigation": ["fbi"],
    "central intelligence agency": ["cia"],
  ]
}
