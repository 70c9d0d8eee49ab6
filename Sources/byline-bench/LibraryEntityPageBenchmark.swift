import ArgumentParser
import BylineCore
import BylineTUI
import Foundation

/// `byline-bench library entity-page`: the entity page as the reader opens it on an existing
/// library: the store query, then the reader's update (page state) and a full-screen render,
/// for the most mentioned entity and the 100th.
struct LibraryEntityPageBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "entity-page",
    abstract: "Time opening an entity page in the reader: query, page state and render.")

  @Option(help: "The library file.")
  var database: String

  @Option(help: "Runs of each measurement (the median is reported).")
  var runs = 9

  @Option(help: "The terminal size to render at, as WIDTHxHEIGHT.")
  var size = "120x40"

  func run() throws {
    let library = try Library.open(at: URL(fileURLWithPath: database))
    let parts = size.split(separator: "x").compactMap { Int($0) }
    guard parts.count == 2 else { throw ValidationError("--size must look like 120x40") }
    let top = try library.topEntities(limit: 100)
    for entity in [top.first, top.count > 99 ? top[99] : top.last].compactMap({ $0 }) {
      var query: [Double] = []
      var view: [Double] = []
      var total: [Double] = []
      for _ in 0..<max(1, runs) {
        let (details, queryTime) = try milliseconds {
          try library.entityDetails(
            id: entity.id, mentionLimit: PageState.mentionPage,
            relatedLimit: PageState.relatedLimit)
        }
        let (_, viewTime) = milliseconds {
          Self.showPage(details, id: entity.id, width: parts[0], height: parts[1])
        }
        query.append(queryTime)
        view.append(viewTime)
        total.append(queryTime + viewTime)
      }
      print(
        "entity page in the reader, \(entity.name) (\(entity.articleCount) articles): "
          + "query \(ms(median(query))) + page state and render \(ms(median(view))) "
          + "= \(ms(median(total))) (median of \(max(1, runs)))")
    }
  }

  /// What the reader does when the page arrives: update, then render the whole screen.
  static func showPage(_ details: EntityDetails?, id: String, width: Int, height: Int) -> Int {
    var state = AppState(config: ReaderConfig(), themes: [Theme.builtInDefault])
    _ = Update.apply(.resized(width: width, height: height), to: &state)
    _ = Update.apply(
      .entityPageLoaded(id: id, details, mentionLimit: PageState.mentionPage), to: &state)
    return RootView(state: state).render().width
  }

  private func median(_ values: [Double]) -> Double {
    values.sorted()[values.count / 2]
  }
}
