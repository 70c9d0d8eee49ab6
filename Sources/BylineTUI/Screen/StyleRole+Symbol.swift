extension StyleRole {
  /// The one-character symbol that stands for the role in a snapshot's role mask.
  var snapshotSymbol: Character {
    switch self {
    case .normal: " "
    case .border: "#"
    case .title: "T"
    case .status: "s"
    case .statusError: "!"
    case .listNormal: "l"
    case .listSelected: ">"
    case .listUnread: "u"
    case .listMeta: "m"
    case .bodyText: "."
    case .bodyHeading: "H"
    case .bodyQuote: "q"
    case .bodyHeader: "h"
    case .bodyLink: "k"
    case .searchMatch: "*"
    case .searchCurrent: "@"
    case .entityPerson: "P"
    case .entityOrganization: "O"
    case .entityLocation: "L"
    case .entityMisc: "M"
    case .entityDate: "D"
    case .entityMoney: "$"
    case .entityPercent: "%"
    case .entityFocused: "F"
    }
  }
}
