import BylineCore

extension PageState {
  /// The sources view: each source (folder, file, feed or page) with its name, unread and
  /// article counts and last update on one line, its kind and path or address under it, and,
  /// for a web source whose last fetch failed, why; `Enter` on a source shows its articles.
  static func sourceList(_ sources: [SourceSummary]) -> PageState {
    let unread = sources.reduce(0) { $0 + $1.unread }
    let failed = sources.filter(\.lastFetchFailed).count
    var heading =
      "Sources: \(CountText.grouped(sources.count)) · \(CountText.grouped(unread)) unread"
    if failed > 0 { heading += " · \(CountText.grouped(failed)) failed" }
    var lines: [PageLine] = [PageLine([.init(heading, .bodyHeading)]), .blank]
    if sources.isEmpty {
      lines.append(
        PageLine([.init("None yet: add one with byline add PATH or byline add URL.", .listMeta)]))
    }
    var items: [PageItem] = []
    for source in sources {
      let item = items.count
      items.append(.source(location: source.location, name: source.name))
      var counts = "  \(CountText.grouped(source.unread)) unread / "
      counts += CountText.articles(source.articles)
      if let update = source.lastUpdate { counts += " · updated " + DateText.short(update) }
      lines.append(
        PageLine(
          [
            .init("  ", .bodyText),
            .init(source.name, source.unread > 0 ? .listUnread : .bodyText),
            .init(counts, .listMeta),
          ], item: item))
      var place = "    \(source.kind)"
      if let folder = source.folder { place += " in \(folder)" }
      if source.title != nil { place += " · \(source.location)" }
      lines.append(PageLine([.init(place, .listMeta)], item: item))
      if source.lastFetchFailed, let outcome = source.outcome {
        lines.append(
          PageLine(
            [.init("    ", .bodyText), .init("last fetch failed: \(outcome)", .statusError)],
            item: item))
      }
    }
    return PageState(kind: .sources, lines: lines, items: items)
  }
}
