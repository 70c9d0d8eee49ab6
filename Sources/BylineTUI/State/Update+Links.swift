import BylineCore
import Foundation

extension Update {
  /// `url` made absolute against the article's own URL when it is relative (`../b.html`),
  /// else unchanged.
  static func absoluteURL(_ url: String, base: String?) -> String {
    guard BrowserCommand.scheme(of: url) == nil, let base, let baseURL = URL(string: base),
      BrowserCommand.scheme(of: base) != nil,
      let resolved = URL(string: url, relativeTo: baseURL)?.absoluteString
    else { return url }
    return resolved
  }

  /// A focused link was looked up: open the library article it points to, or offer to open
  /// it in the browser (http, https and mailto only).
  static func followLink(_ url: String, to key: ArticleKey?, _ state: inout AppState)
    -> [Effect]
  {
    if let key {
      if key == state.body.article?.key {
        state.status = StatusMessage("The link points to this article")
        return []
      }
      return saveEffects(state) + [.loadArticle(key, listRow: nil)]
    }
    switch BrowserCommand.check(url) {
    case .success:
      state.mode = .confirmingLink(url: url)
      state.status = StatusMessage("\(url) — open in browser? (y/n)")
    case .failure(let problem):
      state.status = StatusMessage(problem.description, isError: true)
    }
    return []
  }

  /// The key after "open in browser? (y/n)": only `y` opens the link.
  static func confirmLink(_ url: String, _ key: Key, _ state: inout AppState) -> [Effect] {
    guard key == .character("y") || key == .character("Y") else {
      state.status = StatusMessage("Not opened")
      return []
    }
    state.status = StatusMessage("Opening \(url)")
    return [.openInBrowser(url: url)]
  }
}
