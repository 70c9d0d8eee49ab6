/// A style role: what a cell *is* (a title, a selected row, a person's name), never a colour.
/// Themes map roles to colours and attributes; every role falls back to a parent role, so a
/// theme may be partial.
enum StyleRole: String, Hashable, Sendable, CaseIterable {
  /// Anything without a more specific role.
  case normal
  /// Pane borders and separators.
  case border
  /// Pane and page titles.
  case title
  /// The status line.
  case status
  /// An error message in the status line.
  case statusError = "status.error"
  /// An ordinary row of the article list.
  case listNormal = "list.normal"
  /// The selected row of the article list.
  case listSelected = "list.selected"
  /// An unread row of the article list.
  case listUnread = "list.unread"
  /// Dates and sources in the list.
  case listMeta = "list.meta"
  /// Body text.
  case bodyText = "body.text"
  /// A heading inside an article.
  case bodyHeading = "body.heading"
  /// A block quotation.
  case bodyQuote = "body.quote"
  /// The article header (title, date, source, author).
  case bodyHeader = "body.header"
  /// A hyperlink in the body.
  case bodyLink = "body.link"
  /// A match of the current search.
  case searchMatch = "search.match"
  /// The match of the current search last jumped to (`n`/`N`); falls back to `search.match`.
  case searchCurrent = "search.current"
  /// A person's name.
  case entityPerson = "entity.person"
  /// An organisation's name.
  case entityOrganization = "entity.organization"
  /// A place name.
  case entityLocation = "entity.location"
  /// Other names (nationalities, events, works).
  case entityMisc = "entity.misc"
  /// A date.
  case entityDate = "entity.date"
  /// An amount of money.
  case entityMoney = "entity.money"
  /// A percentage.
  case entityPercent = "entity.percent"
  /// The entity or link that has the focus.
  case entityFocused = "entity.focused"
}
